package extract

// The title role: a performer plays the character a title names, "X played
// the title role in T", "his title role as the royal in King Charles III".

import "github.com/castgraph/castgraph/graph"

var titleRoleMask = wordMask("title")

// titleRoleRule reads "X played the title role in T", "he had just finished
// filming his title role as the royal in T": X is cast in T as the
// character T names.
func (x *extractor) titleRoleRule() {
	if !x.sentHasAnyWord(titleRoleMask) {
		return // no word it reads at
	}
	t := x.toks
	for k := 2; k+3 < len(t); k++ {
		if !titleRoleMask.holds(&t[k]) || t[k].cap || t[k+1].low != "role" {
			continue
		}
		d := k - 1
		if l := t[d].low; l != "the" && l != "his" && l != "her" && l != "their" && l != "a" {
			continue
		}
		m := k + 2
		if x.tok(m).low == "as" && x.tok(m+1).low == "the" {
			m += 2 // "his title role as the royal in T": a description of the part
			for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "in" && x.tok(m).low != "of"; q++ {
				m++
			}
		}
		if l := x.tok(m).low; l != "in" && l != "of" {
			continue
		}
		at := x.titlePrefix(m + 1)
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss {
			continue
		}
		title := unquote(x.span(at, e))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			continue
		}
		show := title
		if x.tok(m).low == "of" && !x.isShow(title) {
			if x.sshow == "" {
				continue
			}
			show = x.sshow // "starring X in the title role of DCI John Luther": the character of the sentence's show
		}
		for _, p := range x.subjectsBefore(d-1, 1) { // the verb's: "played", "had just finished filming"
			x.add(graph.KindCast, p, show, title, "")
		}
	}
}
