package embedded_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

// refGraph is a plain-map graph built straight from facts, the obvious way,
// to check the store's answers against on generated data.
type refGraph struct {
	nbrs map[string][]string // node ID -> sorted, distinct neighbour IDs
	cast map[string][]string // show ID -> person IDs in its cast
}

func newRefGraph(facts []graph.Fact) *refGraph {
	r := &refGraph{nbrs: map[string][]string{}, cast: map[string][]string{}}
	for _, f := range facts {
		f = f.Normalize()
		p, s := graph.PersonID(f.Person), graph.ShowID(f.Show)
		r.nbrs[p] = append(r.nbrs[p], s)
		r.nbrs[s] = append(r.nbrs[s], p)
		if f.Kind == graph.KindCast {
			r.cast[s] = append(r.cast[s], p)
		}
	}
	for id, n := range r.nbrs {
		slices.Sort(n)
		r.nbrs[id] = slices.Compact(n)
	}
	return r
}

// path is the smallest shortest path: distances from dst, then from src the
// smallest neighbour one step nearer at each step.
func (r *refGraph) path(src, dst string, maxHops int) []string {
	dist := map[string]int{dst: 0}
	frontier := []string{dst}
	for d := 1; len(frontier) > 0 && d <= maxHops; d++ {
		var next []string
		for _, u := range frontier {
			for _, v := range r.nbrs[u] {
				if _, ok := dist[v]; !ok {
					dist[v] = d
					next = append(next, v)
				}
			}
		}
		frontier = next
	}
	n, ok := dist[src]
	if !ok {
		return nil
	}
	path := []string{src}
	for cur := src; n > 0; n-- {
		for _, v := range r.nbrs[cur] { // sorted: the first fit is the smallest
			if d, ok := dist[v]; ok && d == n-1 {
				cur = v
				break
			}
		}
		path = append(path, cur)
	}
	return path
}

func TestAgainstReference(t *testing.T) {
	g, err := gen.New(gen.Config{People: 3000, Shows: 400, Credits: 9000, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	facts := g.Next(nil, g.Len())
	ref := newRefGraph(facts)
	ctx := context.Background()
	s := reopen(t, nil, t.TempDir())
	defer s.Close()
	for i := 0; i < len(facts); i += 2000 {
		if _, err := s.Load(ctx, graph.Batch{Source: "part", Facts: facts[i:min(i+2000, len(facts))]}); err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 400 {
		a, b := facts[r.IntN(len(facts))], facts[r.IntN(len(facts))]
		from, to, toID := a.Person, b.Show, graph.ShowID(b.Show)
		if r.IntN(2) == 0 {
			to, toID = b.Person, graph.PersonID(b.Person)
		}
		hops := 1 + r.IntN(graph.MaxHopsLimit)
		p, err := s.ShortestPath(ctx, from, to, hops)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if p != nil {
			for _, n := range p.Nodes {
				got = append(got, n.ID)
			}
			found++
		}
		if want := ref.path(graph.PersonID(from), toID, hops); !slices.Equal(got, want) {
			t.Fatalf("ShortestPath(%q, %q, %d):\n got %s\nwant %s", from, to, hops, strings.Join(got, " > "), strings.Join(want, " > "))
		}

		sa, sb := graph.ShowID(a.Show), graph.ShowID(b.Show)
		links, err := s.LinkingActors(ctx, a.Show, b.Show)
		if err != nil {
			t.Fatal(err)
		}
		var gotL []string
		for _, l := range links {
			gotL = append(gotL, l.Person.ID)
		}
		var wantL []string
		for _, p := range ref.cast[sa] {
			if slices.Contains(ref.cast[sb], p) {
				wantL = append(wantL, p)
			}
		}
		slices.Sort(wantL)
		if wantL = slices.Compact(wantL); !slices.Equal(gotL, wantL) {
			t.Fatalf("LinkingActors(%q, %q) = %v, want %v", a.Show, b.Show, gotL, wantL)
		}
	}
	if found < 100 {
		t.Errorf("only %d of 400 searches found a path", found)
	}
}
