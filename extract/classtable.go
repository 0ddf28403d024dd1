package extract

import (
	"unicode/utf8"
	"unsafe"
)

// classTable is wordClass in an open-addressing table read with a cheap
// hash: tokenizing looks every word up, and the map's hash costs more than
// the short words it reads.
type classTable struct {
	slots []classSlot
	mask  uint64
}

// classSlot is a key of a classTable and what the table holds for it, side
// by side: a search reads one slot of 32 bytes, not four arrays.
type classSlot struct {
	key string
	val uint64 // the word classes
	id  uint16 // wordIDs[key], where the table was made with the ids
	cue uint8  // foreignCueKinds[key], where the table was made with them
}

// wordClasses holds wordClass, and beside it foreignCueKinds and wordIDs:
// a word of another language's cues or of a word set that has no class is
// a key of class 0. It is made anew once every word set has its ids
// (wordids.go).
var wordClasses = newClassTable(wordClass, foreignCueKinds, nil)

func newClassTable(m map[string]uint64, cues map[string]uint8, ids map[string]uint16) *classTable {
	size := len(m)
	for k := range cues {
		if _, ok := m[k]; !ok {
			size++
		}
	}
	for k := range ids {
		if _, ok := m[k]; !ok {
			if _, ok := cues[k]; !ok {
				size++
			}
		}
	}
	n := 1
	for n < 2*size+2 {
		n *= 2
	}
	t := &classTable{slots: make([]classSlot, n), mask: uint64(n - 1)}
	slot := func(k string) *classSlot {
		i := classHash(k) & t.mask
		for t.slots[i].key != "" && t.slots[i].key != k {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		return &t.slots[i]
	}
	for k, v := range m {
		if k == "" {
			continue // an empty slot ends a search: "" has no class
		}
		slot(k).val = v
	}
	for k, c := range cues {
		if k != "" {
			slot(k).cue = c
		}
	}
	for k, id := range ids {
		if k != "" {
			slot(k).id = id
		}
	}
	return t
}

// has reports whether the token's lower-case form is in word class c. A
// pointer receiver: a token is 56 bytes, copied at every call by value.
func (t *token) has(c uint64) bool { return t.class&c != 0 }

// classHash is strHash: a word's first and last eight bytes (or its four,
// or three of its bytes) read as words and mixed, where FNV-1a took a
// multiply for each byte.
func classHash(s string) uint64 { return strHash(s) }

// classHashBytes is classHash(string(b)), without copying b.
func classHashBytes(b []byte) uint64 {
	return strHash(unsafe.String(unsafe.SliceData(b), len(b)))
}

// FNV-1a's constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// get is wordClass[s].
func (t *classTable) get(s string) uint64 { return t.getHashed(classHash(s), s) }

// getHashed is get(s), where h is classHash(s).
func (t *classTable) getHashed(h uint64, s string) uint64 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.key == "" {
			return 0
		}
		if e.key == s {
			return e.val
		}
	}
}

// getCue is getHashed(h, s), foreignCueKinds[s] and wordIDs[s] in one
// search; the table must have been made with the cue kinds and the ids.
func (t *classTable) getCue(h uint64, s string) (uint64, uint8, uint16) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.key == "" {
			return 0, 0, 0
		}
		if e.key == s {
			return e.val, e.cue, e.id
		}
	}
}

// getBytes is get(string(b)), without copying b into a string.
func (t *classTable) getBytes(b []byte) uint64 {
	for i := classHashBytes(b) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.key == "" {
			return 0
		}
		if e.key == string(b) {
			return e.val
		}
	}
}

// wordBit is the bit of a word, in lower case, in a sentence's words.
func wordBit(w string) uint16 { return hashBit(classHash(w)) }

// hashBit is the bit of a word whose classHash is h: the top bits of h
// times an odd constant (Fibonacci hashing). The top bits of h alone are
// nearly the same for all short words (every word of two letters had the
// same bit, so that a word set holding one passed every sentence with
// "of" or "in"); the product's top bits depend on all of h's.
func hashBit(h uint64) uint16 { return uint16(h * 0x9e3779b97f4a7c15 >> wordBitShift) }

// wordBitShift leaves the top bits of a word's mixed hash: its bit among
// the 1024 of a wordSet.
const wordBitShift = 64 - 10

// sentHasWord reports whether the sentence being read may have a token
// whose lower case is the word of bit b (wordBit): where it reports false,
// none has. It passes over a sentence for a rule that reads at a word of no
// class at less cost than looking at each token.
func (x *extractor) sentHasWord(b uint16) bool {
	return x.s == nil || x.s.words[b>>6]&(1<<(b&63)) != 0
}

// the bits of common words that rules in several files read at
var (
	bitWith       = wordBit("with")
	bitAs         = wordBit("as")
	bitSeen       = wordBit("seen")
	bitInto       = wordBit("into")
	bitWell       = wordBit("well")
	bitWhich      = wordBit("which")
	bitBy         = wordBit("by")
	bitAdaptation = wordBit("adaptation")
)

