package embedded_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

// seedSplit returns the seed article and a second article, "other", that
// restates its facts about one show.
func seedSplit() (graph.Batch, graph.Batch) {
	seed := graphtest.SeedBatch()
	other := graph.Batch{Source: "other"}
	for _, f := range seed.Facts {
		if f.Show == "When Life Gives You Tangerines" {
			f.Article = "other"
			other.Facts = append(other.Facts, f)
		}
	}
	return seed, other
}

func openDir(t *testing.T, dir string) *embedded.Store {
	t.Helper()
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.New(zerolog.NewTestWriter(t)))
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func snap(t *testing.T, s graph.Store) string {
	t.Helper()
	out, err := graphtest.Snapshot(context.Background(), s, append(names, "When Life Gives You Tangerines", "IU", "Park Bo-gum")...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRetractSurvivesRestart retracts an article, then opens the store
// again: from the snapshot Close writes, and from the log alone.
func TestRetractSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	seed, other := seedSplit()
	s := openDir(t, dir)
	for _, b := range []graph.Batch{seed, other} {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Retract(ctx, []string{"all-of-us-are-dead-season-2"}); err != nil {
		t.Fatal(err)
	}
	want := snap(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openDir(t, dir)
	if got := snap(t, s); got != want {
		t.Errorf("after a restart from the snapshot:\n--- got\n%s\n--- want\n%s", got, want)
	}
	s.Close()
	if err := os.Remove(filepath.Join(dir, embedded.SnapshotName)); err != nil {
		t.Fatal(err)
	}
	s = openDir(t, dir)
	defer s.Close()
	if got := snap(t, s); got != want {
		t.Errorf("after a restart from the log:\n--- got\n%s\n--- want\n%s", got, want)
	}
}

// TestRetractOutdatesSnapshot puts back the snapshot written before a
// retraction, as a crash between the retraction's commit and the removal
// of the stale file would leave it: Open must not use it.
func TestRetractOutdatesSnapshot(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	seed, other := seedSplit()
	s := openDir(t, dir)
	for _, b := range []graph.Batch{seed, other} {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	s.Close() // writes the snapshot
	stale, err := os.ReadFile(filepath.Join(dir, embedded.SnapshotName))
	if err != nil {
		t.Fatal(err)
	}
	s = openDir(t, dir)
	if _, err := s.Retract(ctx, []string{"all-of-us-are-dead-season-2"}); err != nil {
		t.Fatal(err)
	}
	want := snap(t, s)
	// Put the stale snapshot back: the log ends the retraction's generation
	// on, so without the floor the snapshot would look current.
	if err := os.WriteFile(filepath.Join(dir, embedded.SnapshotName), stale, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil { // rewrites the snapshot
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, embedded.SnapshotName), stale, 0o644); err != nil {
		t.Fatal(err)
	}
	s = openDir(t, dir)
	defer s.Close()
	if got := snap(t, s); got != want {
		t.Errorf("a snapshot from before the retraction was used:\n--- got\n%s\n--- want\n%s", got, want)
	}
	if _, err := s.Show(ctx, "Squid Game"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Show(retracted show) = %v; want ENOTFOUND", err)
	}
}

// TestRetractReadOnly refuses a retraction on a store opened read-only.
func TestRetractReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openDir(t, dir)
	if _, err := s.Load(ctx, graphtest.SeedBatch()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro := embedded.New(embedded.Config{Dir: dir, ReadOnly: true}, zerolog.Nop())
	if err := ro.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Retract(ctx, []string{"all-of-us-are-dead-season-2"}); graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("Retract on a read-only store: %v; want ECONFLICT", err)
	}
}
