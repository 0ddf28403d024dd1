package extract

import "github.com/castgraph/castgraph/graph"

// nounActorOfTitles reads a bracket after a character that names its
// actor with a performer noun and the actor's titles: "follows convict C
// (British actor X of T1 and T2)", "his wife, D (actress Y)". The actor
// plays the character in the sentence's show and is cast in the titles.
func (x *extractor) nounActorOfTitles(k, c int) bool {
	if x.sshow == "" || c-k < 4 {
		return false
	}
	n := k + 1 // the performer noun: one or two describing words before it
	for n < k+4 && n < c && !x.tok(n).has(cCastNouns) {
		if w := x.tok(n); w.kind != tWord || w.has(cStopWords) {
			return false
		}
		n++
	}
	if w := x.tok(n); !w.has(cCastNouns) || w.cap || (w.low != "actor" && w.low != "actress" && w.low != "star") {
		return false
	}
	pe := x.personAt(n + 1)
	if pe <= n+2 || pe > c || !x.personShaped(n+1, pe) {
		return false
	}
	var titles []string
	if pe < c {
		if x.tok(pe).low != "of" {
			return false
		}
		e := pe + 1
		for len(titles) < 6 && e < c {
			te := x.titleAt(e, false)
			if te <= e || te > c {
				return false
			}
			ti := unquote(x.span(e, te))
			if ti == "" || x.isNetwork(ti) || isCompany(ti) || x.knownPerson(ti) != "" || describes(ti) {
				return false
			}
			titles = append(titles, ti)
			e = te
			if x.tok(e).text == "," {
				e++
			}
			if x.tok(e).low == "and" {
				e++
			}
		}
		if e != c {
			return false
		}
	}
	cs := x.charBefore(k)
	if cs >= k {
		return false
	}
	char := x.span(cs, k)
	if x.knownPerson(char) != "" || x.isShow(char) || !x.personShaped(cs, k) {
		return false
	}
	actor := x.span(n+1, pe)
	x.add(graph.KindCast, actor, x.sshow, char, "")
	for _, ti := range titles {
		x.add(graph.KindCast, actor, ti, "", "")
	}
	return true
}
