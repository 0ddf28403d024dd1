package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/server"
)

// The queries of castgraph bench's GraphQL mix.
const (
	mixLink = `query Link($a: String!, $b: String!) { linkingActors(showA: $a, showB: $b) { person { name } inA { character } inB { character } } }`
	mixPath = `query Path($from: String!, $to: String!, $hops: Int) { shortestPath(from: $from, to: $to, maxHops: $hops) { length nodes { kind name evidence { article sentence } } } }`
)

// replayStore answers LinkingActors and ShortestPath from answers recorded
// beforehand, so that a benchmark over it measures the GraphQL layer alone.
type replayStore struct {
	graph.Store
	links map[[2]string][]graph.Link
	paths map[[2]string]*graph.Path
}

func (s *replayStore) LinkingActors(_ context.Context, a, b string) ([]graph.Link, error) {
	return s.links[[2]string{a, b}], nil
}

func (s *replayStore) ShortestPath(_ context.Context, from, to string, _ int) (*graph.Path, error) {
	return s.paths[[2]string{from, to}], nil
}

var mix struct {
	once   sync.Once
	dir    string // the store's directory, removed by TestMain
	store  *replayStore
	bodies [][]byte // linkingActors and shortestPath requests in turn
}

// benchMix loads a generated graph of 100,000 credits, picks the bench's
// kind of queries on it (people joined by a path, two shows of one actor),
// records their answers and returns a store that replays them, with the
// request bodies.
func benchMix(b *testing.B) (*replayStore, [][]byte) {
	mix.once.Do(func() {
		ctx := context.Background()
		s, err := openBenchStore()
		if err != nil {
			b.Fatal(err)
		}
		g, err := gen.New(gen.ForCredits(100_000, 1))
		if err != nil {
			b.Fatal(err)
		}
		buf := make([]graph.Fact, 0, 25_000)
		for i := 0; ; i++ {
			if buf = g.Next(buf[:0], 25_000); len(buf) == 0 {
				break
			}
			if _, err := s.Load(ctx, graph.Batch{Source: fmt.Sprintf("gen-%d", i), Facts: buf}); err != nil {
				b.Fatal(err)
			}
		}
		rs := &replayStore{Store: s, links: map[[2]string][]graph.Link{}, paths: map[[2]string]*graph.Path{}}
		r := rand.New(rand.NewPCG(1, 2))
		var links, paths [][2]string
		for len(links) < 200 || len(paths) < 200 {
			a, _, cast := g.Endpoints(r.IntN(g.Len()))
			z, _, _ := g.Endpoints(r.IntN(g.Len()))
			if len(paths) < 200 && graph.PersonKey(a) != graph.PersonKey(z) {
				p, err := s.ShortestPath(ctx, a, z, graph.MaxHopsLimit)
				if err != nil {
					b.Fatal(err)
				}
				if p != nil {
					rs.paths[[2]string{a, z}] = p
					paths = append(paths, [2]string{a, z})
				}
			}
			if !cast || len(links) >= 200 {
				continue
			}
			pe, err := s.Person(ctx, a)
			if err != nil {
				b.Fatal(err)
			}
			var shows []string
			for _, c := range pe.Roles {
				if !slices.Contains(shows, c.Show.Name) {
					shows = append(shows, c.Show.Name)
				}
			}
			if len(shows) < 2 {
				continue
			}
			pair := [2]string{shows[0], shows[len(shows)-1]}
			l, err := s.LinkingActors(ctx, pair[0], pair[1])
			if err != nil {
				b.Fatal(err)
			}
			rs.links[pair] = l
			links = append(links, pair)
		}
		for i := range links {
			b1, _ := json.Marshal(server.Request{Query: mixLink, Variables: map[string]any{"a": links[i][0], "b": links[i][1]}})
			b2, _ := json.Marshal(server.Request{Query: mixPath, Variables: map[string]any{"from": paths[i][0], "to": paths[i][1], "hops": graph.MaxHopsLimit}})
			mix.bodies = append(mix.bodies, b1, b2)
		}
		mix.store = rs
	})
	if mix.store == nil {
		b.Fatal("no graph to query")
	}
	return mix.store, mix.bodies
}

