package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/castgraph/castgraph/graph"
)

func nonNullList(t graphql.Output) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

// listOf is a list of non-null items that may itself be null: the type of a
// field that can fail. Such a field is null when it fails, and its error
// says why, while the rest of the response stays (GraphQL's field errors).
// A failing non-null field would instead null its parent, and one that
// resolves through a thunk the whole response, since graphql-go completes
// thunks outside their parent's error handling.
func listOf(t graphql.Output) graphql.Output {
	return graphql.NewList(graphql.NewNonNull(t))
}

// The resolvers give graphql-go what it completes cheapest: a string field
// a *string (it formats any other value with fmt), a list a []any of
// pointers to the items (it copies each item of any other slice into an
// interface), an object a pointer.

// orNull is s, or null when *s is empty.
func orNull(s *string) any {
	if *s == "" {
		return nil
	}
	return s
}

// ptrs returns pointers to the items of s, as a list to resolve to.
func ptrs[T any](s []T) []any {
	out := make([]any, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

// get resolves a field from its source, a *T (or a T, copied).
func get[T any](f func(*T) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		if s, ok := p.Source.(*T); ok {
			return f(s), nil
		}
		s := p.Source.(T)
		return f(&s), nil
	}
}

// refOf returns a person's or show's source, a *graph.Ref or a graph.Ref.
func refOf(source any) *graph.Ref {
	if r, ok := source.(*graph.Ref); ok {
		return r
	}
	r := source.(graph.Ref)
	return &r
}

func seasonsOf(c *graph.Credit) any {
	if c.Seasons != nil {
		return c.Seasons
	}
	return []int{}
}

// types builds the Query and Mutation types.
func (a *api) types() (query, mutation *graphql.Object) {
	evidence := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "One statement of a credit: the article and the sentence in it.",
		Fields: graphql.Fields{
			"article":  {Type: graphql.NewNonNull(graphql.String), Description: "The article's id or file name.", Resolve: get(func(e *graph.Evidence) any { return &e.Article })},
			"sentence": {Type: graphql.NewNonNull(graphql.String), Description: "The sentence, as the article writes it.", Resolve: get(func(e *graph.Evidence) any { return &e.Sentence })},
			"date":     {Type: graphql.String, Description: "The article's date (YYYY-MM-DD), when known.", Resolve: get(func(e *graph.Evidence) any { return orNull(&e.Date) })},
		},
	})
	evidenceList := nonNullList(evidence)
	creditKind := graphql.NewEnum(graphql.EnumConfig{
		Name:        "CreditKind",
		Description: "Cast (on screen) or crew (off screen).",
		Values: graphql.EnumValueConfigMap{
			"CAST": {Value: graph.KindCast, Description: "On screen: actor, voice actor, host, contestant."},
			"CREW": {Value: graph.KindCrew, Description: "Off screen: director, writer, creator, producer, ..."},
		},
	})
	nodeKind := graphql.NewEnum(graphql.EnumConfig{
		Name:        "NodeKind",
		Description: "What a search hit is.",
		Values: graphql.EnumValueConfigMap{
			"PERSON":    {Value: graph.NodePerson},
			"SHOW":      {Value: graph.NodeShow},
			"CHARACTER": {Value: graph.NodeCharacter},
		},
	})
	pageInfo := graphql.NewObject(graphql.ObjectConfig{
		Name:        "PageInfo",
		Description: "Where a page of a connection sits in the whole list.",
		Fields: graphql.Fields{
			"hasNextPage":     {Type: graphql.NewNonNull(graphql.Boolean), Resolve: get(func(p *page) any { return p.hasNext() })},
			"hasPreviousPage": {Type: graphql.NewNonNull(graphql.Boolean), Resolve: get(func(p *page) any { return p.start > 0 })},
			"startCursor":     {Type: graphql.String, Description: "The cursor of the first item of the page; null when the page is empty.", Resolve: get(func(p *page) any { return p.cursor(0) })},
			"endCursor":       {Type: graphql.String, Description: "The cursor of the last item of the page; pass it as `after` for the next page.", Resolve: get(func(p *page) any { return p.cursor(len(p.items) - 1) })},
		},
	})
	connection := func(name string, node graphql.Output) *graphql.Object {
		edge := graphql.NewObject(graphql.ObjectConfig{
			Name: name + "Edge",
			Fields: graphql.Fields{
				"cursor": {Type: graphql.NewNonNull(graphql.String), Resolve: get(func(e *edge) any { return &e.cursor })},
				"node":   {Type: graphql.NewNonNull(node), Resolve: get(func(e *edge) any { return e.node })},
			},
		})
		return graphql.NewObject(graphql.ObjectConfig{
			Name:        name + "Connection",
			Description: "A page of " + name + " items, in the style of Relay connections: ask for `first` items `after` a cursor, or `last` items `before` one.",
			Fields: graphql.Fields{
				"edges":      {Type: nonNullList(edge), Resolve: get(func(p *page) any { return p.edges() })},
				"nodes":      {Type: nonNullList(node), Description: "The items of the page, without cursors.", Resolve: get(func(p *page) any { return p.items })},
				"pageInfo":   {Type: graphql.NewNonNull(pageInfo), Resolve: get(func(p *page) any { return p })},
				"totalCount": {Type: graphql.NewNonNull(graphql.Int), Description: "How many items the whole list has, with the filters applied.", Resolve: get(func(p *page) any { return p.total })},
			},
		})
	}
	pageArgs := func(extra graphql.FieldConfigArgument) graphql.FieldConfigArgument {
		args := graphql.FieldConfigArgument{
			"first":  {Type: graphql.Int, Description: "How many items at most; default " + itoa(a.cfg.DefaultFirst) + ", at most " + itoa(a.cfg.MaxFirst) + "."},
			"after":  {Type: graphql.String, Description: "Start after the item with this cursor (an endCursor or edge cursor from an earlier page)."},
			"last":   {Type: graphql.Int, Description: "How many items at most from the end (of the list, or of the items before `before`), to page backward; at most " + itoa(a.cfg.MaxFirst) + "."},
			"before": {Type: graphql.String, Description: "End before the item with this cursor (a startCursor from a later page)."},
		}
		for k, v := range extra {
			args[k] = v
		}
		return args
	}
	seasonArg := &graphql.ArgumentConfig{Type: graphql.Int, Description: "Only credits stated for this season."}
	jobArg := &graphql.ArgumentConfig{Type: graphql.String, Description: "Only crew credits with this job (director, writer, ...)."}

	var person, show, character *graphql.Object
	nodeIface := nodeInterface(&person, &show, &character)
	creditFields := func(details ...string) graphql.FieldsThunk {
		return func() graphql.Fields {
			f := graphql.Fields{
				"person":   {Type: graphql.NewNonNull(person), Resolve: get(func(c *graph.Credit) any { return &c.Person })},
				"show":     {Type: graphql.NewNonNull(show), Resolve: get(func(c *graph.Credit) any { return &c.Show })},
				"seasons":  {Type: nonNullList(graphql.Int), Description: "Seasons the credit is stated for; empty when none is named.", Resolve: get(seasonsOf)},
				"evidence": {Type: evidenceList, Description: "Every statement of this credit, by article then sentence.", Resolve: get(func(c *graph.Credit) any { return ptrs(c.Evidence) })},
			}
			for _, d := range details {
				switch d {
				case "kind":
					f["kind"] = &graphql.Field{Type: graphql.NewNonNull(creditKind), Resolve: get(func(c *graph.Credit) any { return c.Kind })}
				case "character":
					f["character"] = &graphql.Field{Type: graphql.String, Description: "The character, when the articles name one.", Resolve: get(func(c *graph.Credit) any { return orNull(&c.Character) })}
				case "job":
					f["job"] = &graphql.Field{Type: graphql.String, Description: "director, writer, creator, producer, showrunner or original author, when known.", Resolve: get(func(c *graph.Credit) any { return orNull(&c.Job) })}
				}
			}
			return f
		}
	}
	role := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "A cast credit: a person PLAYED a character IN a show, or APPEARED_IN it when no character is named.",
		Fields:      creditFields("character"),
	})
	crew := graphql.NewObject(graphql.ObjectConfig{
		Name:        "CrewCredit",
		Description: "A crew credit: a person WORKED_ON a show.",
		Fields:      creditFields("job"),
	})
	credit := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Credit",
		Description: "Any credit, cast or crew.",
		Fields:      creditFields("kind", "character", "job"),
	})
	roleConn, crewConn, creditConn := connection("Role", role), connection("CrewCredit", crew), connection("Credit", credit)

	person = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Person",
		Description: "An actor or crew member.",
		Interfaces:  []*graphql.Interface{nodeIface},
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":      {Type: graphql.NewNonNull(graphql.ID), Resolve: get(func(r *graph.Ref) any { return &r.ID })},
				"name":    {Type: graphql.NewNonNull(graphql.String), Description: "The first spelling seen.", Resolve: get(func(r *graph.Ref) any { return &r.Name })},
				"aliases": {Type: listOf(graphql.String), Description: "Other spellings seen.", Resolve: a.personField(func(p *graph.Person, _ map[string]any) (any, error) { return ptrs(p.Aliases), nil })},
				"roles":   {Type: listOf(role), Description: "Cast credits, by show.", Resolve: a.personField(func(p *graph.Person, _ map[string]any) (any, error) { return ptrs(p.Roles), nil })},
				"crew":    {Type: listOf(crew), Description: "Crew credits, by show.", Resolve: a.personField(func(p *graph.Person, _ map[string]any) (any, error) { return ptrs(p.Crew), nil })},
				"rolesConnection": {Type: roleConn, Description: "Cast credits, by show, a page at a time.",
					Args: pageArgs(graphql.FieldConfigArgument{"season": seasonArg}),
					Resolve: a.personField(func(p *graph.Person, args map[string]any) (any, error) {
						return a.paginate(filterCredits(p.Roles, args), args)
					})},
				"crewConnection": {Type: crewConn, Description: "Crew credits, by show, a page at a time.",
					Args: pageArgs(graphql.FieldConfigArgument{"season": seasonArg, "job": jobArg}),
					Resolve: a.personField(func(p *graph.Person, args map[string]any) (any, error) {
						return a.paginate(filterCredits(p.Crew, args), args)
					})},
				"credits": {Type: creditConn, Description: "Cast and crew credits, by show, a page at a time; filter by kind, season or job.",
					Args: pageArgs(graphql.FieldConfigArgument{"kind": {Type: creditKind, Description: "Only cast or only crew credits."}, "season": seasonArg, "job": jobArg}),
					Resolve: a.personField(func(p *graph.Person, args map[string]any) (any, error) {
						all := mergeCredits(p.Roles, p.Crew, graph.SortPersonCredits)
						return a.paginate(filterCredits(all, args), args)
					})},
			}
		}),
	})
	show = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Show",
		Description: "A series or film.",
		Interfaces:  []*graphql.Interface{nodeIface},
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":      {Type: graphql.NewNonNull(graphql.ID), Resolve: get(func(r *graph.Ref) any { return &r.ID })},
				"title":   {Type: graphql.NewNonNull(graphql.String), Description: "The first spelling seen, without a season qualifier.", Resolve: get(func(r *graph.Ref) any { return &r.Name })},
				"aliases": {Type: listOf(graphql.String), Description: "Other spellings seen.", Resolve: a.showField(func(s *graph.Show, _ map[string]any) (any, error) { return ptrs(s.Aliases), nil })},
				"cast":    {Type: listOf(role), Description: "Cast credits, by person.", Resolve: a.showField(func(s *graph.Show, _ map[string]any) (any, error) { return ptrs(s.Cast), nil })},
				"crew":    {Type: listOf(crew), Description: "Crew credits, by person.", Resolve: a.showField(func(s *graph.Show, _ map[string]any) (any, error) { return ptrs(s.Crew), nil })},
				"characters": {Type: listOf(character), Description: "The characters the articles name in it, by name folded, each with the credits that play it.",
					Resolve: a.showField(func(s *graph.Show, _ map[string]any) (any, error) { return charactersOf(s), nil })},
				"castConnection": {Type: roleConn, Description: "Cast credits, by person, a page at a time.",
					Args: pageArgs(graphql.FieldConfigArgument{"season": seasonArg}),
					Resolve: a.showField(func(s *graph.Show, args map[string]any) (any, error) {
						return a.paginate(filterCredits(s.Cast, args), args)
					})},
				"crewConnection": {Type: crewConn, Description: "Crew credits, by person, a page at a time.",
					Args: pageArgs(graphql.FieldConfigArgument{"season": seasonArg, "job": jobArg}),
					Resolve: a.showField(func(s *graph.Show, args map[string]any) (any, error) {
						return a.paginate(filterCredits(s.Crew, args), args)
					})},
				"credits": {Type: creditConn, Description: "Cast and crew credits, by person, a page at a time; filter by kind, season or job.",
					Args: pageArgs(graphql.FieldConfigArgument{"kind": {Type: creditKind, Description: "Only cast or only crew credits."}, "season": seasonArg, "job": jobArg}),
					Resolve: a.showField(func(s *graph.Show, args map[string]any) (any, error) {
						all := mergeCredits(s.Cast, s.Crew, graph.SortShowCredits)
						return a.paginate(filterCredits(all, args), args)
					})},
			}
		}),
	})
	character = characterType(nodeIface, show, role)
	link := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Link",
		Description: "A person in the cast of both shows.",
		Fields: graphql.Fields{
			"person": {Type: graphql.NewNonNull(person), Resolve: get(func(l *graph.Link) any { return &l.Person })},
			"inA":    {Type: nonNullList(role), Resolve: get(func(l *graph.Link) any { return ptrs(l.InA) })},
			"inB":    {Type: nonNullList(role), Resolve: get(func(l *graph.Link) any { return ptrs(l.InB) })},
		},
	})
	pathNode := graphql.NewObject(graphql.ObjectConfig{
		Name:        "PathNode",
		Description: "A step of a path: a person or a show.",
		Fields: graphql.Fields{
			"kind":     {Type: graphql.NewNonNull(graphql.String), Description: "person or show", Resolve: get(func(n *graph.PathNode) any { return &n.Kind })},
			"id":       {Type: graphql.NewNonNull(graphql.ID), Resolve: get(func(n *graph.PathNode) any { return &n.ID })},
			"name":     {Type: graphql.NewNonNull(graphql.String), Resolve: get(func(n *graph.PathNode) any { return &n.Name })},
			"evidence": {Type: evidenceList, Description: "Evidence of the edge that leads to this node; empty for the first.", Resolve: get(func(n *graph.PathNode) any { return ptrs(n.Evidence) })},
		},
	})
	path := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Path",
		Description: "A chain of credits, alternating people and shows.",
		Fields: graphql.Fields{
			"length": {Type: graphql.NewNonNull(graphql.Int), Description: "The number of edges.", Resolve: get(func(p *graph.Path) any { return p.Length })},
			"nodes":  {Type: nonNullList(pathNode), Resolve: get(func(p *graph.Path) any { return ptrs(p.Nodes) })},
		},
	})
	hit := graphql.NewObject(graphql.ObjectConfig{
		Name:        "SearchHit",
		Description: "A person, show or character that matches a search.",
		Fields: graphql.Fields{
			"kind":  {Type: graphql.NewNonNull(graphql.String), Description: "person, show or character", Resolve: get(func(h *graph.SearchHit) any { return &h.Kind })},
			"id":    {Type: graphql.NewNonNull(graphql.ID), Resolve: get(func(h *graph.SearchHit) any { return &h.ID })},
			"name":  {Type: graphql.NewNonNull(graphql.String), Resolve: get(func(h *graph.SearchHit) any { return &h.Name })},
			"show":  {Type: graphql.String, Description: "For a character: its show's title.", Resolve: get(func(h *graph.SearchHit) any { return orNull(&h.Show) })},
			"score": {Type: graphql.NewNonNull(graphql.Float), Description: "1 whole name, 0.75 prefix, 0.5 whole words, 0.25 word prefix; below 0.25 with typos: up to 0.2 for the whole name, up to 0.1 for some of its words.", Resolve: get(func(h *graph.SearchHit) any { return h.Score })},
		},
	})
	hitConn := connection("SearchHit", hit)
	stat := func(f func(graph.Stats) int) *graphql.Field {
		return &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: get(func(s *graph.Stats) any { return f(*s) })}
	}
	stats := graphql.NewObject(graphql.ObjectConfig{
		Name: "Stats",
		Fields: graphql.Fields{
			"people":     stat(func(s graph.Stats) int { return s.People }),
			"shows":      stat(func(s graph.Stats) int { return s.Shows }),
			"characters": stat(func(s graph.Stats) int { return s.Characters }),
			"credits":    stat(func(s graph.Stats) int { return s.Credits }),
			"articles":   stat(func(s graph.Stats) int { return s.Articles }),
		},
	})
	str := func(desc string) *graphql.ArgumentConfig {
		return &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String), Description: desc}
	}
	query = graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"show": {Type: show, Description: "A show by title (case, accents, punctuation and a season qualifier are ignored); null when unknown.",
				Args: graphql.FieldConfigArgument{"title": str("")}, Resolve: a.resolveShow},
			"node": {Type: nodeIface, Description: "A person or show by its id (as its id field gives it); null when unknown.",
				Args:    graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID)}},
				Resolve: a.resolveNode},
			"shows": {Type: connection("Show", show), Description: "Every show, a page at a time: by title, or most credits first.",
				Args: pageArgs(graphql.FieldConfigArgument{"orderBy": {Type: browseOrder("ShowOrder", "TITLE", "How the shows connection is ordered."),
					DefaultValue: graph.OrderName}}),
				Resolve: a.resolveBrowse(graph.NodeShow)},
			"people": {Type: connection("Person", person), Description: "Every person, a page at a time: by name, or most credits first.",
				Args: pageArgs(graphql.FieldConfigArgument{"orderBy": {Type: browseOrder("PersonOrder", "NAME", "How the people connection is ordered."),
					DefaultValue: graph.OrderName}}),
				Resolve: a.resolveBrowse(graph.NodePerson)},
			"person": {Type: person, Description: "A person by name; null when unknown.",
				Args: graphql.FieldConfigArgument{"name": str("")}, Resolve: a.resolvePerson},
			"search": {Type: listOf(hit), Description: "People, shows and characters whose name matches: whole, prefix, whole word or word prefix; best first. Then, when there is room, those that match with a typo in each word (one rune added, dropped, changed, or two swapped, in words of 3 runes or more), closest first.",
				Args: graphql.FieldConfigArgument{
					"text":  str("What to look for."),
					"kind":  {Type: nodeKind, Description: "Only hits of this kind."},
					"first": {Type: graphql.Int, DefaultValue: 10, Description: "How many hits at most (1.." + itoa(a.cfg.MaxFirst) + ")."},
				}, Resolve: a.resolveSearch},
			"searchConnection": {Type: hitConn, Description: "Search hits, best first, a page at a time; filter by kind.",
				Args:    pageArgs(graphql.FieldConfigArgument{"text": str("What to look for."), "kind": {Type: nodeKind, Description: "Only hits of this kind."}}),
				Resolve: a.resolveSearchConnection},
			"linkingActors": {Type: listOf(link), Description: "The people credited in the cast of both shows, by name. An unknown show is a NOT_FOUND error that suggests up to 3 shows it may mean, in its message and as extensions.suggestions.",
				Args:    graphql.FieldConfigArgument{"showA": str(""), "showB": str("")},
				Resolve: a.resolveLinking},
			"shortestPath": {Type: path, Description: "The shortest chain of credits between two people or shows (a name is tried as a person first); null when none within maxHops.",
				Args: graphql.FieldConfigArgument{
					"from":    str("A person's name or a show's title."),
					"to":      str("A person's name or a show's title."),
					"maxHops": {Type: graphql.Int, DefaultValue: 6, Description: "The most edges the path may have (1..12)."},
				}, Resolve: a.resolvePath},
			"stats": {Type: stats, Description: "Counts of what the graph holds.", Resolve: a.resolveStats},
		},
	})

	fact := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Fact",
		Description: "One credit as an article states it, as it was loaded.",
		Fields: graphql.Fields{
			"kind":      {Type: graphql.NewNonNull(creditKind), Resolve: get(func(f *graph.Fact) any { return f.Kind })},
			"person":    {Type: graphql.NewNonNull(graphql.String), Resolve: get(func(f *graph.Fact) any { return &f.Person })},
			"show":      {Type: graphql.NewNonNull(graphql.String), Resolve: get(func(f *graph.Fact) any { return &f.Show })},
			"character": {Type: graphql.String, Resolve: get(func(f *graph.Fact) any { return orNull(&f.Character) })},
			"job":       {Type: graphql.String, Resolve: get(func(f *graph.Fact) any { return orNull(&f.Job) })},
			"seasons": {Type: nonNullList(graphql.Int), Resolve: get(func(f *graph.Fact) any {
				if f.Seasons == nil {
					return []int{}
				}
				return f.Seasons
			})},
			"evidence": {Type: graphql.String, Description: "The sentence the fact was read from.", Resolve: get(func(f *graph.Fact) any { return orNull(&f.Evidence) })},
			"article":  {Type: graphql.String, Resolve: get(func(f *graph.Fact) any { return orNull(&f.Article) })},
			"date":     {Type: graphql.String, Resolve: get(func(f *graph.Fact) any { return orNull(&f.Date) })},
		},
	})
	count := func(f func(*loadResult) int, desc string) *graphql.Field {
		return &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: desc, Resolve: get(func(r *loadResult) any { return f(r) })}
	}
	retractResult := retractResultType()
	loadResultType := graphql.NewObject(graphql.ObjectConfig{
		Name:        "LoadResult",
		Description: "What one load added to the graph.",
		Fields: graphql.Fields{
			"source":           {Type: graphql.NewNonNull(graphql.String), Description: "Where the facts came from.", Resolve: get(func(r *loadResult) any { return &r.source })},
			"facts":            {Type: nonNullList(fact), Description: "The facts loaded, as normalized.", Resolve: get(func(r *loadResult) any { return ptrs(r.facts) })},
			"factCount":        count(func(r *loadResult) int { return r.sum.Facts }, "How many facts the load had."),
			"peopleAdded":      count(func(r *loadResult) int { return r.sum.PeopleAdded }, ""),
			"showsAdded":       count(func(r *loadResult) int { return r.sum.ShowsAdded }, ""),
			"charactersAdded":  count(func(r *loadResult) int { return r.sum.CharactersAdded }, ""),
			"creditsAdded":     count(func(r *loadResult) int { return r.sum.CreditsAdded }, "New edges."),
			"creditsExisting":  count(func(r *loadResult) int { return r.sum.CreditsExisting }, "Facts whose edge was already there."),
			"evidenceAdded":    count(func(r *loadResult) int { return r.sum.EvidenceAdded }, "New statements kept on edges."),
			"evidenceExisting": count(func(r *loadResult) int { return r.sum.EvidenceExisting }, "Statements already kept."),
			"retracted": {Type: retractResult, Description: "With replace: what was taken back before the load. Null otherwise.",
				Resolve: get(func(r *loadResult) any {
					if r.retracted == nil {
						return nil
					}
					return r.retracted
				})},
		},
	})
	mutation = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Mutation",
		Description: "Writes. They run only when the server was started with a write token, and only for requests that carry it (Authorization: Bearer TOKEN).",
		Fields: graphql.Fields{
			"loadFacts": {Type: loadResultType, Description: "Load facts in the JSON Lines form of the facts files, in one transaction: all of them or none.",
				Args: graphql.FieldConfigArgument{
					"jsonl":  str("One fact per line."),
					"source": {Type: graphql.String, Description: "A name for the facts in messages and as their article when a fact has none; default \"loadFacts\"."},
					"replace": {Type: graphql.Boolean, DefaultValue: false,
						Description: "Take back every statement of the articles the facts name first, in the same transaction: the facts replace those articles' old ones."},
				},
				Resolve: a.resolveLoadFacts},
			"ingestArticle": {Type: loadResultType, Description: "Extract the credits an article states and load them, in one transaction.",
				Args: graphql.FieldConfigArgument{
					"id":   str("The article's id: its facts name it as their article."),
					"text": str("The article: plain text, or a saved HTML page."),
					"date": {Type: graphql.String, Description: "The article's date, YYYY-MM-DD, when the text does not say."},
					"replace": {Type: graphql.Boolean, DefaultValue: false,
						Description: "Take back the article's statements first, in the same transaction: a corrected article replaces its old facts (and, when it states none, its old facts go)."},
				},
				Resolve: a.resolveIngestArticle},
			"retractArticle": {Type: retractResult, Description: "Take back every statement an article gave, in one transaction: a credit left with no statement goes, and so do the people, shows and characters left with no credit. An article the graph does not hold is a NOT_FOUND error, and nothing changes.",
				Args:    graphql.FieldConfigArgument{"article": str("The article's id, as its facts and evidence name it.")},
				Resolve: a.resolveRetractArticle},
		},
	})
	return query, mutation
}
