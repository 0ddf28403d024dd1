// Package graphtest is the conformance suite for graph.Store: any store that
// passes TestStore keeps the contract that the loader and the GraphQL schema
// rely on, and gives the same answers as every other store that passes it.
//
// A store's own test makes one call:
//
//	func TestStore(t *testing.T) { graphtest.TestStore(t, openEmptyStore) }
//
// Answers are rendered to text before they are compared (the habit of
// pebble's data-driven tests), so a failure shows the whole answer.
package graphtest

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// Opener returns a new, empty store for one subtest. The store is closed by
// the suite; the opener may register more clean-up with t.Cleanup.
type Opener func(t *testing.T) graph.Store

// TestStore runs every case of the contract against stores made by open.
func TestStore(t *testing.T, open Opener) {
	cases := append(cases, testCase{"ExportRebuilds", func(t *testing.T, s graph.Store) { testExport(t, s, open) }})
	cases = append(cases, retractCases(open)...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			c.run(t, s)
		})
	}
}

// Cases lists the names of the suite's cases, so a store's test can say how
// many ran.
func Cases() []string {
	names := make([]string, len(cases))
	for i, c := range cases {
		names[i] = c.name
	}
	names = append(names, "ExportRebuilds")
	for _, c := range retractCases(nil) {
		names = append(names, c.name)
	}
	return names
}

type testCase struct {
	name string
	run  func(t *testing.T, s graph.Store)
}

var cases = []testCase{
	{"Empty", testEmpty},
	{"FeedLog", testFeedLog},
	{"LoadSummary", testLoadSummary},
	{"ReloadChangesNothing", testReload},
	{"EvidenceAccumulates", testEvidenceAccumulates},
	{"DuplicatesInOneBatch", testDuplicatesInBatch},
	{"BadFactLoadsNothing", testBadFact},
	{"CancelledContext", testCancelled},
	{"Show", testShow},
	{"ShowAliasesAndSubtitle", testShowAliases},
	{"Person", testPerson},
	{"NotFound", testNotFound},
	{"Search", testSearch},
	{"SearchTypos", testSearchTypos},
	{"NotFoundSuggests", testNotFoundSuggests},
	{"LinkingActors", testLinkingActors},
	{"ShortestPath", testShortestPath},
	{"ShortestPathTieBreak", testShortestPathTieBreak},
	{"ShortestPathLimits", testShortestPathLimits},
	{"CheckPath", testCheckPath},
	{"Batcher", testBatcher},
	{"LinkLister", testLinkLister},
	{"Pinger", testPinger},
	{"Preparer", testPreparer},
	{"Stats", testStats},
	{"SeedArticle", testSeedArticle},
	{"Browse", testBrowse},
}

// The small graph: two articles about a handful of Korean series.
const (
	d1 = "2025-07-23"
	d2 = "2025-08-01"
)

func batch1() graph.Batch {
	f := func(kind, person, show, char, job string, seasons []int, sentence string) graph.Fact {
		return graph.Fact{Kind: kind, Person: person, Show: show, Character: char, Job: job, Seasons: seasons,
			Evidence: sentence, Article: "a1", Date: d1}
	}
	return graph.Batch{Source: "a1.jsonl", Facts: []graph.Fact{
		f("cast", "Roh Jae-won", "All of Us Are Dead", "Han Du-seok", "", []int{2}, "Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok."),
		f("cast", "Roh Jae-won", "Squid Game Seasons 2 and 3", "", "", nil, "Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok."),
		f("cast", "Kim Si-eun", "Squid Game season 2", "", "", nil, "Kim Si-eun (Squid Game Season 2) joins."),
		f("cast", "Kim Si-eun", "All of Us Are Dead", "", "", []int{2}, "Kim Si-eun (Squid Game Season 2) joins."),
		f("cast", "Lee Min-jae", "All of Us Are Dead", "", "", []int{2}, "Lee Min-jae (Weak Hero: Class 2) joins."),
		f("cast", "Lee Min-jae", "Weak Hero: Class 2", "", "", nil, "Lee Min-jae (Weak Hero: Class 2) joins."),
		f("crew", "Lee JQ", "All of Us Are Dead", "", "director", []int{2}, "Co-directors Lee JQ (Daily Dose of Sunshine)."),
		f("crew", "Lee JQ", "Daily Dose of Sunshine", "", "", nil, "Co-directors Lee JQ (Daily Dose of Sunshine)."),
		f("cast", "Park Bo-gum", "When Life Gives You Tangerines", "", "", nil, "Tangerines (starring IU and Park Bo-gum)."),
		f("cast", "IU", "When Life Gives You Tangerines", "", "", nil, "Tangerines (starring IU and Park Bo-gum)."),
	}}
}

