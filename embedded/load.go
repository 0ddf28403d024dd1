package embedded

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/castgraph/castgraph/graph"
)

// prepared is a normalized, valid fact with its keys, and what of it the
// graph already holds.
type prepared struct {
	graph.Fact
	pkey, skey, ckey, jkey string
	// The evidence's template (see appendTemplate) for names spelled as
	// in the fact, and its hash: the template the statement gets when the
	// credit's names are displayed so.
	tmpl     string
	tmplHash uint64
	// Ids + 1 in the graph as it was when the load began (0: not found
	// there) of the person and the show, when the graph holds them under
	// this very spelling, and of the article and the date. Finding them is
	// the part of the merge that the batch itself cannot change, so it is
	// done here, on every core.
	pid, sid, art, date uint32
	// Whether the graph as it was has no node at all of the person's or
	// show's kind and key (absentPerson, absentShow): then the node stage
	// need not look in it again.
	absent uint8
}

// chunkFacts is how many facts the stages of a load hand on at a time.
const chunkFacts = 4096

// prepared is the batch as it goes through a load: prepare normalizes,
// validates and folds its facts, on every core and chunk by chunk, while the
// later stages (the log writer, the node resolver, the merger) take the
// chunks in order as they are ready.
//
// When the stages run side by side, the prepared facts are a ring of
// ringChunks chunks rather than the whole batch: chunk k is prepared into
// the slot of chunk k-ringChunks once every stage has released that one
// (release), so that a load holds a few dozen chunks of prepared facts, not
// hundreds of thousands of facts (at 272 bytes a fact, 136 MB for a batch
// of 500,000). A stage that stops early releases every chunk it will not
// read (releaseFrom), so that the others, and the preparing, go on.
type preparedBatch struct {
	source string
	n      int             // facts in the batch
	facts  []prepared      // the ring's slots, or the whole batch
	ring   int             // chunks in facts; 0: the whole batch
	stages int32           // the stages that must release a chunk before its slot is reused
	done   []chan struct{} // closed when the chunk is prepared
	errs   []error         // the first error of each chunk
	growth []chunkGrowth   // of each chunk, once prepared
	used   []atomic.Int32  // stages that have released each chunk
	freed  []chan struct{} // closed when every stage has released the chunk
}

// ringChunks is how many chunks of prepared facts a load holds at once when
// its stages run side by side.
const ringChunks = 32

// chunkGrowth bounds what a chunk of prepared facts can add to the graph,
// as delta.check counts it, and tells whether it surely adds something.
type chunkGrowth struct {
	sentBytes, nodeBytes, charBytes uint64
	newNode                         bool // a fact names a person or show the graph has no node for
}

// commitsEarly reports, once every chunk is prepared without error,
// whether the batch surely changes g and cannot fail the merge's check,
// whatever it turns out to add: then its log can be committed before the
// merge ends. A batch that may change nothing waits for the merge, so that
// it leaves no trace in the log when it does not.
func (p *preparedBatch) commitsEarly(g *memGraph) bool {
	var sum chunkGrowth
	for _, c := range p.growth {
		sum.sentBytes += c.sentBytes
		sum.nodeBytes += c.nodeBytes
		sum.charBytes += c.charBytes
		sum.newNode = sum.newNode || c.newNode
	}
	return sum.newNode && checkGrowth(g, sum.sentBytes, sum.nodeBytes, sum.charBytes, p.n, p.n) == nil
}

func (p *preparedBatch) chunks() int { return len(p.done) }

func (p *preparedBatch) chunk(k int) []prepared {
	size := min(chunkFacts, p.n-k*chunkFacts)
	if p.ring > 0 {
		k %= p.ring
	}
	return p.facts[k*chunkFacts : k*chunkFacts+size]
}

// release tells that one stage has done with chunk k.
func (p *preparedBatch) release(k int) {
	if p.ring > 0 && p.used[k].Add(1) == p.stages {
		close(p.freed[k])
	}
}

// releaseFrom releases chunks k and after, for a stage that stops before
// them.
func (p *preparedBatch) releaseFrom(k int) {
	for ; k < p.chunks(); k++ {
		p.release(k)
	}
}

// wait waits for chunk k and returns its error.
func (p *preparedBatch) wait(k int) error {
	<-p.done[k]
	return p.errs[k]
}

