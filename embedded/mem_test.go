package embedded

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

// TestNodesSpelled checks the grouped lookups against nodeSpelled, on a
// graph where people and shows share keys, and with names spelled as stored,
// spelled otherwise and unknown.
func TestNodesSpelled(t *testing.T) {
	g := newMemGraph()
	add := func(kind uint8, name string) {
		g.nodeKind = append(g.nodeKind, kind)
		g.nodeName.add(name)
		g.nodeKey.add(fold(name))
	}
	for i := range 3000 {
		add(kindPerson, fmt.Sprintf("Name %d", i))
		if i%3 == 0 {
			add(kindShow, fmt.Sprintf("NAME %d", i)) // a show with a person's key
		}
	}
	g.rebuildNodeIndex()
	r := rand.New(rand.NewPCG(1, 2))
	var qs []nodeQuery
	for range 5000 {
		kind := uint8(r.IntN(2))
		name := []string{"Name %d", "NAME %d", "name %d", "Other %d"}[r.IntN(4)]
		name = fmt.Sprintf(name, r.IntN(3500))
		qs = append(qs, nodeQuery{h: hashNode(kind, fold(name)), name: name, key: fold(name), kind: kind})
	}
	found := 0
	for start := 0; start < len(qs); start += 37 {
		group := qs[start:min(start+37, len(qs))]
		g.nodesSpelled(group)
		for _, q := range group {
			want := g.nodeSpelled(q.kind, q.key, q.name)
			if q.id != want {
				t.Fatalf("nodesSpelled(%d, %q) = %d, nodeSpelled gives %d", q.kind, q.name, q.id, want)
			}
			if want != 0 {
				found++
				if id := want - 1; g.nodeKind[id] != q.kind || g.nodeName.get(id) != q.name {
					t.Fatalf("nodeSpelled(%d, %q) = node %d, %d %q", q.kind, q.name, id, g.nodeKind[id], g.nodeName.get(id))
				}
			}
		}
	}
	if found < 500 || found > 4000 {
		t.Errorf("%d of %d lookups found a node", found, len(qs))
	}
	empty := newMemGraph()
	q := []nodeQuery{{h: hashNode(kindPerson, "x"), name: "X", key: "x", id: 7}}
	if empty.nodesSpelled(q); q[0].id != 0 {
		t.Errorf("lookup in an empty graph found %d", q[0].id)
	}
}

// TestArticlesFound checks the grouped article lookups against the table's
// own find, with articles known, unknown, and looked up under the hash of
// another one.
func TestArticlesFound(t *testing.T) {
	g := newMemGraph()
	var tab idTable
	for i := range 3000 {
		id, _ := g.articles.add(fmt.Sprintf("https://example.com/news/%d", i))
		tab.insert(hashArticle(g.articles.get(id)), id)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for start := 0; start < 5000; start += 29 {
		var qs []articleQuery
		for range 29 {
			name := fmt.Sprintf("https://example.com/news/%d", r.IntN(4000))
			h := hashArticle(name)
			if r.IntN(10) == 0 { // another article's hash
				h = hashArticle(fmt.Sprintf("https://example.com/news/%d", r.IntN(3000)))
			}
			qs = append(qs, articleQuery{name: name, h: h})
		}
		g.articlesFound(&tab, qs)
		for _, q := range qs {
			want := uint32(0)
			if id, ok := tab.find(q.h, func(id uint32) bool { return g.articles.get(id) == q.name }); ok {
				want = id + 1
			}
			if q.id != want {
				t.Fatalf("articlesFound(%q) = %d, find gives %d", q.name, q.id, want)
			}
		}
	}
	var empty idTable
	q := []articleQuery{{name: "x", h: hashArticle("x"), id: 9}}
	if g.articlesFound(&empty, q); q[0].id != 0 {
		t.Errorf("lookup in an empty table found %d", q[0].id)
	}
}

// TestEdgeEvidence checks edgeEvidence, which finds an edge's credits by
// binary search, against a scan of every credit of the edge's ends, on
// every edge of a generated graph's first nodes.
func TestEdgeEvidence(t *testing.T) {
	s := openGenerated(t, gen.Config{People: 2000, Shows: 300, Credits: 12000, Seed: 3})
	g := s.g
	adj := g.adjacency()
	edges := 0
	for a := range uint32(min(g.nodes(), 800)) {
		for _, b := range adj.nbrs.row(a) {
			var want []graph.Evidence
			for _, ci := range adj.credits.row(a) {
				if c := g.credits[ci]; c.person == b || c.show == b {
					want = append(want, g.evidenceOf(ci)...)
				}
			}
			want = graph.SortEvidence(want)
			for _, got := range [][]graph.Evidence{g.edgeEvidence(adj, a, b), g.edgeEvidence(adj, b, a)} {
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("edge %d–%d: evidence %v, want %v", a, b, got, want)
				}
			}
			edges++
		}
	}
	if edges < 1000 {
		t.Fatalf("only %d edges checked", edges)
	}
}

