package embedded

import (
	"context"

	"github.com/castgraph/castgraph/graph"
)

// People returns the people named in names, keyed by graph.PersonKey, in
// one call under one read lock; unknown names are left out. With Shows it
// lets the GraphQL layer fetch a whole level of a query at once.
func (s *Store) People(ctx context.Context, names []string) (map[string]*graph.Person, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*graph.Person, len(names))
	for _, n := range names {
		key := graph.PersonKey(n)
		if _, done := out[key]; done {
			continue
		}
		if id, ok := g.lookupNode(kindPerson, fold(n)); ok {
			out[key] = g.person(id)
		}
	}
	return out, nil
}

// Shows is People for shows, keyed by graph.ShowKey.
func (s *Store) Shows(ctx context.Context, titles []string) (map[string]*graph.Show, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*graph.Show, len(titles))
	for _, t := range titles {
		key := graph.ShowKey(t)
		if _, done := out[key]; done {
			continue
		}
		if id, ok := g.lookupNode(kindShow, showKey(t)); ok {
			out[key] = g.show(id)
		}
	}
	return out, nil
}
