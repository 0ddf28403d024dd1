package extract

// A synopsis names a character, then in brackets the actor the article
// credited before: "Morikawa Aoi headlines the film. ... Aoi Nisaka
// (Morikawa Aoi) is a high school student." Both are full names; the
// credit says which one is the actor.

import "github.com/castgraph/castgraph/graph"

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
