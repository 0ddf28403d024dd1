package extract

import "github.com/castgraph/castgraph/graph"

// whoWord holds the word whoWasInRule reads at.
var whoWord = wordMask("who")

// whoWasInRule reads the aside "X, who was in T, came back": X is T's cast.
// T is a quoted title, a show the article knows, or a title after a genre
// noun ("who was in the film T"); never a bare name, which may be a place
// ("who was in Lagos").
func (x *extractor) whoWasInRule() {
	if !x.sentHasAnyWord(whoWord) {
		return // no "who"
	}
	for k := 1; k+3 < len(x.toks); k++ {
		if !whoWord.holds(&x.toks[k]) || x.toks[k-1].text != "," || x.toks[k+2].low != "in" {
			continue
		}
		if l := x.toks[k+1].low; l != "was" && l != "is" {
			continue
		}
		at := k + 3
		ti := x.titleObject(at)
		if ti == "" || !(x.tok(at).low == "the" || isQuote(x.tok(at).text) || x.isShow(ti)) || !x.coStarTitle(ti) || placeName(ti) || countryName(ti) {
			continue
		}
		if ps := x.personBefore(k - 1); ps < k-1 {
			x.add(graph.KindCast, x.span(ps, k-1), ti, "", "")
		}
	}
}
