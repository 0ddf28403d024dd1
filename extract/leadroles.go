package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// leadWords name the part a film has someone in: "as the heroine", "as
// the female lead".
var leadWords = set(`lead leads heroine hero protagonist antagonist villain`)

// leadAt reports whether "as the (female, male, main) lead" or "as the
// heroine" stands at i; it gives the index past it, or 0.
func (x *extractor) leadAt(i int) int {
	if x.tok(i).low != "as" {
		return 0
	}
	m := i + 1
	if l := x.tok(m).low; l == "the" || l == "a" {
		m++
	}
	if l := x.tok(m).low; l == "female" || l == "male" || l == "main" || l == "new" || l == "second" || l == "lead" && leadWordsIDs.has(x.tok(m+1).id) {
		m++
	}
	if t := x.tok(m); leadWordsIDs.has(t.id) && !t.cap && m > i+1 {
		return m + 1
	}
	return 0
}

// hasAsLeadRule reads a film that has someone in a part: "the untitled
// project has ‘Uppena’ sensation X as the heroine", "this movie which
// has the gorgeous actress X as the female lead", "features X as the
// villain". The person is cast in the sentence's show (an untitled project has
// none), and in the title a performer noun follows ("‘Uppena’ sensation X").
func (x *extractor) hasAsLeadRule() {
	if !x.sentHas(cLeadWord) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k < len(t); k++ {
		if x.leadAt(k) == 0 || x.inBr[k] {
			continue
		}
		ps := x.personBefore(k)
		if ps == k || ps == 0 {
			continue
		}
		// back past the person's describing words to the verb
		m := ps - 1
		title := ""
		if p := x.tok(m); (p.has(cCastNouns|cPrefixNouns) || p.low == "sensation") && !p.cap {
			if x.closeQuote(m - 1) {
				if ts := x.quotedTitlesBefore(m); len(ts) == 1 {
					title = unquote(ts[0]) // "‘Uppena’ sensation X"
					for m--; m > 0 && !isOpenQuote(x.tok(m).text); m-- {
					}
					m--
				}
			}
		}
		for q := 0; q < 4 && m > 0 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cAuxWords|cStopWords) || x.tok(m).low == "the" || x.tok(m).low == "a"; q++ {
			m--
		}
		switch x.tok(m).low {
		case "has", "have", "had", "features", "featuring", "feature", "featured", "casts", "cast":
		default:
			continue
		}
		person := x.span(ps, k)
		if x.sshow != "" {
			x.add(graph.KindCast, person, x.sshow, "", "")
		}
		if title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" {
			x.add(graph.KindCast, person, title, "", "")
		}
	}
}

// isOpenQuote reports whether s opens a quotation.
func isOpenQuote(s string) bool { return s == "‘" || s == "“" }

// mainPartAt reports whether "the main character", "the lead", "the new
// face" stands at i: a part in a show one becomes.
func (x *extractor) mainPartAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	part := func(t *token) bool {
		switch t.low {
		case "character", "lead", "face", "protagonist", "heroine", "hero":
			return !t.cap
		}
		return false
	}
	switch l := x.tok(i + 1).low; {
	case (l == "main" || l == "lead" || l == "leading" || l == "new" || l == "central" || l == "female" || l == "male") && part(x.tok(i+2)):
		return true // "the main character", "the new face"
	case l != "character" && part(x.tok(i+1)):
		return true // "the lead", "the heroine"
	}
	return false
}

// pronounJoinWords holds the word pronounJoinRule reads at.
var pronounJoinWords = wordMask("that")

// pronounJoinRule reads "X revealed that she will be joining T": the
// pronoun after "that" is the person the sentence opens with.
func (x *extractor) pronounJoinRule() {
	t := x.toks
	// the sentence's show before whom the sentences before name: a
	// sentence without one asks nothing of them
	if x.sshow == "" || x.subjectEnd() <= 0 || x.subject() == "" {
		return
	}
	for k := x.subjectEnd(); k+2 < len(t); k++ {
		if !pronounJoinWords.holds(&t[k]) || t[k+1].low != "she" && t[k+1].low != "he" {
			continue
		}
		v := k + 2
		for v < len(t) && v < k+6 && t[v].has(cAuxWords) {
			v++
		}
		switch x.tok(v).low {
		case "join", "joins", "joining", "joined":
			x.add(graph.KindCast, x.subject(), x.sshow, "", "")
		}
		return
	}
}

