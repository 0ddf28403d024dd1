package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// the bits of the words the rules below read at (sentHasWord)
var (
	bitScenes = wordBit("scenes")
	bitScreen = wordBit("screen")
	bitSet    = wordBit("set")
)

// formerWord holds the word formerQuotedRule reads at.
var formerWord = wordMask("former")

// formerQuotedRule reads "Former “T” priest X", "Former “T” correspondent
// and writer X": a quoted title, then the part the person had in it, a
// noun of no crew job, then the person, cast in T.
func (x *extractor) formerQuotedRule() {
	if !x.sentHasAnyWord(formerWord) {
		return // no token it reads at
	}
	t := x.toks
	for k := 0; k+4 < len(t); k++ {
		if !formerWord.holds(&t[k]) || !isQuote(t[k+1].text) {
			continue
		}
		e := x.titleAt(k+1, false)
		if e <= k+2 || !x.closeQuote(e-1) {
			continue
		}
		title := unquote(x.span(k+1, e))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" {
			continue
		}
		p := e
		if w := x.tok(p); w.kind != tWord || w.cap || w.has(cJobNoun|cStopWords) {
			continue // "Former “Lost” producer X": the crew rules' own
		}
		for q := 0; q < 4 && x.tok(p).kind == tWord && !x.tok(p).cap; q++ {
			p++ // "correspondent and writer"
		}
		pe := x.personAt(p)
		if pe <= p+1 || !x.personShaped(p, pe) {
			continue
		}
		x.add(graph.KindCast, x.span(p, pe), title, "", "")
	}
}

// kinNouns name a character by the person they are kin to: "play sister to
// X", "mother to X".
var kinNouns = set(`mother father sister brother wife husband son daughter aunt uncle grandmother grandfather cousin stepmother stepfather`)

// kinWords are the bits of kinNouns (sentHasAnyWord).
var kinWords = setMask(kinNouns)

// kinToRule reads "Y will play sister to X on “T”", "She plays a record
// label president, and mother to X": in a sentence with a playing verb, the
// person after "kin to" acts in the title right after (on or in T) or in
// the sentence's show.
func (x *extractor) kinToRule() {
	if !x.sentHas(cPlayVerbs) || !x.sentHasAnyWord(kinWords) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].low != "to" || t[k].cap || !kinNounsIDs.has(t[k-1].id) || t[k-1].cap {
			continue
		}
		pe := x.personAt(k + 1)
		if pe <= k+2 || !x.personShaped(k+1, pe) || x.tok(pe).kind == tPoss {
			continue // "sister to Ana's husband": no one named in full
		}
		show := x.sshow
		if l := x.tok(pe).low; l == "on" || l == "in" {
			at := x.titlePrefix(pe + 1)
			if e := x.titleAt(at, false); e > at && x.titleStarts(at) && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" {
				show = unquote(x.span(at, e))
			}
		}
		if show != "" {
			x.add(graph.KindCast, x.span(k+1, pe), show, "", "")
		}
	}
}

// screensWords are the nouns onScreensRule reads at.
var screensWords = wordMask("screens", "screen")

// onScreensRule reads "Currently on screens in T, X has settled on his
// next project" (the person after the fronted phrase) and "X is currently
// on screens in the drama T", "He ... is currently on screens in T" (the
// person the sentence or the one before opens with): X appears in T.
func (x *extractor) onScreensRule() {
	if !x.sentHasAnyWord(screensWords) {
		return // no token it reads at
	}
	t := x.toks
	for k := 0; k+3 < len(t); k++ {
		if t[k].low != "on" || !screensWords.holds(&t[k+1]) || t[k+2].low != "in" || t[k+1].cap {
			continue
		}
		at := x.titlePrefix(k + 3)
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			return
		}
		title := unquote(x.span(at, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			return
		}
		person := ""
		if k <= 1 && x.tok(e).text == "," {
			// "Currently on screens in T, SF9 member X has": past the
			// describing words to the name
			for m := e + 1; m < len(t) && m < e+8 && person == ""; m++ {
				if pe := x.personAt(m); pe > m && (x.personShaped(m, pe) || pe == m+1 && x.know.person(x.fold(x.span(m, pe)))) && x.tok(pe).kind != tPoss {
					person = x.resolve(x.span(m, pe))
				}
			}
		} else if subj := x.subjectsBefore(k, 1); len(subj) == 1 {
			person = subj[0]
		} else if l := x.tok(0).low; (l == "he" || l == "she") && x.prevSubject() != "" {
			person = x.prevSubject() // "He has already appeared in four films, and is currently on screens in T"
		}
		if person != "" {
			x.add(graph.KindCast, person, title, "", "")
		}
		return
	}
}

