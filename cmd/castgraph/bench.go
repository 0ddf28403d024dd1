package main

import (
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/bench"
	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/env"
	"github.com/castgraph/castgraph/internal/storeopen"
	"github.com/castgraph/castgraph/internal/term"
	"github.com/castgraph/castgraph/server"
)

func newBenchCmd(g *globals) *cobra.Command {
	var c bench.Config
	var bf storeopen.Bench
	var cpuProfile string
	cmd := &cobra.Command{
		Use:   "bench --credits N [--seed S] [--dataset NAME] [--neo4j-uri URI]",
		Short: "Load a generated (or real) graph into each store and time the same queries",
		Long: `Generate a graph of --credits facts (or import real datasets with --dataset),
load it into the embedded store and, with --neo4j-uri, into Neo4j, then run
the same random, seeded query mix against each and print one table: load
facts/s, open time, linkingActors and shortestPath p50/p99, GraphQL requests/s
over HTTP, resident memory, bytes per credit and data directory size, with the
ratio embedded/Neo4j.

Query endpoints are picked among connected nodes: shortestPath pairs are
people joined by some path of at most --max-hops edges, linkingActors pairs
are two shows of one actor. The Neo4j database is emptied before the load.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if c.Queries < 1 || bf.Batch < 1 || bf.Neo4jBatch < 1 {
				return usageError("--queries, --batch and --neo4j-batch must be at least 1")
			}
			if c.MaxHops < 1 || c.MaxHops > graph.MaxHopsLimit {
				return usageError("--max-hops %d is outside 1..%d", c.MaxHops, graph.MaxHopsLimit)
			}
			stop, err := bench.StartCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			defer stop()
			c.Command = "castgraph " + strings.Join(os.Args[1:], " ")
			c.Handler = func(s graph.Store) (http.Handler, error) { return server.NewGraphQL(s, g.log) }
			c.Progress = func(total int, what string) bench.Progress { return term.NewProgress(total, what, g.log) }
			return storeopen.RunBench(cmd.Context(), cmd.OutOrStdout(), c, bf, g.log)
		},
	}
	f := cmd.Flags()
	f.IntVar(&c.Credits, "credits", 100_000, "credits (facts) to generate")
	f.IntVar(&c.People, "people", 0, "distinct people (default credits/5)")
	f.IntVar(&c.Shows, "shows", 0, "distinct shows (default credits/25)")
	f.Uint64Var(&c.Seed, "seed", 1, "seed of the generator and of the query mix")
	f.StringSliceVar(&c.Datasets, "dataset", nil, "import these real datasets instead of generating ("+strings.Join(dataset.Names(), ", ")+", or all)")
	f.StringVar(&c.DatasetDir, "datasets", env.Or("CASTGRAPH_DATASETS", "../shared/data"), "directory holding the datasets (env CASTGRAPH_DATASETS)")
	f.IntVar(&bf.Batch, "batch", 500_000, "facts per load transaction (the size of one input file) in the embedded store")
	f.IntVar(&bf.Neo4jBatch, "neo4j-batch", 20_000, "facts per load transaction in Neo4j")
	f.IntVar(&c.Queries, "queries", 1000, "queries of each kind to time")
	f.IntVar(&c.MaxHops, "max-hops", graph.MaxHopsLimit, "maxHops of the shortestPath queries")
	f.DurationVar(&c.HTTPFor, "http-for", 5*time.Second, "how long to send GraphQL requests for")
	f.StringVar(&bf.Dir, "dir", "", "where to make the embedded store's data directory (default: a temporary directory)")
	f.BoolVar(&bf.Keep, "keep", false, "keep the embedded store's data directory")
	f.StringVar(&bf.Neo4jURI, "neo4j-uri", "", "Neo4j Bolt URI (its database is emptied first); empty: the embedded store only")
	f.IntVar(&bf.Neo4jPID, "neo4j-pid", 0, "process id of the Neo4j server, to report its memory")
	f.StringVar(&bf.Neo4jDir, "neo4j-dir", "", "Neo4j's data directory, to report its size")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	return cmd
}
