package neo4j

import (
	"context"
	"flag"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

var benchCredits = flag.Int("credits", 300_000, "credits in the generated graph that BenchmarkLoadGraph loads into")

// graphBench is the state BenchmarkLoadGraph keeps between its runs: the
// testing package calls a benchmark function several times, and the base
// graph is loaded once.
var graphBench struct {
	store *Store
	seed  uint64         // the seed of the generator that hands out new facts
	gen   *gen.Generator // new facts: other credits of the base graph's people and shows
}

// benchStore opens a store on the test server that logs warnings only.
func benchStore(b *testing.B) *Store {
	b.Helper()
	s := New(Config{
		URI:      serverURI(b),
		Username: os.Getenv("CASTGRAPH_NEO4J_USER"),
		Password: os.Getenv("CASTGRAPH_NEO4J_PASSWORD"),
		Database: os.Getenv("CASTGRAPH_NEO4J_DATABASE"),
	}, zerolog.New(zerolog.NewTestWriter(b)).Level(zerolog.WarnLevel))
	if err := s.Open(context.Background()); err != nil {
		b.Fatal(err)
	}
	return s
}

// loadGraphBase empties the database and loads the generated graph of
// -credits facts (seed 1) in batches of 10,000, once per process.
func loadGraphBase(b *testing.B) *Store {
	b.Helper()
	if graphBench.store != nil {
		return graphBench.store
	}
	s := benchStore(b)
	ctx := context.Background()
	if err := s.DeleteAll(ctx); err != nil {
		b.Fatal(err)
	}
	g, err := gen.New(gen.ForCredits(*benchCredits, 1))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	for i, buf := 0, []graph.Fact(nil); ; i++ {
		buf = g.Next(buf[:0], 10_000)
		if len(buf) == 0 {
			break
		}
		if _, err := s.Load(ctx, graph.Batch{Source: fmt.Sprintf("base-%d", i), Facts: buf}); err != nil {
			b.Fatal(err)
		}
	}
	took := time.Since(start)
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("base graph: %d facts in batches of 10,000 in %v (%.0f facts/s): %+v",
		g.Len(), took.Round(time.Millisecond), float64(g.Len())/took.Seconds(), st)
	graphBench.store, graphBench.seed = s, 1
	return s
}

// nextFacts returns n facts the benchmark has not loaded yet: credits of the
// base graph's people and shows from generators with other seeds, so that a
// batch meets known people and shows and adds new characters, credits and
// evidence.
func nextFacts(b *testing.B, n int) []graph.Fact {
	b.Helper()
	var out []graph.Fact
	for len(out) < n {
		if graphBench.gen == nil {
			graphBench.seed++
			g, err := gen.New(gen.ForCredits(*benchCredits, graphBench.seed))
			if err != nil {
				b.Fatal(err)
			}
			graphBench.gen = g
		}
		before := len(out)
		out = graphBench.gen.Next(out, n-len(out))
		if len(out) == before {
			graphBench.gen = nil
		}
	}
	return out
}

// BenchmarkLoadGraph loads batches of generated facts into a graph that
// already holds -credits credits (300,000 by default; the base graph is
// loaded once, before the first timed batch, and every batch stays), and
// reports facts loaded per second. Run it with a fixed count, e.g.
//
//	CASTGRAPH_NEO4J_URI=bolt://127.0.0.1:7687 go test ./neo4j/ -run '^$' -bench LoadGraph -benchtime 3x
func BenchmarkLoadGraph(b *testing.B) {
	for _, size := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("neo4j/batch=%d", size), func(b *testing.B) {
			s := loadGraphBase(b)
			ctx := context.Background()
			batches := make([][]graph.Fact, b.N)
			for i := range batches {
				batches[i] = nextFacts(b, size)
			}
			var sum graph.LoadSummary
			b.ResetTimer()
			for i, facts := range batches {
				got, err := s.Load(ctx, graph.Batch{Source: fmt.Sprintf("bench-%d-%d", size, i), Facts: facts})
				if err != nil {
					b.Fatal(err)
				}
				sum.Add(got)
			}
			b.ReportMetric(float64(sum.Facts)/b.Elapsed().Seconds(), "facts/s")
			b.Logf("%d batches: %+v", b.N, sum)
		})
	}
}
