package extract

// Titles beside a crew name: the title an appositive stands beside ("“T,”
// X's directorial debut") and a name-shaped title in a bracket after a
// crew name ("director X (Jack Irish)").

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// titleAppositive reads the title an appositive that starts at st stands
// beside: "T, X's directorial debut", "“T,” X's directorial debut" (the
// comma inside the quotes). It returns the title, or "".
func (x *extractor) titleAppositive(st int) string {
	c := st - 1 // the comma
	quoted := false
	if x.tok(c).text != "," {
		if !x.closeQuote(c) || x.tok(c-1).text != "," {
			return ""
		}
		c, quoted = c-1, true
	}
	ts := -1
	if quoted {
		for o := c - 1; o > 0 && o > c-12; o-- {
			if isQuote(x.toks[o].text) {
				if x.titleAt(o+1, false) == c {
					ts = o + 1
				}
				break
			}
		}
	} else if b := x.titleEndingAt(c); b < c {
		ts = b
	}
	if ts < 0 || ts >= c {
		return ""
	}
	ti := unquote(x.span(ts, c))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || isCompany(ti) || x.startsName(ts) && x.personShaped(ts, c) {
		return ""
	}
	return ti
}

// crewBracket reports whether the bracket part p after a person who starts
// at ps holds a title shaped like a name rather than the actor of a
// character: the person stands after a job noun ("director X (Jack
// Irish)", "Director X (Jack Irish) will helm"), or in a list after a crew
// verb's "by" ("written by A (T) and B (Jack Irish)") or after "in
// collaboration with".
func (x *extractor) crewBracket(ps int, p part) bool {
	if p.poss || p.char != "" || x.returning || p.j-p.i < 2 || !x.tok(p.i).cap || !x.personShaped(p.i, p.j) {
		return false
	}
	if !x.sentHas(cJobNoun|cCrewWorkCue) && !x.crewSentence && !x.crewPredicateAfter(p.j) {
		return false
	}
	// the knowledge last: a person it knows is no crew member of this kind
	return x.crewBracketAt(ps, p) && x.knownPerson(x.span(p.i, p.j)) == ""
}

