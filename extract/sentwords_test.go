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

// TestTeamsUp checks that teamsUp, which asks the sentence's word bits
// first, answers as hasTeamUp's scan of the tokens does.
func TestTeamsUp(t *testing.T) {
	for _, text := range []string{"A and B are teaming up for a new drama.", "A teamed up with B.", "The team will end up in Rome.",
		"Up next is the team.", "A teams up with B on T.", "No such words here.", "They team up."} {
		sents, _ := appendSentences(nil, nil, text)
		for i := range sents {
			x := &extractor{s: &sents[i], toks: sents[i].toks}
			if got, want := x.teamsUp(), hasTeamUp(sents[i].toks); got != want {
				t.Errorf("%q: teamsUp %v, hasTeamUp %v", sents[i].text, got, want)
			}
		}
	}
}
