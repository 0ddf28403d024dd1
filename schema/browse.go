package schema

import (
	"slices"
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
		return &page{items: ptrs(refs), start: min(lo, total), total: total}, nil
	}
}

// nodeInterface is the Node interface of the objects that have an id:
// people and shows, whose source is a graph.Ref, and characters.
func nodeInterface(person, show, character **graphql.Object) *graphql.Interface {
	return graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Node",
		Description: "An object with an id, which node(id) finds again: a person, a show or a character.",
		Fields: graphql.Fields{
			"id": {Type: graphql.NewNonNull(graphql.ID), Description: "\"person:\", \"show:\" or \"character:\" and the folded name (a character's with its show's: show/character)."},
		},
		ResolveType: func(p graphql.ResolveTypeParams) *graphql.Object {
			switch v := p.Value.(type) {
			case *characterNode:
				return *character
			case *graph.Ref:
				if strings.HasPrefix(v.ID, graph.NodeShow+":") {
					return *show
				}
			case graph.Ref:
				if strings.HasPrefix(v.ID, graph.NodeShow+":") {
					return *show
				}
			}
			return *person
		},
	})
}

// characterNode is a character: the source of a Character object.
type characterNode struct {
	id, name string
	show     graph.Ref
	cast     []graph.Credit // the credits that play it, by person
}

func characterType(nodeIface *graphql.Interface, show, role graphql.Output) *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Character",
		Description: "A character of a show, as the articles name it.",
		Interfaces:  []*graphql.Interface{nodeIface},
		Fields: graphql.Fields{
			"id":   {Type: graphql.NewNonNull(graphql.ID), Resolve: get(func(c *characterNode) any { return &c.id })},
			"name": {Type: graphql.NewNonNull(graphql.String), Description: "The first spelling seen.", Resolve: get(func(c *characterNode) any { return &c.name })},
			"show": {Type: graphql.NewNonNull(show), Resolve: get(func(c *characterNode) any { return &c.show })},
			"cast": {Type: nonNullList(role), Description: "The credits that play it, by person.", Resolve: get(func(c *characterNode) any { return ptrs(c.cast) })},
		},
	})
}

// charactersOf returns the characters of a show's cast, by key.
func charactersOf(s *graph.Show) []*characterNode {
	byKey := map[string]*characterNode{}
	var keys []string
	for _, cr := range s.Cast {
		if cr.Character == "" {
			continue
		}
		k := graph.Fold(cr.Character)
		c := byKey[k]
		if c == nil {
			c = &characterNode{id: graph.NodeCharacter + ":" + strings.TrimPrefix(s.ID, graph.NodeShow+":") + "/" + k, name: cr.Character, show: s.Ref}
			byKey[k] = c
			keys = append(keys, k)
		}
		c.cast = append(c.cast, cr)
	}
	slices.Sort(keys)
	out := make([]*characterNode, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out
}

// character finds the character whose key (graph.CharacterKey) is key
// among its show's cast: nil when there is none.
func (a *api) character(p graphql.ResolveParams, key string) (any, error) {
	showKey, charKey, ok := strings.Cut(key, "/")
	if !ok || showKey == "" || charKey == "" {
		return nil, badInput("node: %q is not the id of a character (character:SHOW/CHARACTER)", graph.NodeCharacter+":"+key)
	}
	load := a.show(p.Context, showKey)
	return func() (any, error) {
		s, err := load()
		if graph.ErrorCode(err) == graph.ENOTFOUND || (err == nil && s.ID != graph.NodeShow+":"+showKey) {
			return nil, nil
		}
		if err != nil {
			return nil, a.userError(p.Context, "node", err)
		}
		c := &characterNode{id: graph.NodeCharacter + ":" + key, show: s.Ref}
		for _, cr := range s.Cast {
			if cr.Character != "" && graph.Fold(cr.Character) == charKey {
				c.cast = append(c.cast, cr)
				c.name = cr.Character
			}
		}
		if c.cast == nil {
			return nil, nil
		}
		return c, nil
	}, nil
}

// resolveNode finds a person, show or character by its id; null when the
// graph has none with that id.
func (a *api) resolveNode(p graphql.ResolveParams) (any, error) {
	id := p.Args["id"].(string)
	kind, key, ok := strings.Cut(id, ":")
	if kind == graph.NodeCharacter && ok {
		return a.character(p, key)
	}
	if !ok || key == "" || (kind != graph.NodePerson && kind != graph.NodeShow) {
		return nil, badInput("node: %q is not the id of a person, show or character (person:KEY, show:KEY or character:SHOW/CHARACTER)", id)
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
