package extract

import (
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestPersonShow checks the last check before facts are written: a show
// that the article gives as a person ("played by A", "Cast: A, B", a
// credit's person) is refused, a title shaped otherwise kept.
func TestPersonShow(t *testing.T) {
	a, err := Parse("test", strings.NewReader("Ten local films\n\n(Dir: Ana Selo. Cast: Tomas Brel, Ida Wren) The mother is played by veteran actress Nell Duarte. Dora Vell is played by break-out star of Copper Vale, Anna Keswick."))
	if err != nil {
		t.Fatal(err)
	}
	sc := new(scratch) // not the pool's: this reading is not kept
	x := sc.extractor(a, Options{})
	x.first = true
	x.epoch = x.memo.newEpoch()
	x.run()
	x.reset(x.knowledge(&sc.know))
	keys := []factKey{{person: x.fold("Jon Kade")}}
	for _, tc := range []struct {
		person, show string
		want         bool
	}{
		{"Mira", "Tomas Brel", true},  // a label's list
		{"Mira", "Ida Wren", true},    // the list's last name
		{"Mira", "Nell Duarte", true}, // after "played by veteran actress"
		{"Mira", "Jon Kade", true},    // a credit's person
		{"Mira", "Night Road", false}, // a title
		{"Mira", "Ana Selo", false},   // "Dir:" names a maker, not a label of people here
		{"Tomas Brel", "Tomas Brel", false},
		{"Mira", "Tomas Brel villainess", false}, // not shaped as a name
		{"Mira", "Copper Vale", false},           // "played by star of Copper Vale, A": a title
	} {
		f := graph.Fact{Kind: graph.KindCast, Person: tc.person, Show: tc.show}
		if got := nameShapedShow(f.Show) && x.personShow(&f, keys); got != tc.want {
			t.Errorf("personShow(%q in %q) = %v, want %v", tc.person, tc.show, got, tc.want)
		}
	}
}
