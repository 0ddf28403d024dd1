package schema

import (
	"context"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/castgraph/castgraph/graph"
)

// retracted is what retractArticle returns, and what a replacing load took
// back.
type retracted struct {
	articles []string
	sum      graph.RetractSummary
}

func retractResultType() *graphql.Object {
	count := func(f func(graph.RetractSummary) int, desc string) *graphql.Field {
		return &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: desc,
			Resolve: get(func(r *retracted) any { return f(r.sum) })}
	}
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "RetractResult",
		Description: "What taking an article back removed from the graph.",
		Fields: graphql.Fields{
			"articles": {Type: nonNullList(graphql.String), Description: "The articles named.",
				Resolve: get(func(r *retracted) any { return ptrs(r.articles) })},
			"articlesRetracted": count(func(s graph.RetractSummary) int { return s.Articles }, "How many of them the graph held."),
			"evidenceRemoved":   count(func(s graph.RetractSummary) int { return s.EvidenceRemoved }, "Statements of the articles taken off credits."),
			"creditsRemoved":    count(func(s graph.RetractSummary) int { return s.CreditsRemoved }, "Credits left with no statement, removed."),
			"peopleRemoved":     count(func(s graph.RetractSummary) int { return s.PeopleRemoved }, "People left with no credit, removed."),
			"showsRemoved":      count(func(s graph.RetractSummary) int { return s.ShowsRemoved }, "Shows left with no credit, removed."),
			"charactersRemoved": count(func(s graph.RetractSummary) int { return s.CharactersRemoved }, "Characters no one plays any more, removed."),
		},
	})
}

// retracter returns the store as a graph.Retracter, or the error to give.
func (a *api) retracter(op string) (graph.Retracter, error) {
	r, ok := a.store.(graph.Retracter)
	if !ok {
		return nil, &queryError{code: "NOT_IMPLEMENTED", msg: op + ": this store cannot retract articles"}
	}
	return r, nil
}

func (a *api) resolveRetractArticle(p graphql.ResolveParams) (any, error) {
	const op = "retractArticle"
	if err := a.mayWrite(p.Context, op); err != nil {
		return nil, err
	}
	r, err := a.retracter(op)
	if err != nil {
		return nil, err
	}
	article := strings.TrimSpace(p.Args["article"].(string))
	if article == "" {
		return nil, badInput("%s: article must not be empty", op)
	}
	sum, err := r.Retract(p.Context, []string{article})
	if err != nil {
		return nil, a.userError(p.Context, op, err)
	}
	a.logFor(p.Context).Info().Str("op", op).Str("article", article).Int("evidence_removed", sum.EvidenceRemoved).
		Int("credits_removed", sum.CreditsRemoved).Msg("retracted")
	a.audit(p.Context, op, []string{article})
	return &retracted{articles: []string{article}, sum: sum}, nil
}

// replace loads facts in the place of the articles' old facts, in one
// transaction.
func (a *api) replace(ctx context.Context, op, source string, articles []string, facts []graph.Fact) (any, error) {
	r, err := a.retracter(op)
	if err != nil {
		return nil, err
	}
	rs, sum, err := r.Replace(ctx, articles, graph.Batch{Source: source, Facts: facts})
	if err != nil {
		return nil, a.userError(ctx, op, err)
	}
	a.logFor(ctx).Info().Str("op", op).Str("source", source).Strs("articles", articles).Int("facts", sum.Facts).
		Int("evidence_removed", rs.EvidenceRemoved).Int("credits_removed", rs.CreditsRemoved).
		Int("credits_added", sum.CreditsAdded).Int("evidence_added", sum.EvidenceAdded).Msg("replaced")
	a.audit(ctx, op, articles)
	return &loadResult{source: source, sum: sum, facts: facts, retracted: &retracted{articles: articles, sum: rs}}, nil
}

// articlesOf returns the articles facts name, in their order, each once; a
// fact with no article names source.
func articlesOf(source string, facts []graph.Fact) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range facts {
		a := strings.TrimSpace(f.Article)
		if a == "" {
			a = source
		}
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}