func batch2() graph.Batch {
	return graph.Batch{Source: "a2.jsonl", Facts: []graph.Fact{
		{Kind: "cast", Person: "Lee Min-jae", Show: "Weak Hero Class 2", Evidence: "Weak Hero Class 2 star Lee Min-jae.", Article: "a2", Date: d2},
		{Kind: "cast", Person: "Roh Jae-wön", Show: "SQUID GAME", Seasons: []int{3}, Evidence: "Roh Jae-won returns in season 3.", Article: "a2", Date: d2},
	}}
}

func load(t *testing.T, s graph.Store, b graph.Batch) graph.LoadSummary {
	t.Helper()
	sum, err := s.Load(context.Background(), b)
	if err != nil {
		t.Fatalf("Load(%s): %v", b.Source, err)
	}
	return sum
}

func loadSmall(t *testing.T, s graph.Store) {
	t.Helper()
	load(t, s, batch1())
	load(t, s, batch2())
}

// expect compares got with want line by line, ignoring indentation.
func expect(t *testing.T, what, got, want string) {
	t.Helper()
	got, want = dedent(got), dedent(want)
	if got != want {
		t.Errorf("%s:\n--- got\n%s\n--- want\n%s", what, got, want)
	}
}

func dedent(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

func expectCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

func ctx() context.Context { return context.Background() }

func testEmpty(t *testing.T, s graph.Store) {
	st, err := s.Stats(ctx())
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "stats", fmtStats(st), "people=0 shows=0 characters=0 credits=0 articles=0")
	_, err = s.Show(ctx(), "Squid Game")
	expectCode(t, "Show on empty store", err, graph.ENOTFOUND)
	hits, err := s.Search(ctx(), "squid", 10)
	if err != nil || len(hits) != 0 {
		t.Errorf("Search on empty store = %v, %v; want no hits", hits, err)
	}
}

func testLoadSummary(t *testing.T, s graph.Store) {
	expect(t, "first load", fmtSummary(load(t, s, batch1())),
		"facts=10 people+=6 shows+=5 characters+=1 credits+=10 credits=0 evidence+=10 evidence=0")
	expect(t, "second article", fmtSummary(load(t, s, batch2())),
		"facts=2 people+=0 shows+=0 characters+=0 credits+=0 credits=2 evidence+=2 evidence=0")
}

func testReload(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	before := snapshot(t, s)
	expect(t, "reload", fmtSummary(load(t, s, batch1())),
		"facts=10 people+=0 shows+=0 characters+=0 credits+=0 credits=10 evidence+=0 evidence=10")
	load(t, s, batch2())
	expect(t, "graph after reload", snapshot(t, s), before)
}

