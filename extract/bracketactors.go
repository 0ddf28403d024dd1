package extract

// A synopsis names a character, then in brackets the actor the article
// credited before: "Morikawa Aoi headlines the film. ... Aoi Nisaka
// (Morikawa Aoi) is a high school student." Both are full names; the
// credit says which one is the actor.

import (
	"github.com/castgraph/castgraph/graph"
)

// castCredited reports whether the article has credited name on screen in
// a sentence read before: "Aoi Nisaka (Morikawa Aoi)" after "Morikawa Aoi
// headlines the film" brackets the actor, not a title.
func (x *extractor) castCredited(name string) bool {
	x.know.askCredits()
	k := x.fold(name)
	for i := range x.facts {
		if f := &x.facts[i]; f.Kind == graph.KindCast && f.key.person == k {
			return true
		}
	}
	return false
}

// bracketFull reports whether inner, a bracket's name after the name at
// ps..j, is a person of two names or more whom the article knows, or
// credited as cast before ("Aoi Nisaka (Morikawa Aoi)" after "Morikawa Aoi
// headlines the film"). bracketRule asks it last, where no reading of the
// words has taken the bracket: it reads the knowledge and the credits.
func (x *extractor) bracketFull(inner string, ps, j int, p part) bool {
	full := x.knownPerson(inner)
	if full == "" && x.personShaped(p.i, p.j) && x.personShaped(ps, j) && x.castCredited(inner) {
		full = inner
	}
	return full != "" && hasByte(full, ' ')
}
