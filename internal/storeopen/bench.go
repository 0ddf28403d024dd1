package storeopen

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/bench"
	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/neo4j"
)

// Bench says where castgraph bench puts each store kind.
type Bench struct {
	Dir        string // where to make the embedded store's data directory; empty: the system's temporary directory
	Keep       bool   // keep the embedded store's data directory
	Batch      int    // facts per load transaction in the embedded store
	Neo4jURI   string // empty: the embedded store only; its database is emptied first
	Neo4jBatch int    // facts per load transaction in Neo4j
	Neo4jPID   int    // the Neo4j server's process id, to report its memory; 0: none
	Neo4jDir   string // Neo4j's data directory, to report its size; empty: none
}

// RunBench makes the embedded store's data directory and runs bench.Run
// over the embedded store and, with a Neo4j URI, Neo4j. Unless b.Keep, it
// removes the directory again; with it, it says where the directory is.
func RunBench(ctx context.Context, out io.Writer, c bench.Config, b Bench, log zerolog.Logger) error {
	dir, err := os.MkdirTemp(b.Dir, "castgraph-bench-")
	if err != nil {
		return err
	}
	if !b.Keep {
		defer os.RemoveAll(dir)
	}
	if err := bench.Run(ctx, out, c, benchKinds(dir, b, log), log); err != nil {
		return err
	}
	if b.Keep {
		fmt.Fprintf(out, "\nembedded data directory kept: %s\n", dir)
	}
	return nil
}

// benchKinds returns the store kinds of RunBench: the embedded store in
// dir and, with a Neo4j URI, Neo4j.
func benchKinds(dir string, b Bench, log zerolog.Logger) []bench.Kind {
	kinds := []bench.Kind{{
		Name: "embedded", Batch: b.Batch, InProcess: true,
		Open: func(ctx context.Context, empty bool) (graph.Store, error) {
			s := embedded.New(embedded.Config{Dir: dir, Create: empty}, log)
			return s, s.Open(ctx)
		},
		Memory:    func() (int64, int64) { return bench.Memory("self") },
		DataBytes: func() int64 { return bench.DirSize(dir) },
	}}
	if b.Neo4jURI == "" {
		return kinds
	}
	k := bench.Kind{Name: "neo4j", Batch: b.Neo4jBatch,
		Open: func(ctx context.Context, empty bool) (graph.Store, error) {
			s := neo4j.New(neo4j.Config{URI: b.Neo4jURI}, log)
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
	if b.Neo4jPID > 0 {
		k.Memory = func() (int64, int64) { return bench.Memory(strconv.Itoa(b.Neo4jPID)) }
	}
	if b.Neo4jDir != "" {
		k.DataBytes = func() int64 { return bench.DirSize(b.Neo4jDir) }
	}
	return append(kinds, k)
}
