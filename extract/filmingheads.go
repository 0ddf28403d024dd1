package extract

// A headline that tells of filming: "X Filming T with Y", "X and Y Begin
// Filming T".

import "github.com/castgraph/castgraph/graph"

// filmingHeadWords are the words headlineFilming reads at.
var filmingHeadWords = wordMask("filming", "shooting")

// headlineFilming reads a headline whose performers are filming the
// article's show: "X Filming T with Y", "X Starts Shooting T", "X and Y
// Begin Filming T". Each of them is cast in T.
func (x *extractor) headlineFilming(s *sentence) {
	x.ready(s)
	markBrackets(x.inBr, s.toks)
	if x.showKey == "" || !x.sentHasAnyWord(filmingHeadWords) {
		return // no show to credit, or no word it reads at
	}
	t := s.toks
	for k := 1; k+1 < len(t); k++ {
		if !filmingHeadWords.holds(&t[k]) {
			continue
		}
		v := k
		switch t[k-1].low {
		case "starts", "start", "begins", "begin", "started", "began", "resumes", "resume":
			v = k - 1
		}
		people := x.subjectsBefore(v, 0)
		if len(people) == 0 || x.personBefore(v) >= v {
			continue // "Filming Begins", "Netflix Starts Filming": no performer before the verb
		}
		at := k + 1
		e := at
		for e < len(t) && e < at+8 && (t[e].cap || t[e].kind == tNum || t[e].has(cTitleGlue)) && t[e].low != "with" && t[e].low != "and" {
			e++
		}
		if e == at || e < len(t) && t[e].low != "with" && t[e].kind != tPunct {
			continue
		}
		title := x.span(at, e)
		if x.skey(title) != x.showKey || x.isNetwork(title) || describes(title) {
			continue
		}
		if t[e-1].has(cTitleGlue) {
			continue // the title does not end on a glue word
		}
		if e < len(t) && t[e].low == "with" {
			if pe := x.personAt(e + 1); pe > e+1 {
				people = append(people, x.resolve(x.span(e+1, pe))) // "X Filming T with Y"
			}
		}
		for _, p := range people {
			x.add(graph.KindCast, p, title, "", "")
		}
		return
	}
}
