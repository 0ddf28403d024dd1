package extract

import "github.com/castgraph/castgraph/graph"

// inTitleLineRule reads a line of its own that pairs a person with a
// title, "Mads Mikkelsen (Denmark) in Hannibal": the person is cast in the
// title, and the bracket holds a note on the person, no title.
func (x *extractor) inTitleLineRule() {
	s := x.s
	if s == nil || !s.head || s.para == 0 || !s.parens {
		return
	}
	t := x.toks
	b := bulletEnd(t)
	pe := x.personAt(b)
	if pe <= b+1 || !x.personShaped(b, pe) || x.tok(pe).text != "(" {
		return
	}
	c := x.closeOf(pe)
	if c < 0 || x.tok(c+1).low != "in" {
		return
	}
	e := x.titleAt(c+2, false)
	if e <= c+2 || e != len(t) {
		return
	}
	title := unquote(x.span(c+2, e))
	if x.isNetwork(title) || describes(title) || x.knownPerson(title) != "" {
		return
	}
	x.brOver[pe] = true
	x.add(graph.KindCast, x.span(b, pe), title, "", "")
}
