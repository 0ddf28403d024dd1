package extract

import (
	"fmt"
	"testing"
)

// TestNameTable checks that nameTable answers as a map[string]*name does,
// through growing and clearing.
func TestNameTable(t *testing.T) {
	var tab nameTable
	for round := 0; round < 3; round++ {
		want := map[string]*name{}
		for i := 0; i < 1000; i++ {
			s := fmt.Sprintf("Name %d", i*7%1000)
			if _, ok := want[s]; ok {
				continue
			}
			n := new(name)
			want[s] = n
			tab.put(nameHash(s), s, n)
		}
		if tab.len() != len(want) {
			t.Fatalf("round %d: %d strings, want %d", round, tab.len(), len(want))
		}
		for s, n := range want {
			if got := tab.get(nameHash(s), s); got != n {
				t.Errorf("round %d: get(%q) = %p, want %p", round, s, got, n)
			}
		}
		for _, s := range []string{"", "Name 1000", "name 1"} {
			if got := tab.get(nameHash(s), s); got != nil {
				t.Errorf("round %d: get(%q) = %p, want nil", round, s, got)
			}
		}
		tab.clear(4 * maxKept)
		if tab.len() != 0 || tab.get(nameHash("Name 1"), "Name 1") != nil {
			t.Fatalf("round %d: cleared table still answers", round)
		}
	}
}
