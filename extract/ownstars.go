package extract

// A show's own performer: "Gray Tide's own Cira Dunn", "Pale Gate’s own A
// B joins the cast": the person is cast in the title before the
// possessive; "France's own X", "Marvel's own Y" name a place or a company.

import "github.com/castgraph/castgraph/graph"

// ownStar reads "T's own X" at the possessive k, where "own" follows it:
// X, a full name, is cast in T, a title of two words or more or one the
// article knows as a show, not a place, network, company, band or person.
// It reports whether the possessive was read so.
func (x *extractor) ownStar(k int) bool {
	o := k + 1
	pe := x.personAt(o + 1)
	if pe-(o+1) < 2 || !x.personShaped(o+1, pe) {
		return false
	}
	ts, te := x.titleBefore(k), k
	if ts == k {
		ts, te = x.quotedBeforePoss(k) // "“Gray Tide”’s own X"
	}
	if x.inNetwork(k) || !x.ownTitle(ts, te) {
		return false
	}
	x.add(graph.KindCast, x.resolve(x.span(o+1, pe)), unquote(x.span(ts, te)), "", "")
	return true
}

// ownTitle reports whether the words from ts to te, before "'s own" and a
// name, are a show's title: two words or more or one the article knows as
// a show, and no place, network, company, band or person.
func (x *extractor) ownTitle(ts, te int) bool {
	if ts >= te || te-ts < 2 && !x.isShow(x.span(ts, te)) {
		return false
	}
	a := unquote(x.span(ts, te))
	return x.knownPerson(a) == "" && !x.isNetwork(a) && !hasLowerWord(placeWords, placeNameWords, a) && !countryName(a) && !regionName(a) && !describes(a) && !x.groupName(a) && !x.namedCompany(a) && !isCompany(a)
}
