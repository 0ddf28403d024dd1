package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// at returns the value at path in decoded response data, and whether the
// path leads anywhere.
func at(data any, path []any) (any, bool) {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := data.(map[string]any)
			if !ok {
				return nil, false
			}
			if data, ok = m[k]; !ok {
				return nil, false
			}
		case float64:
			l, ok := data.([]any)
			if !ok || int(k) < 0 || int(k) >= len(l) {
				return nil, false
			}
			data = l[int(k)]
		default:
			return nil, false
		}
	}
	return data, true
}

// flakyStore fails Person for one name, as a store that cannot be reached
// for part of a request would. It is no graph.Batcher: the schema asks it
// for each person of a level, and the level fails with that one.
type flakyStore struct {
	graph.Store
	fail string
}

func (s flakyStore) Person(ctx context.Context, name string) (*graph.Person, error) {
	if graph.PersonKey(name) == graph.PersonKey(s.fail) {
		return nil, graph.Errorf(graph.EUNAVAIL, "the store cannot be reached")
	}
	return s.Store.Person(ctx, name)
}

// TestPartialAnswers checks GraphQL's field errors: a field that fails is
// null and has its error, with its path and code, and every other field of
// the response keeps its data.
func TestPartialAnswers(t *testing.T) {
	s := sampleStore(t)
	url := serveWith(t, flakyStore{Store: s, fail: "Roh Jae-won"}, schema.Config{}, server.HandlerConfig{})
	const b = ` b: stats { people }`
	for _, c := range []struct {
		name, query string
		path        []any  // the path of the field that fails
		code, msg   string // its error
		a           string // the data of a, as JSON
	}{
		{"unknown show", `{ a: linkingActors(showA: "no such show", showB: "Squid Game") { person { name } }` + b + ` }`,
			[]any{"a"}, "NOT_FOUND", `no show titled "no such show"`, `null`},
		{"first over the limit", `{ a: show(title: "Squid Game") { castConnection(first: 500) { totalCount } }` + b + ` }`,
			[]any{"a", "castConnection"}, "BAD_USER_INPUT", "first must be between 0 and 100 (the maxFirst limit), got 500", `{"castConnection":null}`},
		{"bad cursor", `{ a: show(title: "Squid Game") { castConnection(after: "bogus") { totalCount } }` + b + ` }`,
			[]any{"a", "castConnection"}, "BAD_USER_INPUT", `after: "bogus" is not a cursor of this list`, `{"castConnection":null}`},
		{"bad cursor on a person", `{ a: person(name: "Lee Jung Jae") { name credits(after: "bogus") { totalCount } }` + b + ` }`,
			[]any{"a", "credits"}, "BAD_USER_INPUT", `after: "bogus" is not a cursor of this list`, `{"name":"Lee Jung Jae","credits":null}`},
		{"bad search", `{ a: search(text: "kim", first: 0) { name }` + b + ` }`,
			[]any{"a"}, "BAD_USER_INPUT", "search: first must be between 1 and 100", `null`},
		{"bad search connection", `{ a: searchConnection(text: "kim", after: "bogus") { totalCount }` + b + ` }`,
			[]any{"a"}, "BAD_USER_INPUT", `after: "bogus" is not a cursor of this list`, `null`},
		{"bad maxHops", `{ a: shortestPath(from: "IU", to: "Squid Game", maxHops: 40) { length }` + b + ` }`,
			[]any{"a"}, "BAD_USER_INPUT", "maxHops 40 is outside 1..12", `null`},
		{"no error", `{ a: linkingActors(showA: "Squid Game", showB: "Squid Game") { person { name } }` + b + ` }`,
			nil, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, r := gql(t, url, "", c.query, nil)
			if status != 200 {
				t.Errorf("status %d, want 200", status)
			}
			var data map[string]any
			if err := json.Unmarshal(r.Data, &data); err != nil || data == nil {
				t.Fatalf("data %s (%v), want the fields that did not fail", r.Data, err)
			}
			if st, _ := at(data, []any{"b", "people"}); st == nil || st.(float64) == 0 {
				t.Errorf("b is %v, want the stats", data["b"])
			}
			if c.path == nil {
				if len(r.Errors) != 0 {
					t.Errorf("errors %+v, want none", r.Errors)
				}
				return
			}
			if len(r.Errors) != 1 {
				t.Fatalf("errors %+v, want one", r.Errors)
			}
			e := r.Errors[0]
			if !reflect.DeepEqual(e.Path, c.path) || e.Extensions["code"] != c.code || !strings.Contains(e.Message, c.msg) {
				t.Errorf("error %+v, want path %v, code %s and a message containing %q", e, c.path, c.code, c.msg)
			}
			if v, ok := at(data, c.path); !ok || v != nil {
				t.Errorf("%v is %v (present: %v), want null", c.path, v, ok)
			}
			var want any
			if err := json.Unmarshal([]byte(c.a), &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(data["a"], want) {
				t.Errorf("a is %v, want %s", data["a"], c.a)
			}
		})
	}

	// A store failure deep in a list: the people of the cast are loaded
	// together, and one of them cannot be read, so their roles are null,
	// each with the error; the show, the names and b stay.
	_, r := gql(t, url, "", `{ a: show(title: "Squid Game") { title cast { person { name roles { show { title } } } } }`+b+` }`, nil)
	var data map[string]any
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	if title, _ := at(data, []any{"a", "title"}); title != "Squid Game" {
		t.Errorf("a.title is %v, want Squid Game", title)
	}
	cast, _ := at(data, []any{"a", "cast"})
	list, _ := cast.([]any)
	if len(r.Errors) != len(list) || len(list) == 0 {
		t.Fatalf("errors %+v for a cast of %d, want one for each", r.Errors, len(list))
	}
	for _, e := range r.Errors {
		p := e.Path
		if e.Extensions["code"] != "STORE_UNAVAILABLE" || len(p) != 5 || fmt.Sprint(p[:2]) != "[a cast]" || fmt.Sprint(p[3:]) != "[person roles]" {
			t.Errorf("error %+v, want STORE_UNAVAILABLE at [a cast N person roles]", e)
			continue
		}
		if v, ok := at(data, p); !ok || v != nil {
			t.Errorf("%v is %v, want null", p, v)
		}
		if name, _ := at(data, append(p[:4:4], "name")); name == nil {
			t.Errorf("%v: the person's name is missing", p[:4])
		}
	}
	if st, _ := at(data, []any{"b", "people"}); st == nil {
		t.Errorf("b is %v, want the stats", data["b"])
	}
}
