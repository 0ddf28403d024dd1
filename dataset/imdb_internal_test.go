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
