package graph

import (
	"context"
	"strings"
)

// RetractSummary says what a retraction removed.
type RetractSummary struct {
	Articles          int // articles retracted: those that had statements
	EvidenceRemoved   int // statements of those articles taken off credits
	CreditsRemoved    int // credits left with no statement, removed
	PeopleRemoved     int // people left with no credit, removed
	ShowsRemoved      int // shows left with no credit, removed
	CharactersRemoved int // characters no one plays any more, removed
}

// Add adds o's counts to s.
func (s *RetractSummary) Add(o RetractSummary) {
	s.Articles += o.Articles
	s.EvidenceRemoved += o.EvidenceRemoved
	s.CreditsRemoved += o.CreditsRemoved
	s.PeopleRemoved += o.PeopleRemoved
	s.ShowsRemoved += o.ShowsRemoved
	s.CharactersRemoved += o.CharactersRemoved
}

// Changed reports whether the retraction changed the graph.
func (s RetractSummary) Changed() bool { return s.EvidenceRemoved > 0 }

// Retracter is a Store that can take articles back: news is corrected, and
// an extraction can be wrong. Every store of castgraph offers it; callers
// find it by type assertion.
//
// Retracting an article removes every statement (Evidence) it gave. A
// credit left with no statement is removed; so is a character no credit
// plays any more, and a person or show left with no credit. What stays is
// what the other articles state: the same people, shows, characters,
// credits, seasons and evidence as a graph loaded with the other articles'
// facts alone, so every answer (Show, Person, Search, LinkingActors,
// ShortestPath, Stats) is that graph's, the spellings of a node that stays
// included: its display name is the first spelling of the facts left, in
// the order they were loaded, and an alias only the retracted article used
// is gone. The one exception is a graph a store wrote before it kept what
// each statement said (on Neo4j, credits written by an older castgraph):
// while a statement of unknown seasons or spellings stays, its credit
// keeps its seasons, and its nodes their names and aliases.
//
// An article is named as its facts name it (Fact.Article, or the batch's
// Source for a fact without one), exactly: names are not folded.
type Retracter interface {
	// Retract removes the statements of the articles, all of them in one
	// transaction: on error, or when ctx is done first, the graph is as it
	// was. ENOTFOUND, changing nothing, when an article has no statement
	// in the graph (the message names it); EINVALID for an empty list or
	// an empty name.
	Retract(ctx context.Context, articles []string) (RetractSummary, error)

	// Replace retracts the articles, those of them the graph holds, and
	// loads b, in one transaction: the corrected facts of an article take
	// the place of its old ones. An article the graph does not hold is no
	// error: Replace is then Load. The LoadSummary counts what b added to
	// the graph left by the retraction.
	Replace(ctx context.Context, articles []string, b Batch) (RetractSummary, LoadSummary, error)
}

// CheckArticles reports an empty list of articles or an empty name as
// EINVALID, and returns the names trimmed of surrounding space (as
// Fact.Normalize trims them) without repeats, in their order.
func CheckArticles(articles []string) ([]string, error) {
	if len(articles) == 0 {
		return nil, Errorf(EINVALID, "no article to retract")
	}
	seen := make(map[string]bool, len(articles))
	out := make([]string, 0, len(articles))
	for _, a := range articles {
		a = strings.TrimSpace(a)
		if a == "" {
			return nil, Errorf(EINVALID, "an article's name must not be empty")
		}
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out, nil
}

// NoArticles is the ENOTFOUND error of a retraction of articles the graph
// holds no statement of.
func NoArticles(missing []string) error {
	if len(missing) == 1 {
		return Errorf(ENOTFOUND, "no article %q in the graph: nothing was retracted", missing[0])
	}
	return Errorf(ENOTFOUND, "no articles %q in the graph: nothing was retracted", missing)
}