func testEvidenceAccumulates(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	p, err := s.Person(ctx(), "Roh Jae-won")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Roh Jae-won's roles", fmtCredits(p.Roles), `
		cast Roh Jae-won | All of Us Are Dead | char=Han Du-seok | seasons=[2]
		  a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.
		cast Roh Jae-won | Squid Game | seasons=[2 3]
		  a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.
		  a2 2025-08-01 Roh Jae-won returns in season 3.`)
}

func testDuplicatesInBatch(t *testing.T, s graph.Store) {
	f := graph.Fact{Kind: "cast", Person: "A Person", Show: "A Show", Evidence: "A Person stars in A Show.", Article: "x"}
	g := f
	g.Person = "a person" // same key, other spelling
	sum := load(t, s, graph.Batch{Source: "x", Facts: []graph.Fact{f, f, g}})
	expect(t, "summary", fmtSummary(sum),
		"facts=3 people+=1 shows+=1 characters+=0 credits+=1 credits=2 evidence+=1 evidence=2")
	p, err := s.Person(ctx(), "A PERSON")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "person", fmt.Sprintf("%s aliases=%v", p.Name, p.Aliases), "A Person aliases=[a person]")
}

func testBadFact(t *testing.T, s graph.Store) {
	load(t, s, batch1())
	before := snapshot(t, s)
	bad := graph.Batch{Source: "bad.jsonl", Facts: []graph.Fact{
		{Kind: "cast", Person: "New Person", Show: "New Show", Article: "bad"},
		{Kind: "cast", Person: "Roh Jae-won", Show: "Squid Game", Seasons: []int{4}, Article: "bad"},
		{Kind: "cast", Person: "", Show: "Squid Game", Article: "bad"},
	}}
	_, err := s.Load(ctx(), bad)
	expectCode(t, "Load with an empty person", err, graph.EINVALID)
	expect(t, "graph after failed load", snapshot(t, s), before)
	_, err = s.Person(ctx(), "New Person")
	expectCode(t, "Person from failed load", err, graph.ENOTFOUND)
}

func testCancelled(t *testing.T, s graph.Store) {
	c, cancel := context.WithCancel(ctx())
	cancel()
	if _, err := s.Load(c, batch1()); err == nil {
		t.Errorf("Load with a cancelled context: no error")
	}
	if _, err := s.Stats(c); err == nil {
		t.Errorf("Stats with a cancelled context: no error")
	}
	st, err := s.Stats(ctx())
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "stats after cancelled load", fmtStats(st), "people=0 shows=0 characters=0 credits=0 articles=0")
}

func testShow(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	for _, title := range []string{"All of Us Are Dead", "all of us are dead season 2", "ALL OF US ARE DEAD: Season 2"} {
		sh, err := s.Show(ctx(), title)
		if err != nil {
			t.Fatalf("Show(%q): %v", title, err)
		}
		expect(t, "Show("+title+")", fmtShow(sh), `
			show:all of us are dead All of Us Are Dead aliases=[]
			cast:
			cast Kim Si-eun | All of Us Are Dead | seasons=[2]
			  a1 2025-07-23 Kim Si-eun (Squid Game Season 2) joins.
			cast Lee Min-jae | All of Us Are Dead | seasons=[2]
			  a1 2025-07-23 Lee Min-jae (Weak Hero: Class 2) joins.
			cast Roh Jae-won | All of Us Are Dead | char=Han Du-seok | seasons=[2]
			  a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.
			crew:
			crew Lee JQ | All of Us Are Dead | job=director | seasons=[2]
			  a1 2025-07-23 Co-directors Lee JQ (Daily Dose of Sunshine).`)
	}
	sh, err := s.Show(ctx(), "squid game season 2")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Show(squid game season 2)", fmtShow(sh), `
		show:squid game Squid Game aliases=[SQUID GAME]
		cast:
		cast Kim Si-eun | Squid Game | seasons=[2]
		  a1 2025-07-23 Kim Si-eun (Squid Game Season 2) joins.
		cast Roh Jae-won | Squid Game | seasons=[2 3]
		  a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.
		  a2 2025-08-01 Roh Jae-won returns in season 3.
		crew:`)
}

func testShowAliases(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	for _, title := range []string{"Weak Hero Class 2", "weak hero: class 2", "Weak Hero — Class 2"} {
		sh, err := s.Show(ctx(), title)
		if err != nil {
			t.Fatalf("Show(%q): %v", title, err)
		}
		expect(t, "Show("+title+")", fmtShow(sh), `
			show:weak hero class 2 Weak Hero: Class 2 aliases=[Weak Hero Class 2]
			cast:
			cast Lee Min-jae | Weak Hero: Class 2
			  a1 2025-07-23 Lee Min-jae (Weak Hero: Class 2) joins.
			  a2 2025-08-01 Weak Hero Class 2 star Lee Min-jae.
			crew:`)
	}
}

func testPerson(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	p, err := s.Person(ctx(), "lee jq")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Person(lee jq)", fmtPerson(p), `
		person:lee jq Lee JQ aliases=[]
		roles:
		crew:
		crew Lee JQ | All of Us Are Dead | job=director | seasons=[2]
		  a1 2025-07-23 Co-directors Lee JQ (Daily Dose of Sunshine).
		crew Lee JQ | Daily Dose of Sunshine
		  a1 2025-07-23 Co-directors Lee JQ (Daily Dose of Sunshine).`)
	p, err = s.Person(ctx(), "ROH JAE WON")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Roh Jae-won" || fmt.Sprint(p.Aliases) != "[Roh Jae-wön]" || len(p.Roles) != 2 || len(p.Crew) != 0 {
		t.Errorf("Person(ROH JAE WON) = %s aliases=%v with %d roles, %d crew; want Roh Jae-won aliases=[Roh Jae-wön], 2 roles, 0 crew",
			p.Name, p.Aliases, len(p.Roles), len(p.Crew))
	}
}

func testNotFound(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	_, err := s.Show(ctx(), "Nonexistent Show")
	expectCode(t, "Show(unknown)", err, graph.ENOTFOUND)
	_, err = s.Person(ctx(), "Nobody Known")
	expectCode(t, "Person(unknown)", err, graph.ENOTFOUND)
	_, err = s.Person(ctx(), "All of Us Are Dead")
	expectCode(t, "Person(a show's title)", err, graph.ENOTFOUND)
	_, err = s.LinkingActors(ctx(), "Squid Game", "Nonexistent Show")
	expectCode(t, "LinkingActors(unknown show)", err, graph.ENOTFOUND)
	_, err = s.ShortestPath(ctx(), "Nobody Known", "Squid Game", 6)
	expectCode(t, "ShortestPath(unknown from)", err, graph.ENOTFOUND)
	_, err = s.Search(ctx(), "  ", 10)
	expectCode(t, "Search(blank)", err, graph.EINVALID)
}

func testSearch(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	for _, c := range []struct {
		text  string
		limit int
		want  string
	}{
		{"roh", 10, "person Roh Jae-won 0.75"},
		{"ROH JAE-WON", 10, "person Roh Jae-won 1.00"},
		{"jae", 10, "person Lee Min-jae 0.50\nperson Roh Jae-won 0.50"},
		{"jae", 1, "person Lee Min-jae 0.50"},
		{"squid game season 2", 10, "show Squid Game 1.00"},
		{"game", 10, "show Squid Game 0.50"},
		{"weak hero class 2", 10, "show Weak Hero: Class 2 1.00"},
		{"han du", 10, "character Han Du-seok (All of Us Are Dead) 0.75"},
		{"won", 10, "person Roh Jae-won 0.50"},
		{"wo", 10, "person Roh Jae-won 0.25"},
		{"lee", 10, "person Lee JQ 0.75\nperson Lee Min-jae 0.75"},
		{"É", 10, "person Kim Si-eun 0.25"},
		{"the", 10, ""},
		{"all of", 10, "show All of Us Are Dead 0.75"},
		{"su", 10, "show Daily Dose of Sunshine 0.25"},
	} {
		hits, err := s.Search(ctx(), c.text, c.limit)
		if err != nil {
			t.Errorf("Search(%q): %v", c.text, err)
			continue
		}
		expect(t, fmt.Sprintf("Search(%q, %d)", c.text, c.limit), fmtHits(hits), c.want)
	}
}

func testSearchTypos(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	load(t, s, graph.Batch{Source: "a3.jsonl", Facts: []graph.Fact{
		{Kind: "cast", Person: "Lee Min-jae", Show: "Squad Game", Evidence: "Lee Min-jae stars in Squad Game.", Article: "a3"},
	}})
	for _, c := range []struct {
		text  string
		limit int
		want  string
	}{
		// One edit in a word: inserted, deleted, replaced or swapped runes.
		{"squid gme", 10, "show Squid Game 0.175\nshow Squad Game 0.150"},
		{"sqiud game", 10, "show Squid Game 0.178"},
		{"SQUID GAEM season 2", 10, "show Squid Game 0.178\nshow Squad Game 0.156"},
		{"squd gme", 10, "show Squad Game 0.143\nshow Squid Game 0.143"}, // a tie: by name
		{"roh jae wno", 10, "person Roh Jae-won 0.178"},
		{"kim si eum", 10, "person Kim Si-eun 0.175"},
		{"han du soek", 10, "character Han Du-seok (All of Us Are Dead) 0.178"},
		// Some of the name's words score half.
		{"tangerins", 10, "show When Life Gives You Tangerines 0.089"},
		// Exact and prefix matches first, in their order; typos after them.
		{"squid game", 10, "show Squid Game 1.00\nshow Squad Game 0.178"},
		{"squid game", 1, "show Squid Game 1.00"},
		{"squid", 10, "show Squid Game 0.75\nshow Squad Game 0.080"},
		{"squad gme", 10, "show Squad Game 0.175\nshow Squid Game 0.150"},
		// No match: two edits in a word, a short word misspelt, words out
		// of order, too many words.
		{"sqiuf game", 10, ""},
		{"kim sj eun", 10, ""},
		{"lee mn jae", 10, ""},
		{"gme squid", 10, ""},
		{"the", 10, ""},
		{"a b squid gme c d e", 10, ""},
		// The longest text that is still matched with typos.
		{strings.Repeat("abcdefghijklmnopqrstuvwx ", graph.FuzzyMaxWords), 10, ""},
	} {
		hits, err := s.Search(ctx(), c.text, c.limit)
		if err != nil {
			t.Errorf("Search(%q): %v", c.text, err)
			continue
		}
		expect(t, fmt.Sprintf("Search(%q, %d)", c.text, c.limit), fmtHits(hits), c.want)
	}
}

func testNotFoundSuggests(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	load(t, s, graph.Batch{Source: "a3.jsonl", Facts: []graph.Fact{
		{Kind: "cast", Person: "Lee Jung Jae", Show: "Squid Game", Evidence: "Lee Jung Jae returns.", Article: "a3"},
		{Kind: "cast", Person: "Lee Byung-hun", Show: "Squid Game", Evidence: "Lee Byung-hun returns.", Article: "a3"},
	}})
	for _, c := range []struct {
		what string
		call func() error
		want string
	}{
		{"Show(typo)", func() error { _, err := s.Show(ctx(), "Squid Gaem"); return err },
			`no show titled "Squid Gaem"; did you mean "Squid Game"?`},
		{"Show(prefix)", func() error { _, err := s.Show(ctx(), "daily dose"); return err },
			`no show titled "daily dose"; did you mean "Daily Dose of Sunshine"?`},
		{"Show(unknown)", func() error { _, err := s.Show(ctx(), "Nonexistent Show"); return err },
			`no show titled "Nonexistent Show"`},
		{"Show(a character's name)", func() error { _, err := s.Show(ctx(), "Han Du-seok"); return err },
			`no show titled "Han Du-seok"`},
		{"Person(typo)", func() error { _, err := s.Person(ctx(), "Roh Jae-wno"); return err },
			`no person named "Roh Jae-wno"; did you mean "Roh Jae-won"?`},
		{"Person(a show's title)", func() error { _, err := s.Person(ctx(), "Squid Game"); return err },
			`no person named "Squid Game"`},
		{"Person(three at most)", func() error { _, err := s.Person(ctx(), "Lee"); return err },
			`no person named "Lee"; did you mean "Lee Byung-hun", "Lee JQ" or "Lee Jung Jae"?`},
		{"Person(two)", func() error { _, err := s.Person(ctx(), "lee j"); return err },
			`no person named "lee j"; did you mean "Lee JQ" or "Lee Jung Jae"?`},
		{"LinkingActors(typo in A)", func() error { _, err := s.LinkingActors(ctx(), "All of Us Are Daed", "Squid Game"); return err },
			`no show titled "All of Us Are Daed"; did you mean "All of Us Are Dead"?`},
		{"LinkingActors(typo in B)", func() error { _, err := s.LinkingActors(ctx(), "Squid Game", "Weak Hero Clas 2"); return err },
			`no show titled "Weak Hero Clas 2"; did you mean "Weak Hero: Class 2"?`},
		{"ShortestPath(typo in from)", func() error { _, err := s.ShortestPath(ctx(), "Roh Jae-wno", "Squid Game", 6); return err },
			`no person or show named "Roh Jae-wno"; did you mean "Roh Jae-won"?`},
		{"ShortestPath(typo in to)", func() error { _, err := s.ShortestPath(ctx(), "Lee Min-jae", "Squid Gaem", 6); return err },
			`no person or show named "Squid Gaem"; did you mean "Squid Game"?`},
		{"ShortestPath(unknown)", func() error { _, err := s.ShortestPath(ctx(), "Nobody Known", "Squid Game", 6); return err },
			`no person or show named "Nobody Known"`},
	} {
		err := c.call()
		expectCode(t, c.what, err, graph.ENOTFOUND)
		if err == nil {
			continue
		}
		if got := err.Error(); got != c.want {
			t.Errorf("%s: error %q, want %q", c.what, got, c.want)
		}
		var ge *graph.Error
		if !errors.As(err, &ge) {
			t.Errorf("%s: %T is no *graph.Error", c.what, err)
			continue
		}
		var want []string
		if _, list, ok := strings.Cut(c.want, "did you mean "); ok {
			list = strings.TrimSuffix(list, "?")
			for _, part := range strings.Split(strings.ReplaceAll(list, " or ", ", "), ", ") {
				want = append(want, strings.Trim(part, `"`))
			}
		}
		if !slices.Equal(ge.Suggestions, want) {
			t.Errorf("%s: Suggestions %q, want %q", c.what, ge.Suggestions, want)
		}
	}
}

