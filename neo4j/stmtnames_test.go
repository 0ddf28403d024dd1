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
		return nil, exec(ctx, tx, "MATCH ()-[r:APPEARED_IN]->() REMOVE r.evNames", nil)
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

func TestStmtNamesEncoding(t *testing.T) {
	for _, tc := range []struct {
		n      stmtNames
		played bool
		want   string
	}{
		{stmtNames{seq: seqOf(2, 7), person: []string{"Ana Lima", "ANA LIMA"}, show: []string{"Squid Game"}}, false, "8589934599\tAna Lima\nANA LIMA\tSquid Game"},
		{stmtNames{seq: seqOf(1, 0), person: []string{"Kim"}, show: []string{"S"}, character: []string{"Dr. Who", "Dr Who"}}, true, "4294967296\tKim\tS\tDr. Who\nDr Who"},
		// A fact that names no character gives no spelling.
		{stmtNames{seq: seqOf(1, 1), person: []string{"Kim"}, show: []string{"S"}}, true, "4294967297\tKim\tS\t"},
		{stmtNames{seq: -1}, true, ""},
	} {
		got := encodeStmtNames(&tc.n, tc.played)
		if got != tc.want {
			t.Errorf("encodeStmtNames(%+v) = %q, want %q", tc.n, got, tc.want)
		}
		back := decodeStmtNames(got)
		if fmt.Sprintf("%+v", *back) != fmt.Sprintf("%+v", tc.n) {
			t.Errorf("decodeStmtNames(%q) = %+v, want %+v", got, *back, tc.n)
		}
	}
	for _, s := range []string{"", "x\ty\tz", "12\tonly two", "-5\ta\tb"} {
		if n := decodeStmtNames(s); n.seq >= 0 {
			t.Errorf("decodeStmtNames(%q) = %+v, want a statement of unknown spellings", s, *n)
		}
	}
}
