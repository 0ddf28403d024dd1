package main

import (
	"bufio"
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
)

const testDatasets = "../../testdata/datasets"

func TestGenSameSeedSameFacts(t *testing.T) {
	ctx := context.Background()
	a, err := run(t, ctx, nil, "gen", "--credits", "500", "--seed", "3")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := run(t, ctx, nil, "gen", "--credits", "500", "--seed", "3")
	if a != b {
		t.Errorf("gen with one seed gave two outputs")
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(a))
	for sc.Scan() {
		var f graph.Fact
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if err := f.Validate(); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
	}
	if n != 500 {
		t.Errorf("%d facts, want 500", n)
	}
	if _, err := run(t, ctx, nil, "gen", "--credits", "10", "--people", "20"); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("gen with too few credits: %v", err)
	}
}

func TestImport(t *testing.T) {
	ctx := context.Background()
	out, err := run(t, ctx, nil, "import", "--datasets", testDatasets, "neo4j-movies")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 261 {
		t.Errorf("%d facts, want 261", n)
	}
	if !strings.Contains(out, `"evidence":"row 1: Keanu Reeves,The Matrix,ACTED_IN,\"[\"\"Neo\"\"]\""`) {
		t.Errorf("no evidence naming the row of Keanu Reeves in The Matrix:\n%.400s", out)
	}

	dir := filepath.Join(t.TempDir(), "data")
	out, err = run(t, ctx, nil, "import", "--datasets", testDatasets, "--data", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "imported 3 batches") {
		t.Errorf("output %q", out)
	}
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.ShortestPath(ctx, "Keanu Reeves", "Tom Hanks", 6)
	if err != nil || p == nil {
		t.Fatalf("shortest path Keanu Reeves to Tom Hanks: %v, %v", p, err)
	}
	if ev := p.Nodes[1].Evidence; len(ev) == 0 || ev[0].Article != "neo4j-movies/credits.csv" || !strings.HasPrefix(ev[0].Sentence, "row ") {
		t.Errorf("evidence %+v, want a row of neo4j-movies/credits.csv", ev)
	}
	if _, err := run(t, ctx, nil, "import", "--datasets", testDatasets, "imdb"); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("unknown dataset: %v", err)
	}
}

func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and queries a generated graph")
	}
	ctx := context.Background()
	out, err := run(t, ctx, nil, "bench", "--credits", "5000", "--queries", "50", "--http-for", "200ms", "--neo4j-uri", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| load (facts/s) ", "| open time ", "| linkingActors p99 ", "| shortestPath p50 ",
		"| GraphQL requests/s ", "| resident memory (VmRSS) ", "| bytes per credit (VmRSS) ", "| data directory ",
		"graph: 1000 people, 200 shows"} {
		if !strings.Contains(out, want) {
			t.Errorf("bench output lacks %q:\n%s", want, out)
		}
	}
	out, err = run(t, ctx, nil, "bench", "--dataset", "neo4j-movies", "--datasets", testDatasets, "--queries", "20", "--http-for", "100ms", "--neo4j-uri", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "datasets neo4j-movies") || !strings.Contains(out, "| shortestPath p99 ") {
		t.Errorf("bench over a dataset:\n%s", out)
	}
}

// TestBenchNeo4j runs the bench against the test server: both stores' rows,
// and the hand-written Cypher's times beside the Neo4j store's, with their
// ratio.
func TestBenchNeo4j(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and queries a generated graph in Neo4j")
	}
	uri := emptyNeo4j(t)
	out, err := run(t, context.Background(), nil, "bench", "--credits", "2000", "--queries", "20", "--http-for", "100ms", "--neo4j-uri", uri)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`\| shortestPath p50 / p99, hand-written Cypher +\| +n/a / n/a \| +[0-9.]+ ms / [0-9.]+ ms \|`),
		regexp.MustCompile(`\| linkingActors p50 / p99, hand-written Cypher +\| +n/a / n/a \| +[0-9.]+ ms / [0-9.]+ ms \|`),
		regexp.MustCompile(`\| shortestPath p50 / p99, store ÷ Cypher +\| +n/a / n/a \| +[0-9.]+× / [0-9.]+× \|`),
		regexp.MustCompile(`\| linkingActors p50 / p99, store ÷ Cypher +\| +n/a / n/a \| +[0-9.]+× / [0-9.]+× \|`),
	} {
		if !want.MatchString(out) {
			t.Errorf("bench output lacks a row like %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "note: the hand-written Cypher found") {
		t.Errorf("the hand-written Cypher and the store found different numbers of paths:\n%s", out)
	}
}
