// Command castgraph extracts credits from entertainment news, loads them into
// a graph, and serves the graph over GraphQL.
//
// This package only wires things together: flags and environment into
// configuration, the store, the loader and the GraphQL schema into a server.
package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"github.com/castgraph/castgraph/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "castgraph: "+oneLine(err))
		os.Exit(exitCode(err))
	}
}

// exitCode is 2 for bad input or usage (an invalid value, a flag or
// argument the command does not take, a file that is missing or may not be
// read) and 1 for everything else.
func exitCode(err error) int {
	if graph.ErrorCode(err) == graph.EINVALID || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return 2
	}
	return 1
}
