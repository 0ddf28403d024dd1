package embedded

import (
	"context"
	"sync"
)

// bfsScratch is the working memory of one shortest-path search: visited
// marks for both directions, kept between searches and told apart by an
// epoch number, so a search never clears or allocates arrays the size of
// the graph.
type bfsScratch struct {
	epoch        uint32
	markF, markB []uint32 // epoch<<4 | distance from that end, when seen from it
	onMark       []uint32 // epoch<<4 | position, when on some shortest path
	layersF      [][]uint32
	layersB      [][]uint32
	onLevels     [][]uint32
}

// maxEpoch keeps epoch<<4 in a uint32; distances and positions fit in the
// low 4 bits (graph.MaxHopsLimit is 12).
const maxEpoch = 1<<28 - 1

var scratchPool sync.Pool

func getScratch(n int) *bfsScratch {
	sc, _ := scratchPool.Get().(*bfsScratch)
	if sc == nil || len(sc.markF) < n {
		n += n / 8
		sc = &bfsScratch{markF: make([]uint32, n), markB: make([]uint32, n), onMark: make([]uint32, n)}
	}
	sc.epoch++
	if sc.epoch > maxEpoch {
		clear(sc.markF)
		clear(sc.markB)
		clear(sc.onMark)
		sc.epoch = 1
	}
	return sc
}

// layer returns a reusable empty slice for layer i of layers.
func layer(layers *[][]uint32, i int) []uint32 {
	for len(*layers) <= i {
		*layers = append(*layers, nil)
	}
	return (*layers)[i][:0]
}

// shortestPath returns the node ids of the smallest shortest path from src
// to dst of at most maxHops edges, or nil.
//
// It is a breadth-first search from both ends that expands, layer by layer,
// the end whose frontier has fewer edges to scan, until the two meet. Every
// node at the meeting layer is kept; walking back from them marks every node
// on some shortest path with its position; the answer is then read from src,
// taking at each step the neighbour on a shortest path whose node ID (its
// kind, then key) is smallest. The answer does not depend on which end was
// expanded.
func (g *memGraph) shortestPath(ctx context.Context, adj *adjacency, src, dst uint32, maxHops int) ([]uint32, error) {
	if src == dst {
		return []uint32{src}, nil
	}
	sc := getScratch(g.nodes())
	defer scratchPool.Put(sc)
	e := sc.epoch
	nb := &adj.nbrs
	seen := func(m uint32) bool { return m>>4 == e }
	sc.markF[src], sc.markB[dst] = e<<4, e<<4
	lf := append(layer(&sc.layersF, 0), src)
	lb := append(layer(&sc.layersB, 0), dst)
	sc.layersF[0], sc.layersB[0] = lf, lb
	nf, nbk := 1, 1 // layers in each direction
	cost := func(l []uint32) int {
		n := 0
		for _, u := range l {
			n += int(nb.off[u+1] - nb.off[u])
		}
		return n
	}
	var meet []uint32
	for nf+nbk-2 < maxHops {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		forward := cost(sc.layersF[nf-1]) <= cost(sc.layersB[nbk-1])
		layers, mark, other, n := &sc.layersF, sc.markF, sc.markB, &nf
		if !forward {
			layers, mark, other, n = &sc.layersB, sc.markB, sc.markF, &nbk
		}
		tag := e<<4 | uint32(*n)
		next := layer(layers, *n)
		for _, u := range (*layers)[*n-1] {
			for _, v := range nb.row(u) {
				if seen(mark[v]) {
					continue
				}
				mark[v] = tag
				next = append(next, v)
				if seen(other[v]) {
					meet = append(meet, v)
				}
			}
		}
		(*layers)[*n] = next
		if len(next) == 0 {
			return nil, nil
		}
		*n++
		if len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return nil, nil
	}

	// The meeting nodes sit at position a of every shortest path, of length
	// L. Walk back from them: before a, forward nodes one step nearer src;
	// after a, backward nodes one step nearer dst.
	a, L := nf-1, nf+nbk-2
	on := func(v uint32, i int) bool { return sc.onMark[v] == e<<4|uint32(i) }
	level := func(i int) []uint32 { return layer(&sc.onLevels, i) }
	cur := level(a)
	for _, v := range meet {
		if !on(v, a) {
			sc.onMark[v] = e<<4 | uint32(a)
			cur = append(cur, v)
		}
	}
	sc.onLevels[a] = cur
	for i := a - 1; i >= 0; i-- {
		lv := level(i)
		want := e<<4 | uint32(i)
		for _, v := range sc.onLevels[i+1] {
			for _, u := range nb.row(v) {
				if sc.markF[u] == want && !on(u, i) {
					sc.onMark[u] = want
					lv = append(lv, u)
				}
			}
		}
		sc.onLevels[i] = lv
	}
	for i := a + 1; i <= L; i++ {
		lv := level(i)
		want, pos := e<<4|uint32(L-i), e<<4|uint32(i)
		for _, v := range sc.onLevels[i-1] {
			for _, u := range nb.row(v) {
				if sc.markB[u] == want && sc.onMark[u] != pos {
					sc.onMark[u] = pos
					lv = append(lv, u)
				}
			}
		}
		sc.onLevels[i] = lv
	}

	path := make([]uint32, 1, L+1)
	path[0] = src
	for i := 1; i <= L; i++ {
		best, found := uint32(0), false
		for _, v := range nb.row(path[i-1]) {
			if on(v, i) && (!found || g.nodeKey.get(v) < g.nodeKey.get(best)) {
				best, found = v, true
			}
		}
		path = append(path, best)
	}
	return path, nil
}
