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
	"strings"
	"syscall"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/buildinfo"
	"github.com/castgraph/castgraph/internal/env"
	"github.com/castgraph/castgraph/internal/term"
	"github.com/castgraph/castgraph/server"
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

// globals are the flags every command takes.
type globals struct {
	logLevel  string
	logFormat string
	log       zerolog.Logger
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "castgraph",
		Short: "Which actors link these two shows? Credits from news, as a graph, over GraphQL.",
		Long: `castgraph reads entertainment news, extracts who played whom in what, keeps
every credit with the sentence it rests on, and answers questions over GraphQL:
cast, filmographies, search, the actors who link two shows, and the shortest
chain between two people or shows.

Start with:  castgraph demo`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			log, err := term.NewLogger(os.Stderr, g.logLevel, g.logFormat)
			g.log = log
			return err
		},
	}
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", env.Or("CASTGRAPH_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env CASTGRAPH_LOG_LEVEL)")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", env.Or("CASTGRAPH_LOG_FORMAT", "auto"), "log format: auto (text on a terminal, JSON otherwise), text, json (env CASTGRAPH_LOG_FORMAT)")
	root.AddCommand(newLoadCmd(g), newServeCmd(g), newDemoCmd(g), newHealthcheckCmd(), newExportCmd(g), newCopyCmd(g), newExtractCmd(g), newIngestCmd(g))
	root.AddCommand(newGenCmd(g), newImportCmd(g), newBenchCmd(g), newVersionCmd(), newRetractCmd(g))
	// Without a command, the help; an unknown command is bad usage.
	root.Args = cobra.NoArgs
	root.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
	usage(root)
	root.Version = buildinfo.Line(version)
	root.SetVersionTemplate("{{.Version}}\n")
	return root
}

// oneLine flattens an error into one line for the terminal.
func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

// usageError is a mistake in how a command was called.
// usage makes the flag and argument errors of cmd and its subcommands
// usage errors (exit status 2), as every other kind of bad input is.
func usage(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError("%v", err) })
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				return usageError("%v", err)
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		usage(sub)
	}
}

func usageError(format string, args ...any) error {
	return graph.Errorf(graph.EINVALID, format, args...)
}

// version is castgraph's version when the build sets it
// (go build -ldflags "-X main.version=v1.2.0"); otherwise buildinfo reads
// what Go recorded of the build.
var version = ""

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print castgraph's version, source revision and Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), buildinfo.Line(version))
			return err
		},
	}
}

// newHealthcheckCmd is for container health checks in images without curl.
func newHealthcheckCmd() *cobra.Command {
	var url string
	cmd := &cobra.Command{
		Use:   "healthcheck [--url URL]",
		Short: "Exit 0 when a castgraph server answers its readiness check",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return server.Check(url) },
	}
	cmd.Flags().StringVar(&url, "url", "http://127.0.0.1:8080/readyz", "the readiness URL to ask")
	return cmd
}
