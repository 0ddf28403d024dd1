package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSentHasWord checks that sentHasWord passes over no sentence that has
// the word: for each word of each corpus article, its sentence has its bit.
func TestSentHasWord(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus articles (%v)", err)
	}
	words, missed := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sents, _ := appendSentences(nil, nil, string(data))
		for i := range sents {
			x := &extractor{s: &sents[i]}
			for _, tk := range sents[i].toks {
				if tk.kind != tWord && tk.kind != tNum {
					continue
				}
				words++
				if !x.sentHasWord(wordBit(tk.low)) {
					missed++
					t.Errorf("%s: %q has no bit for %q", f, sents[i].text, tk.low)
				}
			}
		}
	}
	if words == 0 || missed > 0 {
		t.Fatalf("%d words, %d missed", words, missed)
	}
}