// akaRule reads "X, aka Professor Quirrell from Harry Potter": the
// character an aside gives a person, in that title.
func (x *extractor) akaRule() {
	if !x.sentHas(cAkaCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if l := t[k].low; l != "aka" && l != "a.k.a." && l != "a.k.a" || t[k-1].text != "," {
			continue
		}
		ps := x.personBefore(k - 1)
		if ps == k-1 {
			continue
		}
		ce := x.charAt(k + 1)
		if ce <= k+1 {
			continue
		}
		show := ""
		if l := x.tok(ce).low; l == "from" || l == "in" {
			at := x.titlePrefix(ce + 1)
			if e := x.titleAt(at, false); e > at && x.titleStarts(at) && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" {
				show = unquote(x.span(at, e))
			}
		}
		if show == "" {
			continue
		}
		x.add(graph.KindCast, x.span(ps, k-1), show, x.span(k+1, ce), "")
	}
}

// actorOfTitle reads a bracket after a character that holds its actor and
// the actor's best-known title: "his brother, Ki-seok (Lee Joon-hyuk of
// “The Roundup: No Way Out.”)". The actor plays the character in the
// sentence's show and is cast in the title.
func (x *extractor) actorOfTitle(k, c int) bool {
	if x.tok(k+1).kind == tWord && !x.tok(k+1).cap || x.tok(k+2).has(cCastNouns) {
		return false // "convict C (British actor X of T1 and T2)": describedActorBracket reads it
	}
	if x.sshow == "" || !ofQuoteIn(x.toks, k+3, c) {
		return false // no "of" and a quote in the bracket: no name can end before them
	}
	pe := x.personAt(k + 1)
	if pe <= k+2 || x.tok(pe).low != "of" || !isQuote(x.tok(pe+1).text) {
		return false
	}
	e := x.titleAt(pe+1, false)
	if e <= pe+1 || e > c {
		return false
	}
	title := unquote(strings.TrimRight(unquote(x.span(pe+1, e)), ".,"))
	cs := x.charBefore(k)
	if cs >= k || title == "" || x.isNetwork(title) {
		return false
	}
	char := x.span(cs, k)
	if x.knownPerson(char) != "" || x.isShow(char) {
		return false
	}
	actor := x.span(k+1, pe)
	x.add(graph.KindCast, actor, x.sshow, char, "")
	x.add(graph.KindCast, actor, title, "", "")
	return true
}

// ofQuoteIn reports whether a token of t from i to before j is "of" with
// a quote after it.
func ofQuoteIn(t []token, i, j int) bool {
	for m := i; m < j && m+1 < len(t); m++ {
		if t[m].low == "of" && isQuote(t[m+1].text) {
			return true
		}
	}
	return false
}

// starOfRule reads an appositive after "the star of T": "The new star of
// the series “Golden Boy,” X, at the gym".
func (x *extractor) starOfRule() {
	if !x.sentHas(cGuestCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].low != "star" || t[k].cap || x.tok(k+1).low != "of" {
			continue
		}
		if p := x.tok(k - 1).low; p != "the" && p != "new" && p != "lead" {
			continue
		}
		at := x.titlePrefix(k + 2)
		if g := x.tok(at); g.has(cGenreNouns) && !g.cap {
			at++ // "the series “T”"
		}
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			continue
		}
		title := unquote(strings.TrimRight(unquote(x.span(at, e)), ","))
		m, comma := e, x.tok(e-1).text == "," || isQuote(x.tok(e-1).text) && x.tok(e-2).text == "," // "“Golden Boy,” X"
		for q := 0; q < 3 && (x.tok(m).text == "," || isQuote(x.tok(m).text)); q++ {
			comma = comma || x.tok(m).text == ","
			m++
		}
		if !comma {
			continue
		}
		pe := x.personAt(m)
		if pe <= m || x.tok(pe).text != "," && x.tok(pe).kind != tPunct || x.isNetwork(title) || x.knownPerson(title) != "" {
			continue
		}
		x.add(graph.KindCast, x.span(m, pe), title, "", "")
	}
}