func testLinkingActors(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	want := `
		Kim Si-eun
		  A: cast Kim Si-eun | All of Us Are Dead | seasons=[2]
		  A:   a1 2025-07-23 Kim Si-eun (Squid Game Season 2) joins.
		  B: cast Kim Si-eun | Squid Game | seasons=[2]
		  B:   a1 2025-07-23 Kim Si-eun (Squid Game Season 2) joins.
		Roh Jae-won
		  A: cast Roh Jae-won | All of Us Are Dead | char=Han Du-seok | seasons=[2]
		  A:   a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.
		  B: cast Roh Jae-won | Squid Game | seasons=[2 3]
		  B:   a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.
		  B:   a2 2025-08-01 Roh Jae-won returns in season 3.`
	for _, pair := range [][2]string{{"All of Us Are Dead", "Squid Game"}, {"all of us are dead season 2", "SQUID GAME: Season 3"}} {
		links, err := s.LinkingActors(ctx(), pair[0], pair[1])
		if err != nil {
			t.Fatal(err)
		}
		expect(t, fmt.Sprintf("LinkingActors(%q, %q)", pair[0], pair[1]), fmtLinks(links), want)
	}
	// Crew credits do not link: Lee JQ directed one show and worked on another.
	links, err := s.LinkingActors(ctx(), "All of Us Are Dead", "Daily Dose of Sunshine")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "LinkingActors through crew only", fmtLinks(links), "")
	links, err = s.LinkingActors(ctx(), "Squid Game", "When Life Gives You Tangerines")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "LinkingActors of unlinked shows", fmtLinks(links), "")
}

