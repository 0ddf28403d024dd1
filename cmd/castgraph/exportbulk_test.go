package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExportNeo4jImport exports the sample facts as Neo4j's import files
// from the facts files, from standard input and from an embedded store
// they were loaded into: the files are the same.
func TestExportNeo4jImport(t *testing.T) {
	ctx := context.Background()
	files, err := filepath.Glob(filepath.Join("..", "..", "samples", "facts", "*.jsonl"))
	if err != nil || len(files) < 2 {
		t.Fatalf("sample facts: %v, %d files", err, len(files))
	}
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	if out, err := run(t, ctx, nil, append([]string{"load", "--data", data}, files...)...); err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
	fromFacts, fromStore := filepath.Join(tmp, "facts"), filepath.Join(tmp, "store")
	out, err := run(t, ctx, nil, "export", "--format", "neo4j-import", "--facts", strings.Join(files, ","), "--out", fromFacts)
	if err != nil {
		t.Fatalf("export --facts: %v\n%s", err, out)
	}
	if !strings.Contains(out, "wrote Neo4j import files of ") || !strings.Contains(out, "scripts/neo4j import "+fromFacts) {
		t.Errorf("export --facts said: %s", out)
	}
	if out, err := run(t, ctx, nil, "export", "--format", "neo4j-import", "--data", data, "--out", fromStore); err != nil {
		t.Fatalf("export --data: %v\n%s", err, out)
	}
	sameFiles(t, fromStore, fromFacts)

	// One file from standard input: its facts name their articles, so the
	// files are those of the same file by name.
	one, stdin := filepath.Join(tmp, "one"), filepath.Join(tmp, "stdin")
	if out, err := run(t, ctx, nil, "export", "--format", "neo4j-import", "--facts", files[0], "--out", one); err != nil {
		t.Fatalf("export --facts %s: %v\n%s", files[0], err, out)
	}
	in, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, ctx, bytes.NewReader(in), "export", "--format", "neo4j-import", "--facts", "-", "--out", stdin); err != nil {
		t.Fatalf("export --facts -: %v\n%s", err, out)
	}
	sameFiles(t, stdin, one)
}

// sameFiles fails the test unless two directories hold the same files.
func sameFiles(t *testing.T, dir, want string) {
	t.Helper()
	list := func(d string) []string {
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	got, wantNames := list(dir), list(want)
	if !slices.Equal(got, wantNames) {
		t.Fatalf("%s holds %v, %s holds %v", dir, got, want, wantNames)
	}
	if !slices.Contains(got, "import.args") {
		t.Errorf("%s has no import.args: %v", dir, got)
	}
	for _, name := range got {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(want, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from %s:\n%s\nwant\n%s", filepath.Join(dir, name), filepath.Join(want, name), a, b)
		}
	}
}

func TestExportNeo4jImportErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"kind":"cast","person":"A","show":"S"}`+"\n"+`{"kind":"cast","person":"A","show":"S","seasons":"two"}`+"\n"), 0o644)
	full := filepath.Join(dir, "full")
	os.MkdirAll(full, 0o755)
	os.WriteFile(filepath.Join(full, "x"), nil, 0o644)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"facts without the format", []string{"export", "--facts", bad, "--out", filepath.Join(dir, "o1")}, "--facts is for --format neo4j-import"},
		{"unknown format", []string{"export", "--format", "csv", "--data", dir}, `--format "csv": want jsonl or neo4j-import`},
		{"no out", []string{"export", "--format", "neo4j-import", "--facts", bad}, "needs --out DIR"},
		{"data and facts", []string{"export", "--format", "neo4j-import", "--facts", bad, "--data", dir, "--out", filepath.Join(dir, "o2")}, "give --data or --facts, not both"},
		{"nothing to export", []string{"export", "--format", "neo4j-import", "--out", filepath.Join(dir, "o3")}, "nothing to export"},
		{"out not empty", []string{"export", "--format", "neo4j-import", "--facts", bad, "--out", full}, "is not empty"},
		{"bad facts line", []string{"export", "--format", "neo4j-import", "--facts", bad, "--out", filepath.Join(dir, "o4")}, "bad.jsonl:2: field \"seasons\""},
		{"missing facts file", []string{"export", "--format", "neo4j-import", "--facts", filepath.Join(dir, "none.jsonl"), "--out", filepath.Join(dir, "o5")}, "none.jsonl: cannot open"},
		{"no store", []string{"export", "--format", "neo4j-import", "--data", filepath.Join(dir, "none"), "--out", filepath.Join(dir, "o6")}, "holds no castgraph store"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("CASTGRAPH_DATA", "")
			out, err := run(t, context.Background(), nil, c.args...)
			if err == nil || !strings.Contains(oneLine(err), c.want) {
				t.Errorf("error %v, want one containing %q\n%s", err, c.want, out)
			}
		})
	}
	// A failed export leaves nothing behind.
	for _, o := range []string{"o4", "o5", "o6"} {
		if _, err := os.Stat(filepath.Join(dir, o)); !os.IsNotExist(err) {
			t.Errorf("a failed export left %s: %v", o, err)
		}
	}
}
