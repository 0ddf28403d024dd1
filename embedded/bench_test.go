package embedded_test

import (
	"context"
	"flag"
	"math/rand/v2"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/bench"
	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

var (
	benchCredits = flag.Int("credits", 200_000, "credits in the generated graph of the benchmarks")
	benchVerbose = flag.Bool("verbose", false, "log the store's debug messages in benchmarks")
)

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchLog(b *testing.B) zerolog.Logger {
	if *benchVerbose {
		return zerolog.New(zerolog.NewConsoleWriter()).Level(zerolog.DebugLevel).With().Timestamp().Logger()
	}
	return zerolog.Nop()
}

// residentMB is the process's resident memory (VmRSS) in MB, or -1.
func residentMB() float64 {
	rss, _ := bench.Memory("self")
	if rss < 0 {
		return -1
	}
	return float64(rss) / (1 << 20)
}

// BenchmarkLoad loads a generated graph into an empty store, in batches of
// 500,000 facts made as the load goes (as castgraph bench does, so the heap
// does not hold every fact at once), and reports facts/s and CPU time per
// fact of the loads and of Close, which writes the snapshot; making the facts
// is not counted. peak-MB is the highest resident memory of the process seen
// while it loads and closes (sampled every 10 ms, the facts' batch
// included), and resident-MB what it holds once the store is opened again
// (the closed store's heap given back first, as castgraph bench does).
func BenchmarkLoad(b *testing.B) {
	g, err := gen.New(gen.ForCredits(*benchCredits, 1))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var peak atomic.Int64 // MB, while sampling
	var sampling atomic.Bool
	sampling.Store(true)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
			if r := int64(residentMB()); sampling.Load() && r > peak.Load() {
				peak.Store(r)
			}
		}
	}()
	b.ResetTimer()
	var took, cpu time.Duration
	var resident float64
	var peakMB int64
	buf := make([]graph.Fact, 0, 500_000)
	for range b.N {
		dir := b.TempDir()
		s := embedded.New(embedded.Config{Dir: dir}, benchLog(b))
		if err := s.Open(ctx); err != nil {
			b.Fatal(err)
		}
		g.Reset()
		for {
			buf = g.Next(buf[:0], cap(buf))
			if len(buf) == 0 {
				break
			}
			start, cpu0 := time.Now(), cpuTime()
			if _, err := s.Load(ctx, graph.Batch{Source: "gen", Facts: buf}); err != nil {
				b.Fatal(err)
			}
			took += time.Since(start)
			cpu += cpuTime() - cpu0
		}
		start, cpu0 := time.Now(), cpuTime()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		took += time.Since(start)
		cpu += cpuTime() - cpu0
		b.StopTimer()
		sampling.Store(false)
		s, peakMB = nil, max(peakMB, peak.Load())
		debug.FreeOSMemory() // the closed store's heap
		s = embedded.New(embedded.Config{Dir: dir}, benchLog(b))
		if err := s.Open(ctx); err != nil {
			b.Fatal(err)
		}
		debug.FreeOSMemory()
		resident = residentMB()
		s.Close()
		debug.FreeOSMemory()
		peak.Store(0)
		sampling.Store(true)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*g.Len())/took.Seconds(), "facts/s")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*g.Len()), "cpu-ns/fact")
	if resident > 0 {
		b.ReportMetric(float64(peakMB), "peak-MB")
		b.ReportMetric(resident, "resident-MB")
	}
}

// BenchmarkShortestPath asks for paths between random people of a generated
// graph.
func BenchmarkShortestPath(b *testing.B) {
	g, err := gen.New(gen.ForCredits(*benchCredits, 1))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s := embedded.New(embedded.Config{Dir: b.TempDir()}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for f := g.Next(nil, 500_000); len(f) > 0; f = g.Next(nil, 500_000) {
		if _, err := s.Load(ctx, graph.Batch{Source: "gen", Facts: f}); err != nil {
			b.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	pairs := make([][2]string, 1024)
	for i := range pairs {
		a, _, _ := g.Endpoints(r.IntN(g.Len()))
		c, _, _ := g.Endpoints(r.IntN(g.Len()))
		pairs[i] = [2]string{a, c}
	}
	s.ShortestPath(ctx, pairs[0][0], pairs[0][1], 6) // build the adjacency
	b.ResetTimer()
	found := 0
	for i := range b.N {
		p, err := s.ShortestPath(ctx, pairs[i%len(pairs)][0], pairs[i%len(pairs)][1], graph.MaxHopsLimit)
		if err != nil {
			b.Fatal(err)
		}
		if p != nil {
			found++
		}
	}
	b.ReportMetric(float64(found)/float64(b.N), "found/op")
}

// BenchmarkLinkingActors asks for the actors linking two shows of one
// person, for random people of a generated graph with two shows or more.
func BenchmarkLinkingActors(b *testing.B) {
	g, err := gen.New(gen.ForCredits(*benchCredits, 1))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s := embedded.New(embedded.Config{Dir: b.TempDir()}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for f := g.Next(nil, 500_000); len(f) > 0; f = g.Next(nil, 500_000) {
		if _, err := s.Load(ctx, graph.Batch{Source: "gen", Facts: f}); err != nil {
			b.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	var pairs [][2]string
	for len(pairs) < 1024 {
		name, _, _ := g.Endpoints(r.IntN(g.Len()))
		p, err := s.Person(ctx, name)
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Roles) >= 2 {
			pairs = append(pairs, [2]string{p.Roles[0].Show.Name, p.Roles[len(p.Roles)-1].Show.Name})
		}
	}
	b.ResetTimer()
	links := 0
	for i := range b.N {
		l, err := s.LinkingActors(ctx, pairs[i%len(pairs)][0], pairs[i%len(pairs)][1])
		if err != nil {
			b.Fatal(err)
		}
		links += len(l)
	}
	b.ReportMetric(float64(links)/float64(b.N), "links/op")
}
