package schema

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

func itoa(n int) string { return strconv.Itoa(n) }

// personField resolves a field of a Person (whose source is its graph.Ref)
// from the whole person, loaded in one batch with the other people of the
// same level of the query.
func (a *api) personField(f func(p *graph.Person, args map[string]any) (any, error)) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		load := a.person(p.Context, refOf(p.Source).Name)
		return func() (any, error) {
			full, err := load()
			if err != nil {
				return nil, a.userError(p.Context, "person", err)
			}
			return f(full, p.Args)
		}, nil
	}
}

// showField is personField for shows.
func (a *api) showField(f func(s *graph.Show, args map[string]any) (any, error)) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		load := a.show(p.Context, refOf(p.Source).Name)
		return func() (any, error) {
			full, err := load()
			if err != nil {
				return nil, a.userError(p.Context, "show", err)
			}
			return f(full, p.Args)
		}, nil
	}
}

func (a *api) resolveShow(p graphql.ResolveParams) (any, error) {
	load := a.show(p.Context, p.Args["title"].(string))
	return func() (any, error) {
		s, err := load()
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			return nil, nil
		}
		if err != nil {
			return nil, a.userError(p.Context, "show", err)
		}
		return &s.Ref, nil
	}, nil
}

func (a *api) resolvePerson(p graphql.ResolveParams) (any, error) {
	load := a.person(p.Context, p.Args["name"].(string))
	return func() (any, error) {
		pe, err := load()
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			return nil, nil
		}
		if err != nil {
			return nil, a.userError(p.Context, "person", err)
		}
		return &pe.Ref, nil
	}, nil
}

// searchScan is how many hits a filtered or paged search reads from the
// store before filtering: totalCount counts at most this many.
const searchScan = 1000

func (a *api) resolveSearch(p graphql.ResolveParams) (any, error) {
	first, _ := p.Args["first"].(int)
	if first < 1 || first > a.cfg.MaxFirst {
		return nil, limitError("BAD_USER_INPUT", "maxFirst", a.cfg.MaxFirst, "search: first must be between 1 and %d (the maxFirst limit), got %d", a.cfg.MaxFirst, first)
	}
	kind, _ := p.Args["kind"].(string)
	limit := first
	if kind != "" {
		limit = searchScan
	}
	hits, err := a.store.Search(p.Context, p.Args["text"].(string), limit)
	if err != nil {
		return nil, a.userError(p.Context, "search", err)
	}
	hits = filterHits(hits, kind)
	if len(hits) > first {
		hits = hits[:first]
	}
	return ptrs(hits), nil
}

func (a *api) resolveSearchConnection(p graphql.ResolveParams) (any, error) {
	if err := a.checkFirst(p.Args); err != nil {
		return nil, err
	}
	hits, err := a.store.Search(p.Context, p.Args["text"].(string), searchScan)
	if err != nil {
		return nil, a.userError(p.Context, "searchConnection", err)
	}
	kind, _ := p.Args["kind"].(string)
	return a.paginate(filterHits(hits, kind), p.Args)
}

func filterHits(hits []graph.SearchHit, kind string) []graph.SearchHit {
	out := make([]graph.SearchHit, 0, len(hits))
	for _, h := range hits {
		if kind == "" || h.Kind == kind {
			out = append(out, h)
		}
	}
	return out
}

// filterCredits keeps the credits that match the kind, season and job
// arguments, where given.
func filterCredits(cs []graph.Credit, args map[string]any) []graph.Credit {
	kind, _ := args["kind"].(string)
	season, bySeason := args["season"].(int)
	job, _ := args["job"].(string)
	job = strings.ToLower(strings.TrimSpace(job))
	if kind == "" && !bySeason && job == "" {
		return cs
	}
	out := make([]graph.Credit, 0, len(cs))
	for _, c := range cs {
		if (kind == "" || c.Kind == kind) && (!bySeason || slices.Contains(c.Seasons, season)) && (job == "" || c.Job == job) {
			out = append(out, c)
		}
	}
	return out
}

// mergeCredits returns cast and crew credits in one list, in the order sort
// gives.
func mergeCredits(cast, crew []graph.Credit, sort func([]graph.Credit)) []graph.Credit {
	all := make([]graph.Credit, 0, len(cast)+len(crew))
	all = append(append(all, cast...), crew...)
	sort(all)
	return all
}

func (a *api) resolveLinking(p graphql.ResolveParams) (any, error) {
	ev := selects(p.Info.FieldASTs, p.Info.Fragments, "evidence")
	links, err := graph.LinkingActorsOf(p.Context, a.store, p.Args["showA"].(string), p.Args["showB"].(string), ev)
	if err != nil {
		return nil, a.userError(p.Context, "linkingActors", err)
	}
	return ptrs(links), nil
}

func (a *api) resolvePath(p graphql.ResolveParams) (any, error) {
	hops, _ := p.Args["maxHops"].(int)
	path, err := a.store.ShortestPath(p.Context, p.Args["from"].(string), p.Args["to"].(string), hops)
	if err != nil {
		return nil, a.userError(p.Context, "shortestPath", err)
	}
	if path == nil {
		return nil, nil
	}
	return path, nil
}

func (a *api) resolveStats(p graphql.ResolveParams) (any, error) {
	st, err := a.store.Stats(p.Context)
	if err != nil {
		return nil, a.userError(p.Context, "stats", err)
	}
	return st, nil
}

