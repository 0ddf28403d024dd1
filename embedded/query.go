package embedded

import (
	"context"
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Show implements graph.Store.
func (s *Store) Show(ctx context.Context, title string) (*graph.Show, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	n := g.nodes[graph.ShowID(title)]
	if n == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "no show titled %q", title)
	}
	sh := &graph.Show{Ref: graph.Ref{ID: n.ID, Name: n.Name}, Aliases: nonNil(n.Aliases)}
	sh.Cast, sh.Crew = g.creditsOf(g.byShow[n.ID])
	graph.SortShowCredits(sh.Cast)
	graph.SortShowCredits(sh.Crew)
	return sh, nil
}

// Person implements graph.Store.
func (s *Store) Person(ctx context.Context, name string) (*graph.Person, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	n := g.nodes[graph.PersonID(name)]
	if n == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "no person named %q", name)
	}
	p := &graph.Person{Ref: graph.Ref{ID: n.ID, Name: n.Name}, Aliases: nonNil(n.Aliases)}
	p.Roles, p.Crew = g.creditsOf(g.byPerson[n.ID])
	graph.SortPersonCredits(p.Roles)
	graph.SortPersonCredits(p.Crew)
	return p, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clone(s)
}

// Search implements graph.Store.
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
	var hits []graph.SearchHit
	i := 0
	for _, n := range g.nodes {
		if i++; i%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		score := graph.MatchScore(text, n.Name)
		for _, a := range n.Aliases {
			score = max(score, graph.MatchScore(text, a))
		}
		if score == 0 {
			continue
		}
		h := graph.SearchHit{Kind: n.Kind, ID: n.ID, Name: n.Name, Score: score}
		if n.Kind == graph.NodeCharacter {
			h.Show = g.nodes[n.Show].Name
		}
		hits = append(hits, h)
	}
	graph.SortHits(hits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// LinkingActors implements graph.Store.
func (s *Store) LinkingActors(ctx context.Context, showA, showB string) ([]graph.Link, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	a, b := g.nodes[graph.ShowID(showA)], g.nodes[graph.ShowID(showB)]
	if a == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "no show titled %q", showA)
	}
	if b == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "no show titled %q", showB)
	}
	castBy := func(show string) map[string][]graph.Credit {
		m := map[string][]graph.Credit{}
		for _, cid := range g.byShow[show] {
			if c := g.credits[cid]; c.Kind == graph.KindCast {
				m[c.Person] = append(m[c.Person], g.toCredit(c))
			}
		}
		return m
	}
	inA, inB := castBy(a.ID), castBy(b.ID)
	links := []graph.Link{}
	for pid, ca := range inA {
		cb, ok := inB[pid]
		if !ok {
			continue
		}
		graph.SortPersonCredits(ca)
		graph.SortPersonCredits(cb)
		links = append(links, graph.Link{Person: g.ref(pid), InA: ca, InB: cb})
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
		People:     g.counts[graph.NodePerson],
		Shows:      g.counts[graph.NodeShow],
		Characters: g.counts[graph.NodeCharacter],
		Credits:    len(g.credits),
		Articles:   len(g.articles),
	}, nil
}

// ShortestPath implements graph.Store: a breadth-first search from both ends
// that expands the smaller frontier, then a walk that picks, at each step,
// the smallest node ID that still lies on a shortest path.
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
	src, err := g.resolve(from)
	if err != nil {
		return nil, err
	}
	dst, err := g.resolve(to)
	if err != nil {
		return nil, err
	}
	ids, err := g.shortestPath(ctx, src, dst, maxHops)
	if ids == nil || err != nil {
		return nil, err
	}
	p := &graph.Path{Length: len(ids) - 1}
	for i, id := range ids {
		n := g.nodes[id]
		pn := graph.PathNode{Kind: n.Kind, ID: n.ID, Name: n.Name, Evidence: []graph.Evidence{}}
		if i > 0 {
			pn.Evidence = g.edgeEvidence(ids[i-1], id)
		}
		p.Nodes = append(p.Nodes, pn)
	}
	return p, nil
}

// resolve finds the person, or else the show, that name names.
func (g *memGraph) resolve(name string) (string, error) {
	if id := graph.PersonID(name); g.nodes[id] != nil {
		return id, nil
	}
	if id := graph.ShowID(name); g.nodes[id] != nil {
		return id, nil
	}
	return "", graph.Errorf(graph.ENOTFOUND, "no person or show named %q", name)
}

// shortestPath returns the node IDs of the smallest shortest path from src to
// dst of at most maxHops edges, or nil.
func (g *memGraph) shortestPath(ctx context.Context, src, dst string, maxHops int) ([]string, error) {
	if src == dst {
		return []string{src}, nil
	}
	distF, distB := map[string]int{src: 0}, map[string]int{dst: 0}
	layersF, layersB := [][]string{{src}}, [][]string{{dst}}
	var meet []string
	for len(layersF)+len(layersB)-2 < maxHops {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		forward := len(layersF[len(layersF)-1]) <= len(layersB[len(layersB)-1])
		layers, dist, other := &layersF, distF, distB
		if !forward {
			layers, dist, other = &layersB, distB, distF
		}
		depth := len(*layers)
		var next []string
		for _, id := range (*layers)[depth-1] {
			for _, nb := range g.neighbours(id) {
				if _, seen := dist[nb]; seen {
					continue
				}
				dist[nb] = depth
				next = append(next, nb)
				if _, ok := other[nb]; ok {
					meet = append(meet, nb)
				}
			}
		}
		if len(next) == 0 {
			return nil, nil
		}
		*layers = append(*layers, next)
		if len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return nil, nil
	}
	// The meeting nodes sit at position a = len(layersF)-1 of every shortest
	// path. Keep, before them, the forward nodes that lead to one; after
	// them, the backward nodes reached from one.
	a, L := len(layersF)-1, len(layersF)+len(layersB)-2
	on := make([]map[string]bool, L+1)
	on[a] = setOf(meet)
	for i := a - 1; i >= 0; i-- {
		on[i] = map[string]bool{}
		for _, id := range layersF[i] {
			if slices.ContainsFunc(g.neighbours(id), func(nb string) bool { return on[i+1][nb] }) {
				on[i][id] = true
			}
		}
	}
	for i := a + 1; i <= L; i++ {
		on[i] = map[string]bool{}
		for _, id := range layersB[L-i] {
			if slices.ContainsFunc(g.neighbours(id), func(nb string) bool { return on[i-1][nb] }) {
				on[i][id] = true
			}
		}
	}
	path := []string{src}
	for i := 1; i <= L; i++ {
		for _, nb := range g.neighbours(path[i-1]) { // sorted: the first fit is the smallest
			if on[i][nb] {
				path = append(path, nb)
				break
			}
		}
	}
	return path, nil
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
