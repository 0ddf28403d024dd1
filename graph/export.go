package graph

import (
	"context"
	"slices"
)

// Lister is a Store that can list the names of its nodes. Export and copy
// between stores are built on it.
type Lister interface {
	// Names calls fn with the display name of every node of kind (NodePerson
	// or NodeShow), in node ID order. It stops at fn's first error.
	Names(ctx context.Context, kind string, fn func(name string) error) error
}

// Export calls fn with facts that, loaded in order into an empty store,
// rebuild the graph of s: the same people, shows, characters, credits,
// seasons and evidence, the same display names, and the aliases of people
// and shows. One fact is written per statement of evidence; the aliases
// come last, each as a restatement of a credit under the other spelling.
// (A character's other spellings are not kept.)
func Export(ctx context.Context, s Store, fn func(Fact) error) error {
	l, ok := s.(Lister)
	if !ok {
		return Errorf(EINVALID, "this store cannot list its nodes, so it cannot be exported")
	}
	var aliases []Fact
	err := l.Names(ctx, NodePerson, func(name string) error {
		p, err := s.Person(ctx, name)
		if err != nil {
			return err
		}
		credits := append(slices.Clone(p.Roles), p.Crew...)
		for _, c := range credits {
			for _, f := range CreditFacts(c) {
				if err := fn(f); err != nil {
					return err
				}
			}
		}
		if len(credits) > 0 {
			for _, a := range p.Aliases {
				f := CreditFacts(credits[0])[0]
				f.Person = a
				aliases = append(aliases, f)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = l.Names(ctx, NodeShow, func(title string) error {
		sh, err := s.Show(ctx, title)
		if err != nil {
			return err
		}
		credits := append(slices.Clone(sh.Cast), sh.Crew...)
		if len(credits) > 0 {
			for _, a := range sh.Aliases {
				f := CreditFacts(credits[0])[0]
				f.Show = a
				aliases = append(aliases, f)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range aliases {
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// CreditFacts returns the facts that state credit c: one per piece of
// evidence (or one with no evidence), each with the credit's seasons.
func CreditFacts(c Credit) []Fact {
	base := Fact{Kind: c.Kind, Person: c.Person.Name, Show: c.Show.Name, Character: c.Character,
		Job: c.Job, Seasons: slices.Clone(c.Seasons)}
	if len(c.Evidence) == 0 {
		return []Fact{base}
	}
	out := make([]Fact, len(c.Evidence))
	for i, e := range c.Evidence {
		f := base
		f.Evidence, f.Article, f.Date = e.Sentence, e.Article, e.Date
		out[i] = f
	}
	return out
}
