package embedded

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

func openTestStore(t *testing.T, dir string) *Store {
	t.Helper()
	s := New(Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestCancelledLoadIsWholeOrAbsent cancels loads at random moments: each
// either fails and changes nothing, in memory and in the store file, or
// succeeds whole (its log may already be committed when the context ends).
func TestCancelledLoadIsWholeOrAbsent(t *testing.T) {
	gn, err := gen.New(gen.Config{People: 20000, Shows: 3000, Credits: 5000 * 12, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s := openTestStore(t, dir)
	ctx := context.Background()
	start := time.Now()
	if _, err := s.Load(ctx, graph.Batch{Source: "part", Facts: gn.Next(nil, 5000)}); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	loaded := 0
	for i := 0; i < 11; i++ {
		facts := gn.Next(nil, 5000)
		before, _ := s.Stats(ctx)
		gen := s.gen
		c, cancel := context.WithCancel(ctx)
		time.AfterFunc(took*time.Duration(i)/8, cancel) // from at once to after the load
		sum, err := s.Load(c, graph.Batch{Source: "part", Facts: facts})
		cancel()
		after, _ := s.Stats(ctx)
		switch {
		case errors.Is(err, context.Canceled):
			if after != before || s.gen != gen {
				t.Fatalf("load %d failed (%v) but changed the graph: %+v, was %+v", i, err, after, before)
			}
		case err != nil:
			t.Fatal(err)
		default:
			loaded++
			if sum.Facts != len(facts) || after.Credits != before.Credits+sum.CreditsAdded || s.gen != gen+1 {
				t.Fatalf("load %d: %+v, credits %d after %d", i, sum, after.Credits, before.Credits)
			}
		}
	}
	want, _ := s.Stats(ctx)
	s.Close()
	if err := os.Remove(filepath.Join(dir, SnapshotName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	s = openTestStore(t, dir) // from the log alone
	defer s.Close()
	if got, _ := s.Stats(ctx); got != want {
		t.Errorf("replaying the log gives %+v, memory had %+v", got, want)
	}
	t.Logf("%d of 11 loads went through", loaded)
}

// TestUnchangedBatchLeavesNoLog loads a batch twice: the second time it
// changes nothing, and the log does not grow.
func TestUnchangedBatchLeavesNoLog(t *testing.T) {
	gn, err := gen.New(gen.Config{People: 2000, Shows: 300, Credits: 10000, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	facts := gn.Next(nil, gn.Len())
	s := openTestStore(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Load(ctx, graph.Batch{Source: "a", Facts: facts}); err != nil {
		t.Fatal(err)
	}
	gen := s.gen
	sum, err := s.Load(ctx, graph.Batch{Source: "a", Facts: facts})
	if err != nil {
		t.Fatal(err)
	}
	if sum.CreditsAdded+sum.EvidenceAdded+sum.PeopleAdded != 0 || s.gen != gen {
		t.Errorf("loading the same facts again: %+v, generation %d after %d", sum, s.gen, gen)
	}
}
