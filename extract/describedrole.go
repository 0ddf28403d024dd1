package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// describedRoleTitle reads, at obj, a part described with no name and the
// title it was played in: "a corrupt mayor in T", "a musician in T (1988)",
// "the hero in “T”". It returns T, or "" where no title follows the
// describing words.
func (x *extractor) describedRoleTitle(obj int) string {
	m := obj
	if l := x.tok(m).low; (l == "a" || l == "an" || l == "the" || l == "her" || l == "his" || l == "their") && !x.tok(m).cap {
		m++ // "played her mother in T", "played his younger self in T"
	}
	if x.tok(m).cap && x.possRelationAt(m) {
		m = x.charAt(m) + 1 // "played Elvis Presley's mother in T": a relation of a named character
	}
	start := m
	for q := 0; q < 5 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords); q++ {
		m++ // "corrupt mayor", "young musician"
	}
	if m == start || x.tok(m).low != "in" && x.tok(m).low != "on" {
		return ""
	}
	at := m + 1
	if g := x.genreTitleAfter(at); g > 0 {
		at = g // "a corrupt mayor in the 2009 biopic T", "a nurse in the film T"
	}
	if !x.titleStarts(at) {
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).kind == tPoss || x.tok(e).has(cJobNoun|cCastNouns) && !x.tok(e).cap {
		return "" // not "the lead role in “T” director X's next project"
	}
	if ti := unquote(x.span(at, e)); x.coStarTitle(ti) && !placeName(ti) && !countryName(ti) {
		return ti
	}
	return ""
}

// turnAsTitle reports whether "as" at k follows a noun of a part and a part
// with no name played in a title follows it: "a memorable turn as a corrupt
// mayor in T", "his role as a young musician in T".
func (x *extractor) turnAsTitle(k, obj int) bool {
	switch x.tok(k - 1).low {
	case "turn", "role", "part", "stint", "performance":
		return x.describedRoleTitle(obj) != ""
	}
	return false
}

// charBeforeTitle reports whether a character described by lower-case
// words ends before "in" or "on" at i: "best known as the hapless Derek in
// T", not "best known as the voice of the station".
func (x *extractor) charBeforeTitle(i int) bool {
	s, e, ok := x.charNP(i)
	if !ok || e <= s || !x.tok(e-1).cap {
		return false
	}
	l := x.tok(e).low
	return l == "in" || l == "on"
}

// seasonOfTitle returns where the title starts after a part of a show at
// i ("three series of T", "the final season of T"), or 0: not "the third
// season of Sheridan's show", a person's.
func (x *extractor) seasonOfTitle(i int) int {
	p := x.pastSeasonOf(i)
	if p == i || !x.titleStarts(p) {
		return 0
	}
	if e := x.titleAt(p, false); e <= p || x.tok(e).kind == tPoss || x.knownPerson(x.span(p, e)) != "" {
		return 0
	}
	return p
}

// genreTitleAfter returns where a title starts after "the" and the genre
// words before it at i ("the film T", "the 2009 biopic T", "the long-running
// ITV series T"), or 0.
func (x *extractor) genreTitleAfter(i int) int {
	if x.tok(i).low != "the" || x.tok(i).cap {
		return 0
	}
	p := x.titlePrefix(i)
	if g := x.genreThenTitle(p); g > 0 {
		return g
	}
	if p > i && x.tok(p-1).has(cGenreNouns) && !x.tok(p-1).cap && x.titleStarts(p) {
		return p
	}
	return 0
}

// offerBefore reports whether an offer stands within a few words before i:
// "has been offered a leading role in T", "is in talks for a role in T".
func (x *extractor) offerBefore(i int) bool {
	for m := i - 1; m >= 0 && m >= i-5; m-- {
		switch x.toks[m].low {
		case "offered", "offer", "offers", "talks", "eyeing", "eyed", "considering", "considered":
			return true
		}
	}
	return false
}

