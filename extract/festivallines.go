package extract

// The entries of a festival's or a programme's line-up, told one field a
// line: the title, the countries it comes from, "by X" (its director) and
// "with A, B, C" (its cast), or "Director: X" and "Cast: A, B".
//
//	Salt Tides
//	Portugal / Brazil
//	by Ana Duarte
//	with Rui Lemos, Clara Sá
//
// The title is the line above the countries, or above the fields.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// lineupField reads the tokens of a line as a field of a line-up entry:
// "by X" (its director), "with A, B", "Starring A, B" or "Cast: A, B" (its
// cast), "Director: X", "Directed by X", "Written by X", "Producer: X". The
// people it names start at at. ok is false when the line is no field.
func lineupField(t []token) (at int, kind, job string, ok bool) {
	if len(t) < 3 {
		return 0, "", "", false
	}
	switch l := t[0].low; {
	case l == "by" && !t[0].cap: // "By X" is a byline
		return 1, graph.KindCrew, graph.JobDirector, true
	case (l == "with" || l == "starring") && t[1].text != ":":
		return 1, graph.KindCast, "", true
	case (l == "cast" || l == "with") && t[1].text == ":":
		return 2, graph.KindCast, "", true
	case l == "dir" && t[1].text == ":":
		return 2, graph.KindCrew, graph.JobDirector, true
	case t[1].low == "by" && (l == "directed" || l == "written" || l == "produced" || l == "created"):
		return 2, graph.KindCrew, crewByIDs.get(t[0].id), true
	case t[1].text == ":" && t[0].cap:
		if l == "screenplay" || l == "writers" {
			return 2, graph.KindCrew, graph.JobWriter, true
		}
		if j, isJob := jobNounsIDs.lookup(t[0].id); isJob && j != "" && j != graph.JobOriginalAuthor {
			return 2, graph.KindCrew, j, true
		}
	}
	return 0, "", "", false
}

// fieldLineAt reads sentence i as a line of its own that is a line-up
// entry's field (lineupField).
func (x *extractor) fieldLineAt(i int) (at int, kind, job string, ok bool) {
	if i >= len(x.sents) || i < 0 {
		return 0, "", "", false
	}
	s := &x.sents[i]
	if !s.head && !strings.HasSuffix(s.text, ")") || !s.first || i+1 < len(x.sents) && x.sents[i+1].para == s.para {
		return 0, "", "", false // "Cast: A (Pedro), B (Ana)" ends in a bracket
	}
	at, kind, job, ok = lineupField(s.toks)
	if !ok || !s.toks[at].cap {
		return 0, "", "", false
	}
	return at, kind, job, ok
}

// lineupLine reads sentence i as a field of a line-up entry ("by X",
// "with A, B", "Director: X", "Cast: A, B") and credits its people in the
// entry's title; it reports whether it did. An entry has a line of
// countries under its title, or two fields: "by Jane Doe" alone under a
// headline is a byline.
func (x *extractor) lineupLine(i int) bool {
	s := &x.sents[i]
	t := s.toks
	if !s.first || s.para < 2 || len(t) < 3 || len(t) > 60 || t[0].kind != tWord || !s.head && t[len(t)-1].text != ")" {
		return false
	}
	at, kind, job, ok := x.fieldLineAt(i)
	if !ok {
		return false
	}
	title, countries, fields := x.lineupTitleAbove(i)
	if title == "" {
		return false
	}
	if countries == 0 && fields == 0 {
		if _, _, _, next := x.fieldLineAt(i + 1); !next {
			return false
		}
	}
	x.ready(s)
	items := x.parseList(at)
	if len(items) == 0 {
		return false
	}
	if end := items[len(items)-1].end; end != len(t) && t[end].text != "|" {
		return false // not "Dir: X | Portugal | 98 min"
	}
	for _, it := range items {
		if it.br >= 0 && (kind != graph.KindCast || x.fieldCharacter(it) == "") || it.pend-it.pstart < 2 && kind == graph.KindCast ||
			isCompany(x.itemName(it)) || x.isNetwork(x.itemName(it)) {
			return false // "Producer: OGM Pictures"
		}
	}
	x.setFocus(title)
	x.sshow, x.sshowFold, x.conf = title, x.fold(title), 0.85
	for _, it := range items {
		x.add(kind, x.itemName(it), title, x.fieldCharacter(it), job)
	}
	return true
}

