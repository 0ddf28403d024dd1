package extract

import "github.com/castgraph/castgraph/graph"

// replacedCast reads "A is replacing (actress) B" and "A replaces B" where
// no character is named: both are cast of the sentence's show. A job word
// in the sentence ("replaces B as director") leaves it to the crew rules.
func (x *extractor) replacedCast() {
	if x.sshow == "" || x.sentHas(cJobNoun) {
		return
	}
	for k := 1; k < len(x.toks); k++ {
		if l := x.toks[k].low; l != "replacing" && l != "replaces" || x.toks[k].cap {
			continue
		}
		i := k + 1
		if l := x.tok(i).low; l == "actress" || l == "actor" {
			i++
		}
		pe := x.personAt(i)
		if pe <= i+1 {
			continue // a full name, not one word
		}
		if l := x.tok(pe).text; pe < len(x.toks) && l != "," && l != "." && l != "who" {
			continue // "replacing B as C", "replacing B in T": other rules read it
		}
		ps := x.subjectsBefore(k, 1)
		if len(ps) != 1 {
			continue
		}
		x.add(graph.KindCast, ps[0], x.sshow, "", "")
		x.add(graph.KindCast, x.resolve(x.span(i, pe)), x.sshow, "", "")
	}
}
