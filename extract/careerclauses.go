package extract

// Careers told with the works first or after a verb of shooting, as
// obituaries and profiles tell them: "T1, T2 and T3 were among other
// productions he appeared in", "T1 and T2 are among her credits", "X
// finished shooting historical film T", "She has started filming for the
// drama T", "X made his debut on T as C", "my role in T".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// amongWorkNouns are the nouns of "T1 and T2 were among the productions he
// appeared in".
var amongWorkNouns = set(`productions films movies shows series dramas programmes programs credits projects
	roles works titles plays sitcoms soaps serials telenovelas appearances`)

// amongVerbs are the verbs of a performer after the noun: "the shows she
// starred in".
var amongVerbs = set(`appeared starred acted featured played worked`)

// worksAmong reads "T1, T2 and T3 were among other productions he appeared
// in" and "T1 and T2 are among her best-known credits" at "among" (k): the
// titles the sentence opens with are the works of the person the pronoun
// names (pronounPerson), or of the person named before the verb.
func (x *extractor) worksAmong(k int) {
	if l := x.tok(k - 1).low; l != "were" && l != "are" && l != "was" && l != "is" {
		return
	}
	m := k + 1
	if x.tok(m).low == "the" {
		m++
	}
	owner := -1 // the pronoun or name whose works they are
	if l := x.tok(m).low; l == "his" || l == "her" {
		owner = m
		m++
	}
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !amongWorkNounsIDs.has(x.tok(m).id) && (!x.tok(m).has(cStopWords) || x.tok(m).low == "other" || x.tok(m).low == "many"); q++ {
		m++ // "other", "many", "best-known", "notable"
	}
	if !amongWorkNounsIDs.has(x.tok(m).id) || x.tok(m).cap {
		return
	}
	m++
	p := ""
	if owner >= 0 {
		if !x.withOther(m) {
			p = x.amongOwner(owner)
		}
	} else {
		if l := x.tok(m).low; l == "that" || l == "which" {
			m++
		}
		switch x.tok(m).low {
		case "he", "she":
			p = x.amongOwner(m)
			m++
		default:
			if e := x.personAt(m); e > m && x.tok(m).cap {
				p = x.resolve(x.span(m, e))
				m = e
			}
		}
		if x.tok(m).low == "has" || x.tok(m).low == "had" || x.tok(m).low == "also" {
			m++
		}
		if !amongVerbsIDs.has(x.tok(m).id) {
			return
		}
	}
	if p == "" {
		return
	}
	st := x.introEnd()
	titles := x.titlesBefore(k - 1)
	if len(titles) == 0 || !x.titleStarts(st) {
		return
	}
	for _, ti := range titles {
		if describes(ti) {
			return
		}
	}
	x.castInTitles([]string{p}, titles)
}

// withOther reports whether the noun phrase of worksAmong goes on at m
// with another person: "her credits with X".
func (x *extractor) withOther(m int) bool {
	return x.tok(m).low == "with" || x.tok(m).low == "alongside"
}

// amongOwner is the person a "he", "she", "his" or "her" at j names in a
// sentence that opens with titles, where noteSubject may have taken them for
// a person: the person the sentence before opened with, else the article's
// lead person where the pronoun is of its gender (leadOfPronoun).
func (x *extractor) amongOwner(j int) string {
	if x.subjectEnd() == 0 {
		return x.pronounPerson(j)
	}
	if p := x.prevSubject(); p != "" {
		return p
	}
	return x.leadOfPronoun(j)
}

// asCharVerbs are the verbs of "seen as C in the adaptation of T".
var asCharVerbs = set(`seen appeared appearing acted starred starring played playing cast featured`)

