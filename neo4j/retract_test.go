package neo4j

import (
	"context"
	"fmt"
	"slices"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// TestRetractSameAsEmbedded loads the sample facts into this store and the
// embedded one, retracts two articles from both, and expects the same
// answers from both (Browse's lists among them), and CREDITED edges that join exactly the pairs a
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
	for _, kind := range []string{graph.NodePerson, graph.NodeShow} {
		for _, order := range []string{graph.OrderName, graph.OrderCredits} {
			same("browse "+kind+" by "+order, func(s graph.Store) (any, error) {
				refs, total, err := s.(graph.Browser).Browse(ctx, kind, order, 0, 1000)
				return fmt.Sprint(total, refs), err
			})
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

// TestRetractWithoutStatementSeasons retracts from edges that do not say
// which statement named which season (as the bulk importer writes them):
// the credit that stays keeps all its seasons.
func TestRetractWithoutStatementSeasons(t *testing.T) {
	s := openEmpty(t)
	defer s.Close()
	ctx := context.Background()
	facts := []graph.Fact{
		{Kind: "cast", Person: "Kim Si-eun", Show: "All of Us Are Dead", Seasons: []int{2}, Evidence: "Kim Si-eun joins.", Article: "a"},
		{Kind: "cast", Person: "Kim Si-eun", Show: "All of Us Are Dead", Seasons: []int{3}, Evidence: "Kim Si-eun returns.", Article: "b"},
	}
	for _, f := range facts {
		if _, err := s.Load(ctx, graph.Batch{Source: f.Article, Facts: []graph.Fact{f}}); err != nil {
			t.Fatal(err)
		}
	}
	seasonsAfter := func(article string) string {
		t.Helper()
		if _, err := s.Retract(ctx, []string{article}); err != nil {
			t.Fatal(err)
		}
		p, err := s.Person(ctx, "Kim Si-eun")
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(p.Roles[0].Seasons)
	}
	if got := seasonsAfter("b"); got != "[2]" {
		t.Errorf("seasons after retracting b: %s, want [2]", got)
	}
	if _, err := s.Load(ctx, graph.Batch{Source: "b", Facts: facts[1:]}); err != nil {
		t.Fatal(err)
	}
	_, err := s.write(ctx, "drop evSeasons", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return nil, exec(ctx, tx, "MATCH ()-[r:APPEARED_IN]->() REMOVE r.evSeasons", nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := seasonsAfter("b"); got != "[2 3]" {
		t.Errorf("seasons after retracting b from an edge without evSeasons: %s, want [2 3]", got)
	}
}
