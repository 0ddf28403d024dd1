package extract

// "who brought us T": makers named through the shows they made before,
// "X and Y of Company, who brought us T1 and T2", "the team that brought
// you T", and the prize a show won before it ("Best Drama winner T").

import "github.com/castgraph/castgraph/graph"

var bitBrought = wordBit("brought")

// broughtUsRule credits the people before "who brought us" (or "you") in
// each title after it.
func (x *extractor) broughtUsRule() {
	if !x.sentHasWord(bitBrought) {
		return
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if t[k].low != "brought" || t[k-1].low != "who" && t[k-1].low != "also" || t[k+1].low != "us" && t[k+1].low != "you" {
			continue
		}
		people := x.subjectsBefore(k, 0)
		if len(people) == 0 {
			continue
		}
		at := k + 2
		for m := at; m < len(t) && m < at+12; m++ {
			if t[m].text == ":" {
				at = m + 1 // "the two most-awarded shows at the SAFTAs: T1 and T2"
				break
			}
		}
		for n := 0; n < 4 && at < len(t); n++ {
			at = x.pastWinnerWords(at)
			if l := x.tok(at).low; l == "the" && !x.tok(at).cap && (x.tok(at+1).low == "hit" || x.tok(at+1).has(cGenreNouns)) {
				at += 2 // "the hit T", "the drama T"
			}
			e := x.titleAt(at, false)
			if e <= at {
				break
			}
			ti := unquote(x.span(at, e))
			if x.isNetwork(ti) || describes(ti) || notTitle(ti) || x.knownPerson(ti) != "" {
				break
			}
			for _, p := range people {
				x.add(graph.KindCrew, p, ti, "", "")
			}
			if x.tok(e).low == "and" || x.tok(e).text == "," && x.tok(e+1).low == "and" {
				at = e + 1
				if x.tok(at).low == "and" {
					at++
				}
			} else if x.tok(e).text == "," && x.tok(e+1).cap {
				at = e + 1
			} else {
				break
			}
		}
	}
}

// pastWinnerWords reads past a prize's winner before a title: "Best Drama
// winner T", "Emmy-winning T".
func (x *extractor) pastWinnerWords(at int) int {
	for m := at; m < len(x.toks) && m < at+5; m++ {
		if l := x.toks[m].low; (l == "winner" || l == "winning" || l == "nominee") && !x.toks[m].cap {
			return m + 1
		}
		if !x.toks[m].cap {
			return at
		}
	}
	return at
}