func testShortestPath(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	p, err := s.ShortestPath(ctx(), "Lee Min-jae", "Roh Jae-won", 6)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "ShortestPath(Lee Min-jae, Roh Jae-won)", fmtPath(p), `
		length=2
		person Lee Min-jae
		show All of Us Are Dead
		  a1 2025-07-23 Lee Min-jae (Weak Hero: Class 2) joins.
		person Roh Jae-won
		  a1 2025-07-23 Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok.`)
	// Through a crew edge, show to show.
	p, err = s.ShortestPath(ctx(), "Daily Dose of Sunshine", "Weak Hero Class 2", 6)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "ShortestPath(Daily Dose of Sunshine, Weak Hero Class 2)", fmtPathNames(p),
		"length=4: Daily Dose of Sunshine > Lee JQ > All of Us Are Dead > Lee Min-jae > Weak Hero: Class 2")
	p, err = s.ShortestPath(ctx(), "Park Bo-gum", "Roh Jae-won", 6)
	if err != nil || p != nil {
		t.Errorf("ShortestPath between unconnected people = %v, %v; want nil, nil", fmtPathNames(p), err)
	}
	p, err = s.ShortestPath(ctx(), "Squid Game", "squid game season 3", 6)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "ShortestPath to itself", fmtPathNames(p), "length=0: Squid Game")
	p, err = s.ShortestPath(ctx(), "IU", "Park Bo-gum", 2)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "ShortestPath(IU, Park Bo-gum)", fmtPathNames(p), "length=2: IU > When Life Gives You Tangerines > Park Bo-gum")
}

