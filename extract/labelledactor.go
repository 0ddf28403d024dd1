package extract

// A character's bracket that opens with the actor and a label mark before
// the actor's other titles: "two friends, Bernard (Ana Selo:- T1, T2) and
// Sarah (Tomas Velk: T3)". The name before the bracket is the character.

import "github.com/castgraph/castgraph/graph"

// labelledActorBracket reads the bracket from k to c after the character
// outer: the actor plays outer in the sentence's show and was in the
// titles after the mark. It reports whether it read the bracket.
func (x *extractor) labelledActorBracket(outer string, k, c int) bool {
	if !x.tok(k+1).cap || !x.startsName(k+1) {
		return false
	}
	pe := x.personAt(k + 1)
	if pe <= k+2 || pe >= c || !x.personShaped(k+1, pe) {
		return false
	}
	at := pe
	if m := x.tok(at).text; m != ":" && !isDash(m) {
		return false
	}
	for at < c && (x.tok(at).text == ":" || isDash(x.tok(at).text)) {
		at++ // ":-", " – "
	}
	if at >= c || !x.titleStarts(at) {
		return false
	}
	actor := x.span(k+1, pe)
	if x.isShow(actor) || x.isNetwork(actor) || x.knownPerson(outer) != "" {
		return false
	}
	if x.sshow != "" {
		x.add(graph.KindCast, actor, x.sshow, outer, "")
	}
	for _, ti := range x.titleList(at) {
		if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
			x.add(graph.KindCast, actor, unquote(ti), "", "")
		}
	}
	return true
}