// waitAll waits for every chunk, so that nothing reads the batch any more.
func (p *preparedBatch) waitAll() {
	for _, c := range p.done {
		<-c
	}
}

// prepare starts preparing b against g on every core, into sc's buffer of
// facts, and returns at once. g and its lookups must not change until every
// chunk is prepared.
func prepare(ctx context.Context, g *memGraph, b graph.Batch, sc *loadScratch, stages int32) *preparedBatch {
	lk := g.lookups()
	n := (len(b.Facts) + chunkFacts - 1) / chunkFacts
	p := &preparedBatch{source: b.Source, n: len(b.Facts), done: make([]chan struct{}, n), errs: make([]error, n),
		growth: make([]chunkGrowth, n)}
	size := len(b.Facts)
	if stages > 0 && n > ringChunks {
		p.ring, p.stages, size = ringChunks, stages, ringChunks*chunkFacts
		p.used, p.freed = make([]atomic.Int32, n), make([]chan struct{}, n)
		for k := range p.freed {
			p.freed[k] = make(chan struct{})
		}
	}
	sc.facts = reuse(sc.facts, size)[:size]
	p.facts = sc.facts
	for k := range p.done {
		p.done[k] = make(chan struct{})
	}
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), n) {
		go func() {
			for {
				k := int(next.Add(1) - 1)
				if k >= n {
					return
				}
				if p.ring > 0 && k >= p.ring {
					<-p.freed[k-p.ring]
				}
				p.errs[k] = prepareChunk(ctx, g, lk, b, p.chunk(k), k*chunkFacts, min((k+1)*chunkFacts, len(b.Facts)), &p.growth[k])
				close(p.done[k])
			}
		}()
	}
	return p
}

// prepareChunk prepares facts lo to hi of b into out (the chunk's slot) and sums up in gr what
// they can add to the graph.
func prepareChunk(ctx context.Context, g *memGraph, lk *lookups, b graph.Batch, out []prepared, lo, hi int, gr *chunkGrowth) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var kb keyBuf
	var qs [2 * lookupGroup]nodeQuery
	var aq [lookupGroup]articleQuery
	for i := lo; i < hi; i++ {
		p := &out[i-lo]
		*p = prepared{Fact: normalize(b.Facts[i])}
		p.pkey, p.skey = kb.fold(p.Person), kb.showKey(p.Show)
		if err := validate(&p.Fact, p.pkey, p.skey); err != nil {
			return graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, graph.ErrorMessage(err))
		}
		if p.Article == "" {
			p.Article = b.Source
		}
		if p.Kind == graph.KindCast {
			if p.Character != "" {
				p.ckey = kb.fold(p.Character)
			}
		} else if p.Job != "" {
			p.jkey = kb.fold(p.Job)
		}
		names := creditNames{p.Person, p.Show, p.Character, p.Job}
		p.tmpl = kb.template(p.Evidence, &names)
		p.tmplHash = hashSentence(p.tmpl)
		gr.sentBytes += uint64(2 * len(p.Evidence)) // no template is longer
		gr.nodeBytes += uint64(len(p.Person) + len(p.pkey) + len(p.Show) + len(p.skey))
		gr.charBytes += uint64(len(p.Character))
		if k := (i - lo) % lookupGroup; k == lookupGroup-1 || i == hi-1 {
			if findKnown(g, lk, out[i-lo-k:i-lo+1], qs[:0], aq[:0]) {
				gr.newNode = true
			}
		}
	}
	return nil
}

// The bits of prepared.absent.
const (
	absentPerson = 1 << iota
	absentShow
)

// lookupGroup is how many facts findKnown looks up together.
const lookupGroup = 32

