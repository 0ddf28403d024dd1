package embedded

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// The kinds of node a not-found show or person suggests.
var (
	showKinds   = []string{graph.NodeShow}
	personKinds = []string{graph.NodePerson}
	endKinds    = []string{graph.NodePerson, graph.NodeShow}
)

// Show implements graph.Store.
func (s *Store) Show(ctx context.Context, title string) (*graph.Show, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	id, ok := g.lookupNode(kindShow, showKey(title))
	if !ok {
		return nil, g.notFound(ctx, title, showKinds, "no show titled %q", title)
	}
	return g.show(id), nil
}

// show builds the show node id with its credits; s.mu must be held.
func (g *memGraph) show(id uint32) *graph.Show {
	sh := &graph.Show{Ref: g.ref(id), Aliases: g.aliasesOf(nodeRef(id))}
	sh.Cast, sh.Crew = g.creditsOf(g.adjacency(), id)
	sortCredits(sh.Cast, false)
	sortCredits(sh.Crew, false)
	return sh
}

// Person implements graph.Store.
func (s *Store) Person(ctx context.Context, name string) (*graph.Person, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	id, ok := g.lookupNode(kindPerson, fold(name))
	if !ok {
		return nil, g.notFound(ctx, name, personKinds, "no person named %q", name)
	}
	return g.person(id), nil
}

// person builds the person node id with its credits; s.mu must be held.
func (g *memGraph) person(id uint32) *graph.Person {
	p := &graph.Person{Ref: g.ref(id), Aliases: g.aliasesOf(nodeRef(id))}
	p.Roles, p.Crew = g.creditsOf(g.adjacency(), id)
	sortCredits(p.Roles, true)
	sortCredits(p.Crew, true)
	return p
}

// sortCredits sorts credits as graph.SortPersonCredits (byShow) or
// graph.SortShowCredits do, folding each character once rather than at every
// comparison. The orders agree: no two credits of one list are equal under
// them (they would be one credit), so an unstable sort cannot tell them apart.
func sortCredits(cs []graph.Credit, byShow bool) {
	if len(cs) < 2 {
		return
	}
	// Sort small keys with each credit's index, then move the credits
	// (large structs) into place, each once, along the permutation's cycles.
	type keyed struct {
		id, char string
		i        int
	}
	var small [8]keyed
	ks := small[:0]
	if len(cs) > len(small) {
		ks = make([]keyed, 0, len(cs))
	}
	for i := range cs {
		c := &cs[i]
		k := keyed{id: c.Person.ID, char: fold(c.Character), i: i}
		if byShow {
			k.id = c.Show.ID
		}
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.char, b.char), cmp.Compare(cs[a.i].Job, cs[b.i].Job))
	})
	for start := range ks { // position k takes the credit at ks[k].i
		if ks[start].i == start {
			continue
		}
		first := cs[start]
		for k := start; ; {
			from := ks[k].i
			ks[k].i = k
			if from == start {
				cs[k] = first
				break
			}
			cs[k] = cs[from]
			k = from
		}
	}
}

// matchScore is graph.MatchScore(text, name) for q = graph.SearchKey(text).
func matchScore(q, name string) float64 { return graph.MatchFolded(q, fold(name)) }

// Search implements graph.Store: a scan of every name and alias.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	if strings.TrimSpace(graph.Fold(text)) == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text %q has no letters or digits", text)
	}
	if limit <= 0 {
		return nil, graph.Errorf(graph.EINVALID, "search limit %d must be at least 1", limit)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	return g.search(ctx, text, limit, nil)
}

