package graphtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// testFeedLog checks graph.FeedLog: items recorded as read are found,
// others are not, recording twice changes nothing, an empty URL records
// nothing, and none of it shows in the graph.
func testFeedLog(t *testing.T, s graph.Store) {
	fl, ok := s.(graph.FeedLog)
	if !ok {
		t.Skip("the store is no graph.FeedLog")
	}
	a, b, c := "https://example.com/news/a.html", "https://example.com/article.php?id=2&x=é", "http://example.org/c"
	read := func(urls ...string) string {
		t.Helper()
		got, err := fl.FeedItemsRead(ctx(), urls)
		if err != nil {
			t.Fatalf("FeedItemsRead: %v", err)
		}
		var out []string
		for u, ok := range got {
			if ok {
				out = append(out, u)
			}
		}
		slices.Sort(out)
		return fmt.Sprint(out)
	}
	expect(t, "nothing read yet", read(a, b, c), "[]")
	expect(t, "no URLs", read(), "[]")
	if err := fl.MarkFeedItemsRead(ctx(), []string{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := fl.MarkFeedItemsRead(ctx(), []string{a}); err != nil {
		t.Fatalf("recording an item again: %v", err)
	}
	expect(t, "after recording a and b", read(a, b, c, strings.ToUpper(a)), fmt.Sprint([]string{b, a}))
	expectCode(t, "an empty URL", fl.MarkFeedItemsRead(ctx(), []string{c, ""}), graph.EINVALID)
	expect(t, "after a refused record", read(c), "[]")
	st, err := s.Stats(ctx())
	if err != nil {
		t.Fatal(err)
	}
	expect(t, "stats", fmtStats(st), "people=0 shows=0 characters=0 credits=0 articles=0")
}
