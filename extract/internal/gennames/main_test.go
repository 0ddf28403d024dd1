package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNamesUpToDate makes the list again from the shared datasets and
// compares it with the committed extract/names.txt: run "go generate" in
// extract after the datasets change.
func TestNamesUpToDate(t *testing.T) {
	data := filepath.Join("..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Fatalf("the shared credit datasets are not beside the project (%v); the names list is made from them", err)
	}
	out := filepath.Join(t.TempDir(), "names.txt")
	if err := run(data, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "names.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("extract/names.txt is stale: run go generate in extract")
	}
	if n := len(nameStartsIn(string(got))); n < 5000 {
		t.Errorf("the list holds %d words, want thousands", n)
	}
}

func nameStartsIn(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}
