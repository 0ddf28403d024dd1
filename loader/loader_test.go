package loader_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
	"github.com/castgraph/castgraph/loader"
)

const good = samplestore.FactsFile

func openStore(t *testing.T) graph.Store { return samplestore.Empty(t) }

func TestLoadFilesStopsAtBadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.jsonl", good)
	b := write("b.jsonl", `{"kind":"cast","person":"New Person","show":"New Show"}`+"\n"+`{"kind":"cast","person":"","show":"S"}`)
	s := openStore(t)
	l := loader.New(s, loader.Config{}, zerolog.Nop())
	sums, err := l.LoadFiles(context.Background(), []string{a, b, a}, nil)
	if err == nil || !strings.Contains(err.Error(), "b.jsonl:2: missing or empty \"person\"") {
		t.Fatalf("error %v, want one naming b.jsonl line 2", err)
	}
	if len(sums) != 1 || sums[0].CreditsAdded != 3 {
		t.Fatalf("summaries %+v, want one file with 3 credits added", sums)
	}
	if _, err := s.Person(context.Background(), "New Person"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("a person from the failed file is in the graph (err %v)", err)
	}
	// Loading the good file again changes nothing.
	again, err := l.LoadFiles(context.Background(), []string{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again[0].Changed() || again[0].CreditsExisting != 3 {
		t.Errorf("reload summary %+v, want nothing added and 3 existing", again[0].LoadSummary)
	}
}

func TestLoadStdin(t *testing.T) {
	s := openStore(t)
	l := loader.New(s, loader.Config{}, zerolog.Nop())
	sums, err := l.LoadFiles(context.Background(), []string{"-"}, strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if sums[0].File != "-" || sums[0].Facts != 3 {
		t.Errorf("summary %+v, want 3 facts from -", sums[0])
	}
	st, _ := s.Stats(context.Background())
	if st.Articles != 1 {
		t.Errorf("articles = %d, want 1 (facts from stdin keep the source name)", st.Articles)
	}
}

func TestMissingFile(t *testing.T) {
	l := loader.New(openStore(t), loader.Config{}, zerolog.Nop())
	_, err := l.LoadFile(context.Background(), filepath.Join(t.TempDir(), "nope.jsonl"))
	if err == nil || !strings.Contains(err.Error(), "nope.jsonl: cannot open: no such file") {
		t.Errorf("error %v, want one naming the missing file", err)
	}
}

// failingStore fails every load, and notes the batches it was given.
type failingStore struct {
	graph.Store
	loads chan string
}

func (f failingStore) Load(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	f.loads <- b.Source
	return graph.LoadSummary{}, graph.Errorf(graph.EUNAVAIL, "store down")
}

// TestLoadFilesReportsTheLoadNotTheReadAhead: while a file loads the next
// is read; when the load fails, its error is the one reported, not that of
// the file read ahead, and nothing after it is loaded.
func TestLoadFilesReportsTheLoadNotTheReadAhead(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(a, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	s := failingStore{Store: openStore(t), loads: make(chan string, 10)}
	l := loader.New(s, loader.Config{}, zerolog.Nop())
	sums, err := l.LoadFiles(context.Background(), []string{a, filepath.Join(dir, "missing.jsonl"), a}, nil)
	if graph.ErrorCode(err) != graph.EUNAVAIL || !strings.Contains(err.Error(), "a.jsonl") {
		t.Errorf("error %v, want the failed load of a.jsonl", err)
	}
	if len(sums) != 0 || len(s.loads) != 1 {
		t.Errorf("%d summaries and %d loads tried, want none and one", len(sums), len(s.loads))
	}
}
