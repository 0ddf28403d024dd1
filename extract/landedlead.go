package extract

import "github.com/castgraph/castgraph/graph"

// "X then landed the lead in T", "Y bagged the female lead on T": "lead"
// as a noun after a landing verb, as "the lead role in T" is read
// (filmography.go: landedRole).

// landedLeadWords are the words landedLeadRule reads at.
var landedLeadWords = wordMask("lead", "leads")

// landedLeadRule reads "landed the lead in T": the subject's cast credit
// in T.
func (x *extractor) landedLeadRule() {
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !x.leadNounAt(k) || !x.landedRole(k) {
			continue
		}
		e := x.titleAt(k+2, false)
		if e <= k+2 {
			continue
		}
		show := unquote(x.span(k+2, e))
		if x.isNetwork(show) || x.knownPerson(show) != "" {
			continue
		}
		v := k - 1
		for v > 0 && x.tok(v).kind == tWord && !x.tok(v).cap && !landVerbs[x.tok(v).low] && x.tok(v).low != "on" {
			v--
		}
		if x.tok(v).low == "on" {
			v-- // "take on"
		}
		people := x.subjectsBefore(v, 0)
		if j := v - 1; len(people) == 0 {
			for j > 0 && pronounAdverbs[x.tok(j).low] {
				j--
			}
			// "Ana Selo began on stage. She then landed the lead in T": the
			// person the sentence before opened with
			if p := x.prevSubject(); j == 0 && (x.tok(0).low == "she" || x.tok(0).low == "he") && hasByte(p, ' ') {
				people = []string{p}
			}
		}
		for _, p := range people {
			x.add(graph.KindCast, p, show, "", "")
		}
	}
}

// leadNounAt says whether the word at k is "lead" as a noun before a
// title: "landed the lead in T", "bagged the female lead on T".
func (x *extractor) leadNounAt(k int) bool {
	w := x.tok(k)
	if !landedLeadWords.holds(w) || w.cap {
		return false
	}
	if l := x.tok(k + 1).low; l != "in" && l != "on" || !x.titleStarts(k+2) {
		return false
	}
	p := x.tok(k - 1).low
	return p == "the" || p == "a" || p == "female" || p == "male" || p == "title" || p == "romantic"
}

// pronounAdverbs may stand between a pronoun and its verb: "She then
// landed".
var pronounAdverbs = set(`then later soon eventually also quickly finally subsequently next`)
