package embedded

import (
	"cmp"
	"context"
	"slices"

	"github.com/castgraph/castgraph/graph"
)

var _ graph.Lister = (*Store)(nil)

// Names implements graph.Lister. The names are gathered under the read lock
// and handed to fn after it is released, so fn may call the store.
func (s *Store) Names(ctx context.Context, kind string, fn func(name string) error) error {
	var want uint8
	switch kind {
	case graph.NodePerson:
		want = kindPerson
	case graph.NodeShow:
		want = kindShow
	default:
		return graph.Errorf(graph.EINVALID, "cannot list nodes of kind %q", kind)
	}
	type entry struct{ key, name string }
	var entries []entry
	s.mu.RLock()
	g, err := s.read(ctx)
	if err == nil {
		for id := range uint32(g.nodes()) {
			if g.nodeKind[id] == want {
				entries = append(entries, entry{g.nodeKey.get(id), g.nodeName.get(id)})
			}
		}
	}
	s.mu.RUnlock()
	if err != nil {
		return err
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	for i, e := range entries {
		if i%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if err := fn(e.name); err != nil {
			return err
		}
	}
	return nil
}
