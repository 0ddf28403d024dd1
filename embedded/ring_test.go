package embedded_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

// TestLargeBatchRing loads batches of more chunks than a load holds at once
// (its prepared facts are then a ring of chunks, reused as the log writer,
// the node stage and the merge release them): one batch of 150,000 facts
// gives the same graph as the same facts in batches of 15,000; a batch
// whose bad fact comes late fails whole and changes nothing, as does one
// cancelled midway; and the store opens again from its log to the same
// graph.
func TestLargeBatchRing(t *testing.T) {
	g, err := gen.New(gen.Config{People: 40000, Shows: 6000, Credits: 150000, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	facts := g.Next(nil, g.Len())
	ctx := context.Background()
	var shows []string
	for i := 0; i < len(facts); i += 997 {
		shows = append(shows, facts[i].Show)
	}
	snap := func(s graph.Store) string {
		t.Helper()
		out, err := graphtest.ShowsSnapshot(ctx, s, shows...)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}

	small := reopen(t, nil, t.TempDir())
	defer small.Close()
	for i := 0; i < len(facts); i += 15000 {
		if _, err := small.Load(ctx, graph.Batch{Source: "part", Facts: facts[i:min(i+15000, len(facts))]}); err != nil {
			t.Fatal(err)
		}
	}
	want := snap(small)

	dir := t.TempDir()
	big := reopen(t, nil, dir)
	bad := append([]graph.Fact(nil), facts...)
	bad[len(bad)-3].Kind = "starring"
	if _, err := big.Load(ctx, graph.Batch{Source: "bad", Facts: bad}); graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("a batch with a bad fact near its end: %v, want EINVALID", err)
	}
	c, cancel := context.WithCancel(ctx)
	time.AfterFunc(20*time.Millisecond, cancel)
	if _, err := big.Load(c, graph.Batch{Source: "part", Facts: facts}); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	if st, _ := big.Stats(ctx); st.Credits != 0 {
		// The cancelled load may have ended whole: start again from empty.
		big.Close()
		dir = t.TempDir()
		big = reopen(t, nil, dir)
	}
	if _, err := big.Load(ctx, graph.Batch{Source: "part", Facts: facts}); err != nil {
		t.Fatal(err)
	}
	if got := snap(big); got != want {
		t.Fatalf("one batch of %d facts gives another graph than batches of 15,000:\n%s\nwant\n%s", len(facts), got, want)
	}
	big = reopen(t, big, dir)
	if got := snap(big); got != want {
		t.Fatal("the store opened again gives another graph")
	}
	// Without its snapshot the store replays its log, batch by batch.
	if err := big.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, embedded.SnapshotName)); err != nil {
		t.Fatal(err)
	}
	big = reopen(t, nil, dir)
	defer big.Close()
	if got := snap(big); got != want {
		t.Fatal("the store replayed from its log gives another graph")
	}
}
