package extract

import (
	"path/filepath"
	"testing"
)

// TestTokenWordIDs checks that every token of the corpus's articles, as the
// sentences keep it, has its lower case's word id: a set asked by id
// answers as the set asked by the lower case.
func TestTokenWordIDs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus articles (%v)", err)
	}
	bad := 0
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sents, _ := appendSentences(nil, nil, a.Text)
		for _, s := range sents {
			for _, tk := range s.toks {
				if want := wordIDs[tk.low]; tk.id != want && bad < 10 {
					bad++
					t.Errorf("%s: token %q has word id %d, its lower case %q %d", filepath.Base(f), tk.text, tk.id, tk.low, want)
				}
			}
		}
	}
}

// TestGroupedMasks checks that a sentence's groups say which grouped masks
// hold one of its words, by the words themselves.
func TestGroupedMasks(t *testing.T) {
	sents, _ := appendSentences(nil, nil, "Ana Selo will star in Harbor, the drama airing from June. The series was launched with a trailer.")
	for _, s := range sents {
		for i, m := range groupedMasks {
			want := false
			for _, tk := range s.toks {
				want = want || tk.kind <= tNum && m.holds(&tk)
			}
			if got := m.group != 0 && s.groups&m.group != 0; m.group != 0 && got != want {
				t.Errorf("%q: grouped mask %d: %v, its words say %v", s.text, i, got, want)
			}
		}
	}
}