// search is Search for the hits of the kinds given (all when kinds is
// nil); s.mu must be held. The names are scanned by MatchScore first; when
// that finds fewer than limit, they are scanned again for the matches with
// typos (graph.FuzzyKey), which come after all of those.
func (g *memGraph) search(ctx context.Context, text string, limit int, kinds []string) ([]graph.SearchHit, error) {
	q := graph.SearchKey(text)
	score := func(ref uint64, name string) float64 {
		sc := matchScore(q, name)
		for _, a := range g.aliases[ref] {
			sc = max(sc, matchScore(q, a))
		}
		return sc
	}
	hits, err := g.scanNames(ctx, kinds, score, nil)
	if err != nil {
		return nil, err
	}
	if fk := graph.NewFuzzyKey(q); len(hits) < limit && fk.Fuzzy() {
		fuzzy := func(ref uint64, name string) float64 {
			if score(ref, name) > 0 {
				return 0 // a hit already
			}
			sc := fk.Score(fold(name))
			for _, a := range g.aliases[ref] {
				sc = max(sc, fk.Score(fold(a)))
			}
			return sc
		}
		if hits, err = g.scanNames(ctx, kinds, fuzzy, hits); err != nil {
			return nil, err
		}
	}
	graph.SortHits(hits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// scanNames appends to hits every person, show and character of the kinds
// given (all when kinds is nil) to which score, given its alias reference
// and display name, gives more than 0.
func (g *memGraph) scanNames(ctx context.Context, kinds []string, score func(ref uint64, name string) float64, hits []graph.SearchHit) ([]graph.SearchHit, error) {
	want := func(kind string) bool { return kinds == nil || slices.Contains(kinds, kind) }
	people, shows := want(graph.NodePerson), want(graph.NodeShow)
	if people || shows {
		for id := range uint32(g.nodes()) {
			if id%4096 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			kind := graph.NodePerson
			if g.nodeKind[id] == kindShow {
				kind = graph.NodeShow
			}
			if kind == graph.NodePerson && !people || kind == graph.NodeShow && !shows {
				continue
			}
			if sc := score(nodeRef(id), g.nodeName.get(id)); sc > 0 {
				hits = append(hits, graph.SearchHit{Kind: kind, ID: g.nodeID(id), Name: g.nodeName.get(id), Score: sc})
			}
		}
	}
	if want(graph.NodeCharacter) {
		for id := range uint32(g.charName.len()) {
			if id%4096 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			name := g.charName.get(id)
			if sc := score(charRef(id), name); sc > 0 {
				show := g.charShow[id]
				hits = append(hits, graph.SearchHit{Kind: graph.NodeCharacter, Score: sc, Name: name,
					ID: "character:" + g.nodeKey.get(show) + "/" + fold(name), Show: g.nodeName.get(show)})
			}
		}
	}
	return hits, nil
}

// notFound returns the ENOTFOUND error with the given message that
// suggests the nodes of the kinds given that name may have meant (see
// graph.Store.Show); s.mu must be held.
func (g *memGraph) notFound(ctx context.Context, name string, kinds []string, format string, args ...any) error {
	return graph.NotFoundFor(name, func(text string, limit int) ([]graph.SearchHit, error) {
		return g.search(ctx, text, limit, kinds)
	}, format, args...)
}

// LinkingActors implements graph.Store: the cast of both shows, joined on
// person id.
func (s *Store) LinkingActors(ctx context.Context, showA, showB string) ([]graph.Link, error) {
	return s.linkingActors(ctx, showA, showB, true)
}

var _ graph.LinkLister = (*Store)(nil)

// LinkingActorsBare implements graph.LinkLister.
func (s *Store) LinkingActorsBare(ctx context.Context, showA, showB string) ([]graph.Link, error) {
	return s.linkingActors(ctx, showA, showB, false)
}

// linkingActors is LinkingActors, with each credit's evidence when evidence
// is true.
func (s *Store) linkingActors(ctx context.Context, showA, showB string, evidence bool) ([]graph.Link, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	a, ok := g.lookupNode(kindShow, showKey(showA))
	if !ok {
		return nil, g.notFound(ctx, showA, showKinds, "no show titled %q", showA)
	}
	b, ok := g.lookupNode(kindShow, showKey(showB))
	if !ok {
		return nil, g.notFound(ctx, showB, showKinds, "no show titled %q", showB)
	}
	// Both shows' credits come sorted by person: join them, galloping
	// over the longer runs of either (a long-running show's cast against a
	// film's). Every credit of a link shares its person's and show's refs.
	adj := g.adjacency()
	inA, inB := adj.credits.row(a), adj.credits.row(b)
	refA, refB := g.ref(a), g.ref(b)
	links := []graph.Link{}
	for i, j := 0, 0; i < len(inA) && j < len(inB); {
		pa, pb := g.credits[inA[i]].person, g.credits[inB[j]].person
		switch {
		case pa < pb:
			i = g.skipTo(inA, i, pb)
		case pa > pb:
			j = g.skipTo(inB, j, pa)
		default:
			l := graph.Link{Person: g.ref(pa)}
			for ; i < len(inA) && g.credits[inA[i]].person == pa; i++ {
				if g.credits[inA[i]].cast() {
					l.InA = append(l.InA, g.creditWith(inA[i], l.Person, refA, evidence))
				}
			}
			for ; j < len(inB) && g.credits[inB[j]].person == pa; j++ {
				if g.credits[inB[j]].cast() {
					l.InB = append(l.InB, g.creditWith(inB[j], l.Person, refB, evidence))
				}
			}
			if len(l.InA) > 0 && len(l.InB) > 0 {
				sortCredits(l.InA, true)
				sortCredits(l.InB, true)
				links = append(links, l)
			}
		}
	}
	slices.SortFunc(links, func(x, y graph.Link) int { return strings.Compare(x.Person.ID, y.Person.ID) })
	return links, nil
}

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return graph.Stats{}, err
	}
	return graph.Stats{
		People:     g.people,
		Shows:      g.shows,
		Characters: g.charName.len(),
		Credits:    len(g.credits),
		Articles:   g.articles.len(),
	}, nil
}