// adaptationAsChar reads "He has been seen on TV recently as C in the
// BBC's adaptation of T", "She appeared as C in ITV's adaptation of T" at
// "adaptation" (k): the index of the verb and the character; or -1.
func (x *extractor) adaptationAsChar(k int) (int, string) {
	m := x.adaptationIn(k)
	if m < 3 {
		return -1, ""
	}
	as := m - 1
	for as > 0 && as > m-6 && x.toks[as].cap && x.toks[as].kind == tWord {
		as--
	}
	if x.toks[as].low != "as" || x.toks[as].cap || as == m-1 {
		return -1, ""
	}
	for v := as - 1; v >= 0 && v > as-6; v-- {
		switch t := &x.toks[v]; {
		case asCharVerbsIDs.has(t.id) && !t.cap:
			return v, x.span(as+1, m)
		case t.kind != tWord:
			return -1, "" // "seen on TV, as C": another clause
		}
	}
	return -1, ""
}

// networkYearEnd reads, at e, a bracket of a network and a year after a
// listed title, "(SBS, 2005)", "(KBS2, 2016)", or of a network alone,
// "(BBC One)", "(ITV)": it returns the index after the bracket, or e.
func (x *extractor) networkYearEnd(e int) int {
	if x.tok(e).text == "(" && x.tok(e+1).has(cNetworks) && x.tok(e+1).cap {
		for c := e + 2; c < e+5 && c < len(x.toks); c++ {
			if x.tok(c).text == ")" {
				if x.isNetwork(x.span(e+1, c)) {
					return c + 1
				}
				break
			}
		}
	}
	if x.tok(e).text != "(" || x.tok(e+2).text != "," || x.tok(e+4).text != ")" {
		return e
	}
	if y := x.tok(e + 3); y.kind != tNum || len(y.text) != 4 || !x.tok(e+1).has(cNetworks) {
		return e
	}
	return e + 5
}

// sinceDebutEnd reads, at i, "since his debut in 1999", "since her screen
// debut" after a plural of works: it returns the index after it, or i.
func (x *extractor) sinceDebutEnd(i int) int {
	if x.tok(i).low != "since" {
		return i
	}
	m := i + 1
	if l := x.tok(m).low; l != "his" && l != "her" && l != "their" {
		return i
	}
	m++
	if l := x.tok(m).low; l == "screen" || l == "acting" || l == "film" || l == "television" || l == "tv" {
		m++
	}
	if x.tok(m).low != "debut" {
		return i
	}
	m++
	if x.tok(m).low == "in" && x.tok(m+1).kind == tNum && len(x.tok(m+1).text) == 4 {
		m += 2
	}
	return m
}

// shootVerbs stand before "shooting" or "filming" whose object is the work
// a performer is in: "finished shooting", "started filming for".
var shootVerbs = set(`finished started began begun wrapped completed commenced resumed start begin finish complete resume is are was were been be`)

