package gen_test

import (
	"slices"
	"testing"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

func TestSameSeedSameFacts(t *testing.T) {
	cfg := gen.Config{People: 200, Shows: 40, Credits: 1000, Seed: 7}
	a, err := gen.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := gen.New(cfg)
	fa, fb := a.Next(nil, cfg.Credits), b.Next(nil, cfg.Credits)
	if len(fa) != cfg.Credits || !slices.EqualFunc(fa, fb, func(x, y graph.Fact) bool {
		return x.Person == y.Person && x.Show == y.Show && x.Character == y.Character && x.Evidence == y.Evidence
	}) {
		t.Fatalf("two generators with one seed differ")
	}
	c, _ := gen.New(gen.Config{People: 200, Shows: 40, Credits: 1000, Seed: 8})
	if fc := c.Next(nil, cfg.Credits); fc[0].Evidence == fa[0].Evidence && fc[1].Evidence == fa[1].Evidence {
		t.Errorf("another seed gave the same facts")
	}
}

func TestShape(t *testing.T) {
	cfg := gen.ForCredits(20000, 1)
	g, err := gen.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	perPerson, perShow, crew := map[string]int{}, map[string]int{}, map[string]int{}
	withChar, cast := 0, 0
	for _, f := range g.Next(nil, g.Len()) {
		if err := f.Validate(); err != nil {
			t.Fatalf("invalid fact %+v: %v", f, err)
		}
		perPerson[graph.PersonKey(f.Person)]++
		perShow[graph.ShowKey(f.Show)]++
		if f.Kind == graph.KindCrew {
			crew[graph.ShowKey(f.Show)]++
			continue
		}
		cast++
		if f.Character != "" {
			withChar++
		}
	}
	if len(perPerson) != cfg.People || len(perShow) != cfg.Shows || len(crew) != cfg.Shows {
		t.Errorf("%d people, %d shows, %d with crew; want %d, %d, %d", len(perPerson), len(perShow), len(crew), cfg.People, cfg.Shows, cfg.Shows)
	}
	few, most := 0, 0
	for _, n := range perPerson {
		if n <= 2 {
			few++
		}
		most = max(most, n)
	}
	if few < cfg.People/2 || most < 50 {
		t.Errorf("%d of %d people have one or two credits, the most prolific has %d; want most people with few and a long tail", few, cfg.People, most)
	}
	if withChar < cast*8/10 {
		t.Errorf("%d of %d cast credits name a character", withChar, cast)
	}
}

func TestBadConfig(t *testing.T) {
	if _, err := gen.New(gen.Config{People: 10, Shows: 10, Credits: 20}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("too few credits: %v", err)
	}
}