func testShortestPathTieBreak(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	// Two paths of length 3: through Kim Si-eun and through Roh Jae-won.
	// Either is right; each must be a path of the graph with its evidence.
	for _, dir := range [][2]string{{"Lee Min-jae", "Squid Game"}, {"Squid Game", "Lee Min-jae"}} {
		p, err := s.ShortestPath(ctx(), dir[0], dir[1], 6)
		if err != nil {
			t.Fatal(err)
		}
		if err := graph.CheckPath(ctx(), s, p, dir[0], dir[1], 3); err != nil {
			t.Errorf("ShortestPath(%s, %s) = %s: %v", dir[0], dir[1], fmtPathNames(p), err)
			continue
		}
		if via := p.Nodes[2].Name; via != "Kim Si-eun" && via != "Roh Jae-won" {
			via = p.Nodes[1].Name
			if via != "Kim Si-eun" && via != "Roh Jae-won" {
				t.Errorf("ShortestPath(%s, %s) = %s; want a path through Kim Si-eun or Roh Jae-won", dir[0], dir[1], fmtPathNames(p))
			}
		}
	}
}

// testCheckPath makes sure graph.CheckPath, by which paths are compared
// when stores may break ties alike or not, finds what is wrong with a path.
func testCheckPath(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	p, err := s.ShortestPath(ctx(), "Daily Dose of Sunshine", "Weak Hero Class 2", 6)
	if err != nil {
		t.Fatal(err)
	}
	if err := graph.CheckPath(ctx(), s, p, "Daily Dose of Sunshine", "Weak Hero Class 2", 4); err != nil {
		t.Fatalf("CheckPath of the store's own path: %v", err)
	}
	clone := func() *graph.Path {
		c := *p
		c.Nodes = append([]graph.PathNode{}, p.Nodes...)
		return &c
	}
	bad := map[string]*graph.Path{}
	c := clone()
	c.Nodes[2].Evidence = nil
	bad["evidence dropped"] = c
	c = clone()
	c.Nodes[2], c.Nodes[4] = c.Nodes[4], c.Nodes[2]
	bad["steps swapped"] = c
	c = clone()
	c.Nodes = c.Nodes[:4]
	c.Length = 3
	bad["end cut off"] = c
	for what, c := range bad {
		if err := graph.CheckPath(ctx(), s, c, "Daily Dose of Sunshine", "Weak Hero Class 2", c.Length); err == nil {
			t.Errorf("CheckPath accepted a path with its %s: %s", what, fmtPathNames(c))
		}
	}
	if err := graph.CheckPath(ctx(), s, p, "Daily Dose of Sunshine", "Weak Hero Class 2", 3); err == nil {
		t.Errorf("CheckPath accepted a path of length 4 as one of length 3")
	}
}

