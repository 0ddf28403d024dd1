package extract

// "The casting of X as C": a network's or a show's announcement names the
// performer after "of" and the part after "as".

import "github.com/castgraph/castgraph/graph"

// castingOfWords are the words castingOfRule reads at.
var castingOfWords = wordMask("casting")

// castingOfRule reads "T has announced the casting of X as C" and "the
// casting of X as ‘C’, a new character": X plays C in the sentence's show.
func (x *extractor) castingOfRule() {
	if !x.sentHasAnyWord(castingOfWords) || x.sshow == "" {
		return // no word it reads at, or no show to credit
	}
	t := x.toks
	for k := 0; k+4 < len(t); k++ {
		if !castingOfWords.holds(&t[k]) || t[k].cap || t[k+1].low != "of" || x.inBr[k] {
			continue
		}
		ps := k + 2
		pe := x.personAt(ps)
		if pe <= ps || x.tok(pe).low != "as" {
			continue
		}
		cs := pe + 1
		quoted := isOpenQuote(x.tok(cs).text)
		if quoted {
			cs++ // "as ‘Xander’"
		}
		ce := x.charAt(cs)
		if ce <= cs || quoted && !isQuote(x.tok(ce).text) || !quoted && x.tok(ce).kind == tWord && !x.tok(ce).has(cStopWords) {
			continue // "as the new lead": no name
		}
		x.add(graph.KindCast, x.resolve(x.span(ps, pe)), x.sshow, x.span(cs, ce), "")
	}
}