// findKnown sets what the graph already holds of each prepared fact of ps:
// its person and show (all of the group's at once, see nodesSpelled), its
// article (likewise, articlesFound) and its date. qs and aq are room for
// the group's lookups. It reports whether a fact names a person or show
// that the graph has no node for.
func findKnown(g *memGraph, lk *lookups, ps []prepared, qs []nodeQuery, aq []articleQuery) bool {
	for i := range ps {
		p := &ps[i]
		qs = append(qs,
			nodeQuery{h: hashNode(kindPerson, p.pkey), name: p.Person, key: p.pkey, kind: kindPerson},
			nodeQuery{h: hashNode(kindShow, p.skey), name: p.Show, key: p.skey, kind: kindShow})
		aq = append(aq, articleQuery{name: p.Article, h: hashArticle(p.Article)})
	}
	g.nodesSpelled(qs)
	g.articlesFound(&lk.articles, aq)
	newNode := false
	for _, q := range qs {
		newNode = newNode || q.state == queryAbsent
	}
	for i := range ps {
		p := &ps[i]
		p.pid, p.sid, p.art = qs[2*i].id, qs[2*i+1].id, aq[i].id
		if qs[2*i].state == queryAbsent {
			p.absent |= absentPerson
		}
		if qs[2*i+1].state == queryAbsent {
			p.absent |= absentShow
		}
		if id, ok := lk.dates[p.Date]; ok {
			p.date = id + 1
		}
	}
	return newNode
}

// newEv is a statement a batch adds to a credit; next chains the statements
// of one credit in the batch (-1 ends).
type newEv struct {
	credit                  uint32
	article, date, sentence uint32 // sentence: a template's id
	next                    int32
}

// delta is what one batch changes. It refers to the graph's ids, and gives
// new things the ids they will have once applied.
type delta struct {
	g   *memGraph
	lk  *lookups
	sum graph.LoadSummary

	newKind    []uint8
	newName    []string
	newNames   []string // for the merge stage: newName as the chunk's nodes left it
	newKey     []string
	nodeTab    idTable             // new nodes, by id - g.nodes()
	aliases    map[uint64][]string // of nodes (the node stage)
	charAlias  map[uint64][]string // of characters (the merge stage)
	pid, sid   []uint32            // each fact's person and show
	nodeSum    graph.LoadSummary   // the node stage's counts
	charName   []string
	charKey    []string
	charShow   []uint32
	credits    []credit
	creditKey  []uint32          // detail key of each new credit
	seasonsSet map[uint32]uint32 // existing credit -> new seasons id
	evs        []newEv
	evHead     map[uint32]int32 // existing credit -> first new statement
	evHeadNew  []int32          // new credit -> first new statement
	evTail     map[uint32]int32
	sentences  []string // new templates, ids from g.sentences.len()
	articles   []string
	articleMap map[string]uint32
	dates      []string
	dateMap    map[string]uint32
	jobs       []string
	jobMap     map[string]uint32
	jobKeys    []uint32
	seasonSets [][]int
	seasonMap  map[string]uint32
	nodeBytes  int    // string bytes the batch adds: names and keys of nodes,
	charBytes  int    // names of characters
	sentBytes  int    // and templates
	touched    uint64 // see touchSlots
}

// newDelta returns an empty delta against g for a batch of n facts, its
// lists made from sc's buffers.
func newDelta(g *memGraph, n int, sc *loadScratch) *delta {
	lk := g.lookups()
	growIn(&lk.charHash, n)
	lk.chars.reserve(len(lk.charHash) + n)
	lk.credits.reserve(len(g.credits) + n)
	return &delta{
		g: g, lk: lk,
		aliases: map[uint64][]string{}, charAlias: map[uint64][]string{},
		pid: reuse(sc.pid, n)[:n], sid: reuse(sc.sid, n)[:n],
		// Room for a batch of new things, so appends do not copy.
		credits: reuse(sc.credits, n), creditKey: reuse(sc.creditKey, n), evHeadNew: reuse(sc.evHeadNew, n),
		evs: reuse(sc.evs, n), sentences: reuse(sc.sentences, n),
		charName: reuse(sc.charName, n), charKey: reuse(sc.charKey, n), charShow: reuse(sc.charShow, n),
		newKind: reuse(sc.newKind, n/2), newName: reuse(sc.newName, n/2), newKey: reuse(sc.newKey, n/2),
		seasonsSet: map[uint32]uint32{}, evHead: map[uint32]int32{}, evTail: map[uint32]int32{},
		articleMap: map[string]uint32{}, dateMap: map[string]uint32{}, jobMap: map[string]uint32{},
		seasonMap: map[string]uint32{},
	}
}

func (d *delta) changed() bool {
	return len(d.newKind)+len(d.aliases)+len(d.charAlias)+len(d.charName)+len(d.credits)+len(d.seasonsSet)+len(d.evs) > 0
}

