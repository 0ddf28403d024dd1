package extract

// A performer's pronoun before the character played: "X has teased a
// dramatic week for her character C", "Y says his character C2 is in
// trouble" (soap spoilers and interviews). The performer is the person
// the clause speaks of before the pronoun.

import "github.com/castgraph/castgraph/graph"

// characterWord holds the word pronounCharRule reads at.
var characterWord = wordMask("character")

// pronounCharRule reads "her character C", "his character C" and "their
// character C" after the person whose character it is.
func (x *extractor) pronounCharRule() {
	if x.sshow == "" || !x.sentHasAnyWord(characterWord) {
		return
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if !characterWord.holds(&t[k]) || t[k].cap || x.inBr[k] {
			continue
		}
		if l := t[k-1].low; l != "her" && l != "his" && l != "their" || t[k-1].cap {
			continue
		}
		at := k + 1
		if isQuote(t[at].text) {
			at++ // "his character, ‘C’" is read elsewhere; "her character “C”"
		}
		ce := x.charAt(at)
		if ce <= at || !t[at].cap {
			continue
		}
		char := x.span(at, ce)
		if x.knownPerson(char) != "" || x.isShow(char) || x.isNetwork(char) {
			continue
		}
		person := ""
		if subjects := x.subjectsBefore(k-1, 1); len(subjects) == 1 {
			person = subjects[0]
		} else if e := x.subjectEnd(); e > 0 && e < k-1 && x.tok(e).kind == tWord && !x.tok(e).cap {
			person = x.subject() // "X says his character C is in trouble": the person the sentence opens with
		}
		if person != "" {
			x.add(graph.KindCast, person, x.sshow, char, "")
		}
	}
}