// testBatcher checks, for a store that offers graph.Batcher, that a batch
// answers as one Person or Show call per name does.
func testBatcher(t *testing.T, s graph.Store) {
	b, ok := s.(graph.Batcher)
	if !ok {
		t.Skipf("%T does not offer graph.Batcher", s)
	}
	loadSmall(t, s)
	people, err := b.People(ctx(), []string{"Roh Jae-won", "roh jae-wön", "Lee Min-jae", "Nobody Known", "IU"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Roh Jae-won", "Lee Min-jae", "IU"} {
		want, err := s.Person(ctx(), name)
		if err != nil {
			t.Fatal(err)
		}
		got := people[graph.PersonKey(name)]
		if got == nil {
			t.Errorf("People() has no %q (key %q)", name, graph.PersonKey(name))
			continue
		}
		expect(t, "People()["+name+"]", fmtPerson(got), fmtPerson(want))
	}
	if len(people) != 3 {
		t.Errorf("People gave %d people; want 3 (one per key, none for an unknown name)", len(people))
	}
	shows, err := b.Shows(ctx(), []string{"Squid Game", "squid game season 3", "All of Us Are Dead", "No Such Show"})
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Squid Game", "All of Us Are Dead"} {
		want, err := s.Show(ctx(), title)
		if err != nil {
			t.Fatal(err)
		}
		got := shows[graph.ShowKey(title)]
		if got == nil {
			t.Errorf("Shows() has no %q (key %q)", title, graph.ShowKey(title))
			continue
		}
		expect(t, "Shows()["+title+"]", fmtShow(got), fmtShow(want))
	}
	if len(shows) != 2 {
		t.Errorf("Shows gave %d shows; want 2", len(shows))
	}
	if got, err := b.People(ctx(), nil); err != nil || len(got) != 0 {
		t.Errorf("People(nil) = %d people, %v; want none, no error", len(got), err)
	}
}

