package dataset_test

import (
	"os"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/graph"
)

var testdata = os.DirFS("../testdata/datasets")

func readAll(t *testing.T, name string) ([]graph.Batch, dataset.Summary) {
	t.Helper()
	var batches []graph.Batch
	sum, err := dataset.Read(testdata, name, func(b graph.Batch) error {
		batches = append(batches, b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return batches, sum
}

func find(batches []graph.Batch, person, show string) []graph.Fact {
	var out []graph.Fact
	for _, b := range batches {
		for _, f := range b.Facts {
			if f.Person == person && f.Show == show {
				out = append(out, f)
			}
		}
	}
	return out
}

func TestNeo4jMovies(t *testing.T) {
	batches, sum := readAll(t, dataset.Neo4jMovies)
	if len(batches) != 1 || sum.Rows != 241 || sum.Facts != 261 || sum.Skipped != 0 {
		t.Errorf("%d batches, %+v; want 1 batch, 241 rows, 261 facts (a fact per character)", len(batches), sum)
	}
	neo := find(batches, "Keanu Reeves", "The Matrix")
	want := graph.Fact{Kind: "cast", Person: "Keanu Reeves", Show: "The Matrix", Character: "Neo",
		Article: "neo4j-movies/credits.csv", Evidence: `row 1: Keanu Reeves,The Matrix,ACTED_IN,"[""Neo""]"`}
	if len(neo) != 1 || neo[0].Character != want.Character || neo[0].Evidence != want.Evidence || neo[0].Article != want.Article {
		t.Errorf("Keanu Reeves in The Matrix: %+v, want %+v", neo, want)
	}
	if d := find(batches, "Lana Wachowski", "The Matrix"); len(d) != 1 || d[0].Kind != graph.KindCrew || d[0].Job != graph.JobDirector {
		t.Errorf("Lana Wachowski directed The Matrix: %+v", d)
	}
	for _, f := range batches[0].Facts {
		if err := f.Validate(); err != nil {
			t.Fatalf("invalid fact %+v: %v", f, err)
		}
	}
}

func TestJustWatch(t *testing.T) {
	batches, sum := readAll(t, dataset.JustWatch)
	if len(batches) != 1 || sum.Rows != 1740 || sum.Facts != 1740 {
		t.Errorf("%d batches, %+v; want 1 batch (Apple TV+), 1,740 rows and facts", len(batches), sum)
	}
	b := batches[0]
	if b.Source != "justwatch-streaming-2023/appletv_credits.csv" {
		t.Errorf("source %q", b.Source)
	}
	f := b.Facts[0]
	if f.Person != "Peter Robbins" || f.Show != "A Charlie Brown Christmas" || f.Character != "Charlie Brown (voice)" ||
		f.Evidence != "row 1: 96413,tm1300,Peter Robbins,Charlie Brown (voice),ACTOR" {
		t.Errorf("first fact %+v", f)
	}
	crew := 0
	for _, f := range b.Facts {
		if f.Kind == graph.KindCrew {
			crew++
			if f.Job != graph.JobDirector || f.Character != "" {
				t.Errorf("crew fact %+v", f)
			}
		}
	}
	if crew != 84 {
		t.Errorf("%d director credits, want 84", crew)
	}
}

func TestWikipedia(t *testing.T) {
	batches, sum := readAll(t, dataset.Wikipedia)
	if len(batches) != 1 || sum.Facts == 0 {
		t.Fatalf("%d batches, %+v", len(batches), sum)
	}
	for _, f := range batches[0].Facts {
		if f.Kind != graph.KindCast || !strings.HasPrefix(f.Evidence, "record ") || !strings.Contains(f.Evidence, f.Person) {
			t.Fatalf("fact %+v", f)
		}
	}
}

func TestErrors(t *testing.T) {
	_, err := dataset.Read(testdata, "imdb", func(graph.Batch) error { return nil })
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("unknown dataset: %v", err)
	}
	_, err = dataset.Read(os.DirFS(t.TempDir()), dataset.JustWatch, func(graph.Batch) error { return nil })
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("missing dataset: %v", err)
	}
}
