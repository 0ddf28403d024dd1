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
	if p == "" || k < 1 || t[k].cap || !titleStarNounWords.mayHold(&t[k]) || !titleStarNounsIDs.has(t[k].id) {
		return false
	}
	x.ready(s)
	titles := x.titleRun(0, k, func(at, e int) bool {
		ti := unquote(x.span(at, e))
		return !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) && !countryName(ti)
	})
	for _, ti := range titles {
		x.add(graph.KindCast, p, ti, "", "")
	}
	return len(titles) > 0
}

// titleRun reads the titles from token at up to token k, one after another,
// joined by commas, "and" or "&" ("T1, T2 and T3 actress"), each of which
// ok(start, end) accepts; it returns nil where anything else stands
// between them.
func (x *extractor) titleRun(at, k int, ok func(at, e int) bool) []string {
	var titles []string
	for at < k {
		e := x.titleAt(at, false)
		if e <= at || e > k || !ok(at, e) {
			return nil
		}
		titles = append(titles, unquote(x.span(at, e)))
		switch {
		case e == k:
			at = k
		case x.tok(e).low == "and" && !x.tok(e).cap, x.tok(e).text == ",", x.tok(e).text == "&":
			at = e + 1
		default:
			return nil
		}
	}
	return titles
}
