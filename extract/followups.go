package extract

// Clauses that name a person's work by its relation to another: "X's
// follow-up to T" (X made T), "T, in which she plays C" (the subject plays
// C in T).

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// followUpWords are the nouns followUpRule reads at.
var followUpWords = wordMask("follow-up", "followup")

// followUpRule reads "X's (as-yet-untitled) follow-up to T": X made T, a
// crew credit with no job ("directorial follow-up": director). The new work
// is not named, so it gives nothing.
func (x *extractor) followUpRule() {
	if !x.sentHasAnyWord(followUpWords) {
		return // no token it reads at
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !followUpWords.holds(&t[k]) || t[k].cap || t[k+1].low != "to" {
			continue
		}
		if indexRare(x.s.text, "ollow") < 0 {
			return // asked only at a follow-up: cheaper than searching every sentence
		}
		o := k - 1
		job := ""
		for q := 0; q < 3 && o > 0 && t[o].kind == tWord && !t[o].cap && !t[o].has(cStopWords); q++ {
			if t[o].low == "directorial" {
				job = "director"
			}
			o-- // "as-yet-untitled", "much-awaited directorial"
		}
		if t[o].kind != tPoss {
			continue
		}
		ps := x.personBefore(o)
		if ps == o || x.inBr[ps] {
			continue
		}
		at := x.titlePrefix(k + 2)
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss {
			continue
		}
		title := unquote(x.span(at, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.noCreditName(title) {
			continue
		}
		x.add(graph.KindCrew, x.resolve(x.span(ps, o)), title, "", job)
	}
}

// inWhichRule reads "T, in which she plays C", "in which he stars as C"
// and "he left T where he played C":
// the person the sentence (or the one before) opens with plays C in T, the
// title before the clause, or in the sentence's show when no title stands
// there.
func (x *extractor) inWhichRule() {
	if !x.sentHas(cPlayVerbs|cCastVerbs) || !x.sentHasWord(bitWhich) && !x.sentHasWord(bitWhere) || !strings.Contains(x.s.text, "which") && !strings.Contains(x.s.text, "where") && !foreignWhereIn(x.s.text) {
		return // no token it reads
	}
	who := x.subject()
	if who == "" && x.s.first && x.subjectEnd() == 0 {
		// "Another notable role came in T, in which he played C" opening
		// a paragraph: the person the article's lead opened with
		who = x.mainPerson()
	}
	if who == "" {
		return // nobody for the pronoun
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		fv := x.foreignWhereVerb(k) // "donde interpretó a C": no pronoun (languagewhere.go)
		if k+4 == len(t) && fv == 0 {
			continue
		}
		if t[k].low != "which" && (t[k].low != "where" || t[k-1].text != "," && !(t[k-1].cap && t[k-1].kind == tWord && !x.inBr[k-1])) || t[k].low == "which" && t[k-1].low != "in" && t[k-1].low != "on" || t[k+1].low != "he" && t[k+1].low != "she" && fv == 0 {
			continue
		}
		v := k + 2
		if fv > 0 {
			v = fv
		}
		for v < len(t) && v < k+5 && (t[v].has(cAuxWords) || t[v].low == "also") {
			v++
		}
		at := -1
		switch x.tok(v).low {
		case "plays", "play", "portrays", "portray", "voices", "voice", "played", "portrayed", "voiced":
			at = v + 1
		case "stars", "star", "starred", "appears", "appear", "appeared", "features", "returns", "return":
			if x.tok(v+1).low == "as" {
				at = v + 2
			} else if l := x.tok(v + 1).low; l == "opposite" || l == "alongside" {
				at = -2 // "T, in which he starred opposite Y": the subject in T too
			}
		}
		if at == -2 {
			if title := x.relTitleBefore(k + 1); title != "" {
				x.add(graph.KindCast, who, title, "", "")
			}
			continue
		}
		if at < 0 {
			continue
		}
		cs, ce, ok := x.charNP(at)
		if !ok || x.tok(at).cap && cs != at && !(x.tok(at+1).kind == tPoss && cs > at+2 && !x.tok(cs-1).cap) {
			continue // not "Alzheimer's disease sufferer Felix": describing words after a possessive
		}
		char := x.span(cs, ce)
		if x.knownPerson(char) != "" || describes(char) || x.tok(cs).has(cStopWords|cJobNoun) {
			continue
		}
		who := who
		if p := x.whoClausePerson(k); p != "" {
			who = p // "X, who joined in 2023 after leaving T, where he played C": the relative clause's person
		}
		show := x.sshow
		c := k - 1
		if t[k].low == "where" {
			c = k // ", where he played C": the title before the comma
		}
		if x.tok(c-1).text == "," {
			c--
		}
		if t[k].text != "where" {
			c = x.pastNetworkAside(c) // "“T”, no Globoplay, onde viveu C": a "where" of another language (languagewhere.go)
		}
		if ts := x.titleBefore(c); ts < c && !x.isNetwork(x.span(ts, c)) && x.knownPerson(x.span(ts, c)) == "" && !(x.personShaped(ts, c) && x.startsName(ts)) && !describes(x.span(ts, c)) {
			show = unquote(x.span(ts, c))
		} else if isQuote(x.tok(c - 1).text) {
			if ts := x.quotedTitlesBefore(c); len(ts) == 1 {
				show = unquote(ts[0]) // "“T,” in which she plays C"
			}
		}
		if show == "" || t[k].low == "where" && (show == x.sshow && t[k].text == "where" || placeName(show) || countryName(show)) {
			continue // "moved to London, where he played C": a place
		}
		x.add(graph.KindCast, who, show, char, "")
		if x.sshow == "" {
			if x.know.askReading(); !x.first {
				x.focus = show // "The acclaimed drama also starred A and B": the next sentence speaks of T
			}
		}
	}
}

// gappedByAt returns where the next pair's character starts after a name
// ending at pe, in "C1 is played by A, C2 by B and C3 by D": a comma or
// "and", a character and "by" before a person; else 0.
func (x *extractor) gappedByAt(pe int) int {
	m := pe
	if x.tok(m).text != "," && x.tok(m).low != "and" {
		return 0
	}
	m++
	if x.tok(m).low == "and" && x.tok(m-1).text == "," {
		m++
	}
	if ce := x.charAt(m); ce > m && x.tok(ce).low == "by" && x.personAt(ce+1) > ce+1 {
		return m
	}
	return 0
}

// gappedBy credits each later pair of "C1 is played by A, C2 by B and C3
// by D", from the name that ends at pe.
func (x *extractor) gappedBy(pe int) {
	for n := 0; n < 12; n++ {
		m := x.gappedByAt(pe)
		if m == 0 {
			return
		}
		ce := x.charAt(m)
		char := x.span(m, ce)
		pe = x.personAt(ce + 1)
		if x.isShow(char) || x.isNetwork(char) {
			return
		}
		x.add(graph.KindCast, x.span(ce+1, pe), x.sshow, char, "")
	}
}

// whoClausePerson returns the person a relative clause before k hangs on,
// "X, who joined the soap after leaving T, where he played C", whom the
// pronoun after k names; or "".
func (x *extractor) whoClausePerson(k int) string {
	for m := k - 1; m > 1 && m > k-25; m-- {
		if t := &x.toks[m]; t.low != "who" || t.cap || x.toks[m-1].text != "," {
			continue
		}
		if ps := x.personBefore(m - 1); ps < m-1 && x.knownPerson(x.span(ps, m-1)) != "" {
			return x.resolve(x.span(ps, m-1))
		}
		return ""
	}
	return ""
}
