package embedded_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

// TestReadFacts reads back, in load order, the facts of the loads that
// changed the graph, normalized and with their articles; a load that
// changed nothing is not in the log.
func TestReadFacts(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	seed := graphtest.SeedBatch()
	extra := graph.Batch{Source: "extra.jsonl", Facts: []graph.Fact{
		{Kind: graph.KindCast, Person: "  Lee   Min-jae ", Show: "Squid Game Season 3", Evidence: "No article."},
	}}
	var want []graph.Fact
	for _, b := range []graph.Batch{seed, seed, extra} {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range []graph.Batch{seed, extra} {
		for _, f := range b.Facts {
			f = f.Normalize()
			if f.Article == "" {
				f.Article = b.Source
			}
			want = append(want, f)
		}
	}

	// While the store is open, another process cannot read it.
	err := embedded.ReadFacts(ctx, dir, func([]graph.Fact) error { return nil })
	if graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("ReadFacts on an open store: %v, want ECONFLICT", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	var got []graph.Fact
	if err := embedded.ReadFacts(ctx, dir, func(facts []graph.Fact) error {
		got = append(got, facts...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadFacts gave %d facts:\n%+v\nwant %d:\n%+v", len(got), got, len(want), want)
	}
	if err := embedded.ReadFacts(ctx, t.TempDir(), func([]graph.Fact) error { return nil }); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("ReadFacts of an empty directory: %v, want ENOTFOUND", err)
	}
}
