package graphtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// The retraction cases: load the small graph's articles a1 and a2, then b
// and c; take b back; every answer must be that of a graph loaded with a1,
// a2 and c alone. b touches every kind of thing a retraction must handle:
// evidence on a credit that other articles state too, a person, a show and
// characters that only b names, a character played on a person–show pair
// that a1 joins without one, a credit that links two parts of the graph
// (IU in Squid Game), and a crew credit that c states too.

const (
	d3 = "2025-09-01"
	d4 = "2025-10-01"
)

func batchB() graph.Batch {
	f := func(kind, person, show, char, job string, seasons []int, sentence string) graph.Fact {
		return graph.Fact{Kind: kind, Person: person, Show: show, Character: char, Job: job, Seasons: seasons,
			Evidence: sentence, Article: "b", Date: d3}
	}
	return graph.Batch{Source: "b.jsonl", Facts: []graph.Fact{
		f("cast", "Lee Min-jae", "All of Us Are Dead", "", "", []int{2}, "Lee Min-jae returns to All of Us Are Dead."),
		f("cast", "Kim Si-eun", "All of Us Are Dead", "", "", []int{3}, "Kim Si-eun returns for season 3."),
		f("cast", "Kang Ha-neul", "Squid Game", "Kang Dae-ho", "", nil, "Kang Ha-neul plays Kang Dae-ho."),
		f("cast", "Park Bo-gum", "Wild Show", "", "", nil, "Park Bo-gum stars in Wild Show."),
		f("cast", "Kim Si-eun", "Squid Game", "Jun-hee", "", nil, "Kim Si-eun plays Jun-hee."),
		f("cast", "IU", "Squid Game", "", "", nil, "IU joins Squid Game."),
		f("crew", "Lee JQ", "Squid Game", "", "writer", nil, "Lee JQ writes Squid Game."),
	}}
}

func batchC() graph.Batch {
	return graph.Batch{Source: "c.jsonl", Facts: []graph.Fact{
		{Kind: "crew", Person: "Lee JQ", Show: "Squid Game", Job: "writer", Evidence: "Squid Game, written by Lee JQ.", Article: "c", Date: d4},
		{Kind: "cast", Person: "Lee Jung-jae", Show: "Squid Game", Character: "Seong Gi-hun", Seasons: []int{3},
			Evidence: "Lee Jung-jae as Seong Gi-hun.", Article: "c", Date: d4},
	}}
}

// batchB2 is b corrected.
func batchB2() graph.Batch {
	return graph.Batch{Source: "b.jsonl", Facts: []graph.Fact{
		{Kind: "cast", Person: "Kang Ha-neul", Show: "Squid Game", Character: "Kang Dae-ho", Evidence: "Kang Ha-neul plays Kang Dae-ho.", Article: "b", Date: d3},
		{Kind: "cast", Person: "Park Bo-gum", Show: "Weak Hero Class 2", Evidence: "Park Bo-gum visits Weak Hero Class 2.", Article: "b", Date: d3},
	}}
}

var retractNames = append(append([]string{}, smallNames...), "Kang Ha-neul", "Kang Dae-ho", "Wild Show", "Jun-hee",
	"Lee Jung-jae", "Seong Gi-hun")

var retractShows = []string{"All of Us Are Dead", "Squid Game", "Weak Hero Class 2", "Daily Dose of Sunshine",
	"When Life Gives You Tangerines", "Wild Show"}

var retractEnds = [][2]string{
	{"IU", "Roh Jae-won"}, {"Park Bo-gum", "Squid Game"}, {"Kang Ha-neul", "Lee Min-jae"}, {"Lee JQ", "Lee Jung-jae"},
	{"Lee Min-jae", "Roh Jae-won"}, {"Daily Dose of Sunshine", "Weak Hero Class 2"}, {"Wild Show", "IU"},
}

