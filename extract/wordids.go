package extract

import "unicode/utf8"

// wordIDs gives every word of the word sets read at a token's lower case
// (idsOf, idValues) a small id, from 1. Tokenizing finds a word's id in the
// same search of wordClasses as its classes (token.id), so that a rule asks
// a set for a token with a bit test, not a map lookup.
var wordIDs = map[string]uint16{}

// wordID is w's id, given anew where w has none: only while the package's
// variables are made, before wordClasses is made with the ids.
func wordID(w string) uint16 {
	if id, ok := wordIDs[w]; ok {
		return id
	}
	if idsMade {
		panic("extract: a word set made after the word ids: " + w)
	}
	if r, _ := utf8.DecodeRuneInString(w); !isAlnum(r) {
		// a token whose lower case does not open with a letter or digit is
		// no word, and tokenizing looks no such token up: it has no id
		panic("extract: a word set's word opens with no letter or digit: " + w)
	}
	id := uint16(len(wordIDs) + 1)
	if id == 0 {
		panic("extract: more word ids than a uint16 holds")
	}
	wordIDs[w] = id
	return id
}

// init makes wordClasses anew with every word set's ids, once all the sets
// (package variables) have them.
func init() {
	wordClasses, idsMade = newClassTable(wordClass, foreignCueKinds, wordIDs), true
	makeGroups()
}

// idsMade is set once wordClasses has every word set's ids.
var idsMade bool

// idSet is a word set as a bitset over word ids: has(t.id) is set[t.low].
type idSet struct{ bits []uint64 }

// idsOf is the words of set whose value is true as an idSet.
func idsOf(set map[string]bool) idSet {
	var s idSet
	for w, ok := range set {
		if !ok {
			continue
		}
		s.add(wordID(w))
	}
	return s
}

// add adds the word of id to s.
func (s *idSet) add(id uint16) {
	for int(id>>6) >= len(s.bits) {
		s.bits = append(s.bits, 0)
	}
	s.bits[id>>6] |= 1 << (id & 63)
}

// union adds the words of o to s.
func (s *idSet) union(o *idSet) {
	for i, b := range o.bits {
		if i == len(s.bits) {
			s.bits = append(s.bits, 0)
		}
		s.bits[i] |= b
	}
}

// has reports whether the word of id is in s; id 0, no word's, is in none.
func (s *idSet) has(id uint16) bool {
	i := int(id >> 6)
	return i < len(s.bits) && s.bits[i]&(1<<(id&63)) != 0
}

// idMap is a map of words as a table over word ids: get(t.id) is m[t.low].
type idMap[V any] struct {
	pos  []uint16 // an id's place in vals, 0 where m has no value for it
	vals []V      // vals[0] is V's zero value
}

// idValues is m as an idMap.
func idValues[V any](m map[string]V) idMap[V] {
	t := idMap[V]{vals: make([]V, 1, len(m)+1)}
	for w, v := range m {
		id := wordID(w)
		for int(id) >= len(t.pos) {
			t.pos = append(t.pos, 0)
		}
		t.pos[id] = uint16(len(t.vals))
		t.vals = append(t.vals, v)
	}
	return t
}

// get is m[w], where id is w's id.
func (t *idMap[V]) get(id uint16) V {
	if int(id) < len(t.pos) {
		return t.vals[t.pos[id]]
	}
	return t.vals[0]
}

// lookup is m[w] and whether m has w, where id is w's id.
func (t *idMap[V]) lookup(id uint16) (V, bool) {
	if int(id) < len(t.pos) {
		p := t.pos[id]
		return t.vals[p], p != 0
	}
	return t.vals[0], false
}
