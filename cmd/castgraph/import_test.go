package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

const testIMDb = "../../dataset/testdata/imdb"

// TestImportIMDb imports the small IMDb files of the dataset package into a
// facts file and into a store, and checks a series' cast: credits on its
// episodes are credits on it, each once.
func TestImportIMDb(t *testing.T) {
	ctx := context.Background()
	good := filepath.Join(testIMDb, "good")
	file := filepath.Join(t.TempDir(), "imdb.jsonl")
	if _, err := run(t, ctx, nil, "import", "--imdb", good, "--out", file); err != nil {
		t.Fatal(err)
	}
	facts, err := jsonl.ReadFile(file, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 15 {
		t.Errorf("%d facts, want 15", len(facts))
	}
	want := graph.Fact{Kind: "cast", Person: "Mara Quill", Show: "Harbor Lights", Character: "Detective Ada Brandt",
		Article: "imdb/title.principals.tsv", Evidence: `row 9: tt0000003 1 nm0000001 actress \N ["Detective Ada Brandt"]`}
	found := false
	for _, f := range facts {
		found = found || reflect.DeepEqual(f, want)
	}
	if !found {
		t.Errorf("no fact %+v in %+v", want, facts)
	}

	dir := filepath.Join(t.TempDir(), "data")
	out, err := run(t, ctx, nil, "import", "--imdb", good, "--data", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "imported 1 batches, 15 facts") {
		t.Errorf("output %q", out)
	}
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	show, err := s.Show(ctx, "Harbor Lights")
	if err != nil {
		t.Fatal(err)
	}
	var cast, crew []string
	for _, c := range show.Cast {
		cast = append(cast, c.Person.Name+" as "+c.Character+" ("+c.Evidence[0].Sentence+")")
		if len(c.Evidence) != 1 {
			t.Errorf("%s: evidence %+v, want the first episode's row only", c.Person.Name, c.Evidence)
		}
	}
	for _, c := range show.Crew {
		crew = append(crew, c.Person.Name+": "+c.Job)
	}
	wantCast := `Mara Quill as Detective Ada Brandt (row 9: tt0000003 1 nm0000001 actress \N ["Detective Ada Brandt"]); ` +
		`Sam Okoro as  (row 13: tt0000004 2 nm0000006 self \N ["Self - Host"]); ` +
		`Tobias Fenwick as Harbormaster (row 10: tt0000003 2 nm0000002 actor \N ["Harbormaster"])`
	if g := strings.Join(cast, "; "); g != wantCast {
		t.Errorf("cast of Harbor Lights:\n%s\nwant\n%s", g, wantCast)
	}
	if g, w := strings.Join(crew, "; "), "Ines Calloway: director; Rupert Vance: creator; Rupert Vance: producer"; g != w {
		t.Errorf("crew of Harbor Lights: %s, want %s", g, w)
	}
	if _, err := s.Show(ctx, "Night Train (1961)"); err != nil {
		t.Errorf("Night Train (1961): %v", err)
	}
}

func TestImportIMDbErrors(t *testing.T) {
	ctx := context.Background()
	malformed := filepath.Join(testIMDb, "malformed")
	_, err := run(t, ctx, nil, "import", "--imdb", malformed)
	if want := "import --imdb " + malformed + ": title.principals.tsv.gz: row 3: 5 fields, want 6"; err == nil || err.Error() != want || exitCode(err) != 2 {
		t.Errorf("malformed row: %v, want %s (exit status 2)", err, want)
	}
	_, err = run(t, ctx, nil, "import", "--imdb", filepath.Join(testIMDb, "missing"))
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "name.basics.tsv.gz: file does not exist") || exitCode(err) != 2 {
		t.Errorf("missing file: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "data")
	_, err = run(t, ctx, nil, "import", "--imdb", filepath.Join(testIMDb, "good"), "--out", "x.jsonl", "--data", dir)
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("--out and --data: %v", err)
	}
	if _, err := run(t, ctx, nil, "import", "--imdb", filepath.Join(testIMDb, "good"), "neo4j-movies"); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("--imdb and a dataset: %v", err)
	}
	if _, statErr := os.Stat(dir); !errors.Is(statErr, fs.ErrNotExist) {
		t.Errorf("--out and --data made the data directory: %v", statErr)
	}
}
