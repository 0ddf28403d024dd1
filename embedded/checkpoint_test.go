package embedded

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph/graphtest"
)

// TestSnapshotWithoutAdjacency writes the kind of snapshot a bulk load
// writes between batches (no adjacency), opens a copy of the directory as a
// crash would leave it, and checks the answers, that Open built the
// adjacency, and that Close writes a snapshot that has one.
func TestSnapshotWithoutAdjacency(t *testing.T) {
	ctx := context.Background()
	names := []string{"All of Us Are Dead", "Squid Game", "Roh Jae-won", "Lee Min-jae", "Han Du-seok", "Weak Hero Class 2"}
	dir := t.TempDir()
	s := New(Config{Dir: dir}, zerolog.New(zerolog.NewTestWriter(t)))
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, graphtest.SeedBatch()); err != nil {
		t.Fatal(err)
	}
	want, err := graphtest.Snapshot(ctx, s, names...)
	if err != nil {
		t.Fatal(err)
	}
	s.loadMu.Lock()
	s.checkpoint(false)
	s.loadMu.Unlock()

	crashed := t.TempDir()
	for _, name := range []string{FileName, SnapshotName} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(crashed, name), data, 0o644)
	}
	g, _, err := readSnapshot(crashed, s.id, s.gen)
	if err != nil || g == nil || g.adj != nil {
		t.Fatalf("snapshot read back: graph %v, adjacency %v, %v", g != nil, g != nil && g.adj != nil, err)
	}
	c := New(Config{Dir: crashed}, zerolog.New(zerolog.NewTestWriter(t)))
	if err := c.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if c.g.adj == nil || c.unsnapped != 0 {
		t.Errorf("Open: adjacency built %v, facts replayed %d", c.g.adj != nil, c.unsnapped)
	}
	got, err := graphtest.Snapshot(ctx, c, names...)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("answers differ:\n--- got\n%s\n--- want\n%s", got, want)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if g, _, err := readSnapshot(crashed, s.id, s.gen); err != nil || g == nil || g.adj == nil {
		t.Errorf("the snapshot Close wrote has no adjacency (%v)", err)
	}
}