// crewBracketAt is crewBracket's reading of the words around the person:
// a crew predicate after the bracket, or a job noun or a crew verb's "by"
// before the person (through a list of names). It asks the knowledge
// nothing but where names start (personBefore).
func (x *extractor) crewBracketAt(ps int, p part) bool {
	if x.crewPredicateAfter(p.j) {
		return true // "X (Jack Irish) will direct", "Y (Gray Tide) will act as series script supervisor"
	}
	for q := 0; q < 5 && ps > 0; q++ {
		w := x.tok(ps - 1)
		if w.has(cJobNoun) && jobNounsIDs.get(w.id) != "" && jobNounsIDs.get(w.id) != graph.JobOriginalAuthor && (!w.cap || ps == 1) {
			// "director X", "“T” writer X", "by director X"; not a
			// character's job in a plot: "children's author X (Actor)",
			// "a famous director X (Actor)"
			b := x.tok(ps - 2)
			return ps == 1 || b.kind == tPunct && b.text != "(" || b.cap && b.kind == tWord || b.low == "by" || b.low == "and" || b.low == "with"
		}
		switch {
		case w.low == "by" && !w.cap:
			return crewByVerbsIDs.has(x.tok(ps - 2).id)
		case w.low == "with" && !w.cap:
			return x.tok(ps-2).low == "collaboration"
		case w.low == "and" || w.text == "," || w.text == "&":
			e := ps - 1
			if x.tok(e-1).text == ")" {
				if o := x.openOf(e - 1); o > 0 {
					e = o
				}
			}
			if ps = x.personBefore(e); ps == e {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// crewByVerbs are the participles whose "by" names crew: "written by X".
var crewByVerbs = set(`written directed created produced penned helmed scripted co-written co-created co-directed executive-produced adapted`)

// praiseNouns name a film by its prize or its place in a line-up:
// "X's Venice winner “T”", "Y's Sundance entry “U”".
var praiseNouns = set(`winner prize-winner champ champion hit entry favourite favorite sensation smash darling contender opener closer`)

// describedQuoteTitle reads, after a maker's possessive at k, describing
// words and a quoted title: "X's Venice prize-winner “T”", "X's
// Oscar-nominated “T”", "X's Cannes Jury Prize winner “T”". It returns the
// title's span, or at == e.
func (x *extractor) describedQuoteTitle(k int) (at, e int) {
	m := k + 1
	for ; m < len(x.toks) && m < k+5; m++ {
		w := x.tok(m)
		if isQuote(w.text) {
			break
		}
		if titleAdjectivesIDs.has(w.id) && !w.cap {
			continue // "X's new “T”"
		}
		if a := x.pastDatedRelease(m); a > m {
			m = a - 1
			continue // "X's October release “T”"
		}
		if w.kind != tWord || w.has(cStopWords|cAuxWords|cGenreNouns) || w.cap && x.startsName(m) && x.personAt(m) > m+1 {
			return m, m
		}
		if !w.cap && !strings.Contains(w.low, "-") && !describesWord(w.low) && !awardWordsIDs.has(w.id) && !praiseNounsIDs.has(w.id) && !titleAdjectivesIDs.has(w.id) {
			return m, m
		}
	}
	if m == k+1 || !isQuote(x.tok(m).text) {
		return m, m
	}
	e = x.titleAt(m, false)
	if e <= m+1 {
		return m, m
	}
	ti := unquote(x.span(m, e))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || isCompany(ti) {
		return m, m
	}
	return m, e
}

// fromTitle reads the title a "from" before the title that ends before the
// job noun at k follows: "the comedy pilot “T” from The Office creator
// X", "the drama T from Severance creator X": X made T too. It returns
// the title, or "".
func (x *extractor) fromTitle(k int) string {
	ts := x.titleBefore(k)
	if x.closeQuote(k - 1) {
		for ts = k - 2; ts > 0 && ts > k-14; ts-- {
			if isQuote(x.toks[ts].text) {
				break
			}
		}
	}
	f := ts - 1
	if f < 2 || x.tok(f).low != "from" || x.tok(f).cap || x.inBr[f] {
		return ""
	}
	b := x.titleEndingAt(f)
	if b >= f || !isQuote(x.tok(b).text) && !(x.tok(b-1).has(cGenreNouns) && !x.tok(b-1).cap) {
		return ""
	}
	ti := unquote(x.span(b, f))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || isCompany(ti) || x.startsName(b) && x.personShaped(b, f) {
		return ""
	}
	return ti
}

// fromSplits reports whether the "from" at k, read back from a job noun at
// j, parts a title before it from the maker's title after it: "the comedy
// T from The Office creator X", "comes to Netflix from The Office creator
// X" (not "Letters from Iwo Jima director X").
func (x *extractor) fromSplits(k, j int) bool {
	if w := x.tok(j); w.kind != tWord || w.cap || jobNounsIDs.get(w.id) == "" {
		return false
	}
	p := k
	for p > 0 && p > k-6 && x.toks[p-1].cap && x.toks[p-1].kind == tWord {
		p--
	}
	if p == k {
		return false
	}
	g := x.tok(p - 1)
	return g.has(cGenreNouns) && !g.cap || x.isNetwork(x.span(p, k))
}

// crewPredicateAfter reports whether a crew predicate follows the bracket
// whose last part ends at i: "X (T) will direct", "Y (T) is writing",
// "Z (T) will serve as series script supervisor", "W (T) will provide the
// character designs".
func (x *extractor) crewPredicateAfter(i int) bool {
	for isQuote(x.tok(i).text) {
		i++
	}
	if x.tok(i).text != ")" {
		return false
	}
	m := i + 1
	for q := 0; q < 3 && x.tok(m).has(cAuxWords) && !x.tok(m).cap; q++ {
		m++ // "will", "is", "will also"
	}
	if x.tok(m).low == "also" {
		m++
	}
	w := x.tok(m)
	if w.cap || w.kind != tWord || m == i+1 && !strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ed") {
		return false // a bare verb needs its auxiliary: "X (T) will direct", "Y (T) directs", "Z (T) directed"
	}
	if _, ok := jobVerbsIDs.lookup(w.id); ok {
		return true
	}
	if serveWordsIDs.has(w.id) && x.tok(m+1).low == "as" {
		_, ok := x.crewWithin(m+2, 4)
		return ok || x.crewWordWithin(m+2, 4) || x.tok(m+3).low == "script" || x.tok(m+2).low == "script"
	}
	switch w.low {
	case "provide", "provides", "handle", "handles":
		o := m + 1
		if x.tok(o).low == "the" {
			o++
		}
		if l := x.tok(o).low; l == "character" || l == "production" || l == "costume" || l == "sound" {
			o++
		}
		_, ok := dutyNounsIDs.lookup(x.tok(o).id)
		return ok
	}
	return false
}
