package extract

// A role fronted before its actor, in profiles and interviews: "As the
// feisty Detective C in new series, T, X relished the part", "As C in T,
// X shines", "As C, X steals the show" (the sentence's show).

import "github.com/castgraph/castgraph/graph"

// frontedRoleRule reads "As [the ...] C in [kind] T, X verb": X plays C
// in T; with no title, in the show the sentence is about.
func (x *extractor) frontedRoleRule() {
	t := x.toks
	if len(t) < 6 || t[0].low != "as" || !t[0].cap {
		return // opens with no "As"
	}
	m := 1
	if l := t[m].low; (l == "the" || l == "a") && !t[m].cap {
		m++
	}
	for q := 0; q < 6 && m < len(t) && t[m].kind == tWord && !t[m].cap && !t[m].has(cStopWords|cAuxWords|cPlayVerbs) || t[m].low == "and" && !t[m].cap || t[m].text == "," && m+1 < len(t) && !t[m+1].cap; q++ {
		m++ // "the feisty and temperamental", "the ruthless, scheming"
	}
	cs := m
	for m < len(t) && m < cs+5 && t[m].kind == tWord && t[m].cap {
		m++
	}
	if m == cs || m == len(t) {
		return
	}
	char := x.span(cs, m)
	show := x.sshow
	if t[m].low == "in" && !t[m].cap {
		k := x.titlePrefix(m + 1)
		if g := x.kindCommaTitle(m + 1); g > 0 {
			k = g // "in new series, T,"
		}
		e := x.titleAt(k, false)
		if e <= k || x.isNetwork(x.span(k, e)) {
			return
		}
		show, m = unquote(x.span(k, e)), e
	}
	if m >= len(t) || t[m].text != "," || show == "" {
		return
	}
	pe := x.personAt(m + 1)
	if pe <= m+2 || pe >= len(t) || t[pe].kind != tWord || t[pe].cap || x.isShow(x.span(m+1, pe)) || x.knownChar(x.span(m+1, pe)) {
		return // "As C in T, X relished": a full name, then its verb
	}
	if x.knownPerson(char) != "" || describes(char) || x.isShow(char) {
		return
	}
	x.add(graph.KindCast, x.span(m+1, pe), show, char, "")
}

// kindCommaTitle is where the title starts after a kind of work and a
// comma at i ("new series, T", "the period drama, T"), or 0.
func (x *extractor) kindCommaTitle(i int) int {
	m := i
	for q := 0; q < 4 && x.tok(m).kind == tWord && !x.tok(m).cap; q++ {
		m++
	}
	if m == i || x.tok(m).text != "," || !x.tok(m-1).has(cGenreNouns) || !x.titleStarts(m+1) {
		return 0
	}
	return m + 1
}
