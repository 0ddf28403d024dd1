package extract

// A pair named by a noun of pairing: "marks the first on-screen pairing of
// A and B", "the well-loved tandem of A and B returns", "the reunion of A
// and B": both are cast in the sentence's show.

import "github.com/castgraph/castgraph/graph"

// pairingOfWords are the words pairingOfRule reads at.
var pairingOfWords = wordMask("pairing", "tandem", "reunion", "team-up", "duo", "couple")

// pairingOfRule reads "the pairing of A and B", "the tandem of A and B":
// two names joined by "and" after a noun of pairing and "of" are cast in
// the sentence's show.
func (x *extractor) pairingOfRule() {
	if !x.sentHasAnyWord(pairingOfWords) || x.sshow == "" {
		return // no word it reads at, or no show to credit
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if !pairingOfWords.holds(&t[k]) || t[k].cap || t[k+1].low != "of" || x.inBr[k] {
			continue
		}
		a := x.pastPairTitle(k + 2) // "of Star of the Next Gen A"
		ae := x.personAt(a)
		if ae <= a+1 || x.tok(ae).low != "and" && x.tok(ae).text != "&" {
			continue
		}
		b := x.pastPairTitle(ae + 1)
		be := x.personAt(b)
		if be <= b+1 || !x.personShaped(a, ae) || !x.personShaped(b, be) {
			continue
		}
		if n := x.tok(be); n.kind == tPoss || n.text == "(" {
			continue // "the reunion of A and B's families": no pair of performers
		}
		for _, p := range []string{x.span(a, ae), x.span(b, be)} {
			x.add(graph.KindCast, x.resolve(p), x.sshow, "", "")
		}
	}
}

// pastPairTitle passes over a fan title before a name of a pair: "Star of
// the Next Gen A", "Pambansang Ginoo B" (capitalized words no name starts
// with, up to five), where a name follows; else it returns i.
func (x *extractor) pastPairTitle(i int) int {
	if x.startsName(i) && x.personAt(i) > i+1 {
		return i
	}
	for m := i; m < i+6 && m < len(x.toks); m++ {
		if w := x.tok(m); w.kind != tWord || !w.cap && !w.has(cStopWords) {
			return i
		}
		if m > i && x.startsName(m) && x.personAt(m) > m+1 && !x.tok(m-1).has(cStopWords) {
			return m
		}
	}
	return i
}
