package graphtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

func fmtRefs(refs []graph.Ref, total int) string {
	var names []string
	for _, r := range refs {
		names = append(names, r.ID+" "+r.Name)
	}
	return fmt.Sprintf("total=%d: %s", total, strings.Join(names, ", "))
}

func testBrowse(t *testing.T, s graph.Store) {
	b, ok := s.(graph.Browser)
	if !ok {
		t.Fatalf("%T does not implement graph.Browser", s)
	}
	refs, total, err := b.Browse(ctx(), graph.NodePerson, graph.OrderName, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "Browse(empty store)", fmtRefs(refs, total), "total=0: ")
	loadSmall(t, s)
	for _, c := range []struct {
		kind, order   string
		offset, limit int
		want          string
	}{
		{graph.NodePerson, graph.OrderName, 0, 10, "total=6: person:iu IU, person:kim si eun Kim Si-eun, person:lee jq Lee JQ, " +
			"person:lee min jae Lee Min-jae, person:park bo gum Park Bo-gum, person:roh jae won Roh Jae-won"},
		{graph.NodePerson, graph.OrderName, 2, 2, "total=6: person:lee jq Lee JQ, person:lee min jae Lee Min-jae"},
		{graph.NodePerson, graph.OrderName, 6, 2, "total=6: "},
		{graph.NodePerson, graph.OrderName, 9, 2, "total=6: "},
		{graph.NodePerson, graph.OrderName, 0, 0, "total=6: "},
		{graph.NodePerson, graph.OrderCredits, 0, 10, "total=6: person:kim si eun Kim Si-eun, person:lee jq Lee JQ, " +
			"person:lee min jae Lee Min-jae, person:roh jae won Roh Jae-won, person:iu IU, person:park bo gum Park Bo-gum"},
		{graph.NodeShow, graph.OrderName, 0, 10, "total=5: show:all of us are dead All of Us Are Dead, show:daily dose of sunshine Daily Dose of Sunshine, " +
			"show:squid game Squid Game, show:weak hero class 2 Weak Hero: Class 2, show:when life gives you tangerines When Life Gives You Tangerines"},
		{graph.NodeShow, graph.OrderCredits, 0, 10, "total=5: show:all of us are dead All of Us Are Dead, show:squid game Squid Game, " +
			"show:when life gives you tangerines When Life Gives You Tangerines, show:daily dose of sunshine Daily Dose of Sunshine, show:weak hero class 2 Weak Hero: Class 2"},
		{graph.NodeShow, graph.OrderCredits, 1, 1, "total=5: show:squid game Squid Game"},
	} {
		refs, total, err := b.Browse(ctx(), c.kind, c.order, c.offset, c.limit)
		if err != nil {
			t.Errorf("Browse(%s, %s, %d, %d): %v", c.kind, c.order, c.offset, c.limit, err)
			continue
		}
		expect(t, fmt.Sprintf("Browse(%s, %s, %d, %d)", c.kind, c.order, c.offset, c.limit), fmtRefs(refs, total), c.want)
	}
	for _, c := range []struct {
		kind, order   string
		offset, limit int
	}{
		{graph.NodeCharacter, graph.OrderName, 0, 1}, {graph.NodeShow, "title", 0, 1}, {graph.NodeShow, graph.OrderName, -1, 1}, {graph.NodeShow, graph.OrderName, 0, -1},
	} {
		_, _, err := b.Browse(ctx(), c.kind, c.order, c.offset, c.limit)
		expectCode(t, fmt.Sprintf("Browse(%s, %s, %d, %d)", c.kind, c.order, c.offset, c.limit), err, graph.EINVALID)
	}
}
