package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
)

// storeFlags choose and configure the store a command works on.
type storeFlags struct {
	dataDir string
}

func (f *storeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dataDir, "data", envOr("CASTGRAPH_DATA", ""), "data directory of the embedded store (env CASTGRAPH_DATA)")
}

// open opens the store; create says whether a missing data directory is made.
func (f *storeFlags) open(ctx context.Context, g *globals, create bool) (graph.Store, error) {
	if f.dataDir == "" {
		return nil, usageError("no data directory: give --data DIR (or set CASTGRAPH_DATA)")
	}
	s := embedded.New(embedded.Config{Dir: f.dataDir, Create: create}, g.log)
	if err := s.Open(ctx); err != nil {
		return nil, err
	}
	return s, nil
}
