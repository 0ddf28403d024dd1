package schema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// gql posts a query with variables and an optional bearer token and returns
// the status and the decoded response.
func gql(t *testing.T, url, token, query string, vars map[string]any) (int, response) {
	t.Helper()
	body, _ := json.Marshal(server.Request{Query: query, Variables: vars})
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out response
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("response is not JSON: %v", err)
	}
	return resp.StatusCode, out
}

type response struct {
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Path       []any
		Extensions map[string]any
	}
}

func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("data %s: %v", r.Data, err)
	}
}

func serveWith(t *testing.T, s graph.Store, scfg schema.Config, hcfg server.HandlerConfig) string {
	t.Helper()
	sch, err := schema.Build(s, scfg, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.NewHandler(sch, hcfg, zerolog.New(zerolog.NewTestWriter(t))))
	t.Cleanup(srv.Close)
	return srv.URL
}

type roleConn struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct {
			Person    struct{ Name string }
			Character *string
			Seasons   []int
		}
	}
}

// TestConnections pages through a show's cast and checks that the pages
// add up to the plain list, in the same order.
func TestConnections(t *testing.T) {
	url := serveWith(t, sampleStore(t), schema.Config{}, server.HandlerConfig{})
	var plain struct {
		Show struct {
			Cast []struct{ Person struct{ Name string } }
		}
	}
	_, r := gql(t, url, "", `{ show(title: "House of the Dragon") { cast { person { name } } } }`, nil)
	r.decode(t, &plain)
	var want []string
	for _, c := range plain.Show.Cast {
		want = append(want, c.Person.Name)
	}
	if len(want) < 5 {
		t.Fatalf("House of the Dragon has %d cast credits; the test needs at least 5", len(want))
	}

	const q = `query($after: String) { show(title: "House of the Dragon") { castConnection(first: 2, after: $after) {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
		edges { cursor node { person { name } character seasons } } } } }`
	var got []string
	var after any
	for pages := 0; ; pages++ {
		if pages > len(want) {
			t.Fatal("paging does not end")
		}
		var d struct {
			Show struct{ CastConnection roleConn }
		}
		_, r := gql(t, url, "", q, map[string]any{"after": after})
		r.decode(t, &d)
		c := d.Show.CastConnection
		if c.TotalCount != len(want) {
			t.Errorf("totalCount %d, want %d", c.TotalCount, len(want))
		}
		if c.PageInfo.HasPreviousPage != (pages > 0) {
			t.Errorf("page %d: hasPreviousPage %v", pages, c.PageInfo.HasPreviousPage)
		}
		if len(c.Edges) == 0 || len(c.Edges) > 2 {
			t.Fatalf("page %d has %d edges, want 1 or 2", pages, len(c.Edges))
		}
		if *c.PageInfo.EndCursor != c.Edges[len(c.Edges)-1].Cursor {
			t.Errorf("endCursor %q is not the last edge's cursor %q", *c.PageInfo.EndCursor, c.Edges[len(c.Edges)-1].Cursor)
		}
		for _, e := range c.Edges {
			got = append(got, e.Node.Person.Name)
		}
		if !c.PageInfo.HasNextPage {
			break
		}
		after = *c.PageInfo.EndCursor
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pages give\n%v\nwant the plain list\n%v", got, want)
	}
}

