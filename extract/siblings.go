package extract

// A family of makers by their surname: "the Coen brothers' comedy Burn
// After Reading", "the Wachowski sisters' The Matrix". Each sibling the
// article names ("Joel and Ethan Coen") made the title.

import "github.com/castgraph/castgraph/graph"

// siblingWords are the words siblingsRule reads at.
var siblingWords = wordMask("brothers", "sisters")

// siblingsRule reads "the X brothers' [genre] T": every person the article
// names with the surname X is crew, with no job, in T.
func (x *extractor) siblingsRule() {
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !siblingWords.holds(&t[k]) || t[k].cap || t[k+1].kind != tPoss || !t[k-1].cap || t[k-1].kind != tWord || x.tok(k-2).low != "the" {
			continue
		}
		at := k + 2
		for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords|cGenreNouns); q++ {
			at++ // "the Coen brothers' dark comedy T"
		}
		if x.tok(at).has(cGenreNouns) && !x.tok(at).cap {
			at++
		}
		if !x.titleStarts(at) {
			continue
		}
		e := x.titleAt(at, false)
		if e <= at || x.tok(e).kind == tPoss {
			continue
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" {
			continue
		}
		for _, p := range x.namedWithSurname(t[k-1].text) {
			x.add(graph.KindCrew, p, ti, "", "")
		}
	}
}

// namedWithSurname returns the full names the article writes with the
// surname sur: "Joel and Ethan Coen" gives Joel Coen and Ethan Coen.
func (x *extractor) namedWithSurname(sur string) []string {
	var out []string
	seen := map[string]bool{}
	for i := range x.sents {
		s := &x.sents[i]
		t := s.toks
		for a := 1; a < len(t); a++ {
			if t[a].text != sur || !t[a-1].cap || !isName(&t[a-1]) || t[a-1].kind != tWord {
				continue
			}
			given := []string{t[a-1].text}
			if a >= 3 && (t[a-2].low == "and" || t[a-2].text == "&") && t[a-3].cap && isName(&t[a-3]) && t[a-3].kind == tWord {
				given = append(given, t[a-3].text) // "Joel and Ethan Coen"
			}
			for _, g := range given {
				if g == "The" || g == "the" || seen[g] {
					continue
				}
				seen[g] = true
				out = append(out, g+" "+sur)
			}
		}
	}
	return out
}
