package extract

// Subheadings of a roundup of deaths or careers: under a heading that is a
// person's name, a line "T1, T2 and T3 actress" says which shows that
// person is known from.

import "github.com/castgraph/castgraph/graph"

// headingCareerLine reads the heading s as "T1, T2 and T3 actress" (actor,
// star) under the heading that named the section's person, credits that
// person in each title, and reports whether it did.
func (x *extractor) headingCareerLine(s *sentence) bool {
	p := x.headPerson
	t := s.toks
	k := len(t) - 1
	if p == "" || k < 1 || t[k].cap || !titleStarNounWords.mayHold(&t[k]) || !titleStarNouns[t[k].low] {
		return false
	}
	x.ready(s)
	var titles []string
	for at := 0; at < k; {
		e := x.titleAt(at, false)
		if e <= at || e > k {
			return false
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) || countryName(ti) {
			return false
		}
		titles = append(titles, ti)
		switch {
		case e == k:
			at = k
		case x.tok(e).low == "and" && !x.tok(e).cap, x.tok(e).text == ",", x.tok(e).text == "&":
			at = e + 1
		default:
			return false
		}
	}
	for _, ti := range titles {
		x.add(graph.KindCast, p, ti, "", "")
	}
	return len(titles) > 0
}