// alias records name in m as a new spelling of ref unless it is known.
func (d *delta) alias(m map[uint64][]string, ref uint64, display, name string) {
	if name == display {
		return
	}
	cur, ok := m[ref]
	if !ok {
		cur = d.g.aliases[ref]
	}
	if slices.Contains(cur, name) {
		return
	}
	next := append(slices.Clone(cur), strings.Clone(name))
	slices.Sort(next)
	m[ref] = next
}

// node returns the id of the person or show, adding it when new; absent
// says prepare found that the graph has no node of that kind and key.
func (d *delta) node(kind uint8, name, key string, absent bool) (uint32, bool) {
	g := d.g
	if !absent {
		if id, ok := g.lookupNode(kind, key); ok {
			d.alias(d.aliases, nodeRef(id), g.nodeName.get(id), name)
			return id, false
		}
	}
	h := hashNode(kind, key)
	if i, ok := d.nodeTab.find(h, func(i uint32) bool { return d.newKind[i] == kind && d.newKey[i] == key }); ok {
		d.alias(d.aliases, nodeRef(uint32(g.nodes())+i), d.newName[i], name)
		return uint32(g.nodes()) + i, false
	}
	i := uint32(len(d.newKind))
	d.newKind = append(d.newKind, kind)
	d.newName = append(d.newName, name)
	d.newKey = append(d.newKey, key)
	d.nodeTab.insert(h, i)
	id := uint32(g.nodes()) + i
	d.nodeBytes += len(name) + len(key)
	return id, true
}

func (d *delta) character(show uint32, name, key string) (uint32, bool) {
	g, lk := d.g, d.lk
	h, base := hashChar(show, key), uint32(g.charName.len())
	id, ok := lk.chars.find(h, func(id uint32) bool {
		if lk.charHash[id] != uint32(h) { // the slot's tag was the high half
			return false
		}
		if id >= base {
			return d.charShow[id-base] == show && d.charKey[id-base] == key
		}
		return g.charShow[id] == show && fold(g.charName.get(id)) == key
	})
	if ok && id >= base {
		d.alias(d.charAlias, charRef(id), d.charName[id-base], name)
		return id, false
	}
	if ok {
		d.alias(d.charAlias, charRef(id), g.charName.get(id), name)
		return id, false
	}
	// New: straight into the loader's table (a failed load drops the lookups).
	id = base + uint32(len(d.charName))
	d.charName = append(d.charName, name)
	d.charKey = append(d.charKey, key)
	d.charShow = append(d.charShow, show)
	lk.charHash = append(lk.charHash, uint32(h))
	lk.chars.insert(h, id)
	d.charBytes += len(name)
	return id, true
}

// article returns the id of p's article, adding it when new.
func (d *delta) article(p *prepared) uint32 {
	if p.art != 0 {
		return p.art - 1
	}
	s := p.Article
	if id, ok := d.articleMap[s]; ok {
		return id
	}
	id := uint32(d.g.articles.len() + len(d.articles))
	d.articles = append(d.articles, s)
	d.articleMap[s] = id
	return id
}

// date returns the id of p's date, adding it when new.
func (d *delta) date(p *prepared) uint32 {
	if p.date != 0 {
		return p.date - 1
	}
	s := p.Date
	if id, ok := d.dateMap[s]; ok {
		return id
	}
	id := uint32(d.g.dates.len() + len(d.dates))
	d.dates = append(d.dates, s)
	d.dateMap[s] = id
	return id
}

// job returns the job's id + 1 and its folded key id.
func (d *delta) job(s, key string) (uint32, uint32) {
	if s == "" {
		return 0, 0
	}
	if id, ok := d.lk.jobs[s]; ok {
		return id + 1, d.lk.jobKey[id]
	}
	if id, ok := d.jobMap[s]; ok {
		return id + 1, d.jobKeys[int(id)-d.g.jobs.len()]
	}
	id := uint32(d.g.jobs.len() + len(d.jobs))
	// The folded job's id is the id + 1 of the first job that folds to it.
	kid := d.lk.jobKeys[key]
	for i := 0; kid == 0 && key != "" && i < len(d.jobs); i++ {
		if fold(d.jobs[i]) == key {
			kid = d.jobKeys[i]
		}
	}
	if kid == 0 && key != "" {
		kid = id + 1
	}
	d.jobs = append(d.jobs, s)
	d.jobKeys = append(d.jobKeys, kid)
	d.jobMap[s] = id
	return id + 1, kid
}

