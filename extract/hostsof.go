package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// hostsOf reads the host noun at k followed by "of": "X is one of the
// mainstay hosts of the morning talk show “T,” alongside A and B". The
// sentence's subject and the people after "alongside" or "with" are cast
// in T. It reports whether it read the title.
func (x *extractor) hostsOf(k int) bool {
	if x.tok(k+1).low != "of" {
		return false
	}
	m := k + 2
	if x.tok(m).low == "the" {
		m++
	}
	for n := 0; n < 3 && x.tok(m).kind == tWord && !x.tok(m).cap; n++ {
		m++ // "the morning talk show"
	}
	if m == k+2 || !x.titleStarts(m) {
		return false
	}
	e := x.titleAt(m, false)
	if e <= m {
		return false
	}
	title := unquote(strings.TrimRight(unquote(x.span(m, e)), ","))
	if title == "" || x.isNetwork(title) || describes(title) || x.knownPerson(title) != "" {
		return false
	}
	var people []string
	for _, s := range x.subjectsBefore(k, 1) {
		s = x.resolve(s)
		if hasByte(s, ' ') && !x.isNetwork(s) && !isCompany(s) {
			people = append(people, s)
		}
	}
	for e < len(x.toks) && (x.tok(e).text == "," || isQuote(x.tok(e).text)) {
		e++
	}
	if l := x.tok(e).low; l == "alongside" || l == "with" {
		stars, _ := x.coStars(e + 1)
		people = append(people, stars...)
	}
	if len(people) == 0 {
		return false
	}
	for _, p := range people {
		x.add(graph.KindCast, p, title, "", "")
	}
	return true
}

// hostsOfBefore reports whether the list at start follows "alongside" or
// "with" after a host noun and "of" (hostsOf reads it): "one of the hosts
// of the talk show T, alongside A and B" puts A and B in T.
func (x *extractor) hostsOfBefore(start int) bool {
	if l := x.tok(start - 1).low; l != "alongside" && l != "with" {
		return false
	}
	for m := start - 2; m > 0 && m >= start-14; m-- {
		switch w := x.tok(m); w.low {
		case "host", "hosts", "co-host", "co-hosts":
			return !w.cap && x.tok(m+1).low == "of"
		}
	}
	return false
}
