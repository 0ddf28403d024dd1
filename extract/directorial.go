package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// directorialRule reads "directorial" as a noun, as Indian trade copy
// writes it: "The Ayan Mukerji directorial also stars X", "Atlee's
// directorial Jawan", "Jawan, an Atlee directorial, stars X": the person
// directs the title after it, the title the aside is on, or the sentence's
// show. "X's directorial debut T" is crewWorkRule's.
func (x *extractor) directorialRule() {
	if !x.sentHas(cVehicleCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k < len(t); k++ {
		if t[k].low != "directorial" || t[k].cap || x.inBr[k] {
			continue
		}
		if n := x.tok(k + 1); n.kind == tWord && !n.cap && !n.has(cStopWords|cAuxWords|cCastVerbs|cClauseVerbs) {
			continue // "directorial debut", "directorial duties": an adjective
		}
		var ps, pe int
		if t[k-1].kind == tPoss {
			pe = k - 1 // "Atlee's directorial"
		} else {
			pe = k // "the Ayan Mukerji directorial"
		}
		ps = x.personBefore(pe)
		if l := x.tok(k - 2).low; ps >= pe && pe == k && t[k-1].cap && t[k-1].kind == tWord && !t[k-1].has(cStopWords) && (l == "a" || l == "an" || l == "the") {
			ps = k - 1 // "an Atlee directorial": one name
		}
		if ps >= pe || x.isShow(x.span(ps, pe)) || x.isNetwork(x.span(ps, pe)) {
			continue
		}
		art := x.tok(ps - 1)
		if pe == k && !(art.low == "a" || art.low == "an" || art.low == "the" || art.low == "upcoming" || art.low == "latest" || art.low == "new" || art.has(cDescribe)) {
			continue // "Ayan Mukerji directorial" with no article: no noun phrase read here
		}
		show := x.sshow
		if x.titleStarts(k+1) && !x.tok(k+1).has(cStopWords) {
			if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) && x.knownPerson(x.span(k+1, e)) == "" {
				show = unquote(x.span(k+1, e)) // "Atlee's directorial Jawan"
			}
		} else if a := ps - 1; pe == k && (art.low == "a" || art.low == "an") && x.tok(a-1).text == "," {
			if ts := x.titleEndingAt(a - 1); ts < a-1 && !x.isNetwork(x.span(ts, a-1)) && !(x.personShaped(ts, a-1) && x.startsName(ts)) {
				show = unquote(x.span(ts, a-1)) // "Jawan, an Atlee directorial,"
			}
		}
		if show == "" {
			continue
		}
		x.add(graph.KindCrew, x.span(ps, pe), show, "", graph.JobDirector)
	}
}

var bitDirectorial = wordBit("directorial")

// ownDebut reads a pronoun's debut or venture with its title: "X, who won
// a National Award for his last directorial venture T", "her directorial
// debut T": the holder of the pronoun directs T.
func (x *extractor) ownDebut() {
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].low != "directorial" || t[k].cap || !debutNounsIDs.has(t[k+1].id) {
			continue
		}
		at := k + 2
		if !x.titleStarts(at) {
			if at = x.debutWithTitle(k + 2); at < 0 {
				continue
			}
		}
		p := k - 1
		for p > 0 && !t[p].cap && (titleAdjectivesIDs.has(t[p].id) || t[p].low == "last" || t[p].low == "previous") {
			p-- // "his last directorial venture"
		}
		if l := t[p].low; l != "his" && l != "her" && l != "their" {
			continue
		}
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		ti := unquote(strings.TrimRight(unquote(x.span(at, e)), ","))
		if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.startsName(at) && x.personShaped(at, e) {
			continue
		}
		holders := x.whoBefore(p) // "directed by X who won an award for his ..."
		if len(holders) == 0 {
			holders = x.holderOf(p)
		}
		for _, h := range holders {
			x.add(graph.KindCrew, h, ti, "", graph.JobDirector)
		}
	}
}

// whoBefore returns the person a "who" before k follows: "X who won", "X,
// who won".
func (x *extractor) whoBefore(k int) []string {
	for m := k - 1; m > 0; m-- {
		if x.toks[m].kind == tPunct && x.toks[m].text != "," {
			return nil
		}
		if x.toks[m].low != "who" {
			continue
		}
		e := m
		if x.tok(e-1).text == "," {
			e--
		}
		if ps := x.personBefore(e); ps < e {
			return []string{x.span(ps, e)}
		}
		return nil
	}
	return nil
}

var bitMade, bitGave = wordBit("made"), wordBit("gave")

// madeWork reads "made" with a kind of work and its title: "X, who
// previously made the documentary T", "X made the short film T": X is T's
// maker, with no job. Not "made the film a hit", "made the cut".
func (x *extractor) madeWork() {
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].low == "gave" && !t[k].cap {
			x.gaveStarrer(k)
			continue
		}
		if t[k].low == "made" && !t[k].cap && x.titleStarts(k+1) && !isQuote(x.tok(k+1).text) && x.tok(k+1).low != "the" && x.tok(k+1).low != "a" {
			x.directorMade(k) // "Koval has made T1 and T2", of a person the article calls a director
			continue
		}
		if t[k].low != "made" || t[k].cap || x.tok(k+1).low != "the" && x.tok(k+1).low != "a" {
			continue
		}
		at := k + 2
		for q := 0; q < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cGenreNouns|cStopWords); q++ {
			at++ // "the acclaimed documentary", "the short film"
		}
		if !x.tok(at).has(cGenreNouns) || x.tok(at).cap || !x.titleStarts(at+1) {
			continue
		}
		e := x.titleAt(at+1, false)
		if e <= at+1 || x.tok(e).low == "a" || x.tok(e).low == "an" || x.tok(e).low == "into" || x.tok(at+1).low == "i" {
			continue // "made the drama T a hit"; "I, Addict" is cut short at its comma
		}
		ti := unquote(x.span(at+1, e))
		if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.startsName(at+1) && x.personShaped(at+1, e) {
			continue
		}
		holders := x.whoBefore(k)
		if len(holders) == 0 {
			holders = x.subjectsBefore(k, 0)
		}
		for _, h := range holders {
			x.add(graph.KindCrew, h, ti, "", "")
		}
	}
}

// gaveStarrer reads "X who gave Jayam Ravi starrer Dass", as Indian trade
// copy writes a director's earlier film: X made T, with no job.
func (x *extractor) gaveStarrer(k int) {
	starrer := false
	for m := k + 2; m < k+6 && m < len(x.toks); m++ {
		if x.toks[m].low == "starrer" {
			starrer = true
			break
		}
	}
	if !starrer {
		return
	}
	if ti := x.otherTitleObject(k + 1); ti != "" {
		for _, h := range x.whoBefore(k) {
			x.add(graph.KindCrew, h, ti, "", "")
		}
	}
}

// debutWithTitle finds the title after "with" in the words after a
// directorial debut at i: "made his directorial debut at the festival with
// his film “T”". It returns where the title starts, or -1.
func (x *extractor) debutWithTitle(i int) int {
	for m := i; m < i+10 && m < len(x.toks); m++ {
		w := x.toks[m]
		if w.kind == tPunct && w.text != "," {
			return -1
		}
		if w.low != "with" || w.cap {
			continue
		}
		at := m + 1
		if l := x.tok(at).low; l == "his" || l == "her" || l == "their" {
			at++
		}
		if g := x.tok(at); g.has(cGenreNouns) && !g.cap {
			at++ // "with his film “T”"
		}
		if !isQuote(x.tok(at).text) || !x.titleStarts(at) {
			return -1
		}
		return at
	}
	return -1
}