// TestFilters checks the season, kind and job filters of credit
// connections and the kind filter of search.
func TestFilters(t *testing.T) {
	url := serveWith(t, sampleStore(t), schema.Config{}, server.HandlerConfig{})
	var d struct {
		Show struct {
			All, S2 roleConn
			Crew    struct {
				TotalCount int
				Nodes      []struct{ Kind, Job string }
			}
			Directors struct{ Nodes []struct{ Job string } }
		}
		People struct {
			TotalCount int
			Nodes      []struct{ Kind, Name string }
		}
		Search []struct{ Kind string }
	}
	_, r := gql(t, url, "", `{
		show(title: "House of the Dragon") {
			all: castConnection(first: 100) { totalCount edges { node { seasons } } }
			s2: castConnection(first: 100, season: 2) { totalCount edges { node { seasons } } }
			crew: credits(kind: CREW, first: 100) { totalCount nodes { kind job } }
			directors: crewConnection(job: "Director") { nodes { job } }
		}
		people: searchConnection(text: "lee", kind: PERSON, first: 3) { totalCount nodes { kind name } }
		search(text: "squid", kind: SHOW) { kind }
	}`, nil)
	r.decode(t, &d)
	s := d.Show
	if s.S2.TotalCount == 0 || s.S2.TotalCount >= s.All.TotalCount {
		t.Errorf("season 2 has %d of %d cast credits; want some but not all", s.S2.TotalCount, s.All.TotalCount)
	}
	for _, e := range s.S2.Edges {
		if !strings.Contains(fmt.Sprint(e.Node.Seasons), "2") {
			t.Errorf("season filter kept a credit for seasons %v", e.Node.Seasons)
		}
	}
	if s.Crew.TotalCount == 0 {
		t.Error("no crew credits for House of the Dragon")
	}
	for _, n := range s.Crew.Nodes {
		if n.Kind != "CREW" {
			t.Errorf("kind filter kept a %s credit", n.Kind)
		}
	}
	for _, n := range s.Directors.Nodes {
		if n.Job != "director" {
			t.Errorf("job filter kept job %q", n.Job)
		}
	}
	if d.People.TotalCount <= 3 || len(d.People.Nodes) != 3 {
		t.Errorf("searchConnection(lee, PERSON, first 3): totalCount %d, %d nodes; want more than 3 and 3", d.People.TotalCount, len(d.People.Nodes))
	}
	for _, n := range d.People.Nodes {
		if n.Kind != graph.NodePerson {
			t.Errorf("searchConnection kind filter kept %s %q", n.Kind, n.Name)
		}
	}
	if len(d.Search) == 0 {
		t.Error("search(squid, SHOW) found nothing")
	}
	for _, h := range d.Search {
		if h.Kind != graph.NodeShow {
			t.Errorf("search kind filter kept a %s", h.Kind)
		}
	}

	_, r = gql(t, url, "", `{ show(title: "Squid Game") { title castConnection(after: "bogus") { totalCount } } }`, nil)
	if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, `"bogus" is not a cursor`) || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("bad cursor: %+v", r.Errors)
	}
	if got := string(r.Data); got != `{"show":{"title":"Squid Game","castConnection":null}}` {
		t.Errorf("bad cursor: data %s, want the show with a null castConnection", got)
	}
}

// countingStore counts the calls that reach a store, by method.
type countingStore struct {
	graph.Store
	mu    sync.Mutex
	calls map[string]int
	batch bool // whether to offer graph.Batcher
}

func (c *countingStore) count(m string) {
	c.mu.Lock()
	c.calls[m]++
	c.mu.Unlock()
}

func (c *countingStore) total() (n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, v := range c.calls {
		n += v
	}
	return n
}

func (c *countingStore) Show(ctx context.Context, title string) (*graph.Show, error) {
	c.count("Show")
	return c.Store.Show(ctx, title)
}

func (c *countingStore) Person(ctx context.Context, name string) (*graph.Person, error) {
	c.count("Person")
	return c.Store.Person(ctx, name)
}

// batchingStore is a countingStore that also offers graph.Batcher.
type batchingStore struct{ *countingStore }

func (b batchingStore) People(ctx context.Context, names []string) (map[string]*graph.Person, error) {
	b.count("People")
	return graph.LoadPeople(ctx, b.Store, names)
}

func (b batchingStore) Shows(ctx context.Context, titles []string) (map[string]*graph.Show, error) {
	b.count("Shows")
	return graph.LoadShows(ctx, b.Store, titles)
}

