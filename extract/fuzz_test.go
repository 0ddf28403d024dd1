package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(page))
	f.Add([]byte("X (Y (Z) and ( ) ) [ ] 's 's ’s “ ” as as played by by"))
	f.Add([]byte(" date 2024-01-02 Season 2 of A. B (C Seasons 1 and 2), D and E join the cast as F."))
}

// FuzzExtract runs Parse and Extract on any input: no panic, no hang, and
// every fact valid with evidence from the text.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz", bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, fact := range Extract(a, Options{}) {
			if err := fact.Validate(); err != nil {
				t.Fatalf("invalid fact %+v: %v", fact, err)
			}
			if !strings.Contains(graph.CleanSpace(a.Text), fact.Evidence) {
				t.Fatalf("evidence %q not in text", fact.Evidence)
			}
		}
	})
}

// FuzzParseHTML runs the HTML reader on any input.
func FuzzParseHTML(f *testing.F) {
	addSeeds(f)
	f.Add([]byte(`<html><head><script type="application/ld+json">[[[{"datePublished":"2020-01-01"}]]]</script></head><body><article><p>a</p></article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseHTML("fuzz", "fuzz", data)
		if err != nil {
			return
		}
		if a.Date != "" && !graph.ValidDate(a.Date) {
			t.Fatalf("bad date %q", a.Date)
		}
		Extract(a, Options{})
	})
}
