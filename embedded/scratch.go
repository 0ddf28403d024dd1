package embedded

import (
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// loadScratch is the working memory of a load that the next load can use
// again: the prepared facts, the delta's lists of new things and the log's
// encode buffers. The batches of a bulk load are alike in size, and reusing
// their buffers spares the process fresh pages for every batch, whose first
// touch (a page fault each) costs about as much as the merge itself. The
// store keeps them while loads come one after another (see scratchKeep).
type loadScratch struct {
	facts     []prepared
	pid, sid  []uint32
	credits   []credit
	creditKey []uint32
	evHeadNew []int32
	evs       []newEv
	charShow  []uint32
	newKind   []uint8
	sentences []string
	charName  []string
	charKey   []string
	newName   []string
	newKey    []string
	logFree   [][]byte // encode buffers of the log, free
	logUsed   [][]byte // and handed to the store file's transaction
}

// scratchKeep is how long the store keeps a load's working memory for the
// next load.
const scratchKeep = 10 * time.Second

// reuse returns s emptied, with room for n, or a new slice when s is smaller.
func reuse[S ~[]E, E any](s S, n int) S {
	if cap(s) < n {
		return make(S, 0, n)
	}
	return s[:0]
}

// logBuf returns an empty encode buffer for the log with room for a chunk.
func (sc *loadScratch) logBuf() []byte {
	if n := len(sc.logFree); n > 0 {
		b := sc.logFree[n-1]
		sc.logFree = sc.logFree[:n-1]
		return b[:0]
	}
	return make([]byte, 0, logChunkBytes+64<<10)
}

// reset takes back the buffers of d (which may have outgrown the ones it
// was given; nil when the merge failed) and drops every string they hold,
// so that keeping sc keeps nothing of the caller's batch alive. Nothing may
// use the load's buffers any more: every chunk is prepared, and the log's
// transaction is committed or rolled back.
func (sc *loadScratch) reset(d *delta) {
	if d != nil {
		sc.pid, sc.sid, sc.credits, sc.creditKey, sc.evHeadNew = d.pid, d.sid, d.credits, d.creditKey, d.evHeadNew
		sc.evs, sc.charShow, sc.newKind = d.evs, d.charShow, d.newKind
		sc.sentences, sc.charName, sc.charKey, sc.newName, sc.newKey = d.sentences, d.charName, d.charKey, d.newName, d.newKey
	}
	clear(sc.facts)
	sc.facts = sc.facts[:0]
	for _, s := range []*[]string{&sc.sentences, &sc.charName, &sc.charKey, &sc.newName, &sc.newKey} {
		clear((*s)[:cap(*s)])
		*s = (*s)[:0]
	}
	sc.logFree = append(sc.logFree, sc.logUsed...)
	clear(sc.logUsed)
	sc.logUsed = sc.logUsed[:0]
}

// takeScratch returns the working memory kept from the last load, or a new
// one. The caller holds loadMu.
func (s *Store) takeScratch() *loadScratch {
	sc := s.scratch
	s.scratch = nil
	if sc == nil {
		sc = new(loadScratch)
	}
	return sc
}

// keepScratch resets sc after a load and keeps it for scratchKeep. The
// caller holds loadMu.
func (s *Store) keepScratch(sc *loadScratch, d *delta) {
	sc.reset(d)
	s.scratch, s.scratchUsed = sc, time.Now()
	if s.scratchDrop == nil {
		s.scratchDrop = time.AfterFunc(scratchKeep, s.dropScratch)
	} else {
		s.scratchDrop.Reset(scratchKeep)
	}
}

// dropScratch lets the kept working memory go once no load has used it for
// scratchKeep.
func (s *Store) dropScratch() {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	if time.Since(s.scratchUsed) >= scratchKeep {
		s.scratch = nil
	}
}

// collectGarbage collects the garbage a load left behind once it is both
// large and a good part of the heap, and gives the freed memory back to the
// operating system at once. Without it, a bulk load's heap grows to twice
// the graph before the collector runs (its default pace), most of it the
// old arrays of tables that grew, and the freed pages stay in the process
// until the runtime's scavenger slowly returns them: at 20M credits the
// process held over a gigabyte of free heap. Collecting after the batches
// that leave the most keeps the peak near the graph's own size for the
// price of a collection every few batches (the graph's large tables hold no
// pointers, so marking them is quick). The collection runs beside the next
// batch.
func collectGarbage() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 || sample[1].Value.Kind() != metrics.KindUint64 {
		return
	}
	live, objects := sample[0].Value.Uint64(), sample[1].Value.Uint64()
	if objects > live && objects-live > garbageMin && objects-live > live/garbageShare && collecting.CompareAndSwap(false, true) {
		// Beside the next batch, not before it: a collection marks for a
		// tenth of a second or more while a batch's facts are live, and a
		// load that waited for it would leave a core idle meanwhile.
		go func() {
			debug.FreeOSMemory()
			collecting.Store(false)
		}()
	}
}

// collecting is set while a collection that collectGarbage started runs.
var collecting atomic.Bool

// A load collects garbage (collectGarbage) once there is more than
// garbageMin bytes of it and more than a garbageShare-th of the live heap.
const (
	garbageMin   = 32 << 20
	garbageShare = 128
)
