package embedded

import (
	"encoding/binary"
	"hash/maphash"
)

// lookups are what a load needs to find existing characters, credits and
// interned strings. Queries never use them, so they are built by the first
// load after Open, not by Open, and only the loader (Store.loadMu) touches
// them.
type lookups struct {
	chars     idTable  // (show, folded name) -> character id
	charHash  []uint32 // character id -> low half of hashChar (the chars slot holds the high half); 0 when the folded name is ""
	credits   idTable  // (kind, person, show, detail key) -> credit id
	sentences idTable  // template -> its id (see hashSentence)
	articles  idTable  // article -> its id (see hashArticle, articlesFound)
	dates     map[string]uint32
	jobs      map[string]uint32 // exact spelling -> job id
	jobKey    []uint32          // job id -> folded job id (0 for "")
	jobKeys   map[string]uint32 // folded job -> id, from 1
	seasons   map[string]uint32 // seasonsKey -> id in seasonSets
}

// hashChar is a character's hash: 0 for an empty key, and otherwise odd, so
// that its low half (what lookups.charHash keeps) is never 0 either.
func hashChar(show uint32, key string) uint64 {
	if key == "" {
		return 0
	}
	return (hashNode(2, key) ^ uint64(show)*0xff51afd7ed558ccd) | 1
}

func hashCredit(cast bool, person, show, detailKey uint32) uint64 {
	k := uint64(detailKey) << 1
	if cast {
		k |= 1
	}
	return mix64(uint64(person)<<32|uint64(show), k)
}

// seasonsKey encodes a sorted set of seasons as a map key.
func seasonsKey(s []int) string {
	b := make([]byte, 0, 2*len(s))
	for _, n := range s {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return string(b)
}

// lookups returns the loader's lookups, building them on first use.
func (g *memGraph) lookups() *lookups {
	if g.lk != nil {
		return g.lk
	}
	lk := &lookups{
		dates:    make(map[string]uint32, g.dates.len()),
		jobs:     map[string]uint32{},
		jobKeys:  map[string]uint32{},
		seasons:  make(map[string]uint32, len(g.seasonSets)),
		charHash: make([]uint32, g.charName.len(), g.charName.len()+g.charName.len()/4+16),
	}
	lk.articles.grow(tableSize(g.articles.len()))
	for i := range g.articles.len() {
		lk.articles.put(slot(hashArticle(g.articles.get(uint32(i))), uint32(i)))
	}
	lk.articles.n = g.articles.len()
	for i := range g.dates.len() {
		lk.dates[g.dates.get(uint32(i))] = uint32(i)
	}
	for i := range g.jobs.len() {
		s := g.jobs.get(uint32(i))
		lk.jobs[s] = uint32(i)
		k := fold(s)
		if _, ok := lk.jobKeys[k]; !ok && k != "" {
			lk.jobKeys[k] = uint32(i + 1)
		}
		lk.jobKey = append(lk.jobKey, lk.jobKeys[k])
	}
	for i, s := range g.seasonSets {
		lk.seasons[seasonsKey(s)] = uint32(i)
	}
	lk.chars.grow(tableSize(g.charName.len()))
	for i := range g.charName.len() {
		h := hashChar(g.charShow[i], fold(g.charName.get(uint32(i))))
		lk.charHash[i] = uint32(h)
		lk.chars.put(slot(h, uint32(i)))
	}
	lk.chars.n = g.charName.len()
	lk.credits.grow(tableSize(len(g.credits)))
	for i, c := range g.credits {
		lk.credits.put(slot(g.hashCreditID(lk, c), uint32(i)))
	}
	lk.credits.n = len(g.credits)
	lk.sentences.grow(tableSize(g.sentences.len()))
	for i := range g.sentences.len() {
		lk.sentences.put(slot(hashSentence(g.sentences.get(uint32(i))), uint32(i)))
	}
	lk.sentences.n = g.sentences.len()
	g.lk = lk
	return lk
}

// detailKey is the part of a credit's identity beyond kind, person and show:
// the character (when its name folds to something) or the folded job.
func (g *memGraph) detailKey(lk *lookups, c credit) uint32 {
	d := c.detail &^ castBit
	switch {
	case d == 0:
		return 0
	case c.cast():
		if lk.charHash[d-1] == 0 {
			return 0
		}
		return d
	default:
		return lk.jobKey[d-1]
	}
}

func (g *memGraph) hashCreditID(lk *lookups, c credit) uint64 {
	return hashCredit(c.cast(), c.person, c.show, g.detailKey(lk, c))
}

func hashArticle(s string) uint64 { return maphash.String(hashSeed, s) ^ 0x5bd1e9955bd1e995 }

// articleQuery is one lookup of articlesFound: h is hashArticle(name); id
// is the article's id + 1, 0 when the graph has none of that name.
type articleQuery struct {
	name   string
	h      uint64
	id     uint32
	lo, hi uint32
}

// articlesFound answers a group of article lookups one level of the table at
// a time for the whole group (the slots, the offsets of the articles found
// there, their names), so that the cache misses of the group's lookups
// overlap instead of following one another, as nodesSpelled does for nodes.
func (g *memGraph) articlesFound(t *idTable, qs []articleQuery) {
	if len(t.slots) == 0 {
		for i := range qs {
			qs[i].id = 0
		}
		return
	}
	for i := range qs {
		qs[i].id = t.firstTagged(qs[i].h)
	}
	off := g.articles.off
	for i := range qs {
		if q := &qs[i]; q.id != 0 {
			q.lo, q.hi = off[q.id-1], off[q.id]
		}
	}
	for i := range qs {
		q := &qs[i]
		if q.id != 0 && string(g.articles.data[q.lo:q.hi]) != q.name {
			// Another article with the hash's high half: look on.
			id, ok := t.find(q.h, func(id uint32) bool { return g.articles.get(id) == q.name })
			q.id = 0
			if ok {
				q.id = id + 1
			}
		}
	}
}