// wordMask is the bits of words together, for sentHasAnyWord, and the
// words, for holds.
func wordMask(words ...string) wordSet {
	m := new(cueWords)
	for _, w := range words {
		m.addWord(w)
	}
	return m
}

// setMask is wordMask of the words of a set (the keys of a map).
func setMask[V any](set map[string]V) wordSet {
	m := new(cueWords)
	for w := range set {
		m.addWord(w)
	}
	return m
}

// unionMask is the words of all of ms.
func unionMask(ms ...wordSet) wordSet {
	u := new(cueWords)
	for _, m := range ms {
		for i, b := range m.wordBits {
			u.wordBits[i] |= b
		}
		u.words = append(u.words, m.words...)
		u.ids.union(&m.ids)
		u.marks = append(u.marks, m.marks...)
	}
	return u
}

// addWord adds w, in lower case, to m.
func (m *cueWords) addWord(w string) {
	b := wordBit(w)
	m.wordBits[b>>6] |= 1 << (b & 63)
	m.words = append(m.words, w)
	if r, _ := utf8.DecodeRuneInString(w); isAlnum(r) {
		m.ids.add(wordID(w))
	} else {
		m.marks = append(m.marks, w)
	}
}

// sentHasAnyWord reports whether the sentence being read may have a token
// whose lower case is one of the words of m (wordMask): where it reports
// false, none has.
func (x *extractor) sentHasAnyWord(m wordSet) bool {
	if m.group != 0 && x.s != nil {
		return x.s.groups&m.group != 0 // exact: a word of m is there; the masks asked most, inlined in the callers
	}
	return x.sentHasAnyWordBits(m)
}

// sentHasAnyWordBits is sentHasAnyWord past its test of a grouped mask.
func (x *extractor) sentHasAnyWordBits(m wordSet) bool {
	if x.s == nil {
		return true
	}
	if m.group != 0 {
		return x.s.groups&m.group != 0
	}
	w, b := &x.s.words, &m.wordBits
	return w[0]&b[0]|w[1]&b[1]|w[2]&b[2]|w[3]&b[3]|w[4]&b[4]|w[5]&b[5]|w[6]&b[6]|w[7]&b[7]|
		w[8]&b[8]|w[9]&b[9]|w[10]&b[10]|w[11]&b[11]|w[12]&b[12]|w[13]&b[13]|w[14]&b[14]|w[15]&b[15] != 0
}

// wordBits has a bit for each of some words (wordBit): a sentence's
// words, or the words a rule reads at.
type wordBits [16]uint64

// cueWords is the words a rule reads at: their bits, for a test of a
// sentence or a token that one bit decides, and their ids, for an exact
// test (holds).
type cueWords struct {
	wordBits
	words []string
	ids   idSet    // the ids of the words that open with a letter or digit
	marks []string // the others: tokenizing gives a mark no id
	group uint64   // its bit among groupedMasks (wordgroups.go), or 0
}

// wordSet is the words a rule reads at, as wordMask and setMask make them:
// a pointer, for a copy of the 128 bytes at each test costs more than the
// test.
type wordSet = *cueWords

// holds reports whether t's lower case is one of the words of m: the bit
// test passes over most tokens, then a test of the token's word id and a
// comparison with each mark.
func (m *cueWords) holds(t *token) bool {
	if m.wordBits[t.wbit>>6&15]&(1<<(t.wbit&63)) == 0 {
		return false
	}
	if m.ids.has(t.id) {
		return true
	}
	for _, w := range m.marks {
		if t.low == w {
			return true
		}
	}
	return false
}

// mayHold reports whether t's lower case may be one of the words of m:
// where it reports false, it is none of them. One bit test passes over most
// tokens before a map lookup.
func (m *wordBits) mayHold(t *token) bool { return m[t.wbit>>6]&(1<<(t.wbit&63)) != 0 }

// mayHoldBytes is mayHoldWord of w's bytes, without making them a string.
func (m *wordBits) mayHoldBytes(w []byte) bool {
	b := hashBit(classHashBytes(w))
	return m[b>>6]&(1<<(b&63)) != 0
}

// mayHoldWord reports whether w, in lower case, may be one of the words of
// m: where it reports false, it is none of them.
func (m *wordBits) mayHoldWord(w string) bool {
	b := wordBit(w)
	return m[b>>6]&(1<<(b&63)) != 0
}

// sentHas reports whether a token of the sentence being read may be of a
// word class in c: a rule that reads only such tokens has nothing to read
// where none is.
func (x *extractor) sentHas(c uint64) bool {
	return x.s == nil || x.s.classes&c != 0
}

// sentHasKind reports whether a token of the sentence being read may be of
// kind k (tPoss, ...).
func (x *extractor) sentHasKind(k uint8) bool {
	return x.s == nil || x.s.kinds&(1<<k) != 0
}

// sentHasFlag reports whether a token of the sentence being read may have
// flag f (fHyphen, ...).
func (x *extractor) sentHasFlag(f uint8) bool {
	return x.s == nil || x.s.flags&f != 0
}
