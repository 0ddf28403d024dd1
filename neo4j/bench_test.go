package neo4j

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// syntheticFacts returns n made-up facts over the given numbers of people and
// shows, the same for the same seed: cast with and without characters, crew
// with and without jobs, other spellings of names, seasons, and sentences
// that repeat, so that loads meet existing nodes, edges and evidence.
func syntheticFacts(seed uint64, n, people, shows int) []graph.Fact {
	r := rand.New(rand.NewPCG(seed, 1))
	jobs := []string{"", graph.JobDirector, graph.JobWriter, graph.JobCreator, graph.JobProducer}
	facts := make([]graph.Fact, 0, n)
	for i := 0; i < n; i++ {
		p, s := r.IntN(people), r.IntN(shows)
		f := graph.Fact{
			Kind:    graph.KindCast,
			Person:  fmt.Sprintf("Person %d Name", p),
			Show:    fmt.Sprintf("Show %d Title", s),
			Article: fmt.Sprintf("article-%d", r.IntN(max(1, n/8))),
			Date:    fmt.Sprintf("2025-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)),
		}
		f.Evidence = fmt.Sprintf("%s is in %s (sentence %d).", f.Person, f.Show, r.IntN(3))
		if r.IntN(10) == 0 {
			f.Person = strings.ToUpper(f.Person) // another spelling, same key
		}
		if r.IntN(3) == 0 {
			f.Seasons = []int{1 + r.IntN(4)}
		}
		switch r.IntN(4) {
		case 0:
			f.Kind, f.Job = graph.KindCrew, jobs[r.IntN(len(jobs))]
		case 1, 2:
			f.Character = fmt.Sprintf("Character %d", r.IntN(6))
		}
		facts = append(facts, f)
	}
	return facts
}

// BenchmarkLoad loads batches of synthetic facts into an empty database, one
// transaction a batch, and reports facts loaded per second.
func BenchmarkLoad(b *testing.B) {
	for _, size := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("neo4j/batch=%d", size), func(b *testing.B) {
			s := openEmpty(b)
			defer s.Close()
			ctx := context.Background()
			// One load first, so that query plans and the JVM are warm.
			warm := graph.Batch{Source: "warm-up", Facts: syntheticFacts(1<<32, size, size/2, size/10+1)}
			if _, err := s.Load(ctx, warm); err != nil {
				b.Fatal(err)
			}
			facts := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				batch := graph.Batch{Source: fmt.Sprintf("bench-%d", i), Facts: syntheticFacts(uint64(i), size, size/2, size/10+1)}
				if _, err := s.Load(ctx, batch); err != nil {
					b.Fatal(err)
				}
				facts += size
			}
			b.ReportMetric(float64(facts)/b.Elapsed().Seconds(), "facts/s")
		})
	}
}
