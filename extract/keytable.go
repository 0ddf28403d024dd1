package extract

import "unsafe"

// keyTable maps keys to indexes, as a map[K]int does, but its caller hashes
// a key once (hashRaw, hashFact, ...) for the lookup and the insert that
// follow: a fact's key is five strings, and a map hashes all of them at
// every access.
type keyTable[K comparable] struct {
	slots []keySlot[K] // open addressing, a power of two long
	n     int          // slots in use
	// gen is the generation of the slots in use: clear empties the slots
	// by moving to the next, not by writing them (the table keeps the room
	// of the largest article read)
	gen uint32
}

type keySlot[K comparable] struct {
	hash uint64
	key  K
	val  int
	gen  uint32 // the slot is in use where this is the table's gen
}

// hashRaw is the hash of a rawKey, and hashFact of a factKey, for
// keyTable: cheaper than maphash, which hashes each string in full. A
// string counts by its length and its first and last eight bytes (all of
// them when shorter); keys that agree there and differ elsewhere share a
// hash, and keyTable tells them apart by comparing them.
func hashRaw(k rawKey) uint64 {
	return finishHash(mixString(mixString(mixString(mixString(mixString(fnvOffset, k.kind), k.person), k.show), k.character), k.job))
}

func hashFact(k factKey) uint64 {
	h := uint64(fnvOffset)
	if k.open {
		h = 1
	}
	return finishHash(mixString(mixString(mixString(mixString(mixString(h, k.kind), k.person), k.show), k.character), k.job))
}

// mixString mixes s into h.
func mixString(h uint64, s string) uint64 {
	n := len(s)
	h = (h ^ uint64(n)) * fnvPrime
	if n >= 8 {
		p := unsafe.Pointer(unsafe.StringData(s))
		h = (h ^ *(*uint64)(p)) * fnvPrime
		return (h ^ *(*uint64)(unsafe.Add(p, n-8))) * fnvPrime
	}
	for i := 0; i < n; i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// finishHash spreads every bit of h over the low bits keyTable indexes by;
// it never returns 0.
func finishHash(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		return 1
	}
	return h
}

// get returns the value of k, whose hash is h, and whether k is there.
func (t *keyTable[K]) get(h uint64, k K) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			return 0, false
		}
		if s.hash == h && s.key == k {
			return s.val, true
		}
	}
}

// put sets the value of k, whose hash is h, to v.
func (t *keyTable[K]) put(h uint64, k K, v int) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			// the fields one by one: a slot literal is made on the stack,
			// cleared and then copied over
			s.hash, s.key, s.val, s.gen = h, k, v, t.gen
			t.n++
			return
		}
		if s.hash == h && s.key == k {
			s.val = v
			return
		}
	}
}

// grow doubles the table, at least to 64 slots.
func (t *keyTable[K]) grow() {
	old, gen := t.slots, t.gen
	t.slots = make([]keySlot[K], max(64, 2*len(old)))
	t.n, t.gen = 0, 1 // the new slots are of generation 0: empty
	for i := range old {
		if old[i].gen == gen {
			t.put(old[i].hash, old[i].key, old[i].val)
		}
	}
}

// len is the number of keys in t.
func (t *keyTable[K]) len() int { return t.n }

// clear empties t, keeping its storage unless it grew past maxKept keys.
func (t *keyTable[K]) clear() {
	if len(t.slots) > 2*maxKept {
		t.slots = nil
	} else if t.n > 0 {
		if t.gen++; t.gen == 0 {
			clear(t.slots) // every generation used: the slots anew
			t.gen = 1
		}
	}
	t.n = 0
}
