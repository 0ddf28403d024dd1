package extract

import (
	"path/filepath"
	"testing"
)

// TestTokenMemo checks that personAt and personBefore, kept in the token
// memo, answer as their readings anew do, for each sentence of the test
// articles in the state the rules read it in, asked twice.
func TestTokenMemo(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles (%v)", err)
	}
	asked := 0
	traceSentence = func(x *extractor) {
		for pass := 0; pass < 2; pass++ {
			for i := 0; i <= len(x.toks); i++ {
				if i < len(x.toks) {
					if got, want := x.personAt(i), x.personAtUncached(i); got != want {
						t.Errorf("%q: personAt(%d) = %d, read anew %d", x.s.text, i, got, want)
					}
				}
				if got, want := x.personBefore(i), x.personBeforeUncached(i); got != want {
					t.Errorf("%q: personBefore(%d) = %d, read anew %d", x.s.text, i, got, want)
				}
				asked++
			}
		}
	}
	defer func() { traceSentence = nil }()
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		Extract(a, Options{})
	}
	if asked == 0 {
		t.Fatal("no sentence read")
	}
}
