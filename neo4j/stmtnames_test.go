package neo4j

import (
	"context"
	"fmt"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

func TestRespell(t *testing.T) {
	for _, tc := range []struct {
		stmts []spelled
		want  string
	}{
		// The first statement's first spelling; the others sorted.
		{[]spelled{{seqOf(2, 0), []string{"B", "b"}}, {seqOf(1, 3), []string{"A"}}, {seqOf(3, 0), []string{"A", "C"}}}, "A [B C b]"},
		// A statement of unknown spellings keeps the name and aliases.
		{[]spelled{{seqOf(2, 0), []string{"B"}}, {-1, nil}}, "N [B M]"},
		// No spelling at all: as it was.
		{[]spelled{{seqOf(1, 0), nil}}, "N [M]"},
	} {
		name, aliases := respell("N", []string{"M"}, tc.stmts)
		if got := fmt.Sprintf("%s %v", name, aliases); got != tc.want {
			t.Errorf("respell(%v) = %s, want %s", tc.stmts, got, tc.want)
		}
	}
}

// TestRetractWithoutStatementSpellings retracts from edges written before
// they kept their statements' spellings: a node keeps its name and aliases
// while such a statement stays.
func TestRetractWithoutStatementSpellings(t *testing.T) {
	s := openEmpty(t)
	defer s.Close()
	ctx := context.Background()
	facts := []graph.Fact{
		{Kind: "cast", Person: "Kim Si Eun", Show: "All of Us Are Dead", Evidence: "Kim Si Eun joins.", Article: "a"},
		{Kind: "cast", Person: "Kim Si-eun", Show: "All of Us Are Dead", Evidence: "Kim Si-eun returns.", Article: "b"},
		{Kind: "cast", Person: "KIM SI-EUN", Show: "All of Us Are Dead", Evidence: "KIM SI-EUN again.", Article: "c"},
	}
	for _, f := range facts {
		if _, err := s.Load(ctx, graph.Batch{Source: f.Article, Facts: []graph.Fact{f}}); err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.write(ctx, "drop the spellings", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return nil, exec(ctx, tx, "MATCH ()-[r:APPEARED_IN]->() REMOVE r.evSeq, r.evPersons, r.evShows", nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Retract(ctx, []string{"a"}); err != nil {
		t.Fatal(err)
	}
	p, err := s.Person(ctx, "Kim Si-eun")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%s %v", p.Name, p.Aliases); got != "Kim Si Eun [KIM SI-EUN Kim Si-eun]" {
		t.Errorf("after retracting a from an edge without spellings: %s, want the name and aliases as they were", got)
	}
}