// loadResult is what a mutation returns.
type loadResult struct {
	source    string
	sum       graph.LoadSummary
	facts     []graph.Fact
	retracted *retracted // what a replacing load took back; nil for a plain load
}

// mayWrite says whether the request may run a mutation, and why not.
func (a *api) mayWrite(ctx context.Context, op string) error {
	return AccessError(op, a.requestFrom(ctx).access)
}

// AccessError says why a request with access acc may not run the mutation
// op ("" for any), with its code in the extensions; nil for a writer.
func AccessError(op string, acc Access) error {
	if op != "" {
		op += ": "
	}
	switch acc {
	case Writer:
		return nil
	case Unauthorized:
		return &queryError{code: "UNAUTHENTICATED", msg: op + "writes need the server's write token as a bearer token (Authorization: Bearer TOKEN)"}
	default:
		return &queryError{code: "READ_ONLY", msg: op + "this server is read-only; start it with --write-token (or CASTGRAPH_WRITE_TOKEN) to allow writes"}
	}
}

func (a *api) resolveLoadFacts(p graphql.ResolveParams) (any, error) {
	if err := a.mayWrite(p.Context, "loadFacts"); err != nil {
		return nil, err
	}
	source, _ := p.Args["source"].(string)
	if source == "" {
		source = "loadFacts"
	}
	facts, err := jsonl.Read(strings.NewReader(p.Args["jsonl"].(string)), source)
	if err != nil {
		return nil, a.userError(p.Context, "loadFacts", err)
	}
	if replace, _ := p.Args["replace"].(bool); replace {
		articles := articlesOf(source, facts)
		if len(articles) == 0 {
			return nil, badInput("loadFacts: replace needs facts, which name the articles they replace")
		}
		return a.replace(p.Context, "loadFacts", source, articles, facts)
	}
	return a.load(p.Context, "loadFacts", source, facts)
}

func (a *api) resolveIngestArticle(p graphql.ResolveParams) (any, error) {
	if err := a.mayWrite(p.Context, "ingestArticle"); err != nil {
		return nil, err
	}
	if a.cfg.Extract == nil {
		return nil, &queryError{code: "NOT_IMPLEMENTED", msg: "ingestArticle: this server has no extractor"}
	}
	id := strings.TrimSpace(p.Args["id"].(string))
	if id == "" {
		return nil, badInput("ingestArticle: id must not be empty")
	}
	date, _ := p.Args["date"].(string)
	if date != "" {
		if err := (&graph.Fact{Kind: graph.KindCast, Person: "x", Show: "x", Date: date}).Validate(); err != nil {
			return nil, badInput("ingestArticle: date %q is not YYYY-MM-DD", date)
		}
	}
	facts, err := a.cfg.Extract(p.Context, id, p.Args["text"].(string), date)
	if err != nil {
		return nil, a.userError(p.Context, "ingestArticle", err)
	}
	if replace, _ := p.Args["replace"].(bool); replace {
		if facts == nil {
			facts = []graph.Fact{}
		}
		return a.replace(p.Context, "ingestArticle", id, []string{id}, facts)
	}
	if len(facts) == 0 {
		return &loadResult{source: id, facts: []graph.Fact{}}, nil
	}
	return a.load(p.Context, "ingestArticle", id, facts)
}

func (a *api) load(ctx context.Context, op, source string, facts []graph.Fact) (any, error) {
	sum, err := a.store.Load(ctx, graph.Batch{Source: source, Facts: facts})
	if err != nil {
		return nil, a.userError(ctx, op, err)
	}
	a.logFor(ctx).Info().Str("op", op).Str("source", source).Int("facts", sum.Facts).
		Int("credits_added", sum.CreditsAdded).Int("evidence_added", sum.EvidenceAdded).Msg("loaded")
	a.audit(ctx, op, articlesOf(source, facts))
	return &loadResult{source: source, sum: sum, facts: facts}, nil
}

// audit writes the audit line of a write that succeeded: who (the name of
// the write token the request carried) changed which articles, and how.
func (a *api) audit(ctx context.Context, op string, articles []string) {
	a.logFor(ctx).Info().Str("audit", op).Str("token", a.requestFrom(ctx).who).Strs("articles", articles).Msg("write")
}

// selects reports whether a field named name is selected anywhere under
// fields, through fragments too, whatever its type or directives: when it
// says no, nothing of the answer can hold such a field.
func selects(fields []*ast.Field, fragments map[string]ast.Definition, name string) bool {
	var seen map[string]bool // the fragments spread so far
	var under func(set *ast.SelectionSet, depth int) bool
	under = func(set *ast.SelectionSet, depth int) bool {
		if set == nil {
			return false
		}
		if depth > 64 { // deeper than any valid query: say yes, to be safe
			return true
		}
		for _, sel := range set.Selections {
			switch sel := sel.(type) {
			case *ast.Field:
				if sel.Name != nil && sel.Name.Value == name || under(sel.SelectionSet, depth+1) {
					return true
				}
			case *ast.InlineFragment:
				if under(sel.SelectionSet, depth+1) {
					return true
				}
			case *ast.FragmentSpread:
				if sel.Name == nil || seen[sel.Name.Value] {
					continue
				}
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[sel.Name.Value] = true
				f, ok := fragments[sel.Name.Value].(*ast.FragmentDefinition)
				if !ok || under(f.SelectionSet, depth+1) {
					return true // an unknown fragment: say yes, to be safe
				}
			}
		}
		return false
	}
	for _, f := range fields {
		if f != nil && under(f.SelectionSet, 0) {
			return true
		}
	}
	return false
}