// shootingWork reads "X finished shooting historical film T", "A and B
// started filming for drama T", "He is currently shooting the bowling drama
// T" at "shooting" or "filming" (k): the people the verb speaks of, or the
// person its "he" or "she" names, are cast in T. A job noun or a crew verb
// before it ("Director X has started shooting T") makes it a maker's: no
// credit.
func (x *extractor) shootingWork(k int) {
	v := k - 1
	if l := x.tok(v).low; l == "currently" || l == "already" || l == "also" || l == "recently" || l == "now" {
		v--
	}
	if w := x.tok(v); !shootVerbsIDs.has(w.id) || w.cap {
		return
	}
	at := k + 1
	if l := x.tok(at).low; l == "for" || l == "on" {
		at++
	}
	if l := x.tok(at).low; l == "his" || l == "her" || l == "their" {
		at++
	}
	tp := x.titlePrefix(at)
	if g := x.tok(tp - 1); tp <= at || !g.has(cGenreNouns) || g.cap || !x.titleStarts(tp) {
		return // a title after a genre noun: "historical film T", "the drama T"
	}
	for m := 0; m < v; m++ {
		if x.toks[m].has(cJobNoun | cJobVerb | cWriteVerb) {
			return // "Director X has started shooting the film T": the maker's
		}
	}
	e := x.titleAt(tp, false)
	if e <= tp {
		return
	}
	ti := unquote(x.span(tp, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
		return
	}
	x.castInTitles(x.performersBefore(v), []string{ti})
}

// acronym reports whether w is a word of two to five capitals or digits,
// a capital first, as a network's name is: "the TEN series T", "RBB".
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// starNounOr returns people, or, where there are none and the sentence
// opens with "The actor" or "The handsome actress" right before the verb
// at k, the person a pronoun there would name (openerPerson): "The
// handsome actor starred in the movie T".
func (x *extractor) starNounOr(people []string, k int) []string {
	if len(people) > 0 || len(x.toks) == 0 {
		return people
	}
	if n := x.theStarNoun(x.introEnd()); n == 0 || n != k-1 {
		return nil
	}
	if p := x.openerPerson(k + 1); p != "" { // openerPerson reads a noun before k-1
		return []string{p}
	}
	return nil
}

// myRoleNouns are the nouns of "my role in T" in an interview's answer.
var myRoleNouns = set(`role roles part character characters turn performance`)

// saidWords tell who speaks a quote: "“…,” X said".
var saidWords = wordMask("said", "says", "told", "added", "explained", "recalled", "revealed", "shared", "admitted", "continued", "noted", "stated")

// myRoleWork reads "my role in “T”", "my character on T" at "my" (k) in
// an interview's answer: the speaker is the person the section's heading
// names alone ("Ana Lee" over her answers), else the interviewee the
// headline names. A sentence that says who speaks ("…, X said") is left to
// the rules that read the quote.
func (x *extractor) myRoleWork(k int) {
	m := k + 1
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !myRoleNounsIDs.has(x.tok(m).id) && !x.tok(m).has(cStopWords); q++ {
		m++ // "my first role", "my favourite character"
	}
	if !myRoleNounsIDs.has(x.tok(m).id) || x.tok(m).cap {
		return
	}
	if l := x.tok(m + 1).low; l != "in" && l != "on" {
		return
	}
	at := x.titlePrefix(m + 2)
	if !x.titleStarts(at) || x.sentHas(cSays) || x.sentHasAnyWord(saidWords) {
		return // "…,” X said": the rules that read the quote's speaker
	}
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).kind == tPoss {
		return
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
		return
	}
	p := x.headPerson
	if p == "" {
		p = x.interviewee()
	}
	if p != "" {
		x.castInTitles([]string{p}, []string{ti})
	}
}

// debutOn reads "X made his debut on T as C", "Y will be debuting tonight
// on T as C" at "debut" or "debuting" (k): a performer's first appearance
// in a show, with the character after "as" where it is a name. "made her
// directing debut" is a maker's, read elsewhere.
func (x *extractor) debutOn(k int) {
	if x.tok(k+1).low == "was" && (x.tok(k+2).low == "in" || x.tok(k+2).low == "on") {
		x.debutWasIn(k)
		return
	}
	v := -1         // the verb whose subject debuts
	screen := false // "her film debut", "his TV debut": a screen's, so "in T" is a work, not "her debut in London"
	if x.toks[k].low == "debuting" {
		if l := x.tok(k - 1).low; l == "be" || l == "is" || l == "are" || l == "was" || l == "were" {
			v = k // "X will be debuting tonight on T", not "an episode debuting on Friday"
		}
	} else {
		m := k - 1
		if l := x.tok(m).low; l == "tv" || l == "television" || l == "screen" || l == "soap" || l == "film" || l == "movie" || l == "acting" || l == "big-screen" || debutScreens[l] {
			m--
			screen = true // "her OTT debut", "his Telugu debut"
		}
		if l := x.tok(m).low; l == "his" || l == "her" || l == "their" {
			m--
		}
		if l := x.tok(m).low; l == "made" || l == "makes" || l == "making" || l == "make" {
			v = m
		}
	}
	if v < 0 {
		return
	}
	on := k + 1
	if l := x.tok(on).low; l == "tonight" || l == "today" || l == "soon" || l == "this" && x.tok(on+1).low == "week" {
		on++
		if x.tok(on).low == "week" {
			on++
		}
	}
	if x.tok(on).low == "in" && yearToken(x.tok(on+1)) && x.tok(on+2).low == "in" {
		on += 2 // "made her TV debut in 1964 in T"
	}
	on = x.pastDebutCoStars(on) // "made his OTT debut alongside A and B in T"
	at := 0
	if l := x.tok(on).low; l == "with" && screen {
		at = x.debutWorkAt(on + 1) // "is making his Telugu debut with a movie titled, T"
		if at == 0 {
			return
		}
	} else if l != "on" && (l != "in" || !screen) {
		return
	} else {
		at = x.titlePrefix(on + 1)
	}
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss || x.tok(at).has(cDateWords) {
		return // not "on Friday"
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) || placeWords[strings.ToLower(ti)] {
		return
	}
	if sec := x.section; len(sec) > len(ti) && strings.HasPrefix(sec, ti+" ") {
		ti = sec // "made his debut on Imbewu" under the heading "Imbewu The Seed": the heading's show
	}
	char := ""
	if x.tok(e).low == "as" {
		if ce := x.titleAt(e+1, false); ce > e+1 && x.tok(e+1).cap && x.tok(ce).kind != tPoss && x.knownPerson(x.span(e+1, ce)) == "" {
			char = x.span(e+1, ce) // "as Njabulo", not "as Imani's boyfriend"
		}
	}
	for _, p := range x.performersBefore(v) {
		x.add(graph.KindCast, p, ti, char, "")
	}
}

