package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// injections are strings that would change a query built by pasting them
// into Cypher or into a full-text query, or that stress what a string
// parameter carries.
var injections = []string{
	`x"}) DETACH DELETE n //`,
	`x'}) DETACH DELETE n //`,
	`x"})-[r]-() DELETE r WITH 1 AS one MATCH (m) DETACH DELETE m //`,
	`' OR 1=1 //`,
	`" OR 1=1 //`,
	`' OR '1'='1`,
	`$param`,
	`$rows`,
	`$key`,
	"`backtick` name",
	"a`) MATCH (n) DETACH DELETE n //",
	"Person` {key: 'x'}) DETACH DELETE n //",
	`{key: 'injected'}`,
	`[1, 2, 3]`,
	`}]->(x) DELETE x //`,
	`'); CALL dbms.components() YIELD name RETURN name //`,
	`CALL db.index.fulltext.queryNodes('castgraph_names', '*') YIELD node DETACH DELETE node`,
	`MATCH (n) DETACH DELETE n`,
	`/* comment */ Name`,
	`\'escaped\' and \"quoted\"`,
	`back\\slash \n not a newline`,
	`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`,
	`Name + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`,
	`name:*`,
	`*:*`,
	`title~2`,
	`Star*`,
	`?ue?y`,
	`a AND b OR NOT c`,
	`AND`,
	`OR NOT`,
	`"unterminated phrase`,
	`[a TO z]`,
	`{a TO z}`,
	`/regex.*/`,
	`name^10`,
	`(unbalanced`,
	`Zoë Ünïcødé`,
	`日本語の名前`,
	`이민재`,
	`עברית العربية`,
	`emoji 😀🎬`,
	`ＦＵＬＬＷＩＤＴＨ Ｎａｍｅ`,
	"tab\tand  spaces",
	// Long strings, whose keys still fit the store's limit (maxKeyBytes)
	// three times over: a credit's key holds a person's, a show's and a
	// character's. TestKeyTooLong tries longer ones.
	"Mc" + strings.Repeat("x", 1000),           // one word longer than the full-text index's terms
	strings.Repeat("Longname ", 140),           // 1,260 characters
	strings.Repeat("word ", 250) + "end",       // more words than a full-text query may hold
	strings.Repeat(`" OR 1=1 //`, 90) + " Zed", // long and hostile
}

