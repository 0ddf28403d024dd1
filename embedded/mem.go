package embedded

import (
	"hash/maphash"
	"math/bits"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// The in-memory graph is laid out for size and speed, not for convenience:
//
//   - people and shows are nodes with compact integer ids (0..n-1, one id
//     space, so a traversal needs no kind checks); characters have their own;
//   - names, keys, sentences and the like are interned in append-only string
//     tables (one byte slice and offsets), never one Go string each; a
//     sentence is kept as a template that refers to its credit's names;
//   - credits are fixed-size records in one slice, their evidence a second
//     slice indexed like compressed sparse rows;
//   - adjacency (the credits of each node, the distinct neighbours of each
//     node) is compressed sparse rows, rebuilt from the credits when a load
//     changed them and a reader needs it;
//   - lookups by key use open-addressing tables of ids over those tables.
//
// Readers hold Store.mu for reading; a load changes the graph only while it
// holds Store.mu for writing, so a reader sees all of a batch or none of it.

// Node kinds, as stored.
const (
	kindPerson uint8 = iota
	kindShow
)

// castBit marks a cast credit in credit.detail; the rest of detail is the
// character id + 1 (cast) or the job's string id + 1 (crew), 0 for none.
const castBit = 1 << 31

// credit is one edge.
type credit struct {
	person, show uint32
	detail       uint32
	seasons      uint32 // id in memGraph.seasonSets; 0 is none
}

func (c credit) cast() bool { return c.detail&castBit != 0 }

// evidence is one statement of a credit.
type evidence struct {
	article, date, sentence uint32 // ids in articles, dates and sentences
}

// strTab is an append-only table of strings: string i is
// data[off[i]:off[i+1]].
type strTab struct {
	data []byte
	off  []uint32
}

func newStrTab() strTab { return strTab{off: []uint32{0}} }

func (t *strTab) len() int { return len(t.off) - 1 }

func (t *strTab) get(i uint32) string {
	a, b := t.off[i], t.off[i+1]
	if a == b {
		return ""
	}
	return unsafe.String(&t.data[a], int(b-a))
}

// add appends s and returns its id; ok is false when the table would pass
// 4 GiB.
func (t *strTab) add(s string) (uint32, bool) {
	if uint64(len(t.data))+uint64(len(s)) > 1<<32-1 {
		return 0, false
	}
	t.data = append(t.data, s...)
	t.off = append(t.off, uint32(len(t.data)))
	return uint32(len(t.off) - 2), true
}

// grow makes room for n more strings of size bytes in all.
func (t *strTab) grow(n, size int) {
	growKeeping(&t.data, size)
	growIn(&t.off, n)
}

// grow returns s with room for n more elements, doubling its capacity when
// it must grow: the tables of a large graph are copied a few times over a
// bulk load, not at every batch.
func grow[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) >= n {
		return s
	}
	t := make(S, len(s), max(2*cap(s), len(s)+n, 1024))
	copy(t, s)
	return t
}

// growIn grows the table at *s as grow does. When the table it copies is
// large, the old array is given back to the operating system as it goes,
// before the caller grows its next table: the tables of a graph grow in
// step (most in proportion to its credits), and a batch that doubles them
// all would otherwise hold every old copy beside the new ones until the
// next collection, which at 20M credits put most of a gigabyte on the
// process's peak memory. The old array is copied a piece at a time and each
// piece's pages released once copied (releasePages), so that even the
// largest table, the credits, is never in memory twice.
//
// No string may point into *s (a string table's bytes are grown with
// growKeeping), and nothing may read the old array afterwards: the caller
// holds the store's lock for writing, and the tables' readers copy what
// they return.
func growIn[S ~[]E, E any](s *S, n int) {
	if cap(*s)-len(*s) >= n {
		return
	}
	old := *s
	size := int(unsafe.Sizeof(old[:1][0]))
	if len(old)*size < releaseMin {
		*s = grow(old, n)
		return
	}
	t := make(S, len(old), max(2*cap(old), len(old)+n))
	step := releaseStep / size
	for i := 0; i < len(old); i += step {
		j := min(i+step, len(old))
		copy(t[i:j], old[i:j])
		releasePages(unsafe.Slice((*byte)(unsafe.Pointer(&old[i])), (j-i)*size))
	}
	*s = t
	debug.FreeOSMemory()
}