func (d *delta) seasons(s []int) uint32 {
	if len(s) == 0 {
		return 0
	}
	k := seasonsKey(s)
	if id, ok := d.lk.seasons[k]; ok {
		return id
	}
	if id, ok := d.seasonMap[k]; ok {
		return id
	}
	id := uint32(len(d.g.seasonSets) + len(d.seasonSets))
	d.seasonSets = append(d.seasonSets, slices.Clone(s))
	d.seasonMap[k] = id
	return id
}

func (d *delta) creditSeasons(id uint32) []int {
	g := d.g
	if int(id) >= len(g.credits) {
		return d.seasonSet(d.credits[int(id)-len(g.credits)].seasons)
	}
	if s, ok := d.seasonsSet[id]; ok {
		return d.seasonSet(s)
	}
	return g.seasonSets[g.credits[id].seasons]
}

func (d *delta) seasonSet(id uint32) []int {
	if int(id) < len(d.g.seasonSets) {
		return d.g.seasonSets[id]
	}
	return d.seasonSets[int(id)-len(d.g.seasonSets)]
}

// addNodes resolves fact i's person and show, unless prepare found them:
// the node stage.
func (d *delta) addNodes(i int, p *prepared) {
	var added bool
	if p.pid != 0 {
		d.pid[i] = p.pid - 1
	} else if d.pid[i], added = d.node(kindPerson, p.Person, p.pkey, p.absent&absentPerson != 0); added {
		d.nodeSum.PeopleAdded++
	}
	if p.sid != 0 {
		d.sid[i] = p.sid - 1
	} else if d.sid[i], added = d.node(kindShow, p.Show, p.skey, p.absent&absentShow != 0); added {
		d.nodeSum.ShowsAdded++
	}
}

// add merges fact i, whose nodes, character or job (detail, dkey, as
// detailOf gives them) are resolved, h being its credit's hash: the rest
// of the merge stage.
func (d *delta) add(i int, p *prepared, detail, dkey uint32, h uint64) {
	g, lk := d.g, d.lk
	d.sum.Facts++
	person, show := d.pid[i], d.sid[i]
	cast := p.Kind == graph.KindCast
	base := uint32(len(g.credits))
	id, ok := lk.credits.find(h, func(id uint32) bool {
		if id >= base {
			c := d.credits[id-base]
			return c.person == person && c.show == show && c.cast() == cast && d.creditKey[id-base] == dkey
		}
		c := g.credits[id]
		return c.person == person && c.show == show && c.cast() == cast && g.detailKey(lk, c) == dkey
	})
	cd := detail // the credit's own detail: the first fact's
	if !ok {
		d.sum.CreditsAdded++
		id = base + uint32(len(d.credits))
		d.credits = append(d.credits, credit{person: person, show: show, detail: detail, seasons: d.seasons(p.Seasons)})
		d.creditKey = append(d.creditKey, dkey)
		d.evHeadNew = append(d.evHeadNew, -1)
		lk.credits.insert(h, id)
	} else {
		d.sum.CreditsExisting++
		if id >= base {
			cd = d.credits[id-base].detail
		} else {
			cd = g.credits[id].detail
		}
		if len(p.Seasons) > 0 {
			cur := d.creditSeasons(id)
			if merged := graph.MergeSeasons(cur, p.Seasons); !slices.Equal(merged, cur) {
				s := d.seasons(merged)
				if int(id) >= len(g.credits) {
					d.credits[int(id)-len(g.credits)].seasons = s
				} else {
					d.seasonsSet[id] = s
				}
			}
		}
	}

	// Evidence: one statement per (article, sentence).
	art := d.article(p)
	sent := d.sentence(p, person, show, detail, cd)
	if d.hasEvidence(id, art, sent) {
		d.sum.EvidenceExisting++
		return
	}
	d.sum.EvidenceAdded++
	e := newEv{credit: id, article: art, date: d.date(p), sentence: sent, next: -1}
	d.evs = append(d.evs, e)
	k := int32(len(d.evs) - 1)
	if int(id) >= len(g.credits) {
		i := int(id) - len(g.credits)
		if d.evHeadNew[i] < 0 {
			d.evHeadNew[i] = k
		} else {
			d.evs[d.tailOf(d.evHeadNew[i])].next = k
		}
		return
	}
	if t, ok := d.evTail[id]; ok {
		d.evs[t].next = k
	} else {
		d.evHead[id] = k
	}
	d.evTail[id] = k
}

