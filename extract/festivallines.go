package extract

// The entries of a festival's or a programme's line-up, told one field a
// line: the title, the countries it comes from, "by X" (its director) and
// "with A, B, C" (its cast).
//
//	Salt Tides
//	Portugal / Brazil
//	by Ana Duarte
//	with Rui Lemos, Clara Sá
//
// The title is the line above the countries, or above the "by" line itself.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// lineupLine reads sentence i as a line-up entry's "by X" or "with A, B"
// line and credits its people in the entry's title; it reports whether it
// did.
func (x *extractor) lineupLine(i int) bool {
	s := &x.sents[i]
	t := s.toks
	if !s.head || !s.first || s.para < 2 || len(t) < 3 || len(t) > 60 || t[0].text != "by" && t[0].text != "with" || !t[1].cap {
		return false
	}
	if i+1 < len(x.sents) && x.sents[i+1].para == s.para {
		return false // more than the line
	}
	title, countries, byLine := x.lineupTitleAbove(i)
	if title == "" {
		return false
	}
	director := t[0].text == "by"
	if director && countries == 0 && !x.withLineAt(i+1) {
		return false // "by Jane Doe" under a headline: a byline
	}
	if !director && countries == 0 && !byLine {
		return false
	}
	x.ready(s)
	items := x.parseList(1)
	if len(items) == 0 || items[len(items)-1].end != len(t) {
		return false
	}
	for _, it := range items {
		if it.br >= 0 || it.pend-it.pstart < 2 && !director {
			return false
		}
	}
	x.setFocus(title)
	x.sshow, x.sshowFold, x.conf = title, x.fold(title), 0.85
	for _, it := range items {
		if director {
			x.add(graph.KindCrew, x.itemName(it), title, "", graph.JobDirector)
		} else {
			x.add(graph.KindCast, x.itemName(it), title, "", "")
		}
	}
	return true
}

// lineupHead reads sentence i as the first line of a line-up entry: its
// title, then up to two lines of countries and a "by X" or "with A, B" line
// (a "by" line alone, with no countries above it, is a byline). It returns
// the paragraph of the last line before the "by" or "with" line, which no
// other rule should read ("Os Barcos (The Boats)" is no person in a show),
// or -1.
func (x *extractor) lineupHead(i int) int {
	s := &x.sents[i]
	if s.para == 0 || !s.first || len(s.toks) == 0 || len(s.toks) > 14 || !s.toks[0].cap && s.toks[0].kind != tNum {
		return -1
	}
	j := i
	for j+1 < len(x.sents) && x.sents[j+1].para == s.para {
		if j++; j > i+3 {
			return -1
		}
	}
	k, countries := j+1, 0
	for k < len(x.sents) && countries < 2 && x.sents[k].head && (k+1 == len(x.sents) || x.sents[k+1].para != x.sents[k].para) && countryLine(x.sents[k].toks) {
		k++
		countries++
	}
	if k >= len(x.sents) {
		return -1
	}
	if t := x.sents[k].toks; !x.sents[k].head || len(t) < 3 || t[0].text != "by" && t[0].text != "with" || !t[1].cap ||
		countries == 0 && !(t[0].text == "by" && x.withLineAt(k+1)) {
		return -1
	}
	if x.lineupTitle(i, j) == "" {
		return -1
	}
	return x.sents[k-1].para
}

// withLineAt reports whether sentence i is a line of its own that opens
// "with" and a capitalized word: a line-up entry's cast.
func (x *extractor) withLineAt(i int) bool {
	if i >= len(x.sents) {
		return false
	}
	s := &x.sents[i]
	return s.head && s.first && len(s.toks) >= 3 && s.toks[0].text == "with" && s.toks[1].cap
}

// lineupTitleAbove reads the title of the line-up entry whose "by" or
// "with" line is sentence i: the line above it, past up to two lines of
// countries and a "by" line (byLine). It returns "" when the line above is
// no title.
func (x *extractor) lineupTitleAbove(i int) (title string, countries int, byLine bool) {
	j := i - 1
	for j >= 0 {
		start := j
		for start > 0 && x.sents[start-1].para == x.sents[j].para {
			start--
		}
		s := &x.sents[start]
		if s.para == 0 {
			return "", 0, false
		}
		switch {
		case start == j && !byLine && countries == 0 && len(s.toks) >= 3 && s.toks[0].text == "by" && x.withLineAt(i):
			byLine = true
		case start == j && s.head && countries < 2 && countryLine(s.toks):
			countries++
		default:
			return x.lineupTitle(start, j), countries, byLine
		}
		j = start - 1
	}
	return "", 0, false
}

// lineupTitle reads sentences start..j, one line, as an entry's title: a
// few words, the first capitalized, without closing punctuation; a
// bracket at its end (the title translated) is dropped. It returns "" when
// the line is no title.
func (x *extractor) lineupTitle(start, j int) string {
	n := 0
	for k := start; k <= j; k++ {
		n += len(x.sents[k].toks)
	}
	first, last := &x.sents[start], &x.sents[j]
	if n == 0 || n > 14 || !last.head && !strings.HasSuffix(last.text, ")") || !first.toks[0].cap && first.toks[0].kind != tNum {
		return ""
	}
	title := strings.TrimSpace(x.paragraph(start, first.para))
	if o := strings.LastIndex(title, " ("); o > 0 && strings.HasSuffix(title, ")") {
		title = title[:o] // "Domangchin yeoja (The Woman Who Ran)"
	}
	title = graph.CleanSpace(unquote(title))
	if title == "" || x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || explainerHeading(title) {
		return ""
	}
	return title
}

// countryLine reports whether the tokens of a line name the countries a
// film comes from, and perhaps its year and length: "France / Belgium",
// "Republic of Korea", "Germany, 2020, 118 min".
func countryLine(t []token) bool {
	if len(t) == 0 || len(t) > 20 {
		return false
	}
	country := false
	for _, tk := range t {
		switch {
		case tk.kind == tWord && tk.cap:
			country = country || countryName(tk.text)
		case tk.low == "of" || tk.low == "and" || tk.low == "the" || tk.low == "min" || tk.low == "mins":
		case tk.kind == tNum:
		case tk.text == "/" || tk.text == "," || tk.text == "|" || isDash(tk.text) || tk.text == ".":
		default:
			return false
		}
	}
	return country
}