// titledAfter returns where the title starts in "a family drama titled T",
// "a film called T" at i (an article, describing words, a genre noun, then
// titled, called or named), or 0.
func (x *extractor) titledAfter(i int) int {
	at := i
	if l := x.tok(at).low; l == "a" || l == "an" || l == "the" {
		at++
	}
	genre := false
	for q := 0; q < 4 && x.tok(at).kind == tWord && !x.tok(at).cap && !genre; q++ {
		genre = x.tok(at).has(cGenreNouns)
		at++
	}
	if !genre {
		return 0
	}
	if l := x.tok(at).low; l != "titled" && l != "called" && l != "named" {
		return 0
	}
	at++
	if x.tok(at).text == "," {
		at++
	}
	if !x.titleStarts(at) {
		return 0
	}
	return at
}

// onSetRule reads a caption "X on the set of the Netflix series “T”", "X
// and Y behind the scenes of the series “T”": the people named before it,
// the kind open (their other credits settle it). A title given in two
// languages, "“T / Original”", is its first.
func (x *extractor) onSetRule() {
	if !x.sentHasWord(bitSet) && !x.sentHasWord(bitScenes) {
		return // no token it reads at
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		at := 0
		switch {
		case t[k].low == "on" && t[k+1].low == "the" && t[k+2].low == "set" && t[k+3].low == "of":
			at = k + 4
		case t[k].low == "behind" && t[k+1].low == "the" && t[k+2].low == "scenes" && t[k+3].low == "of":
			at = k + 4
		default:
			continue
		}
		at = x.titlePrefix(at)
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) || !isQuote(x.tok(at).text) && !x.tok(at-1).has(cGenreNouns) {
			return // a title needs quotes or a genre word: not "on the set of Paris"
		}
		title := unquote(x.span(at, e))
		if i := strings.Index(title, " / "); i > 0 {
			title = title[:i] // "Boundless Love / Hudutsuz Sevda"
		}
		if x.isNetwork(title) || x.knownPerson(title) != "" {
			return
		}
		for _, p := range x.pairBefore(k) {
			x.add("", p, title, "", "")
		}
		return
	}
}

// pronounOr returns people, or, where there are none and the sentence
// opens with "He" or "She", the person an earlier sentence opened with:
// "She also has T on the floors".
func (x *extractor) pronounOr(people []string) []string {
	if len(people) > 0 {
		return people
	}
	if l := x.tok(0).low; (l == "he" || l == "she") && x.prevSubject() != "" {
		return []string{x.prevSubject()}
	}
	return nil
}

