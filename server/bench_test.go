package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
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
		s := samplestore.Empty(b)
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

func everyOther(bodies [][]byte, from int) [][]byte {
	var out [][]byte
	for i := from; i < len(bodies); i += 2 {
		out = append(out, bodies[i])
	}
	return out
}