// openBenchStore opens an empty embedded store that outlives any one
// benchmark, so that every benchmark of the package shares its graph.
func openBenchStore() (graph.Store, error) {
	dir, err := os.MkdirTemp("", "castgraph-server-bench-")
	if err != nil {
		return nil, err
	}
	mix.dir = dir
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	return s, s.Open(context.Background())
}

// discard is a ResponseWriter that keeps the status and the length written.
type discard struct {
	h      http.Header
	status int
	n      int
}

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) WriteHeader(code int)        { d.status = code }
func (d *discard) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }

// BenchmarkHandler measures the /graphql handler alone, without the network
// or the store: castgraph bench's query mix (linkingActors and shortestPath
// in turn) answered from recorded store answers. What it reports is what
// the GraphQL layer costs a request: parsing the request, executing the
// cached document, writing the response.
//
//	go test -run '^$' -bench Handler -benchmem ./server
func BenchmarkHandler(b *testing.B) {
	store, bodies := benchMix(b)
	h, err := server.NewGraphQL(store, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, bodies [][]byte) {
		w := &discard{h: http.Header{}}
		bytesOut := 0
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 := processCPU(b)
		for i := 0; b.Loop(); i++ {
			r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(bodies[i%len(bodies)]))
			r.Header.Set("Content-Type", "application/json")
			w.n, w.status = 0, 0
			h.ServeHTTP(w, r)
			if w.status != http.StatusOK {
				b.Fatalf("status %d", w.status)
			}
			bytesOut += w.n
		}
		b.ReportMetric(float64(processCPU(b)-cpu0)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(bytesOut)/float64(b.N), "resp-B/op")
	}
	b.Run("mix", func(b *testing.B) { run(b, bodies) })
	b.Run("linkingActors", func(b *testing.B) { run(b, everyOther(bodies, 0)) })
	b.Run("shortestPath", func(b *testing.B) { run(b, everyOther(bodies, 1)) })
	b.Run("typename", func(b *testing.B) {
		body, _ := json.Marshal(server.Request{Query: `{ __typename }`})
		run(b, [][]byte{body})
	})
}

// BenchmarkServe measures whole requests as castgraph bench sends them: a
// client posting over a loopback connection to the /graphql handler, which
// asks the embedded store (the 100,000-credit graph of BenchmarkHandler).
// cpu-ns/op is the process's CPU time a request, the client's and the
// garbage collector's included: what throughput on a busy machine pays.
//
//	go test -run '^$' -bench Serve -benchmem ./server
func BenchmarkServe(b *testing.B) {
	store, bodies := benchMix(b)
	h, err := server.NewGraphQL(store.Store, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := srv.Client()
	run := func(b *testing.B, bodies [][]byte) {
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 := processCPU(b)
		var data []byte
		for i := 0; b.Loop(); i++ {
			resp, err := client.Post(srv.URL, "application/json", bytes.NewReader(bodies[i%len(bodies)]))
			if err != nil {
				b.Fatal(err)
			}
			buf := bytes.NewBuffer(data[:0])
			_, err = buf.ReadFrom(resp.Body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK || bytes.Contains(buf.Bytes(), []byte(`"errors"`)) {
				b.Fatalf("status %d, error %v: %.200s", resp.StatusCode, err, buf.Bytes())
			}
			data = buf.Bytes()
		}
		b.ReportMetric(float64(processCPU(b)-cpu0)/float64(b.N), "cpu-ns/op")
	}
	b.Run("mix", func(b *testing.B) { run(b, bodies) })
	b.Run("linkingActors", func(b *testing.B) { run(b, everyOther(bodies, 0)) })
	b.Run("shortestPath", func(b *testing.B) { run(b, everyOther(bodies, 1)) })
}

// processCPU is the CPU time the process has used, user and system.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func everyOther(bodies [][]byte, from int) [][]byte {
	var out [][]byte
	for i := from; i < len(bodies); i += 2 {
		out = append(out, bodies[i])
	}
	return out
}
