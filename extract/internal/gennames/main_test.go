package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNamesUpToDate makes the lists again from the shared datasets and
// compares them with the committed extract/names.txt, mononyms.txt and
// titlewords.txt: run "go generate" in extract after the datasets change.
func TestNamesUpToDate(t *testing.T) {
	data := filepath.Join("..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Fatalf("the shared credit datasets are not beside the project (%v); the names list is made from them", err)
	}
	dir := t.TempDir()
	out := lists{filepath.Join(dir, "names.txt"), filepath.Join(dir, "mononyms.txt"), filepath.Join(dir, "titlewords.txt")}
	if err := run(data, out); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		min  int
	}{{out.names, 5000}, {out.mononyms, 1000}, {out.titleWords, 5000}} {
		got, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(c.path)
		want, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("extract/%s is stale: run go generate in extract", name)
		}
		if n := len(listedIn(string(got))); n < c.min {
			t.Errorf("%s holds %d words, want at least %d", name, n, c.min)
		}
	}
}

func listedIn(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}