func (d *delta) tailOf(k int32) int32 {
	for d.evs[k].next >= 0 {
		k = d.evs[k].next
	}
	return k
}

// check reports a batch the layout cannot hold.
func (d *delta) check() error {
	return checkGrowth(d.g, uint64(d.sentBytes), uint64(d.nodeBytes), uint64(d.charBytes), len(d.credits), len(d.evs))
}

// checkGrowth reports whether g's layout cannot take so many more bytes of
// sentences, of node names and keys and of character names, credits and
// statements.
func checkGrowth(g *memGraph, sentBytes, nodeBytes, charBytes uint64, credits, evs int) error {
	const limit = 1<<32 - 1
	switch {
	case uint64(len(g.sentences.data))+sentBytes > limit, uint64(len(g.nodeName.data))+nodeBytes > limit,
		uint64(len(g.charName.data))+charBytes > limit:
		return fmt.Errorf("the graph would pass 4 GiB of text")
	case len(g.credits)+credits >= castBit-1, len(g.ev)+evs >= limit:
		return fmt.Errorf("the graph would pass %d credits", castBit-1)
	}
	return nil
}

// apply adds the delta to the graph. The caller holds Store.mu for writing
// (or is the only user of g) and has made the batch durable.
//
// The evidence goes in on another core while this one adds the rest: the
// two touch different tables.
func (d *delta) apply() {
	g, lk := d.g, d.lk
	evDone, base := make(chan struct{}), uint32(len(g.credits))
	go func() {
		defer close(evDone)
		d.applyEvidence(base)
	}()
	g.nodeName.grow(len(d.newKind), d.nodeBytes)
	g.nodeKey.grow(len(d.newKind), d.nodeBytes)
	g.charName.grow(len(d.charName), d.charBytes)
	growIn(&g.nodeKind, len(d.newKind))
	growIn(&g.charShow, len(d.charShow))
	growIn(&g.credits, len(d.credits))
	g.nodeIdx.reserve(len(g.nodeKind) + len(d.newKind))
	for i, kind := range d.newKind {
		id := uint32(len(g.nodeKind))
		g.nodeKind = append(g.nodeKind, kind)
		g.nodeName.add(d.newName[i])
		g.nodeKey.add(d.newKey[i])
		g.nodeIdx.insert(hashNode(kind, d.newKey[i]), id)
		if kind == kindPerson {
			g.people++
		} else {
			g.shows++
		}
	}
	for ref, a := range d.aliases {
		g.aliases[ref] = a
	}
	for ref, a := range d.charAlias {
		g.aliases[ref] = a
	}
	for _, name := range d.charName {
		g.charName.add(name)
	}
	g.charShow = append(g.charShow, d.charShow...)
	for _, s := range d.articles {
		id, _ := g.articles.add(s)
		lk.articles.insert(hashArticle(s), id)
	}
	for _, s := range d.dates {
		id, _ := g.dates.add(s)
		lk.dates[g.dates.get(id)] = id
	}
	for i, s := range d.jobs {
		id, _ := g.jobs.add(s)
		lk.jobs[g.jobs.get(id)] = id
		lk.jobKey = append(lk.jobKey, d.jobKeys[i])
		if k := fold(s); k != "" {
			lk.jobKeys[k] = d.jobKeys[i]
		}
	}
	for _, s := range d.seasonSets {
		g.seasonSets = append(g.seasonSets, s)
		lk.seasons[seasonsKey(s)] = uint32(len(g.seasonSets) - 1)
	}
	if len(d.seasonsSet) > 0 && g.readOnly {
		g.credits = append(make([]credit, 0, cap(g.credits)+len(d.credits)), g.credits...)
		g.readOnly = false // the credits were the only table changed in place
	}
	for id, s := range d.seasonsSet {
		g.credits[id].seasons = s
	}
	g.credits = append(g.credits, d.credits...)
	if len(d.credits) > 0 {
		g.adjMu.Lock()
		g.adj = nil
		g.adjMu.Unlock()
	}
	<-evDone
}

