package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/bench"
	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/term"
	"github.com/castgraph/castgraph/neo4j"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// benchFlags are castgraph bench's flags beyond bench.Config.
type benchFlags struct {
	batch, neo4jBatch int
	dir               string
	keep              bool
	neo4jURI          string
	neo4jPID          int
	neo4jDir          string
	cpuProfile        string
}

func newBenchCmd(g *globals) *cobra.Command {
	var c bench.Config
	var bf benchFlags
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
			if c.Queries < 1 || bf.batch < 1 || bf.neo4jBatch < 1 {
				return usageError("--queries, --batch and --neo4j-batch must be at least 1")
			}
			if c.MaxHops < 1 || c.MaxHops > graph.MaxHopsLimit {
				return usageError("--max-hops %d is outside 1..%d", c.MaxHops, graph.MaxHopsLimit)
			}
			if bf.cpuProfile != "" {
				f, err := os.Create(bf.cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			c.Command = "castgraph " + strings.Join(os.Args[1:], " ")
			return runBench(cmd.Context(), cmd.OutOrStdout(), g.log, c, bf)
		},
	}
	f := cmd.Flags()
	f.IntVar(&c.Credits, "credits", 100_000, "credits (facts) to generate")
	f.IntVar(&c.People, "people", 0, "distinct people (default credits/5)")
	f.IntVar(&c.Shows, "shows", 0, "distinct shows (default credits/25)")
	f.Uint64Var(&c.Seed, "seed", 1, "seed of the generator and of the query mix")
	f.StringSliceVar(&c.Datasets, "dataset", nil, "import these real datasets instead of generating ("+strings.Join(dataset.Names(), ", ")+", or all)")
	f.StringVar(&c.DatasetDir, "datasets", envOr("CASTGRAPH_DATASETS", "../shared/data"), "directory holding the datasets (env CASTGRAPH_DATASETS)")
	f.IntVar(&bf.batch, "batch", 500_000, "facts per load transaction (the size of one input file) in the embedded store")
	f.IntVar(&bf.neo4jBatch, "neo4j-batch", 20_000, "facts per load transaction in Neo4j")
	f.IntVar(&c.Queries, "queries", 1000, "queries of each kind to time")
	f.IntVar(&c.MaxHops, "max-hops", graph.MaxHopsLimit, "maxHops of the shortestPath queries")
	f.DurationVar(&c.HTTPFor, "http-for", 5*time.Second, "how long to send GraphQL requests for")
	f.StringVar(&bf.dir, "dir", "", "where to make the embedded store's data directory (default: a temporary directory)")
	f.BoolVar(&bf.keep, "keep", false, "keep the embedded store's data directory")
	f.StringVar(&bf.neo4jURI, "neo4j-uri", "", "Neo4j Bolt URI (its database is emptied first); empty: the embedded store only")
	f.IntVar(&bf.neo4jPID, "neo4j-pid", 0, "process id of the Neo4j server, to report its memory")
	f.StringVar(&bf.neo4jDir, "neo4j-dir", "", "Neo4j's data directory, to report its size")
	f.StringVar(&bf.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	return cmd
}

// runBench makes the embedded store's directory and runs the bench over
// the embedded store and, with --neo4j-uri, Neo4j.
func runBench(ctx context.Context, out io.Writer, log zerolog.Logger, c bench.Config, bf benchFlags) error {
	dir, err := os.MkdirTemp(bf.dir, "castgraph-bench-")
	if err != nil {
		return err
	}
	if !bf.keep {
		defer os.RemoveAll(dir)
	}
	c.Handler = func(s graph.Store) (http.Handler, error) {
		sch, err := schema.New(s, log)
		if err != nil {
			return nil, err
		}
		return server.NewHandler(sch, server.HandlerConfig{}, log), nil
	}
	c.Progress = func(total int, what string) bench.Progress { return term.NewProgress(total, what, log) }
	kinds := []bench.Kind{{
		Name: "embedded", Batch: bf.batch, InProcess: true,
		Open: func(ctx context.Context, empty bool) (graph.Store, error) {
			s := embedded.New(embedded.Config{Dir: dir, Create: empty}, log)
			return s, s.Open(ctx)
		},
		Memory:    func() (int64, int64) { return bench.Memory("self") },
		DataBytes: func() int64 { return bench.DirSize(dir) },
	}}
	if bf.neo4jURI != "" {
		k := bench.Kind{Name: "neo4j", Batch: bf.neo4jBatch,
			Open: func(ctx context.Context, empty bool) (graph.Store, error) {
				s := neo4j.New(neo4j.Config{URI: bf.neo4jURI}, log)
				if err := s.Open(ctx); err != nil {
					return nil, err
				}
				if !empty {
					return s, nil
				}
				if err := s.DeleteAll(ctx); err != nil {
					s.Close()
					return nil, fmt.Errorf("empty the database: %w", err)
				}
				return s, nil
			}}
		if bf.neo4jPID > 0 {
			k.Memory = func() (int64, int64) { return bench.Memory(strconv.Itoa(bf.neo4jPID)) }
		}
		if bf.neo4jDir != "" {
			k.DataBytes = func() int64 { return bench.DirSize(bf.neo4jDir) }
		}
		kinds = append(kinds, k)
	}
	if err := bench.Run(ctx, out, c, kinds, log); err != nil {
		return err
	}
	if bf.keep {
		fmt.Fprintf(out, "\nembedded data directory kept: %s\n", dir)
	}
	return nil
}