// wideStore holds 50 shows of 10 actors each; every actor is in 5 shows.
func wideStore(t *testing.T) graph.Store {
	t.Helper()
	s := embedded.New(embedded.Config{Dir: t.TempDir()}, zerolog.Nop())
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var facts []graph.Fact
	for show := 0; show < 50; show++ {
		for i := 0; i < 10; i++ {
			actor := (show/5)*10 + i // shows 0-4 share actors 0-9, ...
			facts = append(facts, graph.Fact{Kind: graph.KindCast, Person: fmt.Sprintf("Actor %d", actor),
				Show: fmt.Sprintf("Show %d", show), Character: fmt.Sprintf("Role %d-%d", show, i), Article: "wide"}.Normalize())
		}
	}
	if _, err := s.Load(context.Background(), graph.Batch{Source: "wide", Facts: facts}); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestNoNPlusOne asks for the cast of 50 shows with each actor's other roles
// and counts the store calls: with a graph.Batcher, one batch per level of the
// query; without one, one call per distinct person or show (the loader's
// fallback), never one per field.
func TestNoNPlusOne(t *testing.T) {
	var q strings.Builder
	q.WriteString("{")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&q, ` s%d: show(title: "Show %d") { title cast { character person { name roles { show { title } character } } } }`, i, i)
	}
	q.WriteString(" }")
	inner := wideStore(t)
	for _, c := range []struct {
		name     string
		batch    bool
		maxCalls int
	}{
		{"batch store", true, 2}, // one Shows call for the 50 shows, one People call for the 100 actors
		{"plain store", false, 150},
	} {
		t.Run(c.name, func(t *testing.T) {
			cs := &countingStore{Store: inner, calls: map[string]int{}}
			var s graph.Store = cs
			if c.batch {
				s = batchingStore{cs}
			}
			url := serveWith(t, s, schema.Config{}, server.HandlerConfig{})
			_, r := gql(t, url, "", q.String(), nil)
			var d map[string]struct {
				Title string
				Cast  []struct {
					Person struct {
						Roles []struct{ Show struct{ Title string } }
					}
				}
			}
			r.decode(t, &d)
			if len(d) != 50 {
				t.Fatalf("%d shows in the answer, want 50", len(d))
			}
			for k, s := range d {
				if len(s.Cast) != 10 {
					t.Fatalf("%s (%s): %d cast, want 10", k, s.Title, len(s.Cast))
				}
				for _, m := range s.Cast {
					if len(m.Person.Roles) != 5 {
						t.Fatalf("%s: an actor has %d roles, want 5", k, len(m.Person.Roles))
					}
				}
			}
			fields := 50 * (1 + 10*2) // show and person lookups one field at a time
			if n := cs.total(); n > c.maxCalls {
				t.Errorf("%d store calls (%v), want at most %d (the query has %d fields that need a lookup)", n, cs.calls, c.maxCalls, fields)
			} else {
				t.Logf("%d store calls for %d fields that need a lookup: %v", n, fields, cs.calls)
			}
		})
	}
}

// slowStore blocks Search until its context is done, and records why.
type slowStore struct {
	graph.Store
	ctxErr atomic.Value
}

func (s *slowStore) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	<-ctx.Done()
	s.ctxErr.Store(ctx.Err())
	return nil, ctx.Err()
}