// answers renders every answer the retraction cases compare: the snapshot
// of their names, the linking actors of every pair of their shows, and the
// shortest path between pairs of ends, by length (stores may break ties
// apart), each path checked against the store.
func answers(t *testing.T, s graph.Store) string {
	t.Helper()
	out, err := Snapshot(ctx(), s, retractNames...)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	var b strings.Builder
	b.WriteString(out)
	for i, a := range retractShows {
		for _, c := range retractShows[i+1:] {
			links, err := s.LinkingActors(ctx(), a, c)
			if err != nil {
				fmt.Fprintf(&b, "linking %s / %s: %s\n", a, c, graph.ErrorCode(err))
				continue
			}
			fmt.Fprintf(&b, "linking %s / %s:\n%s", a, c, fmtLinks(links))
		}
	}
	for _, e := range retractEnds {
		p, err := s.ShortestPath(ctx(), e[0], e[1], 6)
		switch {
		case err != nil:
			fmt.Fprintf(&b, "path %s > %s: %s\n", e[0], e[1], graph.ErrorCode(err))
		case p == nil:
			fmt.Fprintf(&b, "path %s > %s: none\n", e[0], e[1])
		default:
			if err := graph.CheckPath(ctx(), s, p, e[0], e[1], p.Length); err != nil {
				t.Errorf("ShortestPath(%s, %s) = %s: %v", e[0], e[1], fmtPathNames(p), err)
			}
			fmt.Fprintf(&b, "path %s > %s: length %d\n", e[0], e[1], p.Length)
		}
	}
	return b.String()
}

func retracter(t *testing.T, s graph.Store) graph.Retracter {
	t.Helper()
	r, ok := s.(graph.Retracter)
	if !ok {
		t.Fatalf("%T does not implement graph.Retracter", s)
	}
	return r
}

func fmtRetract(s graph.RetractSummary) string {
	return fmt.Sprintf("articles=%d evidence-=%d credits-=%d people-=%d shows-=%d characters-=%d",
		s.Articles, s.EvidenceRemoved, s.CreditsRemoved, s.PeopleRemoved, s.ShowsRemoved, s.CharactersRemoved)
}

// loadAll loads the batches in order into s.
func loadAll(t *testing.T, s graph.Store, bs ...graph.Batch) {
	t.Helper()
	for _, b := range bs {
		load(t, s, b)
	}
}

func retractCases(open Opener) []testCase {
	return []testCase{
		{"RetractArticle", func(t *testing.T, s graph.Store) { testRetract(t, s, open) }},
		{"RetractUnknownArticle", testRetractUnknown},
		{"RetractEverything", testRetractEverything},
		{"RetractCancelled", testRetractCancelled},
		{"ReplaceArticle", func(t *testing.T, s graph.Store) { testReplace(t, s, open) }},
		{"ReplaceNewArticle", testReplaceNew},
		{"RetractSpellings", func(t *testing.T, s graph.Store) { testRetractSpellings(t, s, open) }},
	}
}

