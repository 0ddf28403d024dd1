package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestClassTable checks that wordClasses gives what wordClass does, for
// every word of the map and every word of the corpus.
func TestClassTable(t *testing.T) {
	if _, ok := wordClass[""]; ok {
		t.Fatal(`wordClass holds "", which classTable cannot`)
	}
	for w, c := range wordClass {
		if got := wordClasses.get(w); got != c {
			t.Errorf("%q: %b, want %b", w, got, c)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(strings.ToLower(a.Text)) {
			for _, v := range []string{w, strings.Trim(w, ".,;:!?\"'()“”‘’")} {
				if got, want := wordClasses.get(v), wordClass[v]; got != want {
					t.Errorf("%q: %b, want %b", v, got, want)
				}
			}
		}
	}
}
