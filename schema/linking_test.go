package schema_test

import (
	"context"
	"encoding/json"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// linkCounter counts the store's LinkingActors calls with and without
// evidence.
type linkCounter struct {
	graph.Store
	full, bare atomic.Int32
}

func (s *linkCounter) LinkingActors(ctx context.Context, a, b string) ([]graph.Link, error) {
	s.full.Add(1)
	return s.Store.LinkingActors(ctx, a, b)
}

func (s *linkCounter) LinkingActorsBare(ctx context.Context, a, b string) ([]graph.Link, error) {
	s.bare.Add(1)
	return s.Store.(graph.LinkLister).LinkingActorsBare(ctx, a, b)
}

// TestLinkingEvidence checks that linkingActors asks the store for
// evidence exactly when the query selects some, however it does (a field,
// an inline fragment, a named fragment), and that the answers agree.
func TestLinkingEvidence(t *testing.T) {
	s := &linkCounter{Store: sampleStore(t)}
	srv := newServer(t, s)
	const args = `showA: "All of Us Are Dead", showB: "Squid Game"`
	ask := func(query string) (data string, full, bare int32) {
		t.Helper()
		s.full.Store(0)
		s.bare.Store(0)
		body, _ := json.Marshal(map[string]string{"query": query})
		status, out := post(t, srv.URL, "application/json", string(body))
		if status != 200 || out["errors"] != nil {
			t.Fatalf("%s: status %d, errors %v", query, status, out["errors"])
		}
		d, _ := json.Marshal(out["data"])
		return string(d), s.full.Load(), s.bare.Load()
	}
	withEvidence := []string{
		`{ linkingActors(` + args + `) { person { name } inA { character evidence { sentence } } inB { character } } }`,
		`{ linkingActors(` + args + `) { person { name } inA { character ... on Role { evidence { sentence } } } inB { character } } }`,
		`{ linkingActors(` + args + `) { person { name } inA { ...C } inB { character } } } fragment C on Role { character ...E } fragment E on Role { evidence { sentence } }`,
	}
	var first string
	for i, q := range withEvidence {
		data, full, bare := ask(q)
		if full != 1 || bare != 0 {
			t.Errorf("%s: %d calls with evidence, %d without; want 1, 0", q, full, bare)
		}
		if i == 0 {
			first = data
		} else if data != first {
			t.Errorf("%s:\n got %s\nwant %s", q, data, first)
		}
	}
	var withEv struct {
		LinkingActors []struct {
			Person map[string]any   `json:"person"`
			InA    []map[string]any `json:"inA"`
			InB    []map[string]any `json:"inB"`
		} `json:"linkingActors"`
	}
	if err := json.Unmarshal([]byte(first), &withEv); err != nil {
		t.Fatal(err)
	}
	if len(withEv.LinkingActors) == 0 || len(withEv.LinkingActors[0].InA[0]["evidence"].([]any)) == 0 {
		t.Fatalf("no evidence in %s", first)
	}
	for _, l := range withEv.LinkingActors {
		for _, c := range l.InA {
			delete(c, "evidence")
		}
	}
	want, _ := json.Marshal(withEv)
	data, full, bare := ask(`{ linkingActors(` + args + `) { person { name } inA { character } inB { character } } }`)
	if full != 0 || bare != 1 {
		t.Errorf("no evidence selected: %d calls with evidence, %d without; want 0, 1", full, bare)
	}
	var got, wantV any
	json.Unmarshal([]byte(data), &got)
	json.Unmarshal(want, &wantV)
	if !reflect.DeepEqual(got, wantV) {
		t.Errorf("without evidence:\n got %s\nwant %s", data, want)
	}
}
