package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
	"github.com/castgraph/castgraph/internal/storeopen"
	"github.com/castgraph/castgraph/neo4j"
)

// seedNames are the names whose answers a copy must keep.
var seedNames = []string{"All of Us Are Dead", "Squid Game", "Weak Hero Class 2", "King the Land", "Daily Dose of Sunshine",
	"When Life Gives You Tangerines", "Roh Jae-won", "Kim Si-eun", "Lee Min-jae", "Lee JQ", "Park Ji-hu", "IU", "Han Du-seok", "Joo Dong-geun"}

// answers renders everything castgraph answers about the seed graph.
func answers(t *testing.T, s graph.Store) string {
	t.Helper()
	ctx := context.Background()
	out, err := graphtest.Snapshot(ctx, s, seedNames...)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(out)
	links, err := s.LinkingActors(ctx, "All of Us Are Dead", "Squid Game")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		b.WriteString("link " + l.Person.Name + "\n" + graphtest.FormatCredits(l.InA) + graphtest.FormatCredits(l.InB))
	}
	for _, pair := range [][2]string{{"Lee Min-jae", "Roh Jae-won"}, {"King the Land", "Weak Hero Class 2"}, {"IU", "Squid Game"}} {
		p, err := s.ShortestPath(ctx, pair[0], pair[1], 6)
		if err != nil {
			t.Fatal(err)
		}
		if p != nil {
			for _, n := range p.Nodes {
				b.WriteString(n.ID + " " + n.Name + "\n")
				for _, e := range n.Evidence {
					b.WriteString("  " + e.Article + " " + e.Sentence + "\n")
				}
			}
		}
	}
	return b.String()
}

func seedStore(t *testing.T, dir string) graph.Store {
	t.Helper()
	g := &globals{}
	sf := storeopen.Config{Kind: "embedded", DataDir: dir}
	s, err := sf.Open(context.Background(), g.log, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), graphtest.SeedBatch()); err != nil {
		t.Fatal(err)
	}
	return s
}

func testCopy(t *testing.T, to string) {
	from := filepath.Join(t.TempDir(), "from")
	src := seedStore(t, from)
	want := answers(t, src)
	src.Close()
	out, err := run(t, context.Background(), nil, "copy", "--from", from, "--to", to)
	if err != nil {
		t.Fatalf("copy: %v\n%s", err, out)
	}
	if !strings.Contains(out, "copied 19 facts (19 credits added") {
		t.Errorf("copy summary: %s", out)
	}
	dstFlags := storeAt(to)
	dst, err := dstFlags.Open(context.Background(), zerolog.Nop(), false)
	if err != nil {
		t.Fatal(err)
	}
	got := answers(t, dst)
	dst.Close()
	if got != want {
		t.Errorf("answers differ after the copy:\n--- copy\n%s\n--- original\n%s", got, want)
	}
	// Copying again changes nothing.
	out, err = run(t, context.Background(), nil, "copy", "--from", from, "--to", to)
	if err != nil || !strings.Contains(out, "(0 credits added, 19 already there)") {
		t.Errorf("second copy: %v\n%s", err, out)
	}
}

func TestCopyEmbeddedToEmbedded(t *testing.T) {
	testCopy(t, filepath.Join(t.TempDir(), "to"))
}

// TestCopyEmbeddedToNeo4j moves the seed graph into a real Neo4j server and
// compares every answer. The server's database is emptied first.
func TestCopyEmbeddedToNeo4j(t *testing.T) {
	t.Parallel() // it may wait for the Neo4j server's lock
	uri := emptyNeo4j(t)
	testCopy(t, uri)
}

// emptyNeo4j returns the URI of the test suite's Neo4j server
// (CASTGRAPH_NEO4J_URI) with its database emptied and, for the rest of the
// test, the lock of the tests that empty it. Without a server the test is
// skipped, but in CI, where scripts/test starts one, it fails.
func emptyNeo4j(t *testing.T) string {
	t.Helper()
	uri := os.Getenv("CASTGRAPH_NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CASTGRAPH_NEO4J_URI is not set in CI: scripts/test starts a Neo4j server and sets it")
		}
		t.Skip("no Neo4j server: run scripts/neo4j start, then CASTGRAPH_NEO4J_URI=$(scripts/neo4j url) go test ./cmd/castgraph")
	}
	lockNeo4jTests(t)
	wipeNeo4j(t, uri)
	return uri
}

// wipeNeo4j empties the Neo4j database at uri.
func wipeNeo4j(t *testing.T, uri string) {
	t.Helper()
	sf := storeAt(uri)
	s, err := sf.Open(context.Background(), zerolog.Nop(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.(*neo4j.Store).DeleteAll(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// lockNeo4jTests takes, for the rest of the test, the lock that every test
// process emptying the shared Neo4j server holds (see neo4j/main_test.go):
// go test runs packages in parallel.
func lockNeo4jTests(t *testing.T) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "castgraph-neo4j-tests.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
}
