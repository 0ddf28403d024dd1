package extract

// A performer, the character in brackets, then the show: "Cedric Fourie
// (Lehasa) of Skeem Saam", "X (Beverley) from Coronation Street".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// charOfTitleBracket reads, at the bracket k..c, "X (C) of T" and "X (C)
// from T": a person named in full, a character's name in capitals alone in
// the bracket, then "of" or "from" and a title. X is cast in T as C. A
// country, a place, a job or a network in the bracket is no character. It
// reports whether it read the bracket.
func (x *extractor) charOfTitleBracket(k, c int) bool {
	if l := x.tok(c + 1).low; l != "of" && l != "from" || c <= k+1 || c > k+4 {
		return false
	}
	ps := x.personBefore(k)
	if ps >= k || k-ps < 2 || !x.personShaped(ps, k) {
		return false
	}
	if ce := x.charAt(k + 1); ce != c {
		return false
	}
	char := x.span(k+1, c)
	if countryName(char) || placeWords[strings.ToLower(char)] || x.isNetwork(char) || x.knownPerson(char) != "" || x.isShow(char) || describes(char) {
		return false
	}
	for m := k + 1; m < c; m++ {
		if _, job := jobNouns[x.toks[m].low]; job || isUpperCase(x.toks[m].text) && len(x.toks[m].text) > 1 {
			return false // "X (Producer) of T", "X (CEO) of Y"
		}
	}
	at := x.titlePrefix(c + 2)
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss {
		return false
	}
	title := unquote(x.span(at, e))
	if title == "" || x.isNetwork(title) || isCompany(title) || x.knownPerson(title) != "" || placeWords[strings.ToLower(title)] || countryName(title) || describes(title) {
		return false
	}
	x.add(graph.KindCast, x.span(ps, k), title, char, "")
	return true
}
