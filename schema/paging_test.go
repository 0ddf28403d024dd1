package schema_test

import (
	"strings"
	"testing"

	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// TestBackwardPaging pages a show's cast from its end with last and before,
// and expects the pages forward paging gives, in the same order.
func TestBackwardPaging(t *testing.T) {
	url := serveWith(t, sampleStore(t), schema.Config{}, server.HandlerConfig{})
	const q = `query($first: Int, $after: String, $last: Int, $before: String) {
		show(title: "House of the Dragon") { castConnection(first: $first, after: $after, last: $last, before: $before) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { person { name } } } } } }`
	page := func(vars map[string]any) roleConn {
		t.Helper()
		var d struct {
			Show struct{ CastConnection roleConn }
		}
		_, r := gql(t, url, "", q, vars)
		r.decode(t, &d)
		return d.Show.CastConnection
	}
	names := func(c roleConn) string {
		var out []string
		for _, e := range c.Edges {
			out = append(out, e.Node.Person.Name)
		}
		return strings.Join(out, ", ")
	}
	all := page(map[string]any{"first": 100})
	n := len(all.Edges)
	if n < 5 || all.TotalCount != n {
		t.Fatalf("the cast has %d credits (totalCount %d); want 5 or more", n, all.TotalCount)
	}
	var got []string
	var before any
	for {
		vars := map[string]any{"last": 2}
		if before != nil {
			vars["before"] = before
		}
		c := page(vars)
		if c.TotalCount != n {
			t.Errorf("totalCount %d, want %d", c.TotalCount, n)
		}
		if len(c.Edges) == 0 {
			t.Fatalf("an empty page before %v", before)
		}
		got = append([]string{names(c)}, got...)
		if before == nil && (c.PageInfo.HasNextPage || !c.PageInfo.HasPreviousPage) {
			t.Errorf("the last page: pageInfo %+v; want no next page and a previous one", c.PageInfo)
		}
		if !c.PageInfo.HasPreviousPage {
			break
		}
		before = *c.PageInfo.StartCursor
	}
	if want := names(all); strings.Join(got, ", ") != want {
		t.Errorf("backward pages:\n%s\nwant\n%s", strings.Join(got, ", "), want)
	}
	// Between two cursors: after the first item, before the last.
	mid := page(map[string]any{"after": all.Edges[0].Cursor, "before": all.Edges[n-1].Cursor, "last": 100})
	if len(mid.Edges) != n-2 || mid.Edges[0].Cursor != all.Edges[1].Cursor {
		t.Errorf("between the first and last cursors: %d items from %s; want %d from %s", len(mid.Edges), mid.Edges[0].Cursor, n-2, all.Edges[1].Cursor)
	}
	for _, vars := range []map[string]any{{"last": 1000}, {"last": -1}, {"last": 1, "before": "nope"}} {
		_, r := gql(t, url, "", q, vars)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Errorf("%v: errors %+v; want one BAD_USER_INPUT", vars, r.Errors)
		}
	}
}
