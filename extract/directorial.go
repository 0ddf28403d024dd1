package extract

import "github.com/castgraph/castgraph/graph"

// directorialRule reads "directorial" as a noun, as Indian trade copy
// writes it: "The Ayan Mukerji directorial also stars X", "Atlee's
// directorial Jawan", "Jawan, an Atlee directorial, stars X": the person
// directs the title after it, the title the aside is on, or the sentence's
// show. "X's directorial debut T" is crewWorkRule's.
func (x *extractor) directorialRule() {
	if !x.sentHas(cVehicleCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k < len(t); k++ {
		if t[k].low != "directorial" || t[k].cap || x.inBr[k] {
			continue
		}
		if n := x.tok(k + 1); n.kind == tWord && !n.cap && !n.has(cStopWords|cAuxWords|cCastVerbs|cClauseVerbs) {
			continue // "directorial debut", "directorial duties": an adjective
		}
		var ps, pe int
		if t[k-1].kind == tPoss {
			pe = k - 1 // "Atlee's directorial"
		} else {
			pe = k // "the Ayan Mukerji directorial"
		}
		ps = x.personBefore(pe)
		if l := x.tok(k - 2).low; ps >= pe && pe == k && t[k-1].cap && t[k-1].kind == tWord && !t[k-1].has(cStopWords) && (l == "a" || l == "an" || l == "the") {
			ps = k - 1 // "an Atlee directorial": one name
		}
		if ps >= pe || x.isShow(x.span(ps, pe)) || x.isNetwork(x.span(ps, pe)) {
			continue
		}
		art := x.tok(ps - 1)
		if pe == k && !(art.low == "a" || art.low == "an" || art.low == "the" || art.low == "upcoming" || art.low == "latest" || art.low == "new" || art.has(cDescribe)) {
			continue // "Ayan Mukerji directorial" with no article: no noun phrase read here
		}
		show := x.sshow
		if x.titleStarts(k+1) && !x.tok(k+1).has(cStopWords) {
			if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) && x.knownPerson(x.span(k+1, e)) == "" {
				show = unquote(x.span(k+1, e)) // "Atlee's directorial Jawan"
			}
		} else if a := ps - 1; pe == k && (art.low == "a" || art.low == "an") && x.tok(a-1).text == "," {
			if ts := x.titleEndingAt(a - 1); ts < a-1 && !x.isNetwork(x.span(ts, a-1)) && !(x.personShaped(ts, a-1) && x.startsName(ts)) {
				show = unquote(x.span(ts, a-1)) // "Jawan, an Atlee directorial,"
			}
		}
		if show == "" {
			continue
		}
		x.add(graph.KindCrew, x.span(ps, pe), show, "", graph.JobDirector)
	}
}
