package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// A logline names its characters by what they are and puts the actor in
// brackets: "Stillwater Creek centers on a small-town sheriff (Josh
// Duhamel) who uncovers a conspiracy", "the series follows a marine
// biologist (Gyllenhaal) who returns home".

// loglineVerbs tell the story a show follows.
var loglineVerbs = set(`follows follow following centers centres centered centred revolves about tells chronicles focuses stars plays playing starring`)

var loglineMask = setMask(loglineVerbs)

// loglineCastRule reads an actor in brackets after a character described
// in lower case, in a sentence that tells the story: a cast credit with no
// character in the sentence's show.
func (x *extractor) loglineCastRule() {
	if x.sshow == "" || !strings.Contains(x.s.text, "(") {
		return // no bracket
	}
	t := x.toks
	if l := t[0].low; !x.sentHasAnyWord(loglineMask) && l != "a" && l != "an" && !strings.Contains(x.s.text, "): ") {
		return // no word it reads, and no logline's opening
	}
	story := false
	for k := 1; k+2 < len(t); k++ {
		if loglineVerbsIDs.has(t[k].id) && !t[k].cap || t[k].text == "(" && x.describedOpener(k) {
			story = true // "An FBI agent (X) teams up with a rookie (Y)": a logline's opening
		}
		if t[k].text != "(" || !story || x.used[k+1] {
			continue
		}
		p := &t[k-1]
		if p.kind != tWord || p.cap || p.has(cStopWords|cJobNoun|cGenreNouns|cFormatWords|cNetworks) || p.kind == tNum {
			continue // "a sheriff (X)", not "the director (X)", "the film (2019)"
		}
		pe := x.personAt(k + 1)
		if pe <= k+1 || x.tok(pe).text != ")" {
			continue
		}
		name := x.resolve(x.span(k+1, pe))
		if pe == k+2 && name == x.span(k+1, pe) {
			continue // one word that names nobody the article names in full
		}
		if x.isShow(name) || x.isNetwork(name) || x.knownPerson(name) == "" && !x.personShaped(k+1, pe) && pe != k+2 {
			continue
		}
		x.add(graph.KindCast, name, x.sshow, "", "")
	}
}

// genreLabelTitle reads a line-up's entry that opens with its title and
// its genre in brackets before a colon, "Stone Harbor (Drama): A doctor
// returns home", "The Hive (comedy, 13 episodes):": the title, or "".
func (x *extractor) genreLabelTitle() string {
	t := x.toks
	if len(t) < 6 || !t[0].cap || !x.s.parens || !strings.Contains(x.s.text, "):") {
		return ""
	}
	e := x.titleAt(0, false)
	if e <= 0 || e+3 >= len(t) || t[e].text != "(" || !t[e+1].has(cGenreNouns) {
		return ""
	}
	c := x.closeOf(e)
	if c < 0 || c > e+8 || x.tok(c+1).text != ":" {
		return ""
	}
	title := x.span(0, e)
	if x.refusedTitle(title, 0, e) {
		return ""
	}
	return title
}

// describedOpener reports whether the words before the bracket at k are a
// character described in lower case that opens the sentence or follows a
// colon: "An FBI agent (X) teams up", "Stone Harbor (Drama): A small-town
// doctor (Y) returns home".
func (x *extractor) describedOpener(k int) bool {
	m := k - 1
	for m > 0 && k-m <= 5 && x.toks[m].kind == tWord && (!x.toks[m].cap || isUpperCase(x.toks[m].text)) && !x.toks[m].has(cStopWords) {
		m--
	}
	if m == k-1 {
		return false
	}
	if l := x.toks[m].low; l != "a" && l != "an" {
		return false
	}
	return m == 0 || x.toks[m-1].text == ":"
}

// fromMakersRule reads a line-up entry's closing "From Dick Wolf." or
// "From A and B.": a sentence of "From" and names alone credits each as
// crew of the sentence's show, with no job.
func (x *extractor) fromMakersRule() {
	t := x.toks
	if x.sshow == "" || len(t) < 3 || len(t) > 12 || t[0].low != "from" || !t[1].cap {
		return
	}
	items := x.dropCompanies(x.parseList(1))
	if len(items) == 0 || items[0].start != 1 || items[0].pstart != 1 {
		return // "From executive producers A and B": read with the job
	}
	if end := items[len(items)-1].end; end != len(t)-1 || t[end].text != "." {
		return
	}
	for _, it := range items {
		if name := x.itemName(it); x.hostName(it.pstart, it.pend) && !x.isShow(name) {
			x.add(graph.KindCrew, name, x.sshow, "", "")
		}
	}
}

// andTitleEnd extends a title that opens a sentence at st and ends at e
// before "and" over the capitalized words after it, where a casting verb
// follows them: "Home and Away has cast X", "Law and Order returns". Two
// names, networks or a person's words stay apart. It returns the new end,
// or e.
func (x *extractor) andTitleEnd(st, e int) int {
	if x.tok(e).low != "and" || x.tok(e).cap || !x.titleStarts(e+1) {
		return e
	}
	e2 := x.titleAt(e+1, false)
	if e2 <= e+1 || e2-e > 4 {
		return e
	}
	v := e2
	for m := 0; m < 2 && x.tok(v).has(cAuxWords) && !x.tok(v).cap; m++ {
		v++
	}
	if w := x.tok(v); w.cap || !w.has(cCastVerbs|cReturnWords) && w.low != "cast" && w.low != "casts" {
		return e
	}
	if x.isNetwork(x.span(st, e)) || x.isNetwork(x.span(e+1, e2)) || x.startsName(st) || x.startsName(e+1) ||
		x.knownPerson(x.span(st, e)) != "" || x.knownPerson(x.span(e+1, e2)) != "" {
		return e
	}
	return e2
}
