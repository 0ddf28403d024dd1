package neo4j

import (
	"context"
	"os"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

// serverURI returns the Neo4j server the tests use, from CASTGRAPH_NEO4J_URI,
// or skips the test when none is given. The tests wipe that database: the
// test holds the server's lock (lockServer) until it ends.
func serverURI(tb testing.TB) string {
	tb.Helper()
	uri := os.Getenv("CASTGRAPH_NEO4J_URI")
	if uri == "" {
		tb.Skip("CASTGRAPH_NEO4J_URI is not set: start a server with `scripts/neo4j start`, then run " +
			"`CASTGRAPH_NEO4J_URI=bolt://127.0.0.1:7687 go test ./neo4j/` (the tests wipe that database)")
	}
	lockServer(tb)
	return uri
}

// openEmpty opens a store on the test server and deletes everything in its
// database first, so each test starts from an empty graph.
func openEmpty(tb testing.TB) *Store {
	tb.Helper()
	s := New(Config{
		URI:      serverURI(tb),
		Username: os.Getenv("CASTGRAPH_NEO4J_USER"),
		Password: os.Getenv("CASTGRAPH_NEO4J_PASSWORD"),
		Database: os.Getenv("CASTGRAPH_NEO4J_DATABASE"),
	}, zerolog.New(zerolog.NewTestWriter(tb)))
	ctx := context.Background()
	if err := s.Open(ctx); err != nil {
		tb.Fatal(err)
	}
	if err := s.DeleteAll(ctx); err != nil {
		s.Close()
		tb.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	serverURI(t)
	graphtest.TestStore(t, func(t *testing.T) graph.Store { return openEmpty(t) })
}
