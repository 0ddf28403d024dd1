package extract

// "X, best known for T, joins the cast", "X, from T, has joined": an aside
// after a name, with titles in it, then the casting verb whose subject the
// name is.

// verbPastAside reports whether the comma at k opens an aside that starts
// with a word such asides start with ("known", "best", "recently",
// "from", "of") and a casting verb follows one of its commas.
func (x *extractor) verbPastAside(k int) bool {
	w := x.tok(k + 1)
	if w.cap || !(asideStartWords.mayHold(w) && asideStarts[w.low] || w.low == "from" || w.low == "of") || w.low == "who" || w.low == "whose" {
		return false
	}
	for c := k + 2; c < len(x.toks) && c < k+20; c++ {
		switch x.toks[c].text {
		case "(", ")", ";", ".", ":":
			return false
		case ",":
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