// morePairs reads, at i, more "C in T" pairs after a first one: "his roles
// as A in T1 and B in T2", ", C in T3".
func (x *extractor) morePairs(person string, i int) {
	for n := 0; n < 6; n++ {
		at := i
		if x.tok(at).text == "," {
			at++
		}
		if x.tok(at).low == "and" {
			at++
		}
		if at == i {
			return
		}
		ce := x.charAt(at)
		if ce <= at || x.tok(ce).low != "in" && x.tok(ce).low != "on" {
			return
		}
		ts := x.titlePrefix(ce + 1)
		te := x.titleAt(ts, false)
		if te <= ts || x.isNetwork(x.span(ts, te)) || x.knownPerson(x.span(ts, te)) != "" || x.tok(te).kind == tPoss {
			return // not "C2 in Dawson's Creek" cut at its possessive
		}
		x.add(graph.KindCast, person, unquote(x.span(ts, te)), x.span(at, ce), "")
		i = te
	}
}

// pastWordBeforeTitle is past one lower-case word at k, not a stop word,
// that a title follows: "spinoff" in "25 episodes of the spinoff T"; else k.
func (x *extractor) pastWordBeforeTitle(k int) int {
	if w := x.tok(k); w.kind == tWord && !w.cap && !w.has(cStopWords) && x.titleStarts(k+1) {
		return k + 1
	}
	return k
}

// laterRoleTitle reads the title of a part described at more length than a
// name before "in" or "on": "played a younger version of C in T", "played
// C, a nurse, in T", "played C in both seasons of T", "starred as the
// mother of C in T". From the part at from, up to ten words with no verb,
// no clause's mark and no other "in" or "on" stand before the title; it
// returns the title, or "".
func (x *extractor) laterRoleTitle(from int) string {
	t := x.toks
	for q := from; q < len(t) && q < from+10; q++ {
		w := &t[q]
		switch w.text {
		case ".", ";", ":", "(", ")", "!", "?", "“", "”", "\"":
			return ""
		}
		if w.kind == tWord && !w.cap && w.has(cAuxWords|cPlayVerbs|cCastVerbs|cSays) && q > from {
			return "" // another clause: "played C and stars in T"
		}
		if w.low != "in" && w.low != "on" || w.cap {
			continue
		}
		at := q + 1
		if p := x.seasonOfTitle(at); p > 0 {
			at = p // "in both seasons of T"
		} else if g := x.genreTitleAfter(at); g > 0 {
			at = g // "in the 1944 film T"
		}
		if !x.titleStarts(at) || x.tok(at).has(cNetworks|cDateWords) || isSeasonWord(x.tok(at).low) || x.tok(at).low == "episode" {
			return ""
		}
		e := x.titleAt(at, false)
		if e <= at || x.tok(e).kind == tPoss || x.tok(e).has(cJobNoun|cCastNouns) && !x.tok(e).cap {
			return ""
		}
		if placeName(x.tok(at).text) || countryName(x.tok(at).text) || x.tok(at+1).text == "," && e > at+1 {
			return "" // "as C in Berlin in the Twenties", "in Granada, Spain": a place
		}
		if ti := unquote(x.span(at, e)); x.coStarTitle(ti) && !placeName(ti) && !countryName(ti) && !x.startsName(at) && !strings.Contains(ti, ", ") {
			return ti
		}
		return ""
	}
	return ""
}

// laterRoleShow is the show of a part whose title does not follow it
// right away: the sentence's show, unless a part described at more length
// than a name, or a name and an aside in lower case ("C, a nurse, in T"),
// comes before its title (laterRoleTitle).
func (x *extractor) laterRoleShow(show, office string, obj int, spans [][2]int) string {
	if show != x.sshow || office != "" {
		return show
	}
	if len(spans) > 1 || len(spans) == 1 && !(x.tok(spans[0][1]).text == "," && x.tok(spans[0][1]+1).has(cStopWords) && !x.tok(spans[0][1]+1).cap) {
		return show
	}
	if ti := x.laterRoleTitle(obj); ti != "" {
		return ti
	}
	return show
}