// TestSearchLeavesScratchClear checks that a shortest-path search leaves
// its scratch's seen bitmaps clear (clearSeen unmarks only what it marked),
// with short searches and searches that touch much of the graph.
func TestSearchLeavesScratchClear(t *testing.T) {
	s := openGenerated(t, gen.Config{People: 4000, Shows: 600, Credits: 12000, Seed: 5})
	g, adj := s.g, s.g.adjacency()
	r := rand.New(rand.NewPCG(7, 8))
	found, checked := 0, 0
	for i := range 400 {
		src, dst := uint32(r.IntN(g.nodes())), uint32(r.IntN(g.nodes()))
		p, err := g.shortestPath(context.Background(), adj, src, dst, 1+i%12)
		if err != nil {
			t.Fatal(err)
		}
		if p != nil {
			found++
		}
		// The pool may drop what the search put back (the race detector's
		// build drops a quarter of puts on purpose, a collection empties
		// it): then there is nothing to look at for this search.
		sc, _ := scratchPool.Get().(*bfsScratch)
		if sc == nil {
			continue
		}
		checked++
		for w := range sc.seenF {
			if sc.seenF[w] != 0 || sc.seenB[w] != 0 {
				t.Fatalf("search %d (%d to %d, %d hops): word %d of the seen bitmaps left set", i, src, dst, 1+i%12, w)
			}
		}
		scratchPool.Put(sc)
	}
	if found < 100 || checked < 100 {
		t.Fatalf("of 400 searches, only %d found a path and %d left a scratch to check; want 100 of each", found, checked)
	}
}

// TestLinkingJoin checks LinkingActors, which gallops over both shows'
// credits, against the links gathered from every credit of the graph, on
// pairs of shows that share a person (casts of every size) and random ones.
func TestLinkingJoin(t *testing.T) {
	s := openGenerated(t, gen.Config{People: 3000, Shows: 200, Credits: 20000, Seed: 11})
	ctx := context.Background()
	g := s.g
	var shows []uint32
	for v := range uint32(g.nodes()) {
		if g.nodeKind[v] == kindShow {
			shows = append(shows, v)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	linked := 0
	for range 300 {
		a, b := shows[r.IntN(len(shows))], shows[r.IntN(len(shows))]
		if r.IntN(2) == 0 { // b: another show of a person of a
			cs := g.adjacency().credits.row(a)
			p := g.credits[cs[r.IntN(len(cs))]].person
			ps := g.adjacency().credits.row(p)
			b = g.credits[ps[r.IntN(len(ps))]].show
		}
		inA, inB := map[uint32][]graph.Credit{}, map[uint32][]graph.Credit{}
		for i, c := range g.credits {
			if c.cast() && c.show == a {
				inA[c.person] = append(inA[c.person], g.toCredit(uint32(i)))
			}
			if c.cast() && c.show == b {
				inB[c.person] = append(inB[c.person], g.toCredit(uint32(i)))
			}
		}
		want := []graph.Link{}
		for p, ca := range inA {
			if cb := inB[p]; len(cb) > 0 {
				sortCredits(ca, true)
				sortCredits(cb, true)
				want = append(want, graph.Link{Person: g.ref(p), InA: ca, InB: cb})
			}
		}
		slices.SortFunc(want, func(x, y graph.Link) int { return strings.Compare(x.Person.ID, y.Person.ID) })
		got, err := s.LinkingActors(ctx, g.nodeName.get(a), g.nodeName.get(b))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("LinkingActors(%q, %q):\n got %v\nwant %v", g.nodeName.get(a), g.nodeName.get(b), got, want)
		}
		if len(got) > 0 {
			linked++
		}
	}
	if linked < 100 {
		t.Fatalf("only %d of 300 pairs linked", linked)
	}
}

// openGenerated opens a store in a temporary directory, closed when the
// test ends, holding a generated graph of cfg's size loaded as one batch.
func openGenerated(t *testing.T, cfg gen.Config) *Store {
	t.Helper()
	gn, err := gen.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := openTestStore(t, t.TempDir())
	t.Cleanup(func() { s.Close() })
	if _, err := s.Load(context.Background(), graph.Batch{Source: "gen", Facts: gn.Next(nil, cfg.Credits)}); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGrowInLargeTable grows tables past releaseMin, whose old arrays growIn
// copies a piece at a time and releases as it goes: the new table holds
// every element (the releases never reach the new array or the pieces not
// yet copied), with room for the elements asked for, and appends go on.
func TestGrowInLargeTable(t *testing.T) {
	n := releaseMin/4 + releaseStep/4 + 12345 // a last piece shorter than the rest
	tab := make([]uint32, n)
	for i := range tab {
		tab[i] = uint32(i)*2654435761 + 7
	}
	creds := make([]credit, releaseMin/16+3)
	for i := range creds {
		creds[i] = credit{person: uint32(i), show: uint32(i) ^ 0xabcdef, detail: 3, seasons: uint32(i) >> 3}
	}
	growIn(&tab, 100)
	growIn(&creds, 1)
	if len(tab) != n || cap(tab) < n+100 || len(creds) != releaseMin/16+3 {
		t.Fatalf("lengths %d, %d (cap %d)", len(tab), len(creds), cap(tab))
	}
	for i, v := range tab {
		if v != uint32(i)*2654435761+7 {
			t.Fatalf("element %d of %d is %d after growing", i, n, v)
		}
	}
	for i, c := range creds {
		if c != (credit{person: uint32(i), show: uint32(i) ^ 0xabcdef, detail: 3, seasons: uint32(i) >> 3}) {
			t.Fatalf("credit %d is %+v after growing", i, c)
		}
	}
	tab = append(tab, 1)
	if tab[n] != 1 || tab[n-1] != uint32(n-1)*2654435761+7 {
		t.Fatal("append after growing")
	}
}