// castPredicateNouns name a show's performers after "are the": "A and B
// are the confirmed stars", "will be the new additions to the cast".
var castPredicateNouns = set(`stars leads protagonists additions`)

// castPredicateBits are castPredicateNouns' word bits (mayHold).
var castPredicateBits = setMask(castPredicateNouns)

// predicateModifiers are the stop words that may describe castPredicateNouns:
// "the new additions", "the two main stars".
var predicateModifiers = set(`new latest newest original main only other two three four five`)

// castPredicateAt reports whether "the" at i opens a predicate that names
// the subject list the cast: "the (confirmed, new, main, two ...) stars",
// "the new additions to the cast", "the stars of the series", "the leads in
// T". The noun ends the clause, or "to the cast", or "of", "in" or "for"
// before a title or "the" and a genre noun.
func (x *extractor) castPredicateAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	m := i + 1
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !castPredicateNounsIDs.has(x.tok(m).id) && (!x.tok(m).has(cStopWords) || predicateModifiersIDs.has(x.tok(m).id)); q++ {
		m++ // "the confirmed", "the two new"
	}
	if t := x.tok(m); t.cap || !castPredicateNounsIDs.has(t.id) {
		return false
	}
	n := x.tok(m + 1)
	switch {
	case m+1 >= len(x.toks) || n.text == "." || n.text == "," || n.text == ";" || (n.low == "and" || n.low == "while" || n.low == "but") && x.tok(m+2).kind == tWord && !x.tok(m+2).cap:
		return x.tok(m).low != "additions" // "are the confirmed stars.", "are the leads and at their side are ..."
	case n.low == "to":
		// "the new additions to the cast", "... to the show"
		l := x.tok(m + 3).low
		return x.tok(m+2).low == "the" && (l == "cast" || l == "ensemble" || l == "lineup" || l == "line-up" || x.tok(m+3).has(cGenreNouns) && !x.tok(m+3).cap)
	case n.low == "of" || n.low == "in" || n.low == "for":
		// "the stars of the series" (the sentence's show); "the leads in
		// T" is T's, read by workedRule (predicateTitleAt)
		return x.tok(m+2).low == "the" && x.tok(m+3).has(cGenreNouns) && !x.tok(m+3).cap
	}
	return false
}

// predicateTitleAt reads "the (two, confirmed ...) stars of T", "the leads
// in T", "the protagonists for T" at i, a cast noun: it gives where the
// predicate's "the" stands, or -1.
func (x *extractor) predicateTitleAt(i int) int {
	if t := x.tok(i); t.cap || !castPredicateNounsIDs.has(t.id) || t.low == "additions" {
		return -1
	}
	if l := x.tok(i + 1).low; l != "of" && l != "in" && l != "for" || !x.titleStarts(i+2) {
		return -1
	}
	m := i - 1
	for q := 0; q < 3 && m > 0 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "the" && (!x.tok(m).has(cStopWords) || predicateModifiersIDs.has(x.tok(m).id)); q++ {
		m--
	}
	if x.tok(m).low != "the" || !x.tok(m-1).has(cAuxWords) {
		return -1
	}
	return m
}

// castColonCue reports whether the words that end at i, before a colon or
// a semicolon, open a cast list: "The actors include:", "the cast
// includes:", "were the cast;".
func (x *extractor) castColonCue(i int) bool {
	t := x.tok(i)
	if t.cap {
		return false
	}
	switch t.low {
	case "include", "includes", "included":
		n := x.tok(i - 1)
		return !n.cap && (n.low == "cast" || n.has(cCastNouns) && pluralNounsIDs.has(n.id) && x.tok(i-2).low == "the")
	case "cast":
		l := x.tok(i - 2).low
		return x.tok(i-1).low == "the" && (l == "were" || l == "are")
	}
	return false
}
