package neo4j

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestRetractSameAsEmbedded loads the sample facts into this store and the
// embedded one, retracts two articles from both, and expects the same
// answers from both, and CREDITED edges that join exactly the pairs a
// credit joins, with exactly the characters played.
func TestRetractSameAsEmbedded(t *testing.T) {
	serverURI(t)
	ctx := context.Background()
	n4, em := openEmpty(t), openEmbedded(t)
	defer n4.Close()
	defer em.Close()
	batches := sampleBatches(t)
	for _, b := range batches {
		for _, s := range []graph.Store{n4, em} {
			if _, err := s.Load(ctx, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	before := creditedPairs(t, n4)
	articles := []string{"all-of-us-are-dead-season-2", "netflix-korean-originals-2020"}
	got, err := n4.Retract(ctx, articles)
	if err != nil {
		t.Fatal(err)
	}
	want, err := em.Retract(ctx, articles)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || got.CreditsRemoved == 0 || got.PeopleRemoved == 0 {
		t.Errorf("Retract: neo4j %+v, embedded %+v; want the same, with credits and people removed", got, want)
	}
	if after := creditedPairs(t, n4); after >= before {
		t.Errorf("CREDITED pairs: %d before the retraction, %d after", before, after)
	}
	if len(n4.known.nodes) != 0 || n4.known.linksComplete {
		t.Errorf("the store still knows %d nodes after a retraction", len(n4.known.nodes))
	}
	same := func(what string, call func(s graph.Store) (any, error)) {
		t.Helper()
		w, werr := call(em)
		g, gerr := call(n4)
		if fmt.Sprintf("%+v %v", w, werr) != fmt.Sprintf("%+v %v", g, gerr) {
			t.Errorf("%s:\nneo4j:    %+v (%v)\nembedded: %+v (%v)", what, g, gerr, w, werr)
		}
	}
	same("stats", func(s graph.Store) (any, error) { return s.Stats(ctx) })
	var people, shows []string
	for _, b := range batches {
		for _, f := range b.Facts {
			people = append(people, f.Person)
			shows = append(shows, f.Show)
		}
	}
	slices.Sort(people)
	people = slices.Compact(people)
	slices.Sort(shows)
	shows = slices.Compact(shows)
	for _, p := range people {
		same("person "+p, func(s graph.Store) (any, error) { return s.Person(ctx, p) })
	}
	for _, sh := range shows {
		same("show "+sh, func(s graph.Store) (any, error) { return s.Show(ctx, sh) })
		same("search "+sh, func(s graph.Store) (any, error) { return s.Search(ctx, sh, 10) })
	}
	for i, a := range shows {
		for _, b := range shows[i+1:] {
			same("linking "+a+" / "+b, func(s graph.Store) (any, error) { return s.LinkingActors(ctx, a, b) })
		}
	}
	// The loads after a retraction read the graph afresh.
	for _, b := range batches {
		for _, s := range []graph.Store{n4, em} {
			if _, err := s.Load(ctx, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	if after := creditedPairs(t, n4); after != before {
		t.Errorf("CREDITED pairs: %d before the retraction, %d once its articles are loaded again", before, after)
	}
	same("stats after loading again", func(s graph.Store) (any, error) { return s.Stats(ctx) })
}
