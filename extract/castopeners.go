package extract

import "github.com/castgraph/castgraph/graph"

// formerQuotedRule reads "Former “T” priest X", "Former “T” correspondent
// and writer X": a quoted title, then the part the person had in it, a
// noun of no crew job, then the person, cast in T.
func (x *extractor) formerQuotedRule() {
	t := x.toks
	for k := 0; k+4 < len(t); k++ {
		if t[k].low != "former" || !isQuote(t[k+1].text) {
			continue
		}
		e := x.titleAt(k+1, false)
		if e <= k+2 || !x.closeQuote(e-1) {
			continue
		}
		title := unquote(x.span(k+1, e))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" {
			continue
		}
		p := e
		if w := x.tok(p); w.kind != tWord || w.cap || w.has(cJobNoun|cStopWords) {
			continue // "Former “Lost” producer X": the crew rules' own
		}
		for q := 0; q < 4 && x.tok(p).kind == tWord && !x.tok(p).cap; q++ {
			p++ // "correspondent and writer"
		}
		pe := x.personAt(p)
		if pe <= p+1 || !x.personShaped(p, pe) {
			continue
		}
		x.add(graph.KindCast, x.span(p, pe), title, "", "")
	}
}
