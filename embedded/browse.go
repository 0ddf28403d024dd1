package embedded

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/castgraph/castgraph/graph"
)

var _ graph.Browser = (*Store)(nil)

// browseOrders are the lists Browse pages through, made on first use and
// kept with the adjacency they were made from: a load that changes the
// credits drops both.
type browseOrders struct {
	mu    sync.Mutex
	lists map[[2]string][]uint32 // by kind and order
}

// Browse implements graph.Browser.
func (s *Store) Browse(ctx context.Context, kind, order string, offset, limit int) ([]graph.Ref, int, error) {
	if err := graph.CheckBrowse(kind, order, offset, limit); err != nil {
		return nil, 0, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.read(ctx)
	if err != nil {
		return nil, 0, err
	}
	ids := g.browseList(kind, order)
	lo := min(offset, len(ids))
	hi := min(lo+limit, len(ids))
	out := make([]graph.Ref, 0, hi-lo)
	for _, id := range ids[lo:hi] {
		out = append(out, g.ref(id))
	}
	return out, len(ids), nil
}

// browseList returns the people or shows in the order Browse gives them.
// The caller holds Store.mu for reading.
func (g *memGraph) browseList(kind, order string) []uint32 {
	a := g.adjacency()
	a.browse.mu.Lock()
	defer a.browse.mu.Unlock()
	k := [2]string{kind, order}
	if l, ok := a.browse.lists[k]; ok {
		return l
	}
	want := kindPerson
	if kind == graph.NodeShow {
		want = kindShow
	}
	var ids []uint32
	for id, kd := range g.nodeKind {
		if kd == want {
			ids = append(ids, uint32(id))
		}
	}
	byKey := func(x, y uint32) int { return cmp.Compare(g.nodeKey.get(x), g.nodeKey.get(y)) }
	if order == graph.OrderCredits {
		credits := func(id uint32) int { return int(a.credits.off[id+1] - a.credits.off[id]) }
		slices.SortFunc(ids, func(x, y uint32) int { return cmp.Or(cmp.Compare(credits(y), credits(x)), byKey(x, y)) })
	} else {
		slices.SortFunc(ids, byKey)
	}
	if a.browse.lists == nil {
		a.browse.lists = map[[2]string][]uint32{}
	}
	a.browse.lists[k] = ids
	return ids
}
