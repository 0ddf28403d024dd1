package dataset

import "testing"

func TestKeySet(t *testing.T) {
	var s keySet
	if s.remove(7) {
		t.Error("removed a key from an empty set")
	}
	const n = 100_000
	k := func(i int) uint64 { return uint64(i) * 0x100000001b3 } // 0 and colliding low bits included
	for i := range n {
		if !s.add(k(i)) {
			t.Fatalf("key %d: added twice", i)
		}
	}
	for i := range n {
		if s.add(k(i)) {
			t.Fatalf("key %d: not there", i)
		}
	}
	for i := 0; i < n; i += 2 {
		if !s.remove(k(i)) {
			t.Fatalf("key %d: not removed", i)
		}
	}
	for i := range n {
		if got := s.remove(k(i)); got != (i%2 == 1) {
			t.Fatalf("key %d: remove = %v after removing the even keys", i, got)
		}
	}
	if len(s.slots) > 4*n {
		t.Errorf("%d slots for %d keys", len(s.slots), n)
	}
}

func TestRankSet(t *testing.T) {
	ids := []uint32{0, 1, 63, 64, 65, 200, 4096, 100_000}
	s := newRankSet(len(ids), func(i int) uint32 { return ids[i] })
	for i, id := range ids {
		if r, ok := s.rank(id); !ok || r != i {
			t.Errorf("rank(%d) = %d, %v; want %d", id, r, ok, i)
		}
	}
	for _, id := range []uint32{2, 62, 66, 199, 4095, 99_999, 100_001, 1 << 30} {
		if r, ok := s.rank(id); ok {
			t.Errorf("rank(%d) = %d for an id not in the set", id, r)
		}
	}
}
