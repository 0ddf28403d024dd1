package extract

import "github.com/castgraph/castgraph/graph"

// A show's possessive and "own" before a name: "Blue Rain's own X",
// "“T”'s own Y": the show's cast member. A place's or a country's ("France's
// own X") names no show, so T is taken only where the article credits it as
// a show or quotes it.

// ownMask holds the word the rule starts at.
var ownMask = wordMask("own")

// ownNameRule reads "T's own X": X is cast in T.
func (x *extractor) ownNameRule() {
	if !x.sentHasAnyWord(ownMask) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !ownMask.holds(&t[k]) || t[k].cap || t[k-1].kind != tPoss || x.inBr[k] {
			continue
		}
		pe := x.personAt(k + 1)
		if pe < k+3 {
			continue // a full name after "own"
		}
		te := k - 1
		quoted := x.closeQuote(te - 1)
		ts := x.titleBefore(te)
		if quoted {
			ts = x.titleBefore(te - 1)
			if ts > 0 && isQuote(x.tok(ts-1).text) {
				ts--
			}
		}
		if ts >= te {
			continue
		}
		title := unquote(x.span(ts, te))
		if !quoted && !x.isShow(title) || x.isNetwork(title) || x.knownPerson(title) != "" {
			continue
		}
		x.add(graph.KindCast, x.span(k+1, pe), title, "", "")
	}
}
