package embedded_test

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

// reopen closes s (unless nil) and opens the store in dir again.
func reopen(t *testing.T, s *embedded.Store, dir string) *embedded.Store {
	t.Helper()
	if s != nil {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	s = embedded.New(embedded.Config{Dir: dir}, zerolog.New(zerolog.NewTestWriter(t)))
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func aliasBatch(article string) graph.Batch {
	return graph.Batch{Source: article, Facts: []graph.Fact{
		{Kind: "cast", Person: "ROH JAE-WON", Show: "All of Us Are Dead: Season 3", Character: "HAN DU-SEOK", Evidence: "More.", Article: article},
		{Kind: "crew", Person: "Lee JQ", Show: "Squid Game", Job: "Co-Director", Article: article},
		{Kind: "crew", Person: "Lee JQ", Show: "Squid Game", Job: "co director", Article: article},
	}}
}

// TestSnapshotAndLog checks that every way of opening gives the same answers:
// from a snapshot, from a snapshot plus later batches in the log (a crash
// before Close), from the log alone (no snapshot, or a damaged one).
func TestSnapshotAndLog(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := reopen(t, nil, dir)
	if _, err := s.Load(ctx, graphtest.SeedBatch()); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, dir) // snapshot at generation 1
	if _, err := os.Stat(filepath.Join(dir, embedded.SnapshotName)); err != nil {
		t.Fatalf("no snapshot after Close: %v", err)
	}
	if _, err := s.Load(ctx, aliasBatch("later")); err != nil {
		t.Fatal(err)
	}
	want, err := graphtest.Snapshot(ctx, s, append(names, "Lee JQ")...)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, s *embedded.Store) {
		t.Helper()
		got, err := graphtest.Snapshot(ctx, s, append(names, "Lee JQ")...)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: answers changed:\n--- got\n%s\n--- want\n%s", what, got, want)
		}
	}

	// A crash: the second batch is only in the log. Copy the directory while
	// the store is open, as a crash would leave it.
	crashed := t.TempDir()
	for _, name := range []string{embedded.FileName, embedded.SnapshotName} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(crashed, name), data, 0o644)
	}
	c := reopen(t, nil, crashed)
	check("snapshot plus log", c)
	c.Close()

	s = reopen(t, s, dir)
	check("snapshot", s)
	s.Close()

	os.Remove(filepath.Join(dir, embedded.SnapshotName))
	s = reopen(t, nil, dir)
	check("log only", s)
	s.Close()

	data, _ := os.ReadFile(filepath.Join(dir, embedded.SnapshotName))
	data[len(data)/2] ^= 0xff
	os.WriteFile(filepath.Join(dir, embedded.SnapshotName), data, 0o644)
	s = reopen(t, nil, dir)
	check("damaged snapshot", s)
	if _, err := s.Load(ctx, aliasBatch("again")); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestEarlierSnapshotLayout opens a data directory written by the store
// before evidence sentences were kept as templates (snapshot version 02):
// the snapshot is not used, the log is replayed, the answers are those of
// the same facts loaded now, and Close writes a snapshot of this version
// that the next Open uses.
func TestEarlierSnapshotLayout(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	zr, err := os.Open(filepath.Join("testdata", "snap02", embedded.FileName+".gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	gz, err := gzip.NewReader(zr)
	if err != nil {
		t.Fatal(err)
	}
	db, err := io.ReadAll(gz)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := os.ReadFile(filepath.Join("testdata", "snap02", embedded.SnapshotName))
	if err != nil {
		t.Fatal(err)
	}
	if string(snap[:8]) != "CGSNAP02" {
		t.Fatalf("fixture snapshot starts %q", snap[:8])
	}
	os.WriteFile(filepath.Join(dir, embedded.FileName), db, 0o644)
	os.WriteFile(filepath.Join(dir, embedded.SnapshotName), snap, 0o644)

	fresh := reopen(t, nil, t.TempDir())
	if _, err := fresh.Load(ctx, graphtest.SeedBatch()); err != nil {
		t.Fatal(err)
	}
	want, err := graphtest.Snapshot(ctx, fresh, names...)
	if err != nil {
		t.Fatal(err)
	}
	fresh.Close()

	s := reopen(t, nil, dir)
	for round := range 2 {
		got, err := graphtest.Snapshot(ctx, s, names...)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("round %d: answers of the earlier directory differ:\n--- got\n%s\n--- want\n%s", round, got, want)
		}
		s = reopen(t, s, dir)
	}
	s.Close()
	if now, _ := os.ReadFile(filepath.Join(dir, embedded.SnapshotName)); string(now[:6]) != "CGSNAP" || string(now[:8]) == "CGSNAP02" {
		t.Errorf("Close left a snapshot starting %q", now[:8])
	}
}

// TestSeasonsAfterSnapshot changes only the seasons of a credit read from a
// snapshot (the one change a load makes to a table in place), then checks
// the answers against a store that never closed.
func TestSeasonsAfterSnapshot(t *testing.T) {
	ctx := context.Background()
	seed := graphtest.SeedBatch()
	var more graph.Batch
	for _, f := range seed.Facts {
		if f.Kind == graph.KindCast {
			f.Seasons = append(f.Seasons, 7)
			more = graph.Batch{Source: seed.Source, Facts: []graph.Fact{f}}
			break
		}
	}
	dir := t.TempDir()
	s := reopen(t, nil, dir)
	live := reopen(t, nil, t.TempDir())
	for _, st := range []*embedded.Store{s, live} {
		if _, err := st.Load(ctx, seed); err != nil {
			t.Fatal(err)
		}
	}
	s = reopen(t, s, dir)
	for _, st := range []*embedded.Store{s, live} {
		sum, err := st.Load(ctx, more)
		if err != nil {
			t.Fatal(err)
		}
		if sum.CreditsAdded != 0 {
			t.Fatalf("the batch added %d credits; it should only change seasons", sum.CreditsAdded)
		}
	}
	want, err := graphtest.Snapshot(ctx, live, names...)
	if err != nil {
		t.Fatal(err)
	}
	for _, what := range []string{"after the load", "reopened"} {
		got, err := graphtest.Snapshot(ctx, s, names...)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: answers differ:\n--- got\n%s\n--- want\n%s", what, got, want)
		}
		s = reopen(t, s, dir)
	}
	s.Close()
	live.Close()
}