// ShortestPath implements graph.Store (see shortestPath for the search).
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) (*graph.Path, error) {
	if maxHops < 1 || maxHops > graph.MaxHopsLimit {
		return nil, graph.Errorf(graph.EINVALID, "maxHops %d is outside 1..%d", maxHops, graph.MaxHopsLimit)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	src, err := g.resolve(ctx, from)
	if err != nil {
		return nil, err
	}
	dst, err := g.resolve(ctx, to)
	if err != nil {
		return nil, err
	}
	adj := g.adjacency()
	ids, err := g.shortestPath(ctx, adj, src, dst, maxHops)
	if ids == nil || err != nil {
		return nil, err
	}
	p := &graph.Path{Length: len(ids) - 1}
	for i, id := range ids {
		kind := graph.NodePerson
		if g.nodeKind[id] == kindShow {
			kind = graph.NodeShow
		}
		pn := graph.PathNode{Kind: kind, ID: g.nodeID(id), Name: g.nodeName.get(id), Evidence: []graph.Evidence{}}
		if i > 0 {
			pn.Evidence = g.edgeEvidence(adj, ids[i-1], id)
		}
		p.Nodes = append(p.Nodes, pn)
	}
	return p, nil
}

// resolve finds the person, or else the show, that name names.
// The error suggests people and shows that name may have meant.
func (g *memGraph) resolve(ctx context.Context, name string) (uint32, error) {
	if id, ok := g.lookupNode(kindPerson, fold(name)); ok {
		return id, nil
	}
	if id, ok := g.lookupNode(kindShow, showKey(name)); ok {
		return id, nil
	}
	return 0, g.notFound(ctx, name, endKinds, "no person or show named %q", name)
}

// skipTo returns the index of the first credit of row after from whose
// person is p or later (or len(row)), where row, a node's credits, is sorted
// by person and row[from]'s person is before p. It gallops: steps of 1, 2,
// 4, ... then a binary search, so a long run of credits to skip costs its
// logarithm, and a short one what a scan would.
func (g *memGraph) skipTo(row []uint32, from int, p uint32) int {
	lo, step := from, 1 // row[lo]'s person is before p
	hi := lo + step
	for hi < len(row) && g.credits[row[hi]].person < p {
		lo, step = hi, step*2
		hi = lo + step
	}
	hi = min(hi, len(row)-1)
	if hi <= lo {
		return len(row)
	}
	k, _ := slices.BinarySearchFunc(row[lo+1:hi+1], p, func(ci, p uint32) int { return cmp.Compare(g.credits[ci].person, p) })
	return lo + 1 + k
}

// edgeEvidence is the evidence of every credit between two adjacent nodes.
// A node's credits come sorted by their other end, so those of the edge are
// found by binary search in the shorter row of the two.
func (g *memGraph) edgeEvidence(adj *adjacency, a, b uint32) []graph.Evidence {
	if len(adj.credits.row(b)) < len(adj.credits.row(a)) {
		a, b = b, a
	}
	row := adj.credits.row(a)
	other := func(ci uint32) uint32 {
		c := g.credits[ci]
		if c.person == a {
			return c.show
		}
		return c.person
	}
	first, _ := slices.BinarySearchFunc(row, b, func(ci, b uint32) int { return cmp.Compare(other(ci), b) })
	var ev []graph.Evidence
	for _, ci := range row[first:] {
		if other(ci) != b {
			break
		}
		ev = append(ev, g.evidenceOf(ci)...)
	}
	return graph.SortEvidence(ev)
}
