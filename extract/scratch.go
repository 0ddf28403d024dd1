package extract

import "sync"

// scratch is the storage an Extract call works in: the token array, the
// sentences, the fact maps and buffers, the name cache. It is kept in
// scratches for the next call, so that extracting an article allocates
// little beyond its facts and the garbage collector runs less often. None
// of it is part of the facts a call returns.
type scratch struct {
	x     extractor
	memo  memo
	know  knowledge // what the first reading learns
	none  knowledge // what the first reading starts with: nothing
	toks  []token
	sents []sentence
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxKept is the number of entries past which a map is let go rather than
// kept: clearing it would cost the next, most likely shorter, article more
// than making a new one.
const maxKept = 1024

// extractor readies the scratch's extractor for article a, as
// newExtractor does, with the storage of the call before.
func (sc *scratch) extractor(a Article, opt Options) *extractor {
	sc.sents, sc.toks = appendSentences(sc.sents[:0], sc.toks[:0], a.Text)
	x := &sc.x
	*x = extractor{sentState: sentState{showState: noShow}, a: a, opt: opt, sents: sc.sents, facts: x.facts[:0], headings: x.headings, index: x.index, raw: x.raw, early: x.early,
		brOver: x.brOver, buf: x.buf, brs: x.brs[:0], items: x.items, strs: x.strs, added: x.added.kept(), fin: x.fin, pmemo: x.pmemo.kept()}
	k := &sc.none
	*k = knowledge{persons: k.persons.emptied(), surname: k.surname.emptied(), shows: k.shows.emptied(), crew: k.crew.emptied(), chars: k.chars.emptied()}
	x.know = k
	if x.index == nil {
		x.facts, x.headings, x.brOver = make([]fact, 0, 32), map[string]bool{}, map[int]bool{}
		x.index, x.raw, x.early = new(keyTable[factKey]), new(keyTable[rawKey]), new(keyTable[rawKey])
	}
	sc.memo = memo{names: sc.memo.names, slabs: sc.memo.slabs, notAPerson: sc.memo.notAPerson[:0], log: askLog{asks: sc.memo.log.asks[:0]}, rr: sc.memo.rr, folds: sc.memo.folds, solo: emptied(sc.memo.solo, 0),
		translated: emptied(sc.memo.translated, 0), prose: emptied(sc.memo.prose, 0)}
	sc.memo.rr.clear(len(sc.sents))
	x.memo = &sc.memo
	return x
}

// emptied returns m cleared, or a new map with room for n entries when m is
// nil or too large to keep.
func emptied[K comparable, V any](m map[K]V, n int) map[K]V {
	if m == nil || len(m) > maxKept {
		return make(map[K]V, n)
	}
	clear(m)
	return m
}

// keep clears the storage of x for the next call, or lets go of the maps
// that grew large.
func (sc *scratch) keep(x *extractor) {
	if x.index.len() > maxKept || x.raw.len() > maxKept || x.early.len() > maxKept || len(x.headings) > maxKept || len(x.brOver) > maxKept {
		x.index = nil // made anew by the next call
	} else {
		clear(x.headings)
		x.index.clear()
		x.raw.clear()
		x.early.clear()
		clear(x.brOver)
	}
	sc.memo.names = sc.memo.names.emptiedKeeping(4 * maxKept)
	for _, s := range sc.memo.slabs[:sc.memo.spare] {
		clear(s[:cap(s)])
	}
	slabs := sc.memo.slabs[:min(len(sc.memo.slabs), 4*maxKept/64)]
	notAPerson := sc.memo.notAPerson
	clear(notAPerson) // the strings they hold go
	notAPerson = notAPerson[:0]
	// the rest of the state goes with the next call's reset; only the
	// storage stays
	*x = extractor{facts: x.facts[:0], headings: x.headings, index: x.index, raw: x.raw, early: x.early, brOver: x.brOver, buf: x.buf, brs: x.brs[:0], items: x.items, strs: x.strs, added: x.added.kept(), fin: x.fin, pmemo: x.pmemo.kept()}
	clear(sc.memo.log.asks)
	sc.memo.rr.clear(0)
	sc.memo = memo{names: sc.memo.names, slabs: slabs, notAPerson: notAPerson, log: askLog{asks: sc.memo.log.asks[:0]}, rr: sc.memo.rr, folds: sc.memo.folds, solo: emptied(sc.memo.solo, 0),
		translated: emptied(sc.memo.translated, 0), prose: emptied(sc.memo.prose, 0)}
}
