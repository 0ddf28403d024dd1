package extract

import "github.com/castgraph/castgraph/graph"

// A roundup of actors, one section each: the person's name as a heading,
// then a label line naming the work ("Film: ‘Roadside Romeo’ (2008)")
// before the prose about it. The person is the work's cast.

// workLabels are the labels of a line that names a section's work.
var workLabels = set(`film movie series show drama`)

// workLabelEnd returns where the title of a work label line of s ends,
// "Film: ‘T’ (2008)", "Movie: T", or -1: a label in capitals, a colon, a
// title, and at most a bracketed year after it.
func (x *extractor) workLabelEnd(s *sentence) int {
	t := s.toks
	if len(t) < 3 || !t[0].cap || t[1].text != ":" || !workLabelsIDs.has(t[0].id) {
		return -1
	}
	if x.s != s {
		x.ready(s) // read before the rules, as the headings are
	}
	e := x.titleAt(2, false)
	if e <= 2 {
		return -1
	}
	if e+2 < len(t) && t[e].text == "(" && t[e+1].kind == tNum && t[e+2].text == ")" {
		e += 3
	}
	if e != len(t) {
		return -1
	}
	return x.titleAt(2, false) // the title's end, before the year
}

// workLabelRule reads a work label line under a person's heading: the
// person is the work's cast.
func (x *extractor) workLabelRule() {
	if x.headPerson == "" || x.s.para == 0 {
		return
	}
	e := x.workLabelEnd(x.s)
	if e < 0 {
		return
	}
	if ti := unquote(x.span(2, e)); ti != "" && !x.isNetwork(ti) && x.knownPerson(ti) == "" {
		x.add(graph.KindCast, x.headPerson, ti, "", "")
	}
}
