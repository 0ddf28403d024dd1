package embedded_test

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
)

// TestFeedLogDurable checks that the feed items read outlive the process:
// recorded, closed, opened again, still read; and that a store opened
// read-only finds them too.
func TestFeedLogDurable(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	log := zerolog.New(zerolog.NewTestWriter(t))
	s := embedded.New(embedded.Config{Dir: dir}, log)
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFeedItemsRead(ctx, []string{"https://example.com/a"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		s := embedded.New(embedded.Config{Dir: dir, ReadOnly: ro}, log)
		if err := s.Open(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := s.FeedItemsRead(ctx, []string{"https://example.com/a", "https://example.com/b"})
		if err != nil || len(got) != 1 || !got["https://example.com/a"] {
			t.Errorf("read-only %v: FeedItemsRead = %v, %v; want only a", ro, got, err)
		}
		s.Close()
	}
}
