package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
)

// openData opens the embedded store in dir, once the command is done with it.
func openData(t *testing.T, dir string) *embedded.Store {
	t.Helper()
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestRetract ingests two sample articles, retracts one, and checks that
// its credits and the nodes only it named are gone and the other's stay;
// then that ingest --replace puts a corrected article in the place of its
// first version.
func TestRetract(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	articles := t.TempDir()
	aouad, err := os.ReadFile(filepath.Join("..", "..", "samples", "articles", "all-of-us-are-dead-season-2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	split, err := os.ReadFile(filepath.Join("..", "..", "samples", "articles", "the-split.txt"))
	if err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(articles, "aouad.txt")
	second := filepath.Join(articles, "the-split.txt")
	os.WriteFile(first, aouad, 0o644)
	os.WriteFile(second, split, 0o644)
	if out, err := run(t, ctx, nil, "ingest", "--data", dir, first, second); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	s := openData(t, dir)
	before, err := s.Stats(ctx)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}

	out, err := run(t, ctx, nil, "retract", "--data", dir, "aouad")
	if err != nil {
		t.Fatalf("retract: %v\n%s", err, out)
	}
	if !strings.Contains(out, "retracted 1 article: ") || !strings.Contains(out, "characters left with none removed") {
		t.Errorf("retract output: %s", out)
	}
	s = openData(t, dir)
	if _, err := s.Show(ctx, "All of Us Are Dead"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Show(All of Us Are Dead) after retracting its article: %v; want not found", err)
	}
	if _, err := s.Show(ctx, "The Split"); err != nil {
		t.Errorf("Show(The Split) after retracting another article: %v", err)
	}
	after, _ := s.Stats(ctx)
	s.Close()
	if after.Articles != 1 || after.Credits >= before.Credits || after.People >= before.People {
		t.Errorf("stats: %+v before the retraction, %+v after", before, after)
	}

	// An article the graph does not hold: bad input (exit status 2), an
	// error that names it, and nothing changes.
	out, err = run(t, ctx, nil, "retract", "--data", dir, "aouad", "the-split")
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), `"aouad"`) || exitCode(err) != 2 {
		t.Errorf("retract of an article no longer held: %v (exit %d)\n%s", err, exitCode(err), out)
	}
	s = openData(t, dir)
	if st, _ := s.Stats(ctx); st != after {
		t.Errorf("stats after a failed retraction: %+v, want %+v", st, after)
	}
	s.Close()
	for _, args := range [][]string{{"retract", "--data", dir}, {"retract", "--data", filepath.Join(dir, "nope"), "x"}} {
		if _, err := run(t, ctx, nil, args...); err == nil {
			t.Errorf("%q: no error", args)
		}
	}

	// The first version again, then a corrected one without Roh Jae-won.
	if out, err := run(t, ctx, nil, "ingest", "--data", dir, first); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	var kept []string
	for _, line := range strings.Split(string(aouad), "\n") {
		if !strings.Contains(line, "Roh Jae-won") {
			kept = append(kept, line)
		}
	}
	os.WriteFile(first, []byte(strings.Join(kept, "\n")), 0o644)
	out, err = run(t, ctx, nil, "ingest", "--data", dir, "--replace", first)
	if err != nil {
		t.Fatalf("ingest --replace: %v\n%s", err, out)
	}
	if !strings.Contains(out, "took back the earlier facts of 1 article") {
		t.Errorf("ingest --replace output: %s", out)
	}
	s = openData(t, dir)
	if _, err := s.Person(ctx, "Roh Jae-won"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Person(Roh Jae-won) after the corrected article: %v; want not found", err)
	}
	if _, err := s.Person(ctx, "Park Ji-hu"); err != nil {
		t.Errorf("Person(Park Ji-hu) after the corrected article: %v", err)
	}
}

// TestRetractArticleServed retracts an article through a running server
// (whose store is wrapped for its metrics), and lists what is left with
// the shows connection.
func TestRetractArticleServed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	facts := filepath.Join("..", "..", "samples", "facts", "all-of-us-are-dead-season-2.jsonl")
	if out, err := run(t, context.Background(), nil, "load", "--data", dir, facts); err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
	url, stop := startServer(t, "serve", "--data", dir, "--write-token", "tok")
	defer stop()
	body, _ := json.Marshal(map[string]string{"query": `mutation { retractArticle(article: "all-of-us-are-dead-season-2") { creditsRemoved showsRemoved } }`})
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data struct {
			RetractArticle struct{ CreditsRemoved, ShowsRemoved int }
		}
		Errors []any
	}
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if len(out.Errors) > 0 || out.Data.RetractArticle.CreditsRemoved != 19 || out.Data.RetractArticle.ShowsRemoved != 6 {
		t.Errorf("retractArticle: %+v", out)
	}
	data := query(t, url, `{ shows(first: 5) { totalCount } }`)
	if got := data["shows"].(map[string]any)["totalCount"]; got != float64(0) {
		t.Errorf("shows after retracting the only article: totalCount %v, want 0", got)
	}
}
