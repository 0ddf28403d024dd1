package extract

// "X, the voice of C in the T films,", "X is best known as the voice of C
// in T": a voice part named with its character and its title outside a
// bracket (the bracket's "(voice of C in T)" is bracketRule's).

import "github.com/castgraph/castgraph/graph"

// voiceWord holds the word voiceOfRule reads at.
var voiceWord = wordMask("voice")

// voiceOfRule reads "the voice of C in T" after a person: an appositive
// after a comma, or a verb's subject ("X is the voice of C in T", "known
// as the voice of C in T"). X is cast in T as C.
func (x *extractor) voiceOfRule() {
	if !x.sentHasAnyWord(voiceWord) {
		return
	}
	t := x.toks
	for k := 2; k+3 < len(t); k++ {
		if !voiceWord.holds(&t[k]) || t[k].cap || x.inBr[k] || t[k+1].low != "of" || t[k-1].low != "the" {
			continue
		}
		at := k + 2
		ce := x.charAt(at)
		if ce <= at || !t[at].cap || x.tok(ce).low != "in" {
			continue
		}
		in := ce + 1
		if x.tok(in).low == "the" && !x.tok(in).cap {
			in++
		}
		e := x.titleAt(in, false)
		if e <= in {
			continue
		}
		title, char := unquote(x.span(in, e)), x.span(at, ce)
		if x.isNetwork(title) || x.knownPerson(title) != "" || x.knownPerson(char) != "" || x.isShow(char) {
			continue
		}
		m := k - 2
		var people []string
		switch l := x.tok(m).low; {
		case x.tok(m).text == ",":
			if ps := x.personBefore(m); ps < m {
				people = []string{x.span(ps, m)}
			}
		case l == "is" || l == "was" || l == "as" && (x.tok(m-1).low == "known" || x.tok(m-1).low == "famous"):
			people = x.subjectsBefore(m, 1)
		}
		for _, p := range people {
			x.add(graph.KindCast, p, title, char, "")
		}
	}
}