// performersBefore is whom a performer's verb at v speaks of: the person
// after the titles of "Former T1, T2 and T3 actor X made his debut" (not
// the titles, which the first reading, knowing no names, may read as
// people), else the people before the verb, else the person a "he" or
// "she" opening the sentence names (openerPerson) where the article
// gives that person no crew credit.
func (x *extractor) performersBefore(v int) []string {
	for m := x.introEnd() + 1; m+1 < v; m++ {
		if w := x.toks[m]; !w.cap && titleStarNounsIDs.has(w.id) {
			if pe := x.personAt(m + 1); pe > m+1 && pe <= v && x.tok(m-1).kind != tPunct {
				return []string{x.resolve(x.span(m+1, pe))} // "Former T1, T2 and T3 actor X made"
			}
		}
	}
	if ps := x.subjectsBefore(v, 0); len(ps) > 0 {
		return ps
	}
	if p := x.openerPerson(v); p != "" && !x.know.crewed(x.fold(p)) {
		return []string{p} // not "Director X wrapped T. He is now shooting the thriller U": a maker's shoot
	}
	return nil
}

// outingWas reads "His last Bollywood outing was Y's T (1986)", "Her final
// screen appearance was in T" at "outing" or "appearance" (k): the
// performer whose possessive opens the sentence (pronounPerson) is in T.
func (x *extractor) outingWas(k int) {
	if l := x.tok(k + 1).low; l != "was" && l != "is" {
		return
	}
	m := k - 1
	for q := 0; q < 2 && m > 0 && (x.toks[m].cap && x.toks[m].kind == tWord && !x.toks[m].has(cStopWords) || outingKindWordsIDs.has(x.toks[m].id)); q++ {
		m-- // "Bollywood", "screen", "television"
	}
	switch x.tok(m).low {
	case "last", "latest", "previous", "final", "first", "recent":
		m--
	default:
		return
	}
	if x.tok(m).low == "most" {
		m-- // "most recent"
	}
	owner := ""
	if l := x.tok(m).low; (l == "his" || l == "her") && m == x.introEnd() {
		owner = x.pronounPerson(m)
	} else if x.tok(m).kind == tPoss && m > 0 && x.personAt(0) == m {
		owner = x.resolve(x.span(0, m)) // "Alden's last television series was T": the sentence opens with the performer's possessive
	} else {
		return
	}
	at := k + 2
	if l := x.tok(at).low; l == "in" || l == "on" {
		at++
	}
	at = x.titlePrefix(at) // "2021's T", "the 2018 show ‘T’"
	titles := x.titleList(at)
	if len(titles) == 0 {
		return
	}
	if e := x.titleAt(at, false); e > at && x.tok(e).kind == tWord && !x.tok(e).cap && !isQuote(x.tok(at).text) {
		// "Her last telenovela was 2021's Mi fortuna es amarte, in which":
		// a title in sentence case runs to the clause's comma
		m := e
		for m < e+4 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cAuxWords|cCastVerbs|cPlayVerbs|cClauseVerbs) && !outingGlueIDs.has(x.tok(m).id) {
			m++
		}
		if m == e || x.tok(m).text != "," && x.tok(m).text != "." {
			return // "Her last film was Heat in 1995" reads no title past "Heat"
		}
		titles = []string{x.span(at, m)}
	}
	if owner != "" && (x.toks[k].low == "outing" || x.toks[k].low == "appearance" || !x.know.crewed(x.fold(owner))) {
		x.castInTitles([]string{owner}, firstOf(titles)) // not "Her last film was T" of a director
	}
}

