package schema

import (
	"slices"
	"strings"

	"github.com/graphql-go/graphql"
)

// graphql-go takes a field's arguments as a Go map and builds their list in
// the map's order, which changes from one run to the next; introspection,
// and so the playground's docs, would list them in that order. argOrder is
// the order the schema declares arguments in, and orderArgs puts every
// field's arguments in it: what the field is about first (an id, a name, a
// text, the two ends of a path), then filters and ordering, then options,
// then paging. An argument that argOrder does not name goes after the named
// ones, by name; TestArgumentOrder fails on it, so a new argument gets its
// place here.
var argOrder = []string{
	// What the field is about.
	"id", "title", "name", "text", "jsonl", "article",
	"showA", "showB", "from", "to",
	// Filters and ordering.
	"kind", "season", "job", "orderBy",
	// Options.
	"maxHops", "source", "date", "replace",
	// Paging.
	"first", "after", "last", "before",
}

// orderArgs sorts the arguments of every field of the schema's own object
// and interface types (not the introspection types, which graphql-go shares
// between schemas) into argOrder.
func orderArgs(s graphql.Schema) {
	rank := func(name string) int {
		if i := slices.Index(argOrder, name); i >= 0 {
			return i
		}
		return len(argOrder)
	}
	for name, t := range s.TypeMap() {
		if strings.HasPrefix(name, "__") {
			continue
		}
		var fields graphql.FieldDefinitionMap
		switch t := t.(type) {
		case *graphql.Object:
			fields = t.Fields()
		case *graphql.Interface:
			fields = t.Fields()
		}
		for _, f := range fields {
			slices.SortStableFunc(f.Args, func(a, b *graphql.Argument) int {
				if ra, rb := rank(a.Name()), rank(b.Name()); ra != rb {
					return ra - rb
				}
				return strings.Compare(a.Name(), b.Name())
			})
		}
	}
}
