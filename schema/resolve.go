package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/castgraph/castgraph/graph"
)

// MaxSearchFirst is the most search hits one query may ask for.
const MaxSearchFirst = 100

func (a *api) personField(f func(*graph.Person) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		ref := p.Source.(graph.Ref)
		full, err := a.person(p.Context, ref.Name)
		if err != nil {
			return nil, a.userError("person", err)
		}
		return f(full), nil
	}
}

func (a *api) showField(f func(*graph.Show) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		ref := p.Source.(graph.Ref)
		full, err := a.show(p.Context, ref.Name)
		if err != nil {
			return nil, a.userError("show", err)
		}
		return f(full), nil
	}
}

func (a *api) resolveShow(p graphql.ResolveParams) (any, error) {
	s, err := a.show(p.Context, p.Args["title"].(string))
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, a.userError("show", err)
	}
	return s.Ref, nil
}

func (a *api) resolvePerson(p graphql.ResolveParams) (any, error) {
	pe, err := a.person(p.Context, p.Args["name"].(string))
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, a.userError("person", err)
	}
	return pe.Ref, nil
}

func (a *api) resolveSearch(p graphql.ResolveParams) (any, error) {
	first, _ := p.Args["first"].(int)
	if first < 1 || first > MaxSearchFirst {
		return nil, &queryError{code: "BAD_USER_INPUT", msg: "search: first must be between 1 and 100"}
	}
	hits, err := a.store.Search(p.Context, p.Args["text"].(string), first)
	if err != nil {
		return nil, a.userError("search", err)
	}
	if hits == nil {
		hits = []graph.SearchHit{}
	}
	return hits, nil
}

func (a *api) resolveLinking(p graphql.ResolveParams) (any, error) {
	links, err := a.store.LinkingActors(p.Context, p.Args["showA"].(string), p.Args["showB"].(string))
	if err != nil {
		return nil, a.userError("linkingActors", err)
	}
	if links == nil {
		links = []graph.Link{}
	}
	return links, nil
}

func (a *api) resolvePath(p graphql.ResolveParams) (any, error) {
	hops, _ := p.Args["maxHops"].(int)
	path, err := a.store.ShortestPath(p.Context, p.Args["from"].(string), p.Args["to"].(string), hops)
	if err != nil {
		return nil, a.userError("shortestPath", err)
	}
	if path == nil {
		return nil, nil
	}
	return path, nil
}

func (a *api) resolveStats(p graphql.ResolveParams) (any, error) {
	st, err := a.store.Stats(p.Context)
	if err != nil {
		return nil, a.userError("stats", err)
	}
	return st, nil
}