func testShortestPathLimits(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	p, err := s.ShortestPath(ctx(), "Lee Min-jae", "Squid Game", 2)
	if err != nil || p != nil {
		t.Errorf("ShortestPath past maxHops = %v, %v; want nil, nil", fmtPathNames(p), err)
	}
	p, err = s.ShortestPath(ctx(), "Lee Min-jae", "Squid Game", 3)
	if err != nil || p == nil || p.Length != 3 {
		t.Errorf("ShortestPath at exactly maxHops = %v, %v; want length 3", fmtPathNames(p), err)
	}
	for _, hops := range []int{0, -1, graph.MaxHopsLimit + 1} {
		_, err := s.ShortestPath(ctx(), "Lee Min-jae", "Squid Game", hops)
		expectCode(t, fmt.Sprintf("ShortestPath(maxHops=%d)", hops), err, graph.EINVALID)
	}
}

func testStats(t *testing.T, s graph.Store) {
	loadSmall(t, s)
	st, err := s.Stats(ctx())
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "stats", fmtStats(st), "people=6 shows=5 characters=1 credits=10 articles=2")
}

//go:embed testdata/all-of-us-are-dead-season-2.jsonl
var seedFacts []byte

// SeedBatch returns the facts of the seed article (All of Us Are Dead,
// season 2), with the sentence each one rests on.
func SeedBatch() graph.Batch {
	b := graph.Batch{Source: "all-of-us-are-dead-season-2.jsonl"}
	sc := bufio.NewScanner(bytes.NewReader(seedFacts))
	for sc.Scan() {
		var f graph.Fact
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			panic(fmt.Sprintf("graphtest: seed facts: %v", err))
		}
		b.Facts = append(b.Facts, f)
	}
	return b
}

func testSeedArticle(t *testing.T, s graph.Store) {
	sum := load(t, s, SeedBatch())
	if sum.Facts != 19 || sum.CreditsAdded != 19 {
		t.Errorf("seed load: %s; want 19 facts, 19 credits added", fmtSummary(sum))
	}
	links, err := s.LinkingActors(ctx(), "All of Us Are Dead", "Squid Game")
	if err != nil {
		t.Fatal(err)
	}
	const (
		trio = "Lee Min-jae (Weak Hero: Class 2), Kim Si-eun (Squid Game Season 2), and Yoon Ga-i join the cast as a trio of gritty uni seniors who’ve developed their own tactics for surviving the undead."
		roh  = "Also entering the fray is Roh Jae-won (Squid Game Seasons 2 and 3) as Han Du-seok, a National Intelligence Service team leader whose involvement signals a wider scope for the outbreak’s impact – and more political intrigue."
	)
	var names []string
	for _, l := range links {
		names = append(names, l.Person.Name)
		want := trio
		if l.Person.Name == "Roh Jae-won" {
			want = roh
		}
		for _, c := range append(append([]graph.Credit{}, l.InA...), l.InB...) {
			if len(c.Evidence) != 1 || c.Evidence[0].Sentence != want {
				t.Errorf("%s in %s: evidence %v; want the sentence %q", l.Person.Name, c.Show.Name, c.Evidence, want)
			}
		}
	}
	expect(t, "linking actors", strings.Join(names, ", "), "Kim Si-eun, Roh Jae-won")
	p, err := s.ShortestPath(ctx(), "Lee Min-jae", "Roh Jae-won", 6)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "shortest path", fmtPathNames(p), "length=2: Lee Min-jae > All of Us Are Dead > Roh Jae-won")
	sh, err := s.Show(ctx(), "squid game season 2")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "show(squid game season 2)", sh.Name, "Squid Game")
}

// testExport exports the small graph, loads the facts into a new store and
// expects the same answers. The opener is called twice: a store whose
// opener empties a shared database works too, since the first answers are
// kept as text.
func testExport(t *testing.T, s graph.Store, open Opener) {
	if _, ok := s.(graph.Lister); !ok {
		t.Fatalf("%T does not implement graph.Lister, so it cannot be exported or copied", s)
	}
	loadSmall(t, s)
	want := snapshot(t, s)
	var facts []graph.Fact
	if err := graph.Export(ctx(), s, func(f graph.Fact) error { facts = append(facts, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(facts) != 15 { // 12 statements, 1 person alias, 2 show aliases
		t.Errorf("exported %d facts, want 15", len(facts))
	}
	s2 := open(t)
	defer s2.Close()
	load(t, s2, graph.Batch{Source: "export", Facts: facts})
	expect(t, "graph rebuilt from its export", snapshot(t, s2), want)
}
