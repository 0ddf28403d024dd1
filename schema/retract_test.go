package schema_test

import (
	"context"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// TestRetractArticle checks that retractArticle needs the write token, takes
// an article's credits back, reports an unknown article as NOT_FOUND, and
// that ingestArticle and loadFacts with replace put an article's corrected
// facts in the place of its old ones.
func TestRetractArticle(t *testing.T) {
	const token = "s3cret-token"
	extract := func(ctx context.Context, id, text, date string) ([]graph.Fact, error) {
		var out []graph.Fact
		for _, s := range strings.Split(text, ".") {
			if who, show, ok := strings.Cut(strings.TrimSpace(s), " stars in "); ok {
				out = append(out, graph.Fact{Kind: graph.KindCast, Person: who, Show: show, Evidence: s + ".", Article: id, Date: date}.Normalize())
			}
		}
		return out, nil
	}
	store := sampleStore(t)
	url := serveWith(t, store, schema.Config{Extract: extract}, server.HandlerConfig{WriteToken: token})
	const retract = `mutation($a: String!) { retractArticle(article: $a) {
		articles articlesRetracted evidenceRemoved creditsRemoved peopleRemoved showsRemoved charactersRemoved } }`
	type retractResult struct {
		Articles                                           []string
		ArticlesRetracted, EvidenceRemoved, CreditsRemoved int
		PeopleRemoved, ShowsRemoved, CharactersRemoved     int
	}
	const ingest = `mutation($text: String!, $replace: Boolean) { ingestArticle(id: "engines-1", text: $text, replace: $replace) {
		creditsAdded peopleAdded retracted { articlesRetracted creditsRemoved peopleRemoved } } }`
	type ingestResult struct {
		CreditsAdded, PeopleAdded int
		Retracted                 *struct{ ArticlesRetracted, CreditsRemoved, PeopleRemoved int }
	}
	stats := func() graph.Stats {
		st, err := store.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	start := stats()

	status, r := gql(t, url, "", retract, map[string]any{"a": "all-of-us-are-dead-season-2"})
	if status != 401 || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Errorf("retractArticle without the token: status %d, errors %+v", status, r.Errors)
	}
	var ing struct{ IngestArticle ingestResult }
	_, r = gql(t, url, token, ingest, map[string]any{"text": "Ada Lovelace stars in Engines. Charles Babbage stars in Engines."})
	r.decode(t, &ing)
	if ing.IngestArticle.CreditsAdded != 2 || ing.IngestArticle.Retracted != nil {
		t.Errorf("ingestArticle: %+v; want 2 credits added and nothing retracted", ing.IngestArticle)
	}
	// The corrected article: Babbage was not in it.
	_, r = gql(t, url, token, ingest, map[string]any{"text": "Ada Lovelace stars in Engines.", "replace": true})
	r.decode(t, &ing)
	// The old facts go, then the new ones come, into the graph they left.
	if got := ing.IngestArticle; got.Retracted == nil || got.Retracted.ArticlesRetracted != 1 ||
		got.Retracted.CreditsRemoved != 2 || got.Retracted.PeopleRemoved != 2 || got.CreditsAdded != 1 || got.PeopleAdded != 1 {
		t.Errorf("ingestArticle with replace: %+v; want 2 credits and 2 people retracted, 1 and 1 added", got)
	}
	if _, err := store.Person(context.Background(), "Charles Babbage"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Charles Babbage after the corrected article: %v; want not found", err)
	}
	var d struct{ RetractArticle retractResult }
	_, r = gql(t, url, token, retract, map[string]any{"a": "engines-1"})
	r.decode(t, &d)
	if got := d.RetractArticle; got.ArticlesRetracted != 1 || got.CreditsRemoved != 1 || got.PeopleRemoved != 1 || got.ShowsRemoved != 1 {
		t.Errorf("retractArticle(engines-1): %+v", got)
	}
	if st := stats(); st != start {
		t.Errorf("stats after the article came and went: %+v, want %+v", st, start)
	}
	_, r = gql(t, url, token, retract, map[string]any{"a": "engines-1"})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "NOT_FOUND" || !strings.Contains(r.Errors[0].Message, `"engines-1"`) {
		t.Errorf("retractArticle of an article no longer there: %+v", r.Errors)
	}
	_, r = gql(t, url, token, retract, map[string]any{"a": " "})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("retractArticle of a blank name: %+v", r.Errors)
	}
	_, r = gql(t, url, token, retract, map[string]any{"a": "all-of-us-are-dead-season-2"})
	r.decode(t, &d)
	if got := d.RetractArticle; got.ArticlesRetracted != 1 || got.EvidenceRemoved != 19 || got.CreditsRemoved == 0 || got.PeopleRemoved == 0 {
		t.Errorf("retractArticle(all-of-us-are-dead-season-2): %+v", got)
	}
	if _, err := store.Show(context.Background(), "All of Us Are Dead"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("All of Us Are Dead after retracting its only article: %v; want not found", err)
	}
	// loadFacts with replace puts facts back in the place of their articles'.
	const load = `mutation($jsonl: String!) { loadFacts(jsonl: $jsonl, source: "fix", replace: true) {
		creditsAdded retracted { articles articlesRetracted } } }`
	var lf struct {
		LoadFacts struct {
			CreditsAdded int
			Retracted    struct {
				Articles          []string
				ArticlesRetracted int
			}
		}
	}
	_, r = gql(t, url, token, load, map[string]any{"jsonl": `{"kind":"cast","person":"Kim Si-eun","show":"Squid Game","article":"all-of-us-are-dead-season-2"}` + "\n"})
	r.decode(t, &lf)
	if got := lf.LoadFacts; got.CreditsAdded != 1 || strings.Join(got.Retracted.Articles, ",") != "all-of-us-are-dead-season-2" || got.Retracted.ArticlesRetracted != 0 {
		t.Errorf("loadFacts with replace: %+v", got)
	}
}
