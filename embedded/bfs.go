package embedded

import (
	"context"
	"math/bits"
	"slices"
	"sync"
)

// bfsScratch is the working memory of one shortest-path search, kept between
// searches: a visited bitmap for each direction (an eighth of a byte per
// node, so the test at every edge hits the processor's cache even on a graph
// of millions of nodes), the distance of each node seen, and marks of the
// nodes on a shortest path, told apart from older searches by an epoch.
type bfsScratch struct {
	epoch        uint32
	seenF, seenB []uint64 // bit v: seen from that end
	distF, distB []uint8  // distance from that end, when seen
	onMark       []uint32 // epoch<<4 | position, when on some shortest path
	layersF      [][]uint32
	layersB      [][]uint32
	onLevels     [][]uint32
	meet         []uint32
}

// maxEpoch keeps epoch<<4 in a uint32; positions fit in the low 4 bits
// (graph.MaxHopsLimit is 12).
const maxEpoch = 1<<28 - 1

var scratchPool sync.Pool

func getScratch(n int) *bfsScratch {
	sc, _ := scratchPool.Get().(*bfsScratch)
	if sc == nil || len(sc.distF) < n {
		n += n / 8
		words := (n + 63) / 64
		sc = &bfsScratch{seenF: make([]uint64, words), seenB: make([]uint64, words),
			distF: make([]uint8, n), distB: make([]uint8, n), onMark: make([]uint32, n)}
	}
	sc.epoch++
	if sc.epoch > maxEpoch {
		clear(sc.onMark)
		sc.epoch = 1
	}
	return sc
}

// clearSeen unmarks the nodes a search marked seen, those of its first nf
// forward and nb backward layers (a search marks no others), so that the
// next search starts with clear bitmaps without clearing them whole: on a
// graph of millions of nodes they are megabytes, and a search touches a
// few thousand nodes. When it touched more, they are cleared whole.
func (sc *bfsScratch) clearSeen(nf, nb int) {
	n := 0
	for _, l := range sc.layersF[:nf] {
		n += len(l)
	}
	for _, l := range sc.layersB[:nb] {
		n += len(l)
	}
	if n >= len(sc.seenF)/4 {
		clear(sc.seenF)
		clear(sc.seenB)
		return
	}
	for _, l := range sc.layersF[:nf] {
		for _, v := range l {
			sc.seenF[v>>6] = 0
		}
	}
	for _, l := range sc.layersB[:nb] {
		for _, v := range l {
			sc.seenB[v>>6] = 0
		}
	}
}

