package graphtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// The spelling cases: a node's display name is the spelling of the first
// fact that named it, its aliases the other spellings; after a retraction
// they are those the articles left give, as in a graph loaded without the
// retracted ones. s1 gives the first spelling of Lee Min-jae, of Weak Hero
// Class 2 and of Park Hu-min, and spellings no other article uses; s2 and
// s3 spell them otherwise, and s3 spells Lee Min-jae as s1 did: once s1 is
// gone the name is s2's, which came first, not the one s3 shares with s1.

func spellBatches() []graph.Batch {
	cast := func(article, person, show, char, sentence string) graph.Fact {
		return graph.Fact{Kind: graph.KindCast, Person: person, Show: show, Character: char,
			Evidence: sentence, Article: article, Date: d3}
	}
	return []graph.Batch{
		{Source: "s1.jsonl", Facts: []graph.Fact{
			cast("s1", "Lee Min Jae", "Weak Hero: Class 2", "PARK HU-MIN", "Lee Min Jae plays Park Hu-min in Weak Hero: Class 2."),
			cast("s1", "Choi Hyun-wook", "Weak Hero: Class 2", "", "Choi Hyun-wook stars."),
			cast("s1", "Hong Kyung", "WEAK HERO Class 2", "", "Hong Kyung joins."),
		}},
		{Source: "s2.jsonl", Facts: []graph.Fact{
			cast("s2", "Lee Min-jae", "Weak Hero Class 2", "Park Hu-min", "Lee Min-jae is Park Hu-min."),
			cast("s2", "Choi Hyun-wook", "Weak Hero Class 2", "", "Choi Hyun-wook returns."),
		}},
		{Source: "s3.jsonl", Facts: []graph.Fact{
			cast("s3", "Lee Min Jae", "WEAK HERO CLASS 2", "Park Hu Min", "Lee Min Jae, again."),
			// The same statement, spelled another way.
			cast("s3", "Lee Min-Jae", "Weak Hero Class 2", "Park Hu-min", "Lee Min Jae, again."),
			cast("s3", "Hong Kyung", "Weak Hero Class 2", "", "Hong Kyung is back."),
		}},
	}
}

// spellings renders the names and aliases of the spelling cases' nodes, and
// the snapshot of their answers.
func spellings(t *testing.T, s graph.Store) string {
	t.Helper()
	out := ""
	for _, n := range []string{"Lee Min-jae", "Choi Hyun-wook", "Hong Kyung"} {
		p, err := s.Person(ctx(), n)
		if err != nil {
			out += fmt.Sprintf("person %s: %s\n", n, graph.ErrorCode(err))
			continue
		}
		out += fmt.Sprintf("person %s aliases=%v\n", p.Name, p.Aliases)
		for _, c := range p.Roles {
			out += fmt.Sprintf("  as %q in %s\n", c.Character, c.Show.Name)
		}
	}
	sh, err := s.Show(ctx(), "weak hero class 2")
	if err != nil {
		t.Fatalf("Show(weak hero class 2): %v", err)
	}
	out += fmt.Sprintf("show %s aliases=%v\n", sh.Name, sh.Aliases)
	snap, err := Snapshot(ctx(), s, "Lee Min-jae", "Choi Hyun-wook", "Hong Kyung", "Weak Hero Class 2", "Park Hu-min")
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	return out + snap
}

func testRetractSpellings(t *testing.T, s graph.Store, open Opener) {
	r := retracter(t, s)
	bs := spellBatches()
	loadAll(t, s, bs...)
	expect(t, "spellings before the retraction", firstLines(spellings(t, s), 7), `
		person Lee Min Jae aliases=[Lee Min-Jae Lee Min-jae]
		  as "PARK HU-MIN" in Weak Hero: Class 2
		person Choi Hyun-wook aliases=[]
		  as "" in Weak Hero: Class 2
		person Hong Kyung aliases=[]
		  as "" in Weak Hero: Class 2
		show Weak Hero: Class 2 aliases=[WEAK HERO CLASS 2 WEAK HERO Class 2 Weak Hero Class 2]`)
	if _, err := r.Retract(ctx(), []string{"s1"}); err != nil {
		t.Fatalf("Retract(s1): %v", err)
	}
	got := spellings(t, s)
	// s2 came first of those left; s3 still spells Lee Min Jae; the
	// spelling "WEAK HERO Class 2" was s1's alone.
	expect(t, "spellings after Retract(s1)", firstLines(got, 7), `
		person Lee Min-jae aliases=[Lee Min Jae Lee Min-Jae]
		  as "Park Hu-min" in Weak Hero Class 2
		person Choi Hyun-wook aliases=[]
		  as "" in Weak Hero Class 2
		person Hong Kyung aliases=[]
		  as "" in Weak Hero Class 2
		show Weak Hero Class 2 aliases=[WEAK HERO CLASS 2]`)
	s2 := open(t)
	loadAll(t, s2, bs[1], bs[2])
	want := spellings(t, s2)
	s2.Close()
	expect(t, "answers after Retract(s1), against a store loaded without s1", got, want)

	// Then s2: s3's spellings alone, its first fact's first.
	if _, err := r.Retract(ctx(), []string{"s2"}); err != nil {
		t.Fatalf("Retract(s2): %v", err)
	}
	got = spellings(t, s)
	expect(t, "spellings after Retract(s2)", firstLines(got, 6), `
		person Lee Min Jae aliases=[Lee Min-Jae]
		  as "Park Hu Min" in WEAK HERO CLASS 2
		person Choi Hyun-wook: not_found
		person Hong Kyung aliases=[]
		  as "" in WEAK HERO CLASS 2
		show WEAK HERO CLASS 2 aliases=[Weak Hero Class 2]`)
	s3 := open(t)
	loadAll(t, s3, bs[2])
	want = spellings(t, s3)
	s3.Close()
	expect(t, "answers after Retract(s1, s2), against a store loaded with s3 alone", got, want)

	// Replace: the corrected s2 comes after s3, so s3's spellings stay
	// the names.
	if _, _, err := r.Replace(ctx(), []string{"s3"}, bs[1]); err != nil {
		t.Fatalf("Replace(s3 with s2): %v", err)
	}
	got = spellings(t, s)
	s4 := open(t)
	defer s4.Close()
	loadAll(t, s4, bs[1])
	expect(t, "answers after Replace(s3 with s2), against a store loaded with s2 alone", got, spellings(t, s4))
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	return strings.Join(lines[:min(n, len(lines))], "")
}
