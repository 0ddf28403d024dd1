package schema

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/rs/zerolog"
)

// introspectArgs asks the schema, as GraphiQL's docs do, for every field's
// arguments, and returns them by "Type.field", in the order introspection
// lists them.
func introspectArgs(t *testing.T, s graphql.Schema) map[string][]string {
	t.Helper()
	res := graphql.Do(graphql.Params{Schema: s, Context: context.Background(),
		RequestString: `{ __schema { types { name fields { name args { name } } } } }`})
	if len(res.Errors) > 0 {
		t.Fatalf("introspection: %v", res.Errors)
	}
	j, _ := json.Marshal(res.Data)
	var data struct {
		Schema struct {
			Types []struct {
				Name   string
				Fields []struct {
					Name string
					Args []struct{ Name string }
				}
			}
		} `json:"__schema"`
	}
	if err := json.Unmarshal(j, &data); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, ty := range data.Schema.Types {
		if strings.HasPrefix(ty.Name, "__") {
			continue
		}
		for _, f := range ty.Fields {
			for _, a := range f.Args {
				out[ty.Name+"."+f.Name] = append(out[ty.Name+"."+f.Name], a.Name)
			}
		}
	}
	return out
}

// TestArgumentOrder checks that introspection lists arguments in the order
// the schema declares them, the same on every build, and that every
// argument of a field with more than one has its place in argOrder.
func TestArgumentOrder(t *testing.T) {
	s, err := New(nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	got := introspectArgs(t, s)
	paging := []string{"first", "after", "last", "before"}
	for field, want := range map[string][]string{
		"Query.show":              {"title"},
		"Query.linkingActors":     {"showA", "showB"},
		"Query.shortestPath":      {"from", "to", "maxHops"},
		"Query.search":            {"text", "kind", "first"},
		"Query.searchConnection":  append([]string{"text", "kind"}, paging...),
		"Query.shows":             append([]string{"orderBy"}, paging...),
		"Query.people":            append([]string{"orderBy"}, paging...),
		"Show.castConnection":     append([]string{"season"}, paging...),
		"Show.credits":            append([]string{"kind", "season", "job"}, paging...),
		"Person.crewConnection":   append([]string{"season", "job"}, paging...),
		"Mutation.loadFacts":      {"jsonl", "source", "replace"},
		"Mutation.ingestArticle":  {"id", "text", "date", "replace"},
		"Mutation.retractArticle": {"article"},
	} {
		if !slices.Equal(got[field], want) {
			t.Errorf("%s(%s), want (%s)", field, strings.Join(got[field], ", "), strings.Join(want, ", "))
		}
	}
	for field, args := range got {
		if len(args) < 2 {
			continue
		}
		for _, a := range args {
			if !slices.Contains(argOrder, a) {
				t.Errorf("%s: argument %q has no place in argOrder", field, a)
			}
		}
	}

	// The map graphql-go builds from changes order from run to run; the
	// order introspection gives must not.
	for range 5 {
		s, err := New(nil, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		for field, args := range introspectArgs(t, s) {
			if !slices.Equal(args, got[field]) {
				t.Fatalf("%s: (%s) on one build, (%s) on another", field, strings.Join(got[field], ", "), strings.Join(args, ", "))
			}
		}
	}
}
