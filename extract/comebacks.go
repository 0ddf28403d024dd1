package extract

// A comeback measured from an earlier work: "Seventeen years after T, X
// returns to television", "X returns to the small screen five years after
// T", "She makes her comeback three years after T": the earlier work is
// the returning person's credit. The time before "after" or "since" ("N
// years", "months") tells the title from a place or an event ("returns to
// Seoul after Tokyo").

import "github.com/castgraph/castgraph/graph"

// comebackMask holds the words of a return: the sentences without one
// pass the rule at the cost of a mask test.
var comebackMask = wordMask("returns", "return", "returning", "comeback", "back")

// comebackSpans are the spans of time before "after" or "since".
var comebackSpans = set(`years year months decades decade`)

// comebackCounts count the years past ten, or vaguely: "seventeen years
// after T", "a few years after T".
var comebackCounts = set(`eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty few several many`)

// comebackRule reads "N years after T, X returns" and "X returns ... N
// years after T": X is cast in T.
func (x *extractor) comebackRule() {
	if !x.sentHasAnyWord(comebackMask) {
		return
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if l := t[k].low; l != "after" && l != "since" || t[k].cap || !comebackSpansIDs.has(t[k-1].id) || t[k-1].cap || x.inBr[k] {
			continue
		}
		if n := x.tok(k - 2); n.kind != tNum && !n.has(cNumberWord) && !comebackCountsIDs.has(n.id) {
			continue // "N years", "a few years"
		}
		s := k + 1
		if x.tok(s).text == "“" || x.tok(s).text == "\"" {
			s++
		}
		e := x.titleAt(s, false)
		if e <= s || !x.titleStarts(s) {
			continue
		}
		if k-2 <= 1 && x.tok(e).text != "," {
			// "Seventeen years after Fire code, X returns": the opening
			// clause ends the title, a lower-case word of it too
			c := e
			for c < e+3 && x.tok(c).kind == tWord && !x.tok(c).cap && !x.tok(c).has(cStopWords) {
				c++
			}
			if x.tok(c).text == "," {
				e = c
			}
		}
		ti := unquote(x.span(s, e))
		if isQuote(x.tok(e).text) {
			e++
		}
		if x.tok(s).has(cMonth|cDateWords|cWeekday) || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" && !x.isShow(ti) {
			continue // a network, a place, a person; but a show the first reading took
		}
		person := ""
		if k-2 <= 1 && x.tok(e).text == "," {
			// "Seventeen years after T, X returns to television"
			if pe := x.personAt(e + 1); pe > e+1 && x.comebackWithin(pe, pe+4) {
				person = x.resolve(x.span(e+1, pe))
			}
		} else if end := x.subjectEnd(); end > 0 && end < k-2 && x.subject() != "" && x.comebackWithin(end, k-2) && x.boundary(e) {
			// "X returns to the small screen five years after T."
			person = x.subject()
		}
		if person != "" {
			x.add(graph.KindCast, person, ti, "", "")
		}
	}
}

// comebackWithin reports whether a word of a return is between i and j,
// a return to the screen ("returns to television", "comes back to the
// small screen", "makes her comeback"): not "returns home five years after
// Katrina".
func (x *extractor) comebackWithin(i, j int) bool {
	for m := i; m < j && m < len(x.toks); m++ {
		switch x.toks[m].low {
		case "comeback":
			return true
		case "returns", "return", "returned", "returning":
			return x.screenAfter(m)
		case "back":
			return m > 0 && (x.toks[m-1].low == "comes" || x.toks[m-1].low == "coming" || x.toks[m-1].low == "is") && x.screenAfter(m)
		}
	}
	return false
}

// screenAfter reports whether the screen, television or a kind of work
// follows the return word at m: "returns to the small screen", "to TV
// dramas".
func (x *extractor) screenAfter(m int) bool {
	for n := m + 1; n < len(x.toks) && n <= m+4; n++ {
		if w := &x.toks[n]; !w.cap && (screenPlacesIDs.has(w.id) || w.has(cGenreNouns) || w.low == "acting") {
			return true
		}
	}
	return false
}

// afterSpanOfTime reports whether the name at i follows "N years after":
// "Seventeen years after T, X returns" lists no T as a person.
func (x *extractor) afterSpanOfTime(i int) bool {
	l := x.tok(i - 1).low
	return (l == "after" || l == "since") && comebackSpansIDs.has(x.tok(i-2).id) && !x.tok(i-2).cap
}
