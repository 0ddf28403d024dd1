package main

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestNeo4jWait starts serve on a Neo4j address where nothing listens: with
// --neo4j-wait it tries again until the wait is over, says so in its
// error, and fails as unavailable; with --neo4j-wait 0 it fails
// on the first try.
func TestNeo4jWait(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := fmt.Sprintf("bolt://%s", l.Addr())
	l.Close() // nothing listens there now
	args := []string{"serve", "--store", "neo4j", "--neo4j-uri", uri, "--addr", "127.0.0.1:0"}

	_, err = run(t, context.Background(), nil, append(args, "--neo4j-wait", "1200ms")...)
	if graph.ErrorCode(err) != graph.EUNAVAIL {
		t.Fatalf("serve with nothing at %s: %v; want an unavailable error", uri, err)
	}
	if !strings.Contains(err.Error(), "--neo4j-wait") || !strings.Contains(err.Error(), "tried 2 times") && !strings.Contains(err.Error(), "tried 3 times") {
		t.Errorf("error %q does not say it tried again while it waited (--neo4j-wait)", err)
	}

	_, err = run(t, context.Background(), nil, append(args, "--neo4j-wait", "0")...)
	if graph.ErrorCode(err) != graph.EUNAVAIL || strings.Contains(err.Error(), "tried") {
		t.Errorf("serve --neo4j-wait 0: %v; want an unavailable error on the first try", err)
	}
}