// ofTheGenreRule reads "Oh Yeon-seo of the My Sassy Girl drama": the
// person before "of", credited in the title between "the" and a genre
// noun, the kind open.
func (x *extractor) ofTheGenreRule() {
	if !x.sentHas(cGenreNouns) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k+3 < len(t); k++ {
		if t[k].low != "of" || t[k].cap || t[k+1].low != "the" || t[k+1].cap || !x.titleStarts(k+2) {
			continue
		}
		e := x.titleAt(k+2, false)
		if e <= k+2 || !x.tok(e).has(cGenreNouns) || x.tok(e).cap {
			continue
		}
		title := unquote(x.span(k+2, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			continue
		}
		if ps := x.personBefore(k); ps < k-1 && x.personShaped(ps, k) {
			x.add("", x.span(ps, k), title, "", "")
		}
	}
}

// outingWords are the words outingRule reads at.
var outingWords = wordMask("whose", "next")

// outingNouns name a performer's film or show: "whose last outing T".
var outingNouns = set(`outing release film movie project`)

// outingRule reads "X whose last outing T was an average grosser" (the
// person before "whose") and "has moved on to his next, intriguingly,
// titled T" (whose "his" is): X is cast in T.
func (x *extractor) outingRule() {
	if !x.sentHasAnyWord(outingWords) {
		return // neither "whose" nor "next": no word it reads at
	}
	t := x.toks
	outing := "" // the title "whose last outing" names: no holder of "his next"
	for k := 1; k+3 < len(t); k++ {
		switch {
		case t[k].low == "whose" && (t[k+1].low == "last" || t[k+1].low == "latest" || t[k+1].low == "previous") && outingNounsIDs.has(t[k+2].id) && x.titleStarts(k+3):
			e := x.titleAt(k+3, false)
			j := k
			if x.tok(j-1).text == "," {
				j--
			}
			if ps := x.personBefore(j); ps < j && e > k+3 {
				outing = unquote(x.span(k+3, e))
				if t[k+2].low == "outing" {
					x.castInTitles([]string{x.span(ps, j)}, []string{outing})
				} else if !x.isNetwork(outing) && x.knownPerson(outing) == "" && !placeWords[strings.ToLower(outing)] {
					x.add("", x.span(ps, j), outing, "", "") // "directed by X, whose previous film T": X's, on screen or off
				}
			}
		case t[k].low == "whose" && (t[k+1].low == "debut" || t[k+1].low == "first" && (outingNounsIDs.has(t[k+2].id) || t[k+2].low == "feature")):
			// "X, whose debut Dust Roads won the prize", "whose first film T":
			// X's own work, in front of or behind the camera
			at := k + 2
			if outingNounsIDs.has(x.tok(at).id) || x.tok(at).low == "feature" {
				at++
			}
			if x.tok(at).text == "," && at > k+2 {
				at++ // "whose first film, T, won"
			}
			j := k
			if x.tok(j-1).text == "," {
				j--
			}
			e := x.titleAt(at, false)
			if ps := x.personBefore(j); ps < j && e > at && x.titleStarts(at) {
				if ti := unquote(x.span(at, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
					x.add("", x.span(ps, j), ti, "", "")
				}
			}
		case (t[k].low == "his" || t[k].low == "her") && t[k+1].low == "next" && t[k+2].text == ",":
			at := k + 3
			if x.tok(at+1).text == "," && x.tok(at).kind == tWord && !x.tok(at).cap {
				at += 2 // "intriguingly,"
			}
			if l := x.tok(at).low; l != "titled" && l != "called" || !x.titleStarts(at+1) {
				continue
			}
			e := x.titleAt(at+1, false)
			if e <= at+1 {
				continue
			}
			holders := x.holderOf(k)
			if len(holders) == 1 && x.fold(holders[0]) == x.fold(outing) {
				holders = nil // "X whose last outing T ... his next": X's, not T's
				if pe := x.personAt(0); pe > 1 {
					holders = []string{x.span(0, pe)}
				}
			}
			x.castInTitles(holders, []string{unquote(x.span(at+1, e))})
		}
	}
}

// starrerTitleEnd is where the title after "X starrer" at at ends: past a
// glue word and a place or month where the title then runs to the
// sentence's end ("Emma Thompson starrer Alone in Berlin."), a slot no
// place or date stands in.
func (x *extractor) starrerTitleEnd(at int) int {
	e := x.titleAt(at, false)
	if l := x.tok(e).low; e > at && (l == "in" || l == "on" || l == "at") && !x.tok(e).cap && x.tok(e+1).cap {
		if e2 := x.titleAt(e+1, false); e2 > e+1 && (e2 == len(x.toks) || x.tok(e2).text == "." && e2+1 == len(x.toks)) {
			return e2
		}
	}
	return e
}
