package extract

// indexTable maps a string to an index, as a map[string]int32 does, with
// strTable's open addressing, hash (strHash) and generations: the knowledge reads
// the full names an article mentions and their first words through it,
// and a map's insert costs more than the names are long.
type indexTable struct {
	slots []indexSlot // a power of two long; nil before the first put
	n     int         // slots in use
	gen   uint32      // the generation of the slots in use
}

type indexSlot struct {
	hash uint64
	key  string
	i    int32
	gen  uint32 // the slot is in use where this is the table's gen
}

// get returns the index of s, whose hash is h (strHash), and whether t
// holds s.
func (t *indexTable) get(h uint64, s string) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		sl := &t.slots[j]
		if sl.gen != t.gen {
			return 0, false
		}
		if sl.hash == h && sl.key == s {
			return sl.i, true
		}
	}
}

// put sets the index of s, whose hash is h and which t does not hold, to
// i.
func (t *indexTable) put(h uint64, s string, i int32) {
	if 2*(t.n+1) > len(t.slots) { // half full at most, as strTable
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	j := h & mask
	for t.slots[j].gen == t.gen {
		j = (j + 1) & mask
	}
	t.slots[j] = indexSlot{hash: h, key: s, i: i, gen: t.gen}
	t.n++
}

// grow doubles the table, at least to 64 slots.
func (t *indexTable) grow() {
	old, gen := t.slots, t.gen
	t.slots = make([]indexSlot, max(64, 2*len(old)))
	t.n, t.gen = 0, 1 // the new slots are of generation 0: empty
	for j := range old {
		if old[j].gen == gen {
			t.put(old[j].hash, old[j].key, old[j].i)
		}
	}
}

// emptied returns t emptied, keeping its storage unless it held more than
// maxKept strings.
func (t indexTable) emptied() indexTable {
	if t.n > maxKept {
		return indexTable{}
	}
	if t.n > 0 {
		if t.gen++; t.gen == 0 {
			clear(t.slots) // every generation used: the slots anew
			t.gen = 1
		}
	}
	t.n = 0
	return t
}