// lineupHead reads sentence i as the first line of a line-up entry: its
// title, then up to two lines of countries and a field (a field alone,
// with no countries above it, needs another under it). It returns the
// paragraph of the last line before the field, which no other rule should
// read ("Os Barcos (The Boats)" is no person in a show), or -1. The
// title is the show of the lines under it.
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
	if _, _, _, ok := x.fieldLineAt(k); !ok {
		return -1
	}
	if _, _, _, ok := x.fieldLineAt(k + 1); countries == 0 && !ok {
		return -1
	}
	title := x.lineupTitle(i, j)
	if title == "" {
		return -1
	}
	if !x.inFieldBlock(i) {
		x.setFocus(title) // the fields no line-up rule reads ("Cast: A as C") are the entry's too
	}
	return x.sents[k-1].para
}

// lineupTitleAbove reads the title of the line-up entry whose field is
// sentence i: the line above it, past up to two lines of countries and
// the entry's other fields. It returns "" when the line above is no title.
func (x *extractor) lineupTitleAbove(i int) (title string, countries, fields int) {
	j := i - 1
	for j >= 0 {
		start := j
		for start > 0 && x.sents[start-1].para == x.sents[j].para {
			start--
		}
		s := &x.sents[start]
		if s.para == 0 {
			return "", 0, 0
		}
		_, _, _, field := x.fieldLineAt(j)
		field = field || start == j && s.head && labelLine(s.toks) // "Broadcasting Network: Netflix"
		switch {
		case start == j && field && countries == 0 && fields < 6:
			fields++
		case start == j && s.head && countries < 2 && countryLine(s.toks):
			countries++
		default:
			return x.lineupTitle(start, j), countries, fields
		}
		j = start - 1
	}
	return "", 0, 0
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
	if _, _, _, field := lineupField(first.toks); start == j && (field || countryLine(first.toks)) {
		return ""
	}
	title := strings.TrimSpace(x.paragraph(start, first.para))
	if o := strings.LastIndex(title, " ("); o > 0 && strings.HasSuffix(title, ")") {
		title = title[:o] // "Domangchin yeoja (The Woman Who Ran)"
	}
	title = rankOff(title) // "1. Love and Kessel (2021)": the entry's rank is no part of its title
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

// labelLine reports whether the tokens of a line are a label and its
// value, "Running time: 98 min", "Broadcasting Network: Netflix": a field
// of an entry that names no one.
func labelLine(t []token) bool {
	for k := 1; k < len(t) && k <= 3; k++ {
		if t[k].text == ":" {
			return t[0].cap && k+1 < len(t)
		}
		if t[k].kind != tWord {
			return false
		}
	}
	return false
}

// inFieldBlock reports whether line i is a label and its value under
// another such line: "Country: South Korea" under "Year Released: 2022"
// in a review's block of fields is one more field, no entry's title whose
// show the lines under it are.
func (x *extractor) inFieldBlock(i int) bool {
	return i > 0 && labelLine(x.sents[i].toks) && labelLine(x.sents[i-1].toks) && x.sents[i-1].para != x.sents[i].para
}

// fieldCharacter is the character a bracket after a name in a line-up's
// cast field holds, "Cast: A (Pedro), B (Ana)", or "" where the item has
// no bracket or its bracket holds a show.
func (x *extractor) fieldCharacter(it item) string {
	if it.br < 0 {
		return ""
	}
	c := x.closeOf(it.br)
	if c <= it.br+1 || !x.tok(it.br+1).cap {
		return ""
	}
	inner := x.span(it.br+1, c)
	if x.isShow(inner) || x.isNetwork(inner) {
		return ""
	}
	return inner
}

// rankOff drops a ranked entry's number and its full stop or bracket from
// the start of its title line: "1. Love and Kessel" is "Love and Kessel".
func rankOff(title string) string {
	d := 0
	for d < len(title) && d < 3 && title[d] >= '0' && title[d] <= '9' {
		d++
	}
	if d > 0 && d+1 < len(title) && (title[d] == '.' || title[d] == ')') && title[d+1] == ' ' {
		return title[d+2:]
	}
	return title
}
