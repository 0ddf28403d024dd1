package extract

// Two shapes of a cast credit with a word between the verb and its object
// or before the noun: "T will once again star A and B", where "again"
// stands between "will" and the verb, and "X confirmed her casting in T",
// where the casting is the subject's own.

import "github.com/castgraph/castgraph/graph"

// againCastWords are the words againCastRule reads at.
var againCastWords = wordMask("again", "casting", "joining")

// againStarVerbs take a list of performers as their object after "again".
var againStarVerbs = set(`star stars feature features`)

// ownCastingVerbs report one's own casting: "X confirmed her casting".
var ownCastingVerbs = set(`confirmed confirms announced announces revealed reveals celebrated celebrates teased teases`)

// againCastRule reads "T will (once) again star A and B" (each cast in the
// sentence's show), "X confirmed her casting in T" (X cast in T, or in
// the sentence's show after "in the series") and "Joining A as C are B
// and D" (A plays C).
func (x *extractor) againCastRule() {
	if !x.sentHasAnyWord(againCastWords) {
		return // neither word
	}
	t := x.toks
	if len(t) > 4 && t[0].low == "joining" {
		x.joiningAs()
	}
	for k := 1; k+2 < len(t); k++ {
		if !againCastWords.mayHold(&t[k]) || t[k].cap || x.inBr[k] {
			continue
		}
		switch t[k].low {
		case "again":
			x.againStar(k)
		case "casting":
			x.ownCasting(k)
		}
	}
}

// againStar reads the list after "will again star" at k ("again").
func (x *extractor) againStar(k int) {
	if x.sshow == "" || !againStarVerbsIDs.has(x.tok(k+1).id) {
		return
	}
	v := k - 1
	if x.tok(v).low == "once" {
		v--
	}
	if l := x.tok(v).low; l != "will" && l != "would" && l != "to" && l != "shall" {
		return // "stars again": no object after
	}
	for _, it := range x.parseList(k + 2) {
		if it.pstart < it.pend && it.br < 0 {
			x.add(graph.KindCast, x.resolve(x.span(it.pstart, it.pend)), x.sshow, "", "")
		}
	}
}

// ownCasting reads "X confirmed her casting in T" at k ("casting").
func (x *extractor) ownCasting(k int) {
	if k < 2 {
		return
	}
	if p := x.tok(k - 1).low; p != "her" && p != "his" && p != "their" {
		return
	}
	if !ownCastingVerbsIDs.has(x.tok(k - 2).id) {
		return
	}
	in := k + 1
	if l := x.tok(in).low; l != "in" && l != "on" {
		return
	}
	show := ""
	if e := x.titleAt(in+1, false); e > in+1 && x.titleStarts(in+1) {
		show = unquote(x.span(in+1, e))
	} else if x.tok(in+1).low == "the" && x.tok(in+2).has(cGenreNouns) && !x.tok(in+2).cap {
		show = x.sshow // "in the series"
	}
	if show == "" || x.isNetwork(show) {
		return
	}
	for _, p := range x.subjectsBefore(k-2, 0) {
		x.add(graph.KindCast, p, show, "", "")
	}
}

// joiningAs reads "Joining A as C are B and D", the sentence opening with
// "Joining": A plays C in the sentence's show (the list after the verb is
// read elsewhere).
func (x *extractor) joiningAs() {
	if x.sshow == "" {
		return
	}
	pe := x.personAt(1)
	if pe <= 1 || x.tok(pe).low != "as" {
		return
	}
	ce := x.charAt(pe + 1)
	if l := x.tok(ce).low; ce <= pe+1 || l != "are" && l != "is" && l != "were" && l != "was" {
		return
	}
	x.add(graph.KindCast, x.resolve(x.span(1, pe)), x.sshow, x.span(pe+1, ce), "")
}
