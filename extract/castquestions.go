package extract

// An explainer's cast question and its answer: "Who is in it? A, B and C.",
// "Who stars in it?" over "A and B.": the names of the answer, alone in
// their sentence, are the cast of the section's show.

import "github.com/castgraph/castgraph/graph"

// castQuestion reports whether a sentence asks who is in the cast: "Who is
// in it?", "Who's in the cast?", "Who stars?" (a short question that opens
// with "who").
func castQuestion(t []token) bool {
	n := len(t)
	if n < 3 || n > 9 || t[n-1].text != "?" || t[0].low != "who" && t[0].low != "who's" {
		return false
	}
	for _, w := range t[1 : n-1] {
		switch w.low {
		case "in", "stars", "star", "starring", "cast":
			return true
		}
	}
	return false
}

// castAnswerRule reads the sentence after a cast question: where it is only
// a list of full names, each is cast in the sentence's show.
func (x *extractor) castAnswerRule() {
	i := x.sentAt
	if i == 0 || x.sshow == "" || x.sents[i-1].toks == nil || !castQuestion(x.sents[i-1].toks) || x.s.para > x.sents[i-1].para+1 {
		return
	}
	t := x.toks
	n := len(t)
	if n > 0 && t[n-1].text == "." {
		n--
	}
	var names []string
	for k := 0; k < n; {
		e := x.personAt(k)
		if e <= k+1 || e > n {
			return // not a list of full names alone
		}
		names = append(names, x.span(k, e))
		k = e
		if k < n && t[k].text == "," {
			k++
		}
		if k < n && t[k].low == "and" {
			k++
		}
	}
	for _, p := range names {
		x.add(graph.KindCast, p, x.sshow, "", "")
	}
}
