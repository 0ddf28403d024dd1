package extract

import "github.com/castgraph/castgraph/graph"

// partWord holds the word takePartRule reads at.
var partWord = wordMask("part")

// takePartRule reads "X will take part in T", "X and Y take part in the
// film": the subjects are T's cast. T is the sentence's project ("the
// film"), a show the article knows, a title after a genre noun ("the new
// series T") or a quoted title; never a bare unknown name ("took part in
// Cannes").
func (x *extractor) takePartRule() {
	if !x.sentHasAnyWord(partWord) {
		return // no "part"
	}
	for k := 2; k+2 < len(x.toks); k++ {
		if !partWord.holds(&x.toks[k]) || x.toks[k+1].low != "in" {
			continue
		}
		switch x.toks[k-1].low {
		case "take", "takes", "took", "taking", "taken":
		default:
			continue
		}
		at, show := k+2, ""
		if x.projectObject(at) {
			show = x.sshow
		} else if ti := x.titleObject(at); ti != "" && (x.tok(at).low == "the" || isQuote(x.tok(at).text) || x.isShow(ti)) && x.coStarTitle(ti) {
			show = ti
		}
		if show == "" {
			continue
		}
		for _, s := range x.subjectsBefore(k-1, 0) {
			x.add(graph.KindCast, s, show, "", "")
		}
	}
}
