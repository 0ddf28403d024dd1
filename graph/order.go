package graph

import (
	"cmp"
	"slices"
)

// The orders below are part of the Store contract: every store sorts its
// answers with them, so that two stores give identical answers.

// SortEvidence sorts evidence by article, then sentence, then date, and drops
// exact duplicates.
func SortEvidence(ev []Evidence) []Evidence {
	slices.SortFunc(ev, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Date, b.Date))
	})
	return slices.Compact(ev)
}

// SortShowCredits sorts a show's credits by person key, then character key,
// then job.
func SortShowCredits(cs []Credit) {
	slices.SortFunc(cs, func(a, b Credit) int {
		return cmp.Or(cmp.Compare(a.Person.ID, b.Person.ID), cmp.Compare(Fold(a.Character), Fold(b.Character)), cmp.Compare(a.Job, b.Job))
	})
}

// SortPersonCredits sorts a person's credits by show key, then character
// key, then job.
func SortPersonCredits(cs []Credit) {
	slices.SortFunc(cs, func(a, b Credit) int {
		return cmp.Or(cmp.Compare(a.Show.ID, b.Show.ID), cmp.Compare(Fold(a.Character), Fold(b.Character)), cmp.Compare(a.Job, b.Job))
	})
}

// SortHits sorts search hits best first, then by kind, then by folded name,
// then by ID.
func SortHits(hs []SearchHit) {
	slices.SortFunc(hs, func(a, b SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Kind, b.Kind), cmp.Compare(Fold(a.Name), Fold(b.Name)), cmp.Compare(a.ID, b.ID))
	})
}
