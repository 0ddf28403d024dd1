package extract

// "dir. X": festival and programme copy names a film's director after the
// abbreviation, on the title's line ("Salt Tides (Portugal, 2024) – dir.
// Ana Duarte", "Iron Bell, dir. Tomas Berg", "“Iron Bell” (Norway), dir.
// Tomas Berg") or in a bracket after the
// title ("Old Roads (dir. Mara Quist, France)").

import "github.com/castgraph/castgraph/graph"

var bitDir = wordBit("dir")

// dirAbbrev reports whether tokens k and k+1 are "dir." or "dir:".
func dirAbbrev(t []token, k int) bool {
	return k+1 < len(t) && t[k].low == "dir" && (t[k+1].text == "." || t[k+1].text == ":")
}

// dirLine reads sentence i, a line's first, as "T – dir." with the
// director's names the line's next and last sentence: "Salt Tides
// (Portugal, 2024) – dir. Ana Duarte". It credits them and reports whether
// it did.
func (x *extractor) dirLine(i int) bool {
	s := &x.sents[i]
	t := s.toks
	n := len(t)
	if n < 3 || !dirAbbrev(t, n-2) || i+1 >= len(x.sents) || x.sents[i+1].para != s.para || i+2 < len(x.sents) && x.sents[i+2].para == s.para {
		return false
	}
	x.ready(s)
	e := n - 2
	if e > 0 && (isDash(t[e-1].text) || t[e-1].text == ",") {
		e--
	}
	if e > 0 && t[e-1].text == ")" {
		if o := x.openOf(e - 1); o > 0 {
			e = o // "(Portugal, 2024)": where and when it was made
		}
	}
	b := 0
	if prizeLine(t, 0) {
		for t[b].text != ":" {
			b++ // "Special Jury Mention: T, dir. X": the prize, then the title
		}
		b++
	}
	if e <= b || e-b > 12 {
		return false
	}
	title := graph.CleanSpace(unquote(s.text[t[b].start:t[e-1].end]))
	if title == "" || !t[b].cap && t[b].kind != tNum && !(isQuote(t[b].text) && len(t) > b+1 && (t[b+1].cap || t[b+1].kind == tNum)) || x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" {
		return false
	}
	next := &x.sents[i+1]
	x.ready(next)
	items := x.parseList(0)
	if len(items) == 0 || len(items) > 4 {
		return false
	}
	if end := items[len(items)-1].end; end < len(next.toks) && next.toks[end].text != "(" && next.toks[end].text != "," {
		return false
	}
	x.setFocus(title)
	x.sshow, x.sshowFold, x.conf = title, x.fold(title), 0.85
	for _, it := range items {
		if x.personShaped(it.pstart, it.pend) {
			x.add(graph.KindCrew, x.itemName(it), title, "", graph.JobDirector)
		}
	}
	return true
}

// dirBracketRule reads "T (dir. X, Country)" and "T (Country, dir. X)": X
// directs T.
func (x *extractor) dirBracketRule() {
	if !x.sentHasWord(bitDir) || !x.s.parens {
		return
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].text != "(" {
			continue
		}
		d := k + 1
		for d < len(t) && d < k+6 && (t[d].cap && countryName(t[d].text) || t[d].kind == tNum || t[d].text == "," || t[d].text == "/") {
			d++ // "(Portugal, 2024, dir. X)"
		}
		if !dirAbbrev(t, d) {
			continue
		}
		ts := x.titleBefore(k)
		if ts >= k {
			continue
		}
		title := unquote(x.span(ts, k))
		if x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" {
			continue
		}
		for _, it := range x.parseList(d + 2) {
			if it.br >= 0 || !x.personShaped(it.pstart, it.pend) {
				break
			}
			x.add(graph.KindCrew, x.itemName(it), title, "", graph.JobDirector)
		}
	}
}
