package neo4j

import (
	"context"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// cast returns a cast fact with one piece of evidence.
func cast(person, show, character, article string) graph.Fact {
	return graph.Fact{Kind: graph.KindCast, Person: person, Show: show, Character: character,
		Evidence: person + " plays " + character + " in " + show + ".", Article: article}
}

// TestKnownNodesFollowOtherWriters loads through two stores in turn: what
// the first remembers of its own loads must not hide what the second
// wrote in between (a new spelling of a person, a new person), nor what
// DeleteAll removed. Every load must report what the embedded store
// reports for the same facts, and the graph must end the same.
func TestKnownNodesFollowOtherWriters(t *testing.T) {
	ctx := context.Background()
	a, em := openEmpty(t), openEmbedded(t)
	defer a.Close()
	defer em.Close()
	b := New(a.cfg, a.log)
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	same := sameAnswers(t, a, em, "%s:\nneo4j:    %+v (%v)\nembedded: %+v (%v)")
	load := func(via *Store, source string, facts ...graph.Fact) {
		t.Helper()
		batch := graph.Batch{Source: source, Facts: facts}
		want, werr := em.Load(ctx, batch)
		got, gerr := via.Load(ctx, batch)
		if werr != nil || gerr != nil || got != want {
			t.Fatalf("load %s: neo4j %+v (%v); embedded %+v (%v)", source, got, gerr, want, werr)
		}
	}

	load(a, "1", cast("Lee Jung-jae", "Squid Game", "Seong Gi-hun", "a1"), cast("Park Hae-soo", "Squid Game", "Cho Sang-woo", "a1"))
	// b adds a spelling of a known person, a person and a credit.
	load(b, "2", cast("Lee Jung Jae", "Squid Game", "Seong Gi-hun", "a2"), cast("Wi Ha-joon", "Squid Game", "Hwang Jun-ho", "a2"))
	// a, whose last load was 1, now touches all of them.
	load(a, "3", cast("Lee Jung-Jae", "Squid Game", "Seong Gi-hun", "a3"), cast("Wi Ha-joon", "Squid Game", "Hwang Jun-ho", "a3"),
		cast("Wi Ha-joon", "Gyeongseong Creature", "Kwon Jun-taek", "a3"))
	load(a, "4", cast("Park Hae-soo", "Squid Game", "Cho Sang-woo", "a4"))
	for _, p := range []string{"Lee Jung-jae", "Wi Ha-joon", "Park Hae-soo"} {
		same("person "+p, func(s graph.Store) (any, error) { return s.Person(ctx, p) })
	}
	same("show", func(s graph.Store) (any, error) { return s.Show(ctx, "Squid Game") })

	// b empties the graph; a must not take anything it knew as still there.
	if err := b.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	em.Close()
	em = openEmbedded(t)
	defer em.Close()
	same = sameAnswers(t, a, em, "%s:\nneo4j:    %+v (%v)\nembedded: %+v (%v)")
	load(a, "5", cast("Lee Jung-jae", "Squid Game", "Seong Gi-hun", "a5"))
	same("person after delete", func(s graph.Store) (any, error) { return s.Person(ctx, "Lee Jung-jae") })
	same("stats after delete", func(s graph.Store) (any, error) { return s.Stats(ctx) })
}

// TestKnownNodesAfterHandEdits changes the graph with Cypher, behind the
// store's loads: a node deleted by hand and one created by hand. The next
// load finds what it took as stored missing, or a node it took as new
// there, and loads again from the database alone, with the same result
// as a store that never knew anything.
func TestKnownNodesAfterHandEdits(t *testing.T) {
	ctx := context.Background()
	s := openEmpty(t)
	defer s.Close()
	hand := func(cypher string) {
		t.Helper()
		drv, err := s.driver()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := driver.ExecuteQuery(ctx, drv, cypher, nil, driver.EagerResultTransformer,
			driver.ExecuteQueryWithDatabase(s.cfg.Database)); err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
	}
	mustLoad := func(source string, facts ...graph.Fact) graph.LoadSummary {
		t.Helper()
		sum, err := s.Load(ctx, graph.Batch{Source: source, Facts: facts})
		if err != nil {
			t.Fatalf("load %s: %v", source, err)
		}
		return sum
	}
	mustLoad("1", cast("Kim Go-eun", "Goblin", "Ji Eun-tak", "a1"), cast("Gong Yoo", "Goblin", "Kim Shin", "a1"))

	hand(`CREATE (:Show {key: 'train to busan', title: 'Train to Busan', search: 'train to busan'})`)
	sum := mustLoad("2", cast("Gong Yoo", "Train to Busan", "Seok-woo", "a2"))
	if sum.ShowsAdded != 0 || sum.CreditsAdded != 1 {
		t.Errorf("load onto a show created by hand: %+v; want the show found and the credit added", sum)
	}
	sh, err := s.Show(ctx, "Train to Busan")
	if err != nil || len(sh.Cast) != 1 {
		t.Errorf("show created by hand, after the load: %+v (%v); want its one cast member", sh, err)
	}

	hand(`MATCH (p:Person {key: 'gong yoo'}) DETACH DELETE p`)
	sum = mustLoad("3", cast("Gong Yoo", "Goblin", "Kim Shin", "a3"))
	if sum.PeopleAdded != 1 || sum.CreditsAdded != 1 {
		t.Errorf("load after a person was deleted by hand: %+v; want the person and the credit added again", sum)
	}
	p, err := s.Person(ctx, "Gong Yoo")
	if err != nil || len(p.Roles) != 1 || len(p.Roles[0].Evidence) != 1 || p.Roles[0].Evidence[0].Article != "a3" {
		t.Errorf("person after the reload: %+v (%v); want one credit with the evidence of a3", p, err)
	}
}

// TestPrepare checks what graph.Preparer promises: Prepare fails as Load
// would, needs no server, and a batch is loaded only by the store that
// prepared it.
func TestPrepare(t *testing.T) {
	ctx := context.Background()
	bad := graph.Batch{Source: "bad.jsonl", Facts: []graph.Fact{cast("Kim Go-eun", "Goblin", "Ji Eun-tak", "a1"), {Kind: graph.KindCast, Show: "Goblin"}}}
	offline := New(Config{URI: "bolt://127.0.0.1:1"}, zerolog.Nop())
	_, perr := offline.Prepare(bad)
	s := openEmpty(t)
	defer s.Close()
	_, lerr := s.Load(ctx, bad)
	if perr == nil || lerr == nil || perr.Error() != lerr.Error() || graph.ErrorCode(perr) != graph.EINVALID {
		t.Errorf("Prepare: %v; Load: %v; want the same EINVALID error", perr, lerr)
	}
	good := graph.Batch{Source: "good.jsonl", Facts: bad.Facts[:1]}
	p, err := offline.Prepare(good)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadPrepared(ctx, p); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("loading a batch another store prepared: %v, want EINVALID", err)
	}
	if p, err = s.Prepare(good); err != nil {
		t.Fatal(err)
	}
	if sum, err := s.LoadPrepared(ctx, p); err != nil || sum.CreditsAdded != 1 {
		t.Errorf("LoadPrepared: %+v (%v), want one credit added", sum, err)
	}
}