// outingKindWords may stand between "last" and the kind of work in
// outingWas: "her final screen appearance", "his last television series".
var outingKindWords = set(`screen film big-screen television tv feature small-screen`)

// outingGlue are the English words that end a title in sentence case after
// outingWas's "was": "Her last film was Heat in 1995".
var outingGlue = set(`in on at with for from by as of to and or but which that when where opposite alongside`)

// kindAfterPlace reads, at i, a genre noun after an article, a place or
// describing words, then a title: "Merseyside soap T", "the long-running
// medical drama T". It returns where the title starts, or 0.
func (x *extractor) kindAfterPlace(i int) int {
	m := i
	if l := x.tok(m).low; (l == "the" || l == "a") && !x.tok(m).cap {
		m++
	}
	for q := 0; q < 2 && x.tok(m).kind == tWord && x.tok(m).cap && !x.tok(m).has(cStopWords|cGenreNouns) && !x.startsName(m); q++ {
		m++ // "Merseyside"
	}
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cGenreNouns); q++ {
		m++ // "long-running medical"
	}
	if g := x.tok(m); !g.has(cGenreNouns) || g.cap || !x.titleStarts(m+1) || x.tok(m+1).has(cStopWords) && !isQuote(x.tok(m+1).text) {
		return 0
	}
	if e := x.titleAt(m+1, false); e <= m+1 || x.tok(e).kind == tPoss {
		return 0
	}
	return m + 1
}

// firstOf is the first of titles alone, or none.
func firstOf(titles []string) []string {
	if len(titles) == 0 {
		return nil
	}
	return titles[:1]
}

// roleAsDescribed reads "his role as a racist police superintendent, C, in
// ITV's T" at "role" (k): the character named between commas after its
// description, then the title after "in" or "on". The performer is the
// person the sentence opens with, by name or by "he" or "she"
// (openerPerson).
func (x *extractor) roleAsDescribed(k int) {
	if l := x.tok(k - 1).low; l != "his" && l != "her" || x.tok(k+1).low != "as" {
		return
	}
	m := k + 2
	if l := x.tok(m).low; l != "a" && l != "an" && l != "the" {
		return
	}
	m++
	for q := 0; q < 6 && x.tok(m).kind == tWord && !x.tok(m).cap; q++ {
		m++ // "racist police superintendent"
	}
	if m == k+3 || x.tok(m).text != "," || !x.tok(m+1).cap {
		return
	}
	ce := x.titleAt(m+1, false)
	if ce <= m+1 || ce > m+5 || x.tok(ce).text != "," {
		return
	}
	if l := x.tok(ce + 1).low; l != "in" && l != "on" {
		return
	}
	at := x.titlePrefix(ce + 2)
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss {
		return
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
		return
	}
	if p := x.pronounBefore(k - 1); p != "" {
		x.add(graph.KindCast, p, ti, x.span(m+1, ce), "")
	}
}

