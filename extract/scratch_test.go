package extract

import (
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestScratchKeepsNothing checks that the storage a call keeps for the next
// carries nothing over: articles extracted in another order, or at the same
// time, give the same facts.
func TestScratchKeepsNothing(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) < 20 {
		t.Fatalf("corpus: %v", err)
	}
	files = files[:20]
	arts := make([]Article, len(files))
	want := make([]any, len(files))
	for i, f := range files {
		if arts[i], err = ReadFile(f); err != nil {
			t.Fatal(err)
		}
		want[i] = Extract(arts[i], Options{})
	}
	for i := len(arts) - 1; i >= 0; i-- {
		if got := Extract(arts[i], Options{}); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%s: facts differ when extracted after another article", files[i])
		}
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Go(func() {
			for i := range arts {
				j := (i*7 + g*5) % len(arts)
				if got := Extract(arts[j], Options{}); !reflect.DeepEqual(got, want[j]) {
					t.Errorf("%s: facts differ when extracted alongside others", files[j])
				}
			}
		})
	}
	wg.Wait()
}
