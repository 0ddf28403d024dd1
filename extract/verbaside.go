package extract

// "X, best known for T, joins the cast", "X, from T, has joined": an aside
// after a name, with titles in it, then the casting verb whose subject the
// name is; and "X, the T star," itself.

import "github.com/castgraph/castgraph/graph"

// verbPastAside reports whether the comma at k opens an aside that starts
// with a word such asides start with ("known", "best", "recently",
// "from", "of"), or is "the T star" or "the star of T", and a casting
// verb follows one of its commas.
func (x *extractor) verbPastAside(k int) bool {
	w := x.tok(k + 1)
	the := w.low == "the" && !w.cap // "X, the T star, joins": an appositive that ends in a performer noun
	// "X, the star of T2, joins", "A, la protagonista de T2, se une al elenco" (read as "the star of")
	starOf := the && x.tok(k+2).has(cCastNouns) && !x.tok(k+2).cap && x.tok(k+3).low == "of"
	if w.cap || !(asideStartsIDs.has(w.id) || w.low == "from" || w.low == "of" || the) || w.low == "who" || w.low == "whose" {
		return false
	}
	for c := k + 2; c < len(x.toks) && c < k+20; c++ {
		switch x.toks[c].text {
		case "(", ")", ";", ".", ":":
			return false
		case ",":
			if p := x.tok(c - 1); the && !starOf && (!p.has(cCastNouns) || p.cap) {
				return false
			}
			if n := x.tok(c + 1); !n.cap && n.low != "who" && x.verbAt(c+1) {
				return true
			}
		}
	}
	return false
}

// inKnownForAside reports whether a list at start stands in the titles of
// a known-for aside: "X, best known for T1, Glass Orchard and T3, will
// star" (T3 is no subject of "will star").
func (x *extractor) inKnownForAside(start int) bool {
	for m := start - 1; m > 0 && m >= start-14; m-- {
		t := x.tok(m)
		switch {
		case t.low == "for" && x.tok(m-1).low == "known":
			return x.tok(m-2).text == "," || x.tok(m-2).low == "best" && x.tok(m-3).text == ","
		case t.kind == tPunct && t.text != "," && t.text != "&" && t.text != ":" || t.has(cCastVerbs) && !t.cap:
			return false
		}
	}
	return false
}

// theTitleStarRule reads the appositive "X, the T star," and "X, the former
// T actress,", and with an indefinite article "X, a former T star,", "X,
// best known as a T cast member,", "X, an ex-housemate of the T reality
// TV show,": X is cast in T (titlenouns.go).
func (x *extractor) theTitleStarRule() {
	if !x.sentHas(cCastNouns) && !x.sentHasAnyWord(memberNounMask) || !x.sentHasKind(tPunct) {
		return // no performer noun, or no comma
	}
	t := x.toks
	for k := 2; k+4 < len(t); k++ {
		if t[k].text != "," {
			continue
		}
		a, the := x.appositiveArticle(k + 1)
		if a < 0 {
			continue
		}
		ps := x.personBefore(k)
		if ps >= k || !x.personShaped(ps, k) {
			continue
		}
		if !the {
			if ti := x.memberTitle(a); ti != "" {
				x.add(graph.KindCast, x.span(ps, k), ti, "", "")
			}
			continue
		}
		m := x.titlePrefix(a)
		e := x.titleAt(m, false)
		if n := x.tok(e); e <= m || !n.has(cCastNouns) || n.cap || n.low == "stars" || !x.boundary(e+1) {
			continue
		}
		if ti := unquote(x.span(m, e)); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" {
			x.add(graph.KindCast, x.span(ps, k), ti, "", "")
		}
	}
}