// pronounBefore is the performer of a possessive at k: the person the
// sentence opens with (openerPerson), else the person a "he" or "she"
// before k names where no one is named before it ("Speaking last month,
// he said that his role").
func (x *extractor) pronounBefore(k int) string {
	if p := x.openerPerson(k); p != "" {
		return p
	}
	for j := 0; j < k; j++ {
		switch w := &x.toks[j]; {
		case w.low == "he" || w.low == "she":
			return x.pronounPerson(j)
		case w.cap && j > 0 && x.personAt(j) > j:
			return "" // someone else named first
		}
	}
	return ""
}

// worksAmongAt reports whether "were among" or "are among" stands at e,
// after a list that opens the sentence: the list is of works
// (worksAmong), not of people.
func (x *extractor) worksAmongAt(e int) bool {
	l := x.tok(e).low
	return (l == "were" || l == "are") && x.tok(e+1).low == "among"
}

// bitRole is the bit of "role", for sentHasWord.
var bitRole = wordBit("role")

// andTheTitleEnd reads on from a title ending at e over "and the Y" where
// the clause ends after it: "2010's The Kingdom and the Beast in which he
// voiced C", "T and the Sea." It returns the new end, or e.
func (x *extractor) andTheTitleEnd(e int) int {
	if x.tok(e).low != "and" || x.tok(e+1).low != "the" || x.tok(e+1).cap || !x.tok(e+2).cap || x.tok(e+2).kind != tWord {
		return e
	}
	e2 := x.titleAt(e+2, false)
	if e2 <= e+2 || x.knownPerson(x.span(e+2, e2)) != "" {
		return e
	}
	if w := x.tok(e2); w.kind == tPunct && !isQuote(w.text) || w.low == "in" && x.tok(e2+1).low == "which" {
		return e2
	}
	return e
}

// cameoIn reads "a cameo in “T”", "including a cameo in the Oscar-winning
// film T" at "cameo" (k): the person the sentence speaks of
// (performersBefore) appears in T.
func (x *extractor) cameoIn(k int) {
	if l := x.tok(k + 1).low; l != "in" && l != "on" {
		return
	}
	if l := x.tok(k - 1).low; l != "a" && l != "brief" && l != "his" && l != "her" && l != "memorable" && l != "surprise" {
		return
	}
	at := x.titlePrefix(k + 2)
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss || x.tok(at).has(cDateWords) {
		return
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) || placeWords[strings.ToLower(ti)] {
		return
	}
	x.castInTitles(x.performersBefore(k), []string{ti})
}

// notMakers drops, from the people a "he" or "she" opening the sentence
// names, those the article credits as crew: "Director X wrapped T. He is
// now shooting the thriller U" is a maker's shoot.
func (x *extractor) notMakers(people []string) []string {
	if l := x.tok(x.introEnd()).low; l != "he" && l != "she" {
		return people
	}
	var out []string
	for _, p := range people {
		if !x.know.crewed(x.fold(p)) {
			out = append(out, p)
		}
	}
	return out
}

// debutWasIn reads "Her film debut was in T in 1947", "His screen debut was
// on T" at "debut" (k): the person of the possessive opening the sentence
// (pronounPerson) is in T. A directing debut is a maker's, read elsewhere.
func (x *extractor) debutWasIn(k int) {
	m := k - 1
	if l := x.tok(m).low; l == "film" || l == "screen" || l == "television" || l == "tv" || l == "acting" || l == "movie" || l == "big-screen" {
		m--
	}
	if l := x.tok(m).low; l != "his" && l != "her" || m != x.introEnd() {
		return
	}
	titles := x.titleList(k + 3)
	if len(titles) == 0 {
		return
	}
	if p := x.pronounPerson(m); p != "" && !x.know.crewed(x.fold(p)) {
		x.castInTitles([]string{p}, firstOf(titles))
	}
}
