package embedded_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

var names = []string{"All of Us Are Dead", "Squid Game", "Roh Jae-won", "Lee Min-jae", "Han Du-seok", "Weak Hero Class 2"}

func TestRestartKeepsAnswers(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, graphtest.SeedBatch()); err != nil {
		t.Fatal(err)
	}
	before, err := graphtest.Snapshot(ctx, s, names...)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s2.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	after, err := graphtest.Snapshot(ctx, s2, names...)
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("answers changed across a restart:\n--- before\n%s\n--- after\n%s", before, after)
	}
	p, err := s2.ShortestPath(ctx, "Lee Min-jae", "Roh Jae-won", 6)
	if err != nil || p == nil || p.Length != 2 {
		t.Errorf("shortest path after restart: %v, %v", p, err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("missing directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "nope")
		err := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop()).Open(ctx)
		if graph.ErrorCode(err) != graph.ENOTFOUND || !strings.Contains(err.Error(), "nope does not exist") {
			t.Errorf("error %v, want not found naming the directory", err)
		}
	})
	t.Run("create missing directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "new", "data")
		s := embedded.New(embedded.Config{Dir: dir, Create: true}, zerolog.Nop())
		if err := s.Open(ctx); err != nil {
			t.Fatal(err)
		}
		s.Close()
	})
	t.Run("a file, not a directory", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, []byte("x"), 0o644)
		err := embedded.New(embedded.Config{Dir: f}, zerolog.Nop()).Open(ctx)
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "is not a directory") {
			t.Errorf("error %v", err)
		}
	})
	t.Run("corrupt store file", func(t *testing.T) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, embedded.FileName), []byte(strings.Repeat("not a store ", 2000)), 0o644)
		err := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop()).Open(ctx)
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "corrupt or not a castgraph store") {
			t.Errorf("error %v, want a corrupt-store error", err)
		}
	})
	t.Run("in use by another store", func(t *testing.T) {
		dir := t.TempDir()
		s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
		if err := s.Open(ctx); err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		err := embedded.New(embedded.Config{Dir: dir, LockTimeout: 50 * time.Millisecond}, zerolog.Nop()).Open(ctx)
		if graph.ErrorCode(err) != graph.ECONFLICT || !strings.Contains(err.Error(), "in use by another castgraph process") {
			t.Errorf("error %v, want in-use error", err)
		}
	})
}

func TestReadersSeeWholeBatches(t *testing.T) {
	ctx := context.Background()
	s := embedded.New(embedded.Config{Dir: t.TempDir()}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seed := graphtest.SeedBatch()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 20; i++ {
			b := seed
			b.Facts = append([]graph.Fact(nil), seed.Facts...)
			for j := range b.Facts {
				b.Facts[j].Article = "copy-" + string(rune('a'+i))
			}
			if _, err := s.Load(ctx, b); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for {
		select {
		case <-done:
			st, _ := s.Stats(ctx)
			if st.Articles != 20 || st.Credits != 19 {
				t.Errorf("final stats %+v, want 20 articles over 19 credits", st)
			}
			return
		default:
		}
		sh, err := s.Show(ctx, "All of Us Are Dead")
		if err != nil {
			continue
		}
		// Every credit of the show carries evidence from the same articles.
		n := len(sh.Cast[0].Evidence)
		for _, c := range append(sh.Cast, sh.Crew...) {
			if len(c.Evidence) != n {
				t.Fatalf("a reader saw half a batch: %s has %d statements, %s has %d",
					sh.Cast[0].Person.Name, n, c.Person.Name, len(c.Evidence))
			}
		}
	}
}
