package schema

import (
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/castgraph/castgraph/graph"
)

// browseOrder is the orderBy enum of the shows or people connection: the
// first value is by name (TITLE for shows, NAME for people), the second by
// credits.
func browseOrder(name, byName, desc string) *graphql.Enum {
	return graphql.NewEnum(graphql.EnumConfig{
		Name:        name,
		Description: desc,
		Values: graphql.EnumValueConfigMap{
			byName:    {Value: graph.OrderName, Description: "By the folded " + strings.ToLower(byName) + " (case, accents and punctuation ignored)."},
			"CREDITS": {Value: graph.OrderCredits, Description: "Most credits (cast and crew) first; ties by the folded " + strings.ToLower(byName) + "."},
		},
	})
}

// resolveBrowse pages through every person or show of the graph.
func (a *api) resolveBrowse(kind string) graphql.FieldResolveFn {
	op := "people"
	if kind == graph.NodeShow {
		op = "shows"
	}
	return func(p graphql.ResolveParams) (any, error) {
		b, ok := a.store.(graph.Browser)
		if !ok {
			return nil, &queryError{code: "NOT_IMPLEMENTED", msg: op + ": this store cannot list its nodes"}
		}
		order, _ := p.Args["orderBy"].(string)
		if order == "" {
			order = graph.OrderName
		}
		// The window needs the list's length only to count back from its
		// end; else the page's own call gives it.
		n := int(^uint32(0) >> 1)
		if _, ok := p.Args["last"].(int); ok {
			_, total, err := b.Browse(p.Context, kind, order, 0, 0)
			if err != nil {
				return nil, a.userError(p.Context, op, err)
			}
			n = total
		}
		lo, hi, err := a.window(n, p.Args)
		if err != nil {
			return nil, err
		}
		refs, total, err := b.Browse(p.Context, kind, order, lo, hi-lo)
		if err != nil {
			return nil, a.userError(p.Context, op, err)
		}
		items := make([]any, len(refs))
		for i, r := range refs {
			items[i] = r
		}
		return &page{items: items, start: min(lo, total), total: total}, nil
	}
}

// nodeInterface is the Node interface of the objects that have an id:
// people and shows, whose source is a graph.Ref.
func nodeInterface(person, show **graphql.Object) *graphql.Interface {
	return graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Node",
		Description: "An object with an id, which node(id) finds again: a person or a show.",
		Fields: graphql.Fields{
			"id": {Type: graphql.NewNonNull(graphql.ID), Description: "\"person:\" or \"show:\" and the folded name."},
		},
		ResolveType: func(p graphql.ResolveTypeParams) *graphql.Object {
			if r, ok := p.Value.(graph.Ref); ok && strings.HasPrefix(r.ID, graph.NodeShow+":") {
				return *show
			}
			return *person
		},
	})
}

// resolveNode finds a person or show by its id; null when the graph has
// none with that id.
func (a *api) resolveNode(p graphql.ResolveParams) (any, error) {
	id := p.Args["id"].(string)
	kind, key, ok := strings.Cut(id, ":")
	if !ok || key == "" || (kind != graph.NodePerson && kind != graph.NodeShow) {
		return nil, badInput("node: %q is not the id of a person or show (person:KEY or show:KEY)", id)
	}
	var load func() (graph.Ref, error)
	if kind == graph.NodePerson {
		l := a.person(p.Context, key)
		load = func() (graph.Ref, error) {
			pe, err := l()
			if err != nil {
				return graph.Ref{}, err
			}
			return pe.Ref, nil
		}
	} else {
		l := a.show(p.Context, key)
		load = func() (graph.Ref, error) {
			s, err := l()
			if err != nil {
				return graph.Ref{}, err
			}
			return s.Ref, nil
		}
	}
	return func() (any, error) {
		ref, err := load()
		if graph.ErrorCode(err) == graph.ENOTFOUND || (err == nil && ref.ID != id) {
			return nil, nil
		}
		if err != nil {
			return nil, a.userError(p.Context, "node", err)
		}
		return ref, nil
	}, nil
}
