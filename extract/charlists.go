// Character lists: "classic characters like A B (C D), E F (G H)" names
// characters, each with its actor in the bracket after it.

package extract

import "github.com/castgraph/castgraph/graph"

// charListBracket reads the bracket opening at k after the name ps..j, of
// the one part parts[0], as the actor of the character the name is, where
// a character noun introduces the list the name is in; it reports whether
// it did.
func (x *extractor) charListBracket(ps, j, k int, parts []part) bool {
	if len(parts) != 1 || parts[0].poss || x.sshow == "" || isQuote(x.tok(k+1).text) {
		return false
	}
	p := parts[0]
	if !x.personShaped(p.i, p.j) || !x.personShaped(ps, j) || !x.charsListed(ps) || x.isShow(x.span(p.i, p.j)) { // the knowledge last
		return false
	}
	x.add(graph.KindCast, x.span(p.i, p.j), x.sshow, x.span(ps, j), "")
	return true
}

// charsListed reports whether the name at ps is an item of a list that a
// character noun introduces: "characters like X (Y)", "characters such as
// X (Y), Z (W)", "stars and characters including X (Y)", "the characters X
// (Y) and Z (W)". It walks back over the list's names, brackets, commas and
// "and".
func (x *extractor) charsListed(ps int) bool {
	for m := ps - 1; m >= 0 && m >= ps-60; m-- {
		t := &x.toks[m]
		switch {
		case t.text == ")":
			o := x.openOf(m)
			if o < 0 || o >= m {
				return false
			}
			m = o
			continue
		case t.low == "characters" || t.low == "character":
			return true // "the characters A (X) and B (Y)"
		case t.low == "like" || t.low == "including" || t.low == "as" && x.tok(m-1).low == "such":
			b := m - 1
			if t.low == "as" {
				b--
			}
			l := x.tok(b).low
			return l == "character" || l == "characters"
		case t.text == "," || t.low == "and" || t.kind == tWord && t.cap:
			continue
		}
		return false
	}
	return false
}
