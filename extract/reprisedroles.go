package extract

// A returning character, then its performer "reprising the role": "the
// return of Jodie's estranged mother Marion, with X reprising the role"
// (soap spoilers): X plays the character the sentence said returns.

import "github.com/castgraph/castgraph/graph"

var repriseMask = wordMask("reprising", "reprises", "reprise", "reprised")

// repriseReturnRule reads "the return of C, with X reprising the role" and
// "C is back, with X reprising the part".
func (x *extractor) repriseReturnRule() {
	if x.sshow == "" || !x.sentHasAnyWord(repriseMask) || !x.sentHas(cReturnWords) {
		return
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !repriseMask.holds(&t[k]) || t[k].cap {
			continue
		}
		if t[k+1].low != "the" || t[k+2].low != "role" && t[k+2].low != "part" {
			continue
		}
		if l := x.tok(k + 3).low; l == "of" || l == "as" {
			continue // "reprising the role of C": read with the character named
		}
		j := k
		for j > 0 && (t[j-1].has(cAuxWords) || t[j-1].low == "also") {
			j--
		}
		ps := x.personBefore(j)
		name := x.cleanedPerson(x.span(ps, j)) // "Dame X": the title is no part of the name
		if ps == j || x.knownPerson(name) == "" {
			continue
		}
		if char := x.returningChar(ps); char != "" {
			x.add(graph.KindCast, x.resolve(name), x.sshow, char, "")
		}
		return
	}
}

// returningChar returns the character the clause before the person at ps
// says returns: "the return of Jodie's estranged mother Marion, with X", or
// "".
func (x *extractor) returningChar(ps int) string {
	if l := x.tok(ps - 1).low; l == "dame" || l == "sir" {
		ps-- // "with Dame X reprising the role"
	}
	if x.tok(ps-1).low == "with" {
		ps--
	}
	if x.tok(ps-1).text != "," {
		return ""
	}
	for m := ps - 2; m > 0 && m > ps-14; m-- {
		l := x.toks[m].low
		if (l == "return" || l == "comeback") && x.tok(m+1).low == "of" {
			cs, ce, ok := x.charNP(m + 2)
			if !ok || ce != ps-1 || !x.tok(cs).cap {
				return "" // the character ends the clause
			}
			char := x.span(cs, ce)
			if x.knownPerson(char) != "" || x.isShow(char) {
				return ""
			}
			return char
		}
	}
	return ""
}