func has(bits []uint64, v uint32) bool { return bits[v>>6]&(1<<(v&63)) != 0 }
func set(bits []uint64, v uint32)      { bits[v>>6] |= 1 << (v & 63) }

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
// the end whose frontier has fewer edges to scan, until the two meet. Before
// it expands a frontier it only looks among the frontier's neighbours for
// nodes seen from the other end: the layer where the ends meet is by far
// the largest, and it is never built; only its meeting nodes are kept.
// Walking back from them marks every node on some shortest path with its
// position; the answer is then read from src,
// taking at each step the neighbour on a shortest path whose node ID (its
// kind, then key) is smallest. The answer does not depend on which end was
// expanded.
func (g *memGraph) shortestPath(ctx context.Context, adj *adjacency, src, dst uint32, maxHops int) ([]uint32, error) {
	if src == dst {
		return []uint32{src}, nil
	}
	sc := getScratch(g.nodes())
	builtF, builtB := 0, 0 // the layers built in each direction, which clearSeen reads
	defer func() {
		sc.clearSeen(builtF, builtB)
		scratchPool.Put(sc)
	}()
	e := sc.epoch
	nb := &adj.nbrs
	set(sc.seenF, src)
	set(sc.seenB, dst)
	sc.distF[src], sc.distB[dst] = 0, 0
	lf := append(layer(&sc.layersF, 0), src)
	lb := append(layer(&sc.layersB, 0), dst)
	sc.layersF[0], sc.layersB[0] = lf, lb
	builtF, builtB = 1, 1
	nf, nbk := 1, 1 // layers in each direction
	cost := func(l []uint32) int {
		n := 0
		for _, u := range l {
			n += int(nb.off[u+1] - nb.off[u])
		}
		return n
	}
	costF, costB := cost(lf), cost(lb) // edges to scan from each frontier
	meet := sc.meet[:0]
	defer func() { sc.meet = meet[:0] }()
	for nf+nbk-2 < maxHops {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		forward := costF <= costB
		layers, seen, dist, other, n := &sc.layersF, sc.seenF, sc.distF, sc.seenB, &nf
		if !forward {
			layers, seen, dist, other, n = &sc.layersB, sc.seenB, sc.distB, sc.seenF, &nbk
		}
		frontier := (*layers)[*n-1]
		// Expand the frontier and look for the other end's nodes in the
		// same pass. Once one is found this is the layer where the two
		// ends meet, by far the largest: the rest of the pass only looks,
		// and the layer is never used as one; the meeting nodes are
		// enough. A meeting node is marked seen from this end too, so that
		// it is kept once however many frontier nodes reach it.
		depth := uint8(*n)
		next := layer(layers, *n)
		for i, u := range frontier {
			for _, v := range nb.row(u) {
				if has(seen, v) {
					continue
				}
				set(seen, v)
				dist[v] = depth
				next = append(next, v)
				if has(other, v) {
					meet = append(meet, v)
				}
			}
			if len(meet) > 0 {
				for _, u := range frontier[i+1:] {
					for _, v := range nb.row(u) {
						if has(other, v) && !has(seen, v) {
							set(seen, v)
							dist[v] = depth
							next = append(next, v)
							meet = append(meet, v)
						}
					}
				}
				break
			}
		}
		// The nodes marked on the way are kept as this layer's, for
		// clearSeen; a meeting layer counts on the side looked from, and
		// the walk back reads only the layers before it.
		(*layers)[*n] = next
		if forward {
			builtF = *n + 1
		} else {
			builtB = *n + 1
		}
		if len(meet) > 0 {
			*n++
			break
		}
		if len(next) == 0 {
			return nil, nil
		}
		*n++
		if forward {
			costF = cost(next)
		} else {
			costB = cost(next)
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
	// markLevel marks the nodes at position i: those of layer (the nodes at
	// the right distance from their end) with a neighbour at position from.
	// It scans whichever side has fewer edges: the layer's nodes, or the
	// neighbours of the nodes at position from.
	markLevel := func(i, from int, layer []uint32, seen []uint64, dist []uint8, d int) {
		lv := level(i)
		want, have := e<<4|uint32(i), e<<4|uint32(from)
		if cost(layer) < cost(sc.onLevels[from]) {
			for _, u := range layer {
				for _, v := range nb.row(u) {
					if sc.onMark[v] == have {
						sc.onMark[u] = want
						lv = append(lv, u)
						break
					}
				}
			}
		} else {
			for _, v := range sc.onLevels[from] {
				for _, u := range nb.row(v) {
					if has(seen, u) && int(dist[u]) == d && sc.onMark[u] != want {
						sc.onMark[u] = want
						lv = append(lv, u)
					}
				}
			}
		}
		sc.onLevels[i] = lv
	}
	for i := a - 1; i >= 0; i-- {
		markLevel(i, i+1, sc.layersF[i], sc.seenF, sc.distF, i)
	}
	for i := a + 1; i <= L; i++ {
		markLevel(i, i-1, sc.layersB[L-i], sc.seenB, sc.distB, L-i)
	}

	// Each step takes the smallest of the next position's nodes adjacent
	// to the step before: when that position has few nodes, each is looked
	// up in the row (sorted by node id) by binary search, instead of
	// scanning a row that may hold thousands of neighbours.
	path := make([]uint32, 1, L+1)
	path[0] = src
	for i := 1; i <= L; i++ {
		best, found := uint32(0), false
		row, cands := nb.row(path[i-1]), sc.onLevels[i]
		if len(cands)*bits.Len(uint(len(row))) < len(row) {
			for _, v := range cands {
				if _, ok := slices.BinarySearch(row, v); ok && (!found || g.nodeKey.get(v) < g.nodeKey.get(best)) {
					best, found = v, true
				}
			}
		} else {
			for _, v := range row {
				if on(v, i) && (!found || g.nodeKey.get(v) < g.nodeKey.get(best)) {
					best, found = v, true
				}
			}
		}
		path = append(path, best)
	}
	return path, nil
}
