package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestMergeInto checks that mergeInto gives what graph.MergeSeasons gives,
// and the slice it was given where that holds its result already.
func TestMergeInto(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		a, b := make([]int, r.Intn(4)), make([]int, r.Intn(3))
		for i := range a {
			a[i] = r.Intn(6)
		}
		for i := range b {
			b[i] = r.Intn(6)
		}
		want := graph.MergeSeasons(a, b)
		got := mergeInto(slices.Clone(a), b)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("mergeInto(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
	a := []int{1, 3}
	if got := mergeInto(a, []int{3}); &got[0] != &a[0] {
		t.Errorf("mergeInto(%v, [3]) made a new slice", a)
	}
}

// TestNextField checks nextField against strings.Fields.
func TestNextField(t *testing.T) {
	parts := []string{"a", "B", " ", "\t", "\n", "\u00a0", "\u2003", "é", "漢", "\u0085", "\xc2", "\xff", "\r", "\v"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := r.Intn(8); k > 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		var got []string
		for i := 0; ; {
			st, e := nextField(s, i)
			if st == len(s) {
				break
			}
			got, i = append(got, s[st:e]), e
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("fields of %q: %q, want %q", s, got, want)
		}
	}
}
