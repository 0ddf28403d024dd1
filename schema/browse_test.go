package schema_test

import (
	"strings"
	"testing"

	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

type nodeConn struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Nodes []struct {
		ID, Title, Name string
		Credits         struct{ TotalCount int }
	}
}

// TestBrowse lists every show and person a page at a time, forward and
// backward, by name and by credits, and finds each again by its id, as it
// does a character.
func TestBrowse(t *testing.T) {
	url := serveWith(t, sampleStore(t), schema.Config{}, server.HandlerConfig{})
	var st struct{ Stats struct{ Shows, People int } }
	_, r := gql(t, url, "", `{ stats { shows people } }`, nil)
	r.decode(t, &st)

	const shows = `query($first: Int, $after: String, $last: Int, $before: String, $order: ShowOrder) {
		shows(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id title credits { totalCount } } } }`
	showPage := func(vars map[string]any) nodeConn {
		t.Helper()
		var d struct{ Shows nodeConn }
		_, r := gql(t, url, "", shows, vars)
		r.decode(t, &d)
		return d.Shows
	}
	titles := func(c nodeConn) []string {
		var out []string
		for _, n := range c.Nodes {
			out = append(out, n.Title)
		}
		return out
	}
	all := showPage(map[string]any{"first": 100})
	if all.TotalCount != st.Stats.Shows || len(all.Nodes) != st.Stats.Shows || all.PageInfo.HasNextPage {
		t.Fatalf("shows(first: 100): %d of totalCount %d; stats say %d shows", len(all.Nodes), all.TotalCount, st.Stats.Shows)
	}
	for i := 1; i < len(all.Nodes); i++ {
		if all.Nodes[i-1].ID >= all.Nodes[i].ID {
			t.Errorf("shows by title: %s before %s", all.Nodes[i-1].ID, all.Nodes[i].ID)
		}
	}
	// Forward by 7, and backward by 7 from the end: the same list.
	var fwd, bwd []string
	var after, before any
	for {
		vars := map[string]any{"first": 7}
		if after != nil {
			vars["after"] = after
		}
		c := showPage(vars)
		fwd = append(fwd, titles(c)...)
		if !c.PageInfo.HasNextPage {
			break
		}
		after = *c.PageInfo.EndCursor
	}
	for {
		vars := map[string]any{"last": 7}
		if before != nil {
			vars["before"] = before
		}
		c := showPage(vars)
		bwd = append(titles(c), bwd...)
		if !c.PageInfo.HasPreviousPage {
			break
		}
		before = *c.PageInfo.StartCursor
	}
	want := strings.Join(titles(all), "|")
	if got := strings.Join(fwd, "|"); got != want {
		t.Errorf("shows forward by 7:\n%s\nwant\n%s", got, want)
	}
	if got := strings.Join(bwd, "|"); got != want {
		t.Errorf("shows backward by 7:\n%s\nwant\n%s", got, want)
	}
	byCredits := showPage(map[string]any{"first": 100, "order": "CREDITS"})
	for i := 1; i < len(byCredits.Nodes); i++ {
		if a, b := byCredits.Nodes[i-1], byCredits.Nodes[i]; a.Credits.TotalCount < b.Credits.TotalCount {
			t.Errorf("shows by credits: %s (%d) before %s (%d)", a.Title, a.Credits.TotalCount, b.Title, b.Credits.TotalCount)
		}
	}

	var people struct{ People nodeConn }
	_, r = gql(t, url, "", `{ people(first: 5, orderBy: CREDITS) { totalCount nodes { id name credits { totalCount } } } }`, nil)
	r.decode(t, &people)
	if people.People.TotalCount != st.Stats.People || len(people.People.Nodes) != 5 {
		t.Errorf("people(first: 5): %d of %d; stats say %d", len(people.People.Nodes), people.People.TotalCount, st.Stats.People)
	}

	// node(id) finds each again.
	var n struct {
		A, B struct{ ID, Title, Name string }
		C    *struct{ ID string }
	}
	_, r = gql(t, url, "", `query($a: ID!, $b: ID!) {
		a: node(id: $a) { id ... on Show { title } }
		b: node(id: $b) { id ... on Person { name } }
		c: node(id: "person:nobody known") { id } }`,
		map[string]any{"a": all.Nodes[3].ID, "b": people.People.Nodes[0].ID})
	r.decode(t, &n)
	if n.A.ID != all.Nodes[3].ID || n.A.Title != all.Nodes[3].Title || n.B.Name != people.People.Nodes[0].Name || n.C != nil {
		t.Errorf("node: %+v; want %s and %s, and null for an unknown id", n, all.Nodes[3].Title, people.People.Nodes[0].Name)
	}
	// A character, from a show's characters and from a search hit.
	var ch struct {
		Show struct {
			Characters []struct {
				ID, Name string
				Cast     []struct{ Person struct{ Name string } }
			}
		}
		Search []struct{ ID, Kind string }
	}
	_, r = gql(t, url, "", `{ show(title: "All of Us Are Dead") { characters { id name cast { person { name } } } }
		search(text: "han du-seok", first: 1) { id kind } }`, nil)
	r.decode(t, &ch)
	var hanID string
	for _, c := range ch.Show.Characters {
		if c.Name == "Han Du-seok" && len(c.Cast) == 1 && c.Cast[0].Person.Name == "Roh Jae-won" {
			hanID = c.ID
		}
	}
	if hanID == "" || len(ch.Search) != 1 || ch.Search[0].ID != hanID {
		t.Fatalf("All of Us Are Dead's characters %+v, search %+v: want Han Du-seok, played by Roh Jae-won, with the search hit's id", ch.Show.Characters, ch.Search)
	}
	var cn struct {
		Node struct {
			ID, Name string
			Show     struct{ Title string }
		}
		None *struct{ ID string }
	}
	_, r = gql(t, url, "", `query($id: ID!) { node(id: $id) { id ... on Character { name show { title } } }
		none: node(id: "character:all of us are dead/nobody") { id } }`, map[string]any{"id": hanID})
	r.decode(t, &cn)
	if cn.Node.ID != hanID || cn.Node.Name != "Han Du-seok" || cn.Node.Show.Title != "All of Us Are Dead" || cn.None != nil {
		t.Errorf("node(%s): %+v", hanID, cn)
	}
	_, r = gql(t, url, "", `{ node(id: "squid game") { id } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("node with a malformed id: %+v", r.Errors)
	}
}