// buildDelta merges a batch into a delta against g, as its chunks are
// prepared, in sc's buffers: one goroutine resolves people and shows, this
// one merges the rest behind it. It stops when canceled returns an error.
func buildDelta(g *memGraph, p *preparedBatch, sc *loadScratch, canceled func() error) (*delta, error) {
	d := newDelta(g, p.n, sc)
	nodesDone := make([]chan struct{}, p.chunks())
	for k := range nodesDone {
		nodesDone[k] = make(chan struct{})
	}
	// The new nodes' names as the node stage left them at the end of each
	// chunk: the merge reads those, never d.newName, which the node stage
	// goes on appending to meanwhile.
	names := make([][]string, p.chunks())
	stageDone := make(chan struct{})
	var stageErr error
	go func() {
		k := 0
		defer func() {
			p.releaseFrom(k) // the chunks this stage will not read
			close(stageDone)
		}()
		for ; k < p.chunks(); k++ {
			if err := p.wait(k); err != nil {
				stageErr = err
				return
			}
			if err := canceled(); err != nil {
				stageErr = err
				return
			}
			base := k * chunkFacts
			c := p.chunk(k)
			for i := range c {
				d.addNodes(base+i, &c[i])
			}
			names[k] = d.newName
			close(nodesDone[k])
			p.release(k)
		}
	}()
	k := 0
	defer func() { p.releaseFrom(k) }() // the chunks the merge will not read
	for ; k < p.chunks(); k++ {
		select {
		case <-nodesDone[k]:
		case <-stageDone:
			if stageErr != nil {
				return nil, stageErr
			}
		}
		if err := canceled(); err != nil {
			<-stageDone
			return nil, err
		}
		d.newNames = names[k]
		d.mergeChunk(k*chunkFacts, p.chunk(k))
		p.release(k)
	}
	<-stageDone
	if stageErr != nil {
		return nil, stageErr
	}
	d.sum.PeopleAdded, d.sum.ShowsAdded = d.nodeSum.PeopleAdded, d.nodeSum.ShowsAdded
	if err := d.check(); err != nil {
		return nil, err
	}
	return d, canceled()
}

// Load merges a batch: the facts are prepared and merged against the graph
// without blocking readers, written to the store file in one bbolt
// transaction, then applied to memory while readers wait.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	return s.loadLocked(ctx, b)
}

// loadLocked is Load for a caller that holds loadMu.
func (s *Store) loadLocked(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	s.mu.RLock()
	g, err := s.read(ctx)
	s.mu.RUnlock()
	if err != nil {
		return graph.LoadSummary{}, err
	}
	if s.cfg.ReadOnly {
		return graph.LoadSummary{}, graph.Errorf(graph.ECONFLICT, "data directory %s is open read-only", s.cfg.Dir)
	}
	start := time.Now()
	sc := s.takeScratch()
	var d *delta
	// Every return below comes after the log's transaction has ended and
	// every chunk has been prepared.
	defer func() { s.keepScratch(sc, d) }()
	p := prepare(ctx, g, b, sc, 3) // released by the log writer, the node stage and the merge
	w := s.startLogWrite(ctx, g, p, sc)
	// Only this goroutine changes g (loadMu is held), so it reads g without
	// s.mu while readers read it too.
	d, err = buildDelta(g, p, sc, func() error { return w.canceled(ctx) })
	if err != nil {
		if !w.abort() {
			// The log is committed only when nothing but a cancelled
			// context can fail the merge, and then that no longer does.
			panic(fmt.Sprintf("embedded: batch %s was logged but its merge failed: %v", b.Source, err))
		}
		p.waitAll()
		g.lk = nil // it holds the failed batch's characters and credits
		if graph.ErrorCode(err) == graph.EINTERNAL && ctx.Err() == nil {
			return graph.LoadSummary{}, fmt.Errorf("embedded: load %s: %w", b.Source, err)
		}
		return graph.LoadSummary{}, err
	}
	if !d.changed() && w.abort() {
		return d.sum, nil
	}
	merged := time.Now()
	if err := s.commit(w, p.n, func() { d.apply() }); err != nil {
		g.lk = nil
		return graph.LoadSummary{}, fmt.Errorf("embedded: load %s: %w", b.Source, err)
	}
	s.log.Debug().Str("source", b.Source).Int("facts", p.n).Dur("merge_ms", merged.Sub(start)).
		Dur("commit", time.Since(merged)).Msg("batch loaded")
	collectGarbage()
	return d.sum, nil
}