// TestInjection feeds injection strings through every argument of the store
// (person names, show titles, characters, jobs, evidence sentences, article
// ids, batch sources, search texts, shortest-path ends) and checks that they
// are stored and returned exactly as the embedded store does, that the
// full-text search never fails on them, and that nothing else in the graph
// changed.
func TestInjection(t *testing.T) {
	serverURI(t)
	ctx := context.Background()
	n4, em := openEmpty(t), openEmbedded(t)
	defer n4.Close()
	defer em.Close()
	same := sameAnswers(t, n4, em, "%.200s:\nneo4j:    %.500v (%v)\nembedded: %.500v (%v)")
	noQueryError := func(what string, err error) {
		t.Helper()
		if err == nil {
			return
		}
		msg := err.Error()
		if graph.ErrorCode(err) == graph.EINTERNAL || strings.Contains(msg, "Neo.") || strings.Contains(msg, "Cypher") ||
			strings.Contains(strings.ToLower(msg), "lucene") || strings.Contains(strings.ToLower(msg), "parse") {
			t.Errorf("%.200s: query error: %v", what, err)
		}
	}

	witness := graph.Batch{Source: "witness.jsonl", Facts: []graph.Fact{
		{Kind: "cast", Person: "Lee Min-jae", Show: "Weak Hero", Character: "Baek Si-eun", Evidence: "Lee Min-jae stars.", Article: "w1"},
		{Kind: "cast", Person: "Kim Si-eun", Show: "Weak Hero", Evidence: "Kim Si-eun joins.", Article: "w1"},
		{Kind: "crew", Person: "Yu Su-min", Show: "Weak Hero", Job: "director", Evidence: "Directed by Yu Su-min.", Article: "w2"},
		{Kind: "cast", Person: "Kim Si-eun", Show: "Squid Game", Seasons: []int{2}, Evidence: "Kim Si-eun in Squid Game.", Article: "w2"},
	}}
	same("load witness", func(s graph.Store) (any, error) { return s.Load(ctx, witness) })
	witnessAnswers := func() string {
		var b strings.Builder
		for _, name := range []string{"Lee Min-jae", "Kim Si-eun", "Yu Su-min"} {
			p, err := n4.Person(ctx, name)
			fmt.Fprintf(&b, "%+v %v\n", p, err)
		}
		for _, title := range []string{"Weak Hero", "Squid Game"} {
			sh, err := n4.Show(ctx, title)
			if sh != nil {
				// The injected facts add people to Weak Hero's cast.
				sh.Cast = slices.DeleteFunc(sh.Cast, func(c graph.Credit) bool {
					return !slices.Contains([]string{"person:lee min jae", "person:kim si eun"}, c.Person.ID)
				})
			}
			fmt.Fprintf(&b, "%+v %v\n", sh, err)
		}
		return b.String()
	}
	before := witnessAnswers()
	schemaBefore := schemaNames(t, n4)

	var people, shows []string
	keys := map[string]bool{}
	for i, inj := range injections {
		// A person name and a show title need a letter or a digit, and
		// each injection gets its own person and show: a spelling that
		// folds like an earlier one would be its alias.
		person, show := inj, inj
		if k := graph.PersonKey(person); k == "" || keys["person:"+k] {
			person = fmt.Sprintf("Eve%d %s", i, inj)
		}
		if k := graph.ShowKey(show); k == "" || keys["show:"+k] {
			show = fmt.Sprintf("Show%d %s", i, inj)
		}
		keys["person:"+graph.PersonKey(person)], keys["show:"+graph.ShowKey(show)] = true, true
		crewName, castName := fmt.Sprintf("Crew%d %s", i, inj), fmt.Sprintf("Cast%d %s", i, inj)
		b := graph.Batch{Source: inj, Facts: []graph.Fact{
			{Kind: "cast", Person: person, Show: show, Character: inj, Evidence: inj, Article: inj},
			{Kind: "cast", Person: person, Show: "Weak Hero", Evidence: inj + " (witness show)"},
			{Kind: "crew", Person: crewName, Show: show, Job: inj, Evidence: inj + " " + inj, Article: fmt.Sprintf("a%d", i)},
			{Kind: "cast", Person: castName, Show: show, Character: "Role " + inj, Evidence: strings.Repeat(inj, 3)},
		}}
		same(fmt.Sprintf("load %d %q", i, inj), func(s graph.Store) (any, error) { return s.Load(ctx, b) })
		people = append(people, person, crewName, castName)
		shows = append(shows, show)

		// Names come back as written (after Fact.Normalize's spacing rules).
		p, err := n4.Person(ctx, person)
		if err != nil {
			t.Errorf("Person(%.80q): %v", person, err)
			continue
		}
		if p.Name != graph.CleanSpace(person) {
			t.Errorf("Person(%.80q).Name = %.80q", person, p.Name)
		}
		found := false
		for _, c := range p.Roles {
			if c.Show.Name == graph.CleanSpace(show) && c.Character == graph.CleanSpace(inj) {
				found = true
				if len(c.Evidence) != 1 || c.Evidence[0].Sentence != graph.CleanSpace(inj) || c.Evidence[0].Article != strings.TrimSpace(inj) {
					t.Errorf("Person(%.80q): evidence %.200q, want sentence and article %.80q", person, c.Evidence, inj)
				}
			}
			if c.Show.Name == "Weak Hero" && (len(c.Evidence) != 1 || c.Evidence[0].Article != inj) {
				t.Errorf("Person(%.80q): evidence without an article should name the batch source %.80q: %.200q", person, inj, c.Evidence)
			}
		}
		if !found {
			t.Errorf("Person(%.80q) has no role %.80q in %.80q: %+.300v", person, inj, show, p.Roles)
		}
		crew, err := n4.Person(ctx, crewName)
		if err != nil || len(crew.Crew) != 1 || crew.Crew[0].Job != strings.ToLower(graph.CleanSpace(inj)) {
			t.Errorf("Person(%.80q): %+.300v %v; want the job as written, in lower case", crewName, crew, err)
		}
	}

	for i, inj := range injections {
		same(fmt.Sprintf("person %d", i), func(s graph.Store) (any, error) { return s.Person(ctx, inj) })
		same(fmt.Sprintf("show %d", i), func(s graph.Store) (any, error) { return s.Show(ctx, inj) })
		same(fmt.Sprintf("unknown person %d", i), func(s graph.Store) (any, error) { return s.Person(ctx, "Nobody "+inj) })
		same(fmt.Sprintf("search %d %.80q", i, inj), func(s graph.Store) (any, error) {
			hits, err := s.Search(ctx, inj, 50)
			if s == graph.Store(n4) {
				noQueryError(fmt.Sprintf("Search(%q)", inj), err)
			}
			return hits, err
		})
		same(fmt.Sprintf("search unknown %d", i), func(s graph.Store) (any, error) {
			hits, err := s.Search(ctx, "zzz "+inj, 50)
			if s == graph.Store(n4) {
				noQueryError(fmt.Sprintf("Search(zzz %q)", inj), err)
			}
			return hits, err
		})
		same(fmt.Sprintf("linking %d", i), func(s graph.Store) (any, error) { return s.LinkingActors(ctx, shows[i], "Weak Hero") })
		same(fmt.Sprintf("linking unknown %d", i), func(s graph.Store) (any, error) { return s.LinkingActors(ctx, "Weak Hero", "No "+inj) })
		samePath(t, n4, em, people[3*i], "Lee Min-jae", 6)
		samePath(t, n4, em, "Lee Min-jae", "Nobody "+inj, 6)
	}
	// A search text made only of characters special to the full-text query
	// syntax gives EINVALID, with a message that says so, never a query error.
	// So are texts longer than any full-text query may be.
	for _, text := range []string{`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`, `*`, `?`, `"`, `\`, `~`, `(`, `:`, `/`, `AND`, `NOT`, `OR`, `&&`,
		strings.Repeat("word ", 3000), strings.Repeat("Mc"+strings.Repeat("x", 1000)+" ", 50), strings.Repeat("z", 40000)} {
		hits, err := n4.Search(ctx, text, 10)
		noQueryError(fmt.Sprintf("Search(%.80q)", text), err)
		if err == nil && graph.PersonKey(text) == "" {
			t.Errorf("Search(%q) = %v, want an EINVALID error", text, hits)
		}
		same(fmt.Sprintf("search %.80q", text), func(s graph.Store) (any, error) { return s.Search(ctx, text, 10) })
	}

	if got := witnessAnswers(); got != before {
		t.Errorf("the witness graph changed:\n--- before\n%s\n--- after\n%s", before, got)
	}
	if got := schemaNames(t, n4); !slices.Equal(got, schemaBefore) {
		t.Errorf("indexes and constraints changed: %v, was %v", got, schemaBefore)
	}
	same("stats", func(s graph.Store) (any, error) { return s.Stats(ctx) })
	st, err := n4.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Nothing but the store's own nodes and edges: the load lock and model
	// nodes, the counted nodes, credits, one IN edge per character and one
	// CREDITED edge per person–show pair.
	counts := rawCounts(t, n4)
	pairs := creditedPairs(t, n4)
	want := fmt.Sprintf("labels=[CastgraphLock Character Person Show] nodes=%d rels=%d", st.People+st.Shows+st.Characters+2, st.Credits+st.Characters+pairs)
	if counts != want {
		t.Errorf("the database holds %s, want %s", counts, want)
	}
}

// TestKeyTooLong checks that a name too long for the store's indexes is
// refused with a clear EINVALID error and that nothing is written.
func TestKeyTooLong(t *testing.T) {
	s := openEmpty(t)
	defer s.Close()
	ctx := context.Background()
	long := strings.Repeat("y", maxKeyBytes+1)
	for _, f := range []graph.Fact{
		{Kind: "cast", Person: long, Show: "A Show"},
		{Kind: "cast", Person: "A Person", Show: long},
		{Kind: "cast", Person: "A Person", Show: "A Show", Character: long},
		{Kind: "crew", Person: strings.Repeat("p", maxKeyBytes/2), Show: strings.Repeat("s", maxKeyBytes/2), Job: "director"},
	} {
		_, err := s.Load(ctx, graph.Batch{Source: "long", Facts: []graph.Fact{{Kind: "cast", Person: "Fine", Show: "Fine"}, f}})
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "too long") {
			t.Errorf("Load of a %d-byte name: %v, want EINVALID saying it is too long", maxKeyBytes+1, err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil || st != (graph.Stats{}) {
		t.Errorf("after refused loads: %+v %v, want an empty graph", st, err)
	}
	for _, call := range []func() error{
		func() error { _, err := s.Person(ctx, long); return err },
		func() error { _, err := s.Show(ctx, long); return err },
		func() error { _, err := s.LinkingActors(ctx, long, long); return err },
		func() error { _, err := s.ShortestPath(ctx, long, long, 3); return err },
	} {
		if err := call(); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("lookup of a %d-byte name: %v, want ENOTFOUND", len(long), err)
		}
	}
	if _, err := s.Search(ctx, long, 10); err != nil {
		t.Errorf("Search of a %d-byte word: %v", len(long), err)
	}
}

// schemaNames lists the database's indexes and constraints.
func schemaNames(tb testing.TB, s *Store) []string {
	tb.Helper()
	out, err := s.read(context.Background(), "schema", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, "SHOW INDEXES YIELD name RETURN name ORDER BY name", nil)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, r := range recs {
			names = append(names, str(r, "name"))
		}
		return names, nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out.([]string)
}

// rawCounts counts every node, label and relationship in the database.
func rawCounts(tb testing.TB, s *Store) string {
	tb.Helper()
	out, err := s.read(context.Background(), "count", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, `
CALL { MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels, count(DISTINCT n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN labels, nodes, rels`, nil)
		if err != nil {
			return nil, err
		}
		labels := strs(recs[0], "labels")
		slices.Sort(labels)
		return fmt.Sprintf("labels=%v nodes=%d rels=%d", labels, integer(recs[0], "nodes"), integer(recs[0], "rels")), nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out.(string)
}

// creditedPairs checks that the CREDITED edges join exactly the person–show
// pairs that a credit joins, once each, each listing the keys of the
// characters played, and returns how many there are.
func creditedPairs(tb testing.TB, s *Store) int {
	tb.Helper()
	out, err := s.read(context.Background(), "count pairs", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return collect(ctx, tx, `
CALL {
  CALL {
    MATCH (p:Person)-[:APPEARED_IN|WORKED_ON]->(s:Show) RETURN p, s
    UNION
    MATCH (p:Person)-[:PLAYED]->(:Character)-[:IN]->(s:Show) RETURN p, s
  }
  RETURN count(*) AS pairs, count(CASE WHEN EXISTS { (p)-[:CREDITED]->(s) } THEN 1 END) AS linked
}
CALL { MATCH ()-[r:CREDITED]->() RETURN count(r) AS credited }
CALL { MATCH (p)-[r:CREDITED]->(s) WITH p, s, count(r) AS n WHERE n > 1 RETURN count(*) AS doubled }
CALL {
  MATCH (p:Person)-[l:CREDITED]->(s:Show)
  WITH l, coalesce(l.characters, []) AS got, COLLECT { MATCH (p)-[:PLAYED]->(c:Character)-[:IN]->(s) RETURN c.key } AS want
  WHERE size(got) <> size(want) OR any(k IN want WHERE NOT k IN got)
  RETURN count(l) AS wrongCharacters
}
CALL {
  MATCH (p:Person)-[l:CREDITED]->(s:Show)
  WHERE l.appeared IS NOT NULL AND l.appeared <> true OR (l.appeared IS NOT NULL) <> EXISTS { (p)-[:APPEARED_IN]->(s) }
  RETURN count(l) AS wrongAppeared
}
RETURN pairs, linked, credited, doubled, wrongCharacters, wrongAppeared`, nil)
	})
	if err != nil {
		tb.Fatal(err)
	}
	r := out.([]*driver.Record)[0]
	pairs, linked, credited, doubled := integer(r, "pairs"), integer(r, "linked"), integer(r, "credited"), integer(r, "doubled")
	wrong, wrongAppeared := integer(r, "wrongCharacters"), integer(r, "wrongAppeared")
	if linked != pairs || credited != pairs || doubled != 0 || wrong != 0 || wrongAppeared != 0 {
		tb.Errorf("CREDITED edges: %d person–show pairs have a credit, %d of them a CREDITED edge; %d CREDITED edges, %d pairs with more than one, %d whose characters are not those played, %d whose appeared flag is not whether an APPEARED_IN credit joins the pair",
			pairs, linked, credited, doubled, wrong, wrongAppeared)
	}
	return pairs
}
