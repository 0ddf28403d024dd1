package embedded_test

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

func openStore(t *testing.T) graph.Store {
	t.Helper()
	s := embedded.New(embedded.Config{Dir: t.TempDir()}, zerolog.New(zerolog.NewTestWriter(t)))
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { graphtest.TestStore(t, openStore) }