// testRetract retracts b and compares every answer with a store loaded
// without it. The opener is called again only once the first store's
// answers are kept as text (a store whose opener empties a shared database
// works too).
func testRetract(t *testing.T, s graph.Store, open Opener) {
	r := retracter(t, s)
	loadAll(t, s, batch1(), batch2(), batchB(), batchC())
	with := answers(t, s)
	sum, err := r.Retract(ctx(), []string{"b"})
	if err != nil {
		t.Fatalf("Retract(b): %v", err)
	}
	expect(t, "Retract(b)", fmtRetract(sum), "articles=1 evidence-=7 credits-=4 people-=1 shows-=1 characters-=2")
	got := answers(t, s)
	if got == with {
		t.Errorf("Retract(b) changed no answer")
	}
	// The credit c states too keeps c's statement only.
	p, err := s.Person(ctx(), "Lee JQ")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Lee JQ's crew credits after Retract(b)", fmtCredits(p.Crew), `
		crew Lee JQ | All of Us Are Dead | job=director | seasons=[2]
		  a1 2025-07-23 Co-directors Lee JQ (Daily Dose of Sunshine).
		crew Lee JQ | Daily Dose of Sunshine
		  a1 2025-07-23 Co-directors Lee JQ (Daily Dose of Sunshine).
		crew Lee JQ | Squid Game | job=writer
		  c 2025-10-01 Squid Game, written by Lee JQ.`)
	if _, err := r.Retract(ctx(), []string{"b"}); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Retract(b) a second time: %v; want ENOTFOUND", err)
	}
	// Loading b again gives back the graph it was.
	loadAll(t, s, batchB())
	again := answers(t, s)
	s2 := open(t)
	defer s2.Close()
	loadAll(t, s2, batch1(), batch2(), batchC())
	expect(t, "answers after Retract(b), against a store loaded without b", got, answers(t, s2))
	expect(t, "answers after Retract(b) and loading b again", again, with)
}

func testRetractUnknown(t *testing.T, s graph.Store) {
	r := retracter(t, s)
	loadAll(t, s, batch1(), batch2(), batchB())
	before := answers(t, s)
	_, err := r.Retract(ctx(), []string{"no-such-article"})
	expectCode(t, "Retract(unknown)", err, graph.ENOTFOUND)
	if err != nil && !strings.Contains(err.Error(), `"no-such-article"`) {
		t.Errorf("Retract(unknown): error %q does not name the article", err)
	}
	_, err = r.Retract(ctx(), []string{"b", "no-such-article"})
	expectCode(t, "Retract(b, unknown)", err, graph.ENOTFOUND)
	_, err = r.Retract(ctx(), []string{"B"})
	expectCode(t, "Retract(B): names are not folded", err, graph.ENOTFOUND)
	_, err = r.Retract(ctx(), nil)
	expectCode(t, "Retract()", err, graph.EINVALID)
	_, err = r.Retract(ctx(), []string{" "})
	expectCode(t, "Retract(blank)", err, graph.EINVALID)
	expect(t, "answers after failed retractions", answers(t, s), before)
}

func testRetractEverything(t *testing.T, s graph.Store) {
	r := retracter(t, s)
	loadSmall(t, s)
	before := answers(t, s)
	sum, err := r.Retract(ctx(), []string{"a2", "a1", "a1"})
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Retract(a1, a2)", fmtRetract(sum), "articles=2 evidence-=12 credits-=10 people-=6 shows-=5 characters-=1")
	st, err := s.Stats(ctx())
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "stats", fmtStats(st), "people=0 shows=0 characters=0 credits=0 articles=0")
	_, err = s.Show(ctx(), "Squid Game")
	expectCode(t, "Show after retracting every article", err, graph.ENOTFOUND)
	// The nodes are gone: loading the facts again makes them anew.
	expect(t, "load after retracting every article", fmtSummary(load(t, s, batch1())),
		"facts=10 people+=6 shows+=5 characters+=1 credits+=10 credits=0 evidence+=10 evidence=0")
	load(t, s, batch2())
	expect(t, "answers after loading the articles again", answers(t, s), before)
}

func testRetractCancelled(t *testing.T, s graph.Store) {
	r := retracter(t, s)
	loadAll(t, s, batch1(), batch2(), batchB())
	before := answers(t, s)
	c, cancel := context.WithCancel(ctx())
	cancel()
	if _, err := r.Retract(c, []string{"b"}); err == nil {
		t.Errorf("Retract with a cancelled context: no error")
	}
	if _, _, err := r.Replace(c, []string{"b"}, batchB2()); err == nil {
		t.Errorf("Replace with a cancelled context: no error")
	}
	expect(t, "answers after cancelled retractions", answers(t, s), before)
}

func testReplace(t *testing.T, s graph.Store, open Opener) {
	r := retracter(t, s)
	loadAll(t, s, batch1(), batch2(), batchB())
	// A bad fact in the new facts: nothing changes.
	before := answers(t, s)
	bad := batchB2()
	bad.Facts = append(bad.Facts, graph.Fact{Kind: "cast", Person: "", Show: "Squid Game", Article: "b"})
	_, _, err := r.Replace(ctx(), []string{"b"}, bad)
	expectCode(t, "Replace with a bad fact", err, graph.EINVALID)
	expect(t, "answers after a failed Replace", answers(t, s), before)

	rs, ls, err := r.Replace(ctx(), []string{"b"}, batchB2())
	if err != nil {
		t.Fatalf("Replace(b): %v", err)
	}
	expect(t, "Replace(b): retracted", fmtRetract(rs), "articles=1 evidence-=7 credits-=5 people-=1 shows-=1 characters-=2")
	expect(t, "Replace(b): loaded", fmtSummary(ls),
		"facts=2 people+=1 shows+=0 characters+=1 credits+=2 credits=0 evidence+=2 evidence=0")
	got := answers(t, s)
	s2 := open(t)
	defer s2.Close()
	loadAll(t, s2, batch1(), batch2(), batchB2())
	expect(t, "answers after Replace(b), against a store loaded with the corrected b", got, answers(t, s2))
}

func testReplaceNew(t *testing.T, s graph.Store) {
	r := retracter(t, s)
	load(t, s, batch1())
	rs, ls, err := r.Replace(ctx(), []string{"a2"}, batch2())
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Replace(a2) of an article not loaded: retracted", fmtRetract(rs), "articles=0 evidence-=0 credits-=0 people-=0 shows-=0 characters-=0")
	expect(t, "Replace(a2) of an article not loaded: loaded", fmtSummary(ls),
		"facts=2 people+=0 shows+=0 characters+=0 credits+=0 credits=2 evidence+=2 evidence=0")
	_, _, err = r.Replace(ctx(), nil, batch2())
	expectCode(t, "Replace with no article", err, graph.EINVALID)
}
