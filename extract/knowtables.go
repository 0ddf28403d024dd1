package extract

import "unsafe"

// strTable maps strings to values, as a map[string]V does, with keyTable's
// open addressing and generations, and a hash of its own (strHash): the knowledge's sets
// and surnames are made anew for each reading of an article and asked of
// at every credit, and a map's hash and insert cost more than the names
// are long. A key deleted keeps its slot, marked absent.
type strTable[V any] struct {
	slots []strSlot[V] // a power of two long; nil before the first set
	n     int          // slots in use
	live  int          // keys present (set and not deleted)
	gen   uint32       // the generation of the slots in use
}

type strSlot[V any] struct {
	hash uint64
	key  string
	val  V
	gen  uint32 // the slot is in use where this is the table's gen
	in   bool   // the key is present: not deleted
}

// slot returns the slot of s, whose hash is h, or nil.
func (t *strTable[V]) slot(h uint64, s string) *strSlot[V] {
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
			return sl
		}
	}
}

// get returns the value of s and whether t holds s, as a map's v, ok.
func (t *strTable[V]) get(s string) (V, bool) { return t.getHashed(strHash(s), s) }

// getHashed is get for a caller that holds the hash h of s (strHash), to
// ask and then add s with one hash.
func (t *strTable[V]) getHashed(h uint64, s string) (V, bool) {
	if sl := t.slot(h, s); sl != nil && sl.in {
		return sl.val, true
	}
	var zero V
	return zero, false
}

// at returns the value of s, or V's zero value where t does not hold s,
// as a map's m[s].
func (t *strTable[V]) at(s string) V {
	v, _ := t.get(s)
	return v
}

// has reports whether t holds s.
func (t *strTable[V]) has(s string) bool {
	sl := t.slot(strHash(s), s)
	return sl != nil && sl.in
}

// set sets the value of s to v.
func (t *strTable[V]) set(s string, v V) {
	h := strHash(s)
	if sl := t.slot(h, s); sl != nil {
		if !sl.in {
			sl.in = true
			t.live++
		}
		sl.val = v
		return
	}
	t.add(h, s, v)
}

// add sets the value of s, whose hash is h (strHash) and which t does not
// hold, to v.
func (t *strTable[V]) add(h uint64, s string, v V) {
	t.put(h, s, v, true)
	t.live++
}

// put writes s, whose hash is h and which t has no slot of, into a new
// slot.
func (t *strTable[V]) put(h uint64, s string, v V, in bool) {
	if 2*(t.n+1) > len(t.slots) { // half full at most: most questions are of keys not there
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].gen == t.gen {
		i = (i + 1) & mask
	}
	sl := &t.slots[i] // its fields one by one, as keyTable.put writes them
	sl.hash, sl.key, sl.val, sl.gen, sl.in = h, s, v, t.gen, in
	t.n++
}

// del deletes s from t.
func (t *strTable[V]) del(s string) {
	if sl := t.slot(strHash(s), s); sl != nil && sl.in {
		var zero V
		sl.in, sl.val = false, zero
		t.live--
	}
}

// len is the number of keys t holds.
func (t *strTable[V]) len() int { return t.live }

// grow doubles the table, at least to 64 slots.
func (t *strTable[V]) grow() {
	old, gen := t.slots, t.gen
	t.slots = make([]strSlot[V], max(64, 2*len(old)))
	t.n, t.gen = 0, 1 // the new slots are of generation 0: empty
	for i := range old {
		if old[i].gen == gen {
			t.put(old[i].hash, old[i].key, old[i].val, old[i].in)
		}
	}
}

// emptied returns t emptied, keeping its storage unless it held more than
// maxKept strings.
func (t strTable[V]) emptied() strTable[V] { return t.emptiedKeeping(maxKept) }

// emptiedKeeping returns t emptied, keeping its storage unless it held
// more than keep strings.
func (t strTable[V]) emptiedKeeping(keep int) strTable[V] {
	if t.n > keep {
		return strTable[V]{}
	}
	if t.n > 0 {
		if t.gen++; t.gen == 0 {
			clear(t.slots) // every generation used: the slots anew
			t.gen = 1
		}
	}
	t.n, t.live = 0, 0
	return t
}

// strHash is the hash of s for strTable: its length and its first and last
// eight bytes, read as at most two words (a key shorter than eight bytes
// by its first and last four, or its first, middle and last byte), where
// mixString reads a short key a byte at a time. Keys that agree there
// share a hash, and strTable tells them apart by comparing them.
func strHash(s string) uint64 {
	n := len(s)
	var a, b uint64
	if n > 0 {
		p := unsafe.Pointer(unsafe.StringData(s))
		switch {
		case n >= 8:
			a, b = *(*uint64)(p), *(*uint64)(unsafe.Add(p, n-8))
		case n >= 4:
			a, b = uint64(*(*uint32)(p)), uint64(*(*uint32)(unsafe.Add(p, n-4)))
		default:
			a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
		}
	}
	// each word times an odd constant, the products' high bits folded onto
	// the low bits the table indexes by
	h := a*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f ^ uint64(n)
	return h ^ h>>29 ^ h>>47
}
