package extract

// nameTable maps a string to its cache entry, as a map[string]*name does,
// with open addressing and one hash of the string: the memo reads it for
// each string an article gives it the first time, and the map's lookup and
// insert cost more than the names are long.
type nameTable struct {
	slots []nameSlot // a power of two long; nil before the first put
	n     int        // slots in use
	gen   uint32     // the generation of the slots in use, as keyTable's
}

type nameSlot struct {
	hash uint64
	key  string
	n    *name
	gen  uint32 // the slot is in use where this is the table's gen
}

// nameHash is the hash of s for nameTable: its length and its first and
// last eight bytes, as hashRaw reads a string.
func nameHash(s string) uint64 { return finishHash(mixString(fnvOffset, s)) }

// get returns the entry of s, whose hash is h, or nil.
func (t *nameTable) get(h uint64, s string) *name {
	if t.n == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.gen != t.gen {
			return nil
		}
		if sl.hash == h && sl.key == s {
			return sl.n
		}
	}
}

// put sets the entry of s, whose hash is h and which t does not hold, to
// n.
func (t *nameTable) put(h uint64, s string, n *name) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].gen == t.gen {
		i = (i + 1) & mask
	}
	t.slots[i] = nameSlot{hash: h, key: s, n: n, gen: t.gen}
	t.n++
}

// grow doubles the table, at least to 256 slots.
func (t *nameTable) grow() {
	old, gen := t.slots, t.gen
	t.slots = make([]nameSlot, max(256, 2*len(old)))
	t.n, t.gen = 0, 1 // the new slots are of generation 0: empty
	for i := range old {
		if old[i].gen == gen {
			t.put(old[i].hash, old[i].key, old[i].n)
		}
	}
}

// len is the number of strings in t.
func (t *nameTable) len() int { return t.n }

// clear empties t, keeping its storage unless it held more than keep
// strings.
func (t *nameTable) clear(keep int) {
	if t.n > keep {
		t.slots = nil
	} else if t.n > 0 {
		if t.gen++; t.gen == 0 {
			clear(t.slots) // every generation used: the slots anew
			t.gen = 1
		}
	}
	t.n = 0
}