// TestLimits checks that each limit refuses a request with an error naming
// the limit and its value, and that the server answers the next request.
func TestLimits(t *testing.T) {
	slow := &slowStore{Store: sampleStore(t)}
	url := serveWith(t, slow, schema.Config{MaxFirst: 5}, server.HandlerConfig{MaxDepth: 4, MaxCost: 200, MaxFields: 30, MaxFirst: 5, Timeout: 200 * time.Millisecond, MaxBodyBytes: 2048})
	for _, c := range []struct {
		name, query string
		code, limit string
		want        string
	}{
		{"depth", `{ show(title: "Squid Game") { cast { person { roles { show { title } } } } } }`, "QUERY_TOO_DEEP", "maxDepth", "the query is 6 fields deep, over the limit of 4 (maxDepth)"},
		{"cost", `{ a: show(title: "Squid Game") { cast { person { name } } } b: show(title: "x") { crew { person { name } } } c: show(title: "y") { cast { seasons evidence { article sentence } } } }`, "QUERY_TOO_COSTLY", "maxCost", "over the limit of 200 (maxCost)"},
		{"fields", `{ stats { ` + strings.Repeat("people ", 31) + `} }`, "QUERY_TOO_LARGE", "maxFields", "the query has 32 fields, over the limit of 30 (maxFields)"},
		{"first", `{ show(title: "Squid Game") { castConnection(first: 6) { totalCount } } }`, "BAD_USER_INPUT", "maxFirst", "first must be between 0 and 5 (the maxFirst limit), got 6"},
		{"search first", `{ search(text: "kim", first: 50) { name } }`, "BAD_USER_INPUT", "maxFirst", "between 1 and 5 (the maxFirst limit), got 50"},
		{"timeout", `{ search(text: "kim", first: 5) { name } }`, "TIMEOUT", "timeout", "the request took longer than the limit of 200ms (timeout)"},
		{"body", `{ stats { people } }` + strings.Repeat(" ", 3000), "REQUEST_TOO_LARGE", "maxBodyBytes", "larger than the limit of 2048 bytes (maxBodyBytes)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, r := gql(t, url, "", c.query, nil)
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, c.want) ||
				r.Errors[0].Extensions["code"] != c.code || (c.limit != "" && r.Errors[0].Extensions["limit"] != c.limit) {
				t.Errorf("errors %+v, want one with code %s, limit %s and a message containing %q", r.Errors, c.code, c.limit, c.want)
			}
			var d struct{ Stats graph.Stats }
			_, r = gql(t, url, "", `{ stats { people } }`, nil)
			r.decode(t, &d)
			if d.Stats.People == 0 {
				t.Error("the server does not answer after the refused request")
			}
		})
	}
	if err, _ := slow.ctxErr.Load().(error); err != context.DeadlineExceeded {
		t.Errorf("the store saw context error %v, want the request's deadline", err)
	}
}

