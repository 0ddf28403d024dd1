package extract

// "X is a star, with a number of box office hits under his belt,
// including T1 (2003), T2 (2013) and T3": the works a performer has to
// his name.

import "github.com/castgraph/castgraph/graph"

// beltWords are the words beltWorksRule reads at.
var beltWords = wordMask("belt", "name")

// beltNouns are the works counted "under his belt" or "to her name".
var beltNouns = set(`hits films movies dramas credits roles titles series`)

// beltWorksRule reads "X ..., with a number of box office hits under his
// belt, including T1 and T2" and "Y has several hit dramas to her name,
// including T3": the sentence's subject is cast in each title.
func (x *extractor) beltWorksRule() {
	if !x.sentHasAnyWord(beltWords) {
		return // no word it reads at
	}
	t := x.toks
	for k := 3; k+3 < len(t); k++ {
		if !beltWords.holds(&t[k]) || t[k].cap || t[k+1].text != "," || x.tok(k+2).low != "including" {
			continue
		}
		if x.tok(k-1).low != "his" && x.tok(k-1).low != "her" && x.tok(k-1).low != "their" {
			continue
		}
		if p := x.tok(k - 2).low; p != "under" && p != "to" {
			continue
		}
		if !beltNounsIDs.has(x.tok(k-3).id) || x.tok(k-3).cap {
			continue
		}
		pe := x.personAt(0)
		if pe <= 0 || !x.tok(pe).has(cAuxWords) && x.tok(pe).text != "," {
			return // the subject opens the sentence: "X is", "X, who"
		}
		name := x.resolve(x.span(0, pe))
		for _, ti := range x.titleList(k + 3) {
			if ti = unquote(ti); ti != "" && !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
				x.add(graph.KindCast, name, ti, "", "")
			}
		}
		return
	}
}
