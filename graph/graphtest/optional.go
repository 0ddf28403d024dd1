package graphtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// testPinger checks, for a store that offers graph.Pinger, that an open
// store answers, that a cancelled context or a closed store gets an error,
// and that graph.Ping goes through it.
func testPinger(t *testing.T, s graph.Store) {
	p, ok := s.(graph.Pinger)
	if !ok {
		t.Skipf("%T does not offer graph.Pinger", s)
	}
	if err := p.Ping(ctx()); err != nil {
		t.Fatalf("Ping on an open store: %v", err)
	}
	if err := graph.Ping(ctx(), s); err != nil {
		t.Errorf("graph.Ping on an open store: %v", err)
	}
	c, cancel := context.WithCancel(ctx())
	cancel()
	if err := p.Ping(c); err == nil {
		t.Errorf("Ping with a cancelled context: no error")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Ping(ctx()); err == nil {
		t.Errorf("Ping on a closed store: no error")
	}
}

// testPreparer checks, for a store that offers graph.Preparer, that
// LoadPrepared of Prepare does what Load does (the same summaries and the
// same graph), that Prepare refuses a bad batch as Load does, and that a
// prepared batch keeps nothing of the batch it was made from.
func testPreparer(t *testing.T, s graph.Store) {
	p, ok := s.(graph.Preparer)
	if !ok {
		t.Skipf("%T does not offer graph.Preparer", s)
	}
	b1 := batch1()
	pb, err := p.Prepare(b1)
	if err != nil {
		t.Fatalf("Prepare(%s): %v", b1.Source, err)
	}
	if pb.Source() != b1.Source {
		t.Errorf("prepared batch's Source %q, want %q", pb.Source(), b1.Source)
	}
	for i := range b1.Facts { // the prepared batch must not see this
		b1.Facts[i].Person, b1.Facts[i].Show = "Changed After Prepare", "Changed After Prepare"
	}
	sum, err := p.LoadPrepared(ctx(), pb)
	if err != nil {
		t.Fatalf("LoadPrepared(%s): %v", pb.Source(), err)
	}
	expect(t, "first load, prepared", fmtSummary(sum),
		"facts=10 people+=6 shows+=5 characters+=1 credits+=10 credits=0 evidence+=10 evidence=0")
	pb2, err := p.Prepare(batch2())
	if err != nil {
		t.Fatal(err)
	}
	if sum, err = p.LoadPrepared(ctx(), pb2); err != nil {
		t.Fatal(err)
	}
	expect(t, "second article, prepared", fmtSummary(sum),
		"facts=2 people+=0 shows+=0 characters+=0 credits+=0 credits=2 evidence+=2 evidence=0")
	got := snapshot(t, s)
	if strings.Contains(got, "Changed After Prepare") {
		t.Errorf("the prepared batch shares memory with the batch it was made from:\n%s", got)
	}

	_, err = p.Prepare(graph.Batch{Source: "bad.jsonl", Facts: []graph.Fact{{Kind: "cast", Person: "", Show: "Squid Game", Article: "bad"}}})
	expectCode(t, "Prepare with an empty person", err, graph.EINVALID)
	expect(t, "graph after a refused Prepare", snapshot(t, s), got)
}

// testLinkLister checks, for a store that offers graph.LinkLister, that
// LinkingActorsBare gives LinkingActors' links with no evidence, its
// errors too, and that graph.LinkingActorsOf goes through it only when no
// evidence is wanted.
func testLinkLister(t *testing.T, s graph.Store) {
	l, ok := s.(graph.LinkLister)
	if !ok {
		t.Skipf("%T does not offer graph.LinkLister", s)
	}
	loadSmall(t, s)
	for _, pair := range [][2]string{{"All of Us Are Dead", "Squid Game"}, {"all of us are dead season 2", "SQUID GAME: Season 3"},
		{"All of Us Are Dead", "Daily Dose of Sunshine"}, {"Squid Game", "When Life Gives You Tangerines"}} {
		what := fmt.Sprintf("LinkingActorsBare(%q, %q)", pair[0], pair[1])
		full, err := s.LinkingActors(ctx(), pair[0], pair[1])
		if err != nil {
			t.Fatal(err)
		}
		bare, err := l.LinkingActorsBare(ctx(), pair[0], pair[1])
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for _, link := range bare {
			for _, c := range append(link.InA, link.InB...) {
				if c.Evidence != nil {
					t.Errorf("%s: %s in %s has evidence %v", what, c.Person.Name, c.Show.Name, c.Evidence)
				}
			}
		}
		for i := range full {
			for _, cs := range [][]graph.Credit{full[i].InA, full[i].InB} {
				for j := range cs {
					cs[j].Evidence = nil
				}
			}
		}
		expect(t, what, fmtLinks(bare), fmtLinks(full))
		via, err := graph.LinkingActorsOf(ctx(), s, pair[0], pair[1], false)
		if err != nil {
			t.Fatal(err)
		}
		expect(t, "LinkingActorsOf without evidence", fmtLinks(via), fmtLinks(full))
	}
	withEv, err := graph.LinkingActorsOf(ctx(), s, "All of Us Are Dead", "Squid Game", true)
	if err != nil {
		t.Fatal(err)
	}
	full, err := s.LinkingActors(ctx(), "All of Us Are Dead", "Squid Game")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "LinkingActorsOf with evidence", fmtLinks(withEv), fmtLinks(full))
	_, err = l.LinkingActorsBare(ctx(), "Squid Game", "Nonexistent Show")
	expectCode(t, "LinkingActorsBare(unknown show)", err, graph.ENOTFOUND)
}