// TestWrites checks that mutations need the write token, that loadFacts and
// ingestArticle add what they say, and that queries see it.
func TestWrites(t *testing.T) {
	const token = "s3cret-token"
	extract := func(ctx context.Context, id, text, date string) ([]graph.Fact, error) {
		if !strings.Contains(text, "stars in") {
			return nil, nil
		}
		return []graph.Fact{graph.Fact{Kind: graph.KindCast, Person: "Ada Lovelace", Show: "Engines", Evidence: text, Article: id, Date: date}.Normalize()}, nil
	}
	store := sampleStore(t)
	url := serveWith(t, store, schema.Config{Extract: extract}, server.HandlerConfig{WriteToken: token})
	readOnly := serveWith(t, store, schema.Config{}, server.HandlerConfig{})
	const load = `mutation($jsonl: String!) { loadFacts(jsonl: $jsonl, source: "test") {
		source factCount creditsAdded peopleAdded showsAdded facts { person show character seasons } } }`
	facts := map[string]any{"jsonl": `{"kind":"cast","person":"Grace Hopper","show":"Compilers Season 2","character":"Herself"}` + "\n"}

	for _, c := range []struct {
		name, url, token string
		status           int
		code             string
	}{
		{"read-only server", readOnly, token, 403, "READ_ONLY"},
		{"no token", url, "", 401, "UNAUTHENTICATED"},
		{"wrong token", url, "s3cret-tokeN", 401, "UNAUTHENTICATED"},
	} {
		status, r := gql(t, c.url, c.token, load, facts)
		if status != c.status || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != c.code {
			t.Errorf("%s: status %d, errors %+v; want %d and code %s", c.name, status, r.Errors, c.status, c.code)
		}
	}
	var d struct {
		LoadFacts struct {
			Source                                           string
			FactCount, CreditsAdded, PeopleAdded, ShowsAdded int
			Facts                                            []struct {
				Person, Show, Character string
				Seasons                 []int
			}
		}
	}
	status, r := gql(t, url, token, load, facts)
	r.decode(t, &d)
	lf := d.LoadFacts
	if status != 200 || lf.Source != "test" || lf.FactCount != 1 || lf.CreditsAdded != 1 || lf.PeopleAdded != 1 || lf.ShowsAdded != 1 ||
		len(lf.Facts) != 1 || lf.Facts[0].Show != "Compilers" || fmt.Sprint(lf.Facts[0].Seasons) != "[2]" {
		t.Errorf("loadFacts: status %d, %+v", status, lf)
	}
	_, r = gql(t, url, token, load, facts)
	r.decode(t, &d)
	if d.LoadFacts.CreditsAdded != 0 {
		t.Errorf("loading the same facts again added %d credits", d.LoadFacts.CreditsAdded)
	}
	_, r = gql(t, url, token, load, map[string]any{"jsonl": `{"kind":"cast","person":"X"}`})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "test:1:") {
		t.Errorf("bad facts: %+v", r.Errors)
	}

	var ing struct{ IngestArticle struct{ CreditsAdded int } }
	_, r = gql(t, url, token, `mutation { ingestArticle(id: "engines-1", text: "Ada Lovelace stars in Engines.", date: "2025-01-02") { creditsAdded } }`, nil)
	r.decode(t, &ing)
	if ing.IngestArticle.CreditsAdded != 1 {
		t.Errorf("ingestArticle added %d credits, want 1", ing.IngestArticle.CreditsAdded)
	}
	var p struct {
		Person struct {
			Roles []struct {
				Show     struct{ Title string }
				Evidence []struct{ Article, Date string }
			}
		}
	}
	_, r = gql(t, readOnly, "", `{ person(name: "ada lovelace") { roles { show { title } evidence { article date } } } }`, nil)
	r.decode(t, &p)
	if len(p.Person.Roles) != 1 || p.Person.Roles[0].Show.Title != "Engines" || p.Person.Roles[0].Evidence[0].Date != "2025-01-02" {
		t.Errorf("after ingestArticle, Ada Lovelace's roles are %+v", p.Person.Roles)
	}
}

// TestResponseOrder checks that a response's fields come in the order the
// query asks for them, through aliases and fragments, and that strings keep
// HTML characters as they are.
func TestResponseOrder(t *testing.T) {
	url := serveWith(t, sampleStore(t), schema.Config{}, server.HandlerConfig{})
	body, _ := json.Marshal(server.Request{Query: `query Order {
		stats { shows people }
		z: show(title: "Squid Game") { ...F id }
		a: search(text: "<b>&", first: 1) { name }
	}
	fragment F on Show { title castConnection(first: 1) { totalCount nodes { seasons person { name id } } } }`})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	got := buf.String()
	var keys []string
	for _, k := range []string{`"data"`, `"stats"`, `"shows"`, `"people"`, `"z"`, `"title"`, `"castConnection"`, `"totalCount"`, `"nodes"`, `"seasons"`, `"person"`, `"name"`, `"id":"person:`, `"id":"show:`, `"a"`} {
		i := strings.Index(got, k)
		if i < 0 {
			t.Fatalf("no %s in %s", k, got)
		}
		keys = append(keys, fmt.Sprintf("%s@%d", k, i))
		if len(keys) > 1 {
			var prev int
			fmt.Sscanf(keys[len(keys)-2][strings.LastIndex(keys[len(keys)-2], "@")+1:], "%d", &prev)
			if i < prev {
				t.Errorf("%s comes before %s in %s", k, keys[len(keys)-2], got)
			}
		}
	}
	var v map[string]any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Errorf("not JSON: %v\n%s", err, got)
	}
}