// growKeeping is growIn for a table that strings point into: its old array
// is left whole to the collector (a string may outlive the table), which
// gets it back at once.
func growKeeping[S ~[]E, E any](s *S, n int) {
	if cap(*s)-len(*s) >= n {
		return
	}
	old := uintptr(len(*s)) * unsafe.Sizeof((*s)[:1][0])
	*s = grow(*s, n)
	if old >= releaseMin {
		debug.FreeOSMemory()
	}
}

// releaseStep is how much of a table growIn copies before it releases it.
const releaseStep = 16 << 20

// releaseMin is the size of a table whose old copy growIn and idTable.grow
// give back at once.
const releaseMin = 64 << 20

// idTable is an open-addressing hash table of ids; the caller hashes and
// compares. A slot holds id+1 (0 is empty) in its low half and the high half
// of the id's hash in its high half, so most probes that miss never touch the
// caller's data. An id's first slot is given by the top bits of its hash, so
// the slots are in hash order (but where a run wraps around the end): the
// table grows by moving slots in order, without hashing any id again.
type idTable struct {
	slots []uint64
	shift uint8 // 64 - log2(len(slots)): hash >> shift is the first slot
	n     int
}

func (t *idTable) find(h uint64, eq func(uint32) bool) (uint32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xffffffff
	for i := h >> t.shift; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return 0, false
		}
		if v&^0xffffffff == tag && eq(uint32(v)-1) {
			return uint32(v) - 1, true
		}
	}
}

// firstTagged is the slot value (id + 1) of the first slot along h's probe
// whose hash tag is h's, or 0: the candidate the grouped lookups check
// (articlesFound, nodesSpelled).
func (t *idTable) firstTagged(h uint64) uint32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xffffffff
	for j := h >> t.shift; ; j = (j + 1) & mask {
		v := t.slots[j]
		if v == 0 {
			return 0
		}
		if v&^0xffffffff == tag {
			return uint32(v)
		}
	}
}

// An idTable is kept at most three quarters full: with the hash's high half
// in every slot, a probe past a slot of another id costs a compare, and the
// tables of a large graph (tens of millions of ids) are its loader's largest.
// reserve and the tables built whole size them for two thirds.

// insert adds id, growing the table when three quarters full.
func (t *idTable) insert(h uint64, id uint32) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow(max(1024, 2*(t.n+1)))
	}
	t.put(slot(h, id))
	t.n++
}

// reserve grows the table, if needed, to hold n ids without growing again.
func (t *idTable) reserve(n int) {
	if 4*n > 3*len(t.slots) {
		t.grow(n + n/2)
	}
}

// tableSize is the size to give a table built whole for n ids.
func tableSize(n int) int { return n + n/2 + 1 }

// slot is what a slot holds for id, whose hash is h.
func slot(h uint64, id uint32) uint64 { return h&^0xffffffff | uint64(id+1) }

// put stores a slot's value in the first free slot from its first; it does
// not count it (insert does).
func (t *idTable) put(v uint64) {
	mask := uint64(len(t.slots) - 1)
	i := v >> t.shift
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = v
}

// grow moves the ids to a table of at least want slots (a power of two, at
// most 1<<32, so that the first slot comes from the hash's high half). The
// slots go over in order, so the writes move forward through the new table
// too.
func (t *idTable) grow(want int) {
	size := 1024
	for size < want && size < 1<<32 {
		size *= 2
	}
	old := t.slots
	t.slots = make([]uint64, size)
	t.shift = uint8(bits.LeadingZeros64(uint64(size - 1)))
	for _, v := range old {
		if v != 0 {
			t.put(v)
		}
	}
	if len(old)*8 >= releaseMin {
		old = nil
		debug.FreeOSMemory()
	}
}

var hashSeed = maphash.MakeSeed()

func hashNode(kind uint8, key string) uint64 {
	return maphash.String(hashSeed, key) ^ uint64(kind)*0x9e3779b97f4a7c15
}

func mix64(a, b uint64) uint64 {
	z := a*0x9e3779b97f4a7c15 ^ b
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// csr is adjacency in compressed sparse rows: row i is ids[off[i]:off[i+1]].
type csr struct {
	off []uint32
	ids []uint32
}

func (c *csr) row(i uint32) []uint32 { return c.ids[c.off[i]:c.off[i+1]] }

// memGraph is the graph that queries read.
type memGraph struct {
	// People and shows.
	nodeKind []uint8
	nodeName strTab // display name: the first spelling seen
	nodeKey  strTab // PersonKey or ShowKey
	nodeIdx  idTable

	// Characters: name and show.
	charName strTab
	charShow []uint32

	// Aliases of nodes (key nodeRef) and characters (key charRef): rare.
	aliases map[uint64][]string

	credits    []credit
	evOff      []uint32 // evidence of credit i: ev[evOff[i]:evOff[i+1]]
	ev         []evidence
	sentences  strTab // the templates of evidence sentences (see sentence.go)
	articles   strTab
	dates      strTab
	jobs       strTab
	seasonSets [][]int // id 0 is the empty set

	people, shows int

	// readOnly says the tables lie over a snapshot mapped read-only
	// (mapSnapshot): a table is copied before it is changed in place.
	readOnly bool

	// Adjacency, rebuilt on demand after a load (see adjacency).
	adjMu sync.Mutex
	adj   *adjacency

	// Loader-only lookups (Store.loadMu), built by the first load.
	lk *lookups
}

// adjacency is derived from the credits.
type adjacency struct {
	credits csr // node -> its credit ids, by the node at the other end
	nbrs    csr // node -> distinct neighbour node ids
	browse  browseOrders
}

func nodeRef(id uint32) uint64 { return uint64(id) }
func charRef(id uint32) uint64 { return 1<<32 | uint64(id) }

func newMemGraph() *memGraph {
	g := &memGraph{
		nodeName: newStrTab(), nodeKey: newStrTab(), charName: newStrTab(),
		sentences: newStrTab(), articles: newStrTab(), dates: newStrTab(), jobs: newStrTab(),
		aliases: map[uint64][]string{}, seasonSets: [][]int{nil}, evOff: []uint32{0},
	}
	g.dates.add("")
	return g
}

func (g *memGraph) nodes() int { return len(g.nodeKind) }

// lookupNode returns the node of a kind with a key.
func (g *memGraph) lookupNode(kind uint8, key string) (uint32, bool) {
	return g.nodeIdx.find(hashNode(kind, key), func(id uint32) bool {
		return g.nodeKind[id] == kind && g.nodeKey.get(id) == key
	})
}

// nodeSpelled returns the id + 1 of the node of a kind with a key whose
// display name is name, and 0 when there is none. A node's key is made from
// its display name (both come from the fact that added it), so the names
// alone tell whether it is the one.
func (g *memGraph) nodeSpelled(kind uint8, key, name string) uint32 {
	id, ok := g.nodeIdx.find(hashNode(kind, key), func(id uint32) bool {
		return g.nodeKind[id] == kind && g.nodeName.get(id) == name
	})
	if !ok {
		return 0
	}
	return id + 1
}

// nodeQuery is one lookup of nodesSpelled: the node of a kind with a key
// whose display name is name; h is hashNode(kind, key). id is the answer,
// as nodeSpelled gives it.
type nodeQuery struct {
	h          uint64
	name, key  string
	kind       uint8
	state      uint8 // queryAbsent when done and the index has no node of that kind and key
	id, lo, hi uint32
}

const (
	queryAbsent    = iota // no slot of the key's hash: the answer is 0
	queryCandidate        // id - 1 has the key's hash: check its kind and name
	querySlow             // the first candidate is not it: nodeSpelled decides
)

// nodesSpelled answers a group of lookups as nodeSpelled does, one level of
// the index at a time for the whole group (the slots, then the kinds and
// name offsets of the nodes found there, then the names), so that the cache
// misses of the group's lookups overlap instead of following one another.
func (g *memGraph) nodesSpelled(qs []nodeQuery) {
	t := &g.nodeIdx
	if len(t.slots) == 0 {
		for i := range qs {
			qs[i].state, qs[i].id = queryAbsent, 0
		}
		return
	}
	for i := range qs {
		q := &qs[i]
		q.state, q.id = queryAbsent, t.firstTagged(q.h)
		if q.id != 0 {
			q.state = queryCandidate
		}
	}
	for i := range qs {
		if q := &qs[i]; q.state == queryCandidate {
			if id := q.id - 1; g.nodeKind[id] == q.kind {
				q.lo, q.hi = g.nodeName.off[id], g.nodeName.off[id+1]
			} else {
				q.state = querySlow
			}
		}
	}
	for i := range qs {
		q := &qs[i]
		switch {
		case q.state == queryCandidate && string(g.nodeName.data[q.lo:q.hi]) == q.name:
		case q.state != queryAbsent:
			q.id = g.nodeSpelled(q.kind, q.key, q.name)
		}
	}
}

func (g *memGraph) hashNodeID(id uint32) uint64 { return hashNode(g.nodeKind[id], g.nodeKey.get(id)) }

// rebuildNodeIndex indexes every node.
func (g *memGraph) rebuildNodeIndex() {
	g.nodeIdx = idTable{}
	g.nodeIdx.grow(tableSize(len(g.nodeKind)))
	for id := range g.nodeKind {
		g.nodeIdx.put(slot(g.hashNodeID(uint32(id)), uint32(id)))
	}
	g.nodeIdx.n = len(g.nodeKind)
}

func (g *memGraph) nodeID(id uint32) string {
	if g.nodeKind[id] == kindPerson {
		return "person:" + g.nodeKey.get(id)
	}
	return "show:" + g.nodeKey.get(id)
}

func (g *memGraph) ref(id uint32) graph.Ref {
	return graph.Ref{ID: g.nodeID(id), Name: g.nodeName.get(id)}
}

func (g *memGraph) aliasesOf(ref uint64) []string {
	a := g.aliases[ref]
	if a == nil {
		return []string{}
	}
	return slices.Clone(a)
}

// evidenceOf returns credit i's evidence in the contract's order.
func (g *memGraph) evidenceOf(i uint32) []graph.Evidence {
	es := g.ev[g.evOff[i]:g.evOff[i+1]]
	out := make([]graph.Evidence, len(es))
	var names *creditNames // read when a template refers to one
	for k, e := range es {
		s := g.sentences.get(e.sentence)
		if strings.IndexByte(s, refEsc) >= 0 {
			if names == nil {
				n := g.names(g.credits[i])
				names = &n
			}
			s = expandTemplate(s, names)
		}
		out[k] = graph.Evidence{Article: g.articles.get(e.article), Sentence: s, Date: g.dates.get(e.date)}
	}
	return graph.SortEvidence(out)
}

// toCredit turns credit i into the domain type.
func (g *memGraph) toCredit(i uint32) graph.Credit { return g.creditOf(i, true) }

// creditOf turns credit i into the domain type, with its evidence when
// evidence is true and with Evidence nil otherwise.
func (g *memGraph) creditOf(i uint32, evidence bool) graph.Credit {
	c := g.credits[i]
	return g.creditWith(i, g.ref(c.person), g.ref(c.show), evidence)
}

// creditWith is creditOf with the refs of the credit's person and show
// given, made once for many credits.
func (g *memGraph) creditWith(i uint32, person, show graph.Ref, evidence bool) graph.Credit {
	c := g.credits[i]
	out := graph.Credit{
		Kind:    graph.KindCrew,
		Person:  person,
		Show:    show,
		Seasons: slices.Clone(g.seasonSets[c.seasons]),
	}
	if evidence {
		out.Evidence = g.evidenceOf(i)
	}
	d := c.detail &^ castBit
	switch {
	case c.cast():
		out.Kind = graph.KindCast
		if d != 0 {
			out.Character = g.charName.get(d - 1)
		}
	case d != 0:
		out.Job = g.jobs.get(d - 1)
	}
	return out
}

// creditsOf returns the cast and crew credits of a node.
func (g *memGraph) creditsOf(a *adjacency, node uint32) (cast, crew []graph.Credit) {
	for _, i := range a.credits.row(node) {
		c := g.toCredit(i)
		if c.Kind == graph.KindCast {
			cast = append(cast, c)
		} else {
			crew = append(crew, c)
		}
	}
	return cast, crew
}

// adjacency returns the adjacency of the current credits, building it when
// a load has changed them. Callers hold Store.mu for reading.
func (g *memGraph) adjacency() *adjacency {
	g.adjMu.Lock()
	defer g.adjMu.Unlock()
	if g.adj == nil {
		g.adj = buildAdjacency(g.nodes(), g.credits)
	}
	return g.adj
}

// buildAdjacency lays out both CSRs with counting sorts, O(nodes + credits):
// each node's credits come sorted by the node at their other end (then by
// credit id), so its distinct neighbours are its credits' other ends with
// repeats dropped, in id order.
func buildAdjacency(n int, credits []credit) *adjacency {
	off := make([]uint32, n+1)
	for _, c := range credits {
		off[c.person+1]++
		off[c.show+1]++
	}
	for i := 1; i <= n; i++ {
		off[i] += off[i-1]
	}
	// First by one end (in credit order), then again by the other: scanning
	// the first end's nodes in id order and dealing each credit to its other
	// end sorts every row. A credit joins a person and a show, so a person's
	// row is dealt from the shows and a show's from the people: one end at a
	// time, the first sort needs a credit's entry once, not twice. Each entry
	// carries the other end along (other<<32 | credit id), and the dealing
	// notes it for the second sort's rows too, so that neither pass reads
	// the credits again at random.
	ids := make([]uint32, 2*len(credits))
	other := make([]uint32, len(ids)) // the other end of ids[i]
	byEnd := make([]uint64, len(credits))
	start := make([]uint32, n+1)
	fill := slices.Clone(off[:n])
	for _, people := range []bool{true, false} {
		clear(start)
		for _, c := range credits {
			start[end(c, people)+1]++
		}
		for i := 1; i <= n; i++ {
			start[i] += start[i-1]
		}
		for i, c := range credits {
			u := end(c, people)
			byEnd[start[u]] = uint64(end(c, !people))<<32 | uint64(i)
			start[u]++
		}
		lo := uint32(0) // start[u] is now where u's entries end
		for u := range uint32(n) {
			for _, e := range byEnd[lo:start[u]] {
				v := uint32(e >> 32)
				ids[fill[v]] = uint32(e)
				other[fill[v]] = u
				fill[v]++
			}
			lo = start[u]
		}
	}
	releasePages(rawBytes(byEnd))
	byEnd = nil
	noff := make([]uint32, n+1)
	nids := make([]uint32, 0, len(ids))
	for u := range uint32(n) {
		row := other[off[u]:off[u+1]]
		for k, v := range row {
			if k == 0 || v != row[k-1] {
				nids = append(nids, v)
			}
		}
		noff[u+1] = uint32(len(nids))
	}
	releasePages(rawBytes(other))
	return &adjacency{credits: csr{off: off, ids: ids}, nbrs: csr{off: noff, ids: slices.Clip(nids)}}
}

// end is a credit's person, or its show.
func end(c credit, person bool) uint32 {
	if person {
		return c.person
	}
	return c.show
}
