package extract

// The entries of a roundup or preview: each opens with its title on a line
// of its own (the title in its original script or its slot in brackets, a
// broadcast line after it: "Fuji TV, Monday 9:00pm, premieres October 19")
// or with a paragraph that begins with the title ("T: As a child, ...",
// "Fox's summer breakout T will return", "In T, C (X) is ..."), then a
// synopsis with "Character (Actor)" pairs and an "Other Cast:" list. The
// entry's title, not a show the article's opening names, is the show of
// what follows, until the next entry.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// entryTitle reads sentence i as an entry's title line: a paragraph that is
// one title and nothing else but a bracket, that holds the title in its
// original script or its slot, or under which a broadcast line or, in an
// article with two such lines or more, prose follows. It returns the
// title, or "".
func (x *extractor) entryTitle(i int) string {
	title, slot := x.entryLine(i)
	if title == "" {
		return ""
	}
	next := i + 1
	if next+1 < len(x.sents) && x.sents[next].head && strings.HasPrefix(x.sents[next].text, "*") {
		next++ // "*Multiple stations and broadcast times": a note before the broadcast line
	}
	if slot || next < len(x.sents) && x.broadcastLine(&x.sents[next]) {
		return title
	}
	if j := x.pastRatingLines(i + 1); (x.entryLines >= 2 || x.numberedEntry(i) && x.kindOpens(j)) && j < len(x.sents) && (!x.sents[j].head || creditLine(&x.sents[j])) && !explainerHeading(title) {
		return title // "Blue Planet" over its synopsis (past "Plot: 10/10"), in a roundup
	}
	return ""
}

// countEntryLines counts the lines that entryLine reads as a title line
// with prose under it: a roundup has two or more.
func (x *extractor) countEntryLines() int {
	n := 0
	for i := range x.sents {
		if j := x.pastRatingLines(i + 1); x.sents[i].para == 0 || j >= len(x.sents) || x.sents[j].head && !creditLine(&x.sents[j]) {
			continue // prose or a credits line under it
		}
		if title, _ := x.entryLine(i); title != "" && !explainerHeading(title) {
			n++
		}
	}
	return n
}

// entryLine reads sentence i as a line that is one title and nothing else,
// but its network after a dash or comma ("Blue Planet — Netflix") or a few
// words in brackets; slot reports that the bracket holds the title in its
// original script or where and when it airs ("(東京DOGS)", "(Fuji TV,
// Mondays 9pm)"). It returns the title, or "".
func (x *extractor) entryLine(i int) (title string, slot bool) {
	s := &x.sents[i]
	t := s.toks
	n := len(t)
	numbered := x.numberedEntry(i) // "1." before "Blue Planet"
	if s.para == 0 || !s.first && !numbered || n == 0 || n > 24 || n > 16 && t[n-1].text != ")" || i+1 < len(x.sents) && x.sents[i+1].para == s.para {
		return "", false
	}
	x.ready(s)
	if x.castPairBlock(i) {
		return "", false // "Hanka (Magdalena Popławska)" over "Paweł (Grzegorz Damięcki)": a cast one a line
	}
	if y := t[n-1]; n > 3 && t[n-2].text == "," && y.kind == tNum && len(y.text) == 4 && (y.text[:2] == "19" || y.text[:2] == "20") {
		n -= 2 // "Kingdom (キングダム), 2019": the year the film came out
	}
	st := 0
	if dayMonthBefore(t, n) {
		st = 3 // "14/9 "Wolf" (HBO Max).": the day and month before the entry's quoted title
		if t[n-1].text == "." && t[n-2].text == ")" {
			n-- // the line's full stop past its bracket
		}
	} else if n > 3 && t[0].text == "#" && t[1].kind == tNum && t[1].start == t[0].end && t[2].kind != tPunct {
		st = 2 // "#2 Blue Planet (Netflix)": a rank before the entry's title
	} else if n > 3 && isQuote(t[1].text) && t[0].kind == tWord && isQuote(t[n-1].text) && x.isNetwork(t[0].text) {
		st = 1 // "tvN ‘Blue Planet’": the network before the entry's quoted title
	}
	e := x.titleAt(st, false)
	if numbered && e > 0 && e+1 < n && t[e].text == "," && x.titleAt(e+1, false) == n && !x.isNetwork(x.span(e+1, n)) {
		e = n // "1. 4-Gatsu no Kimi, Spica": a numbered entry's title, its comma inside
	}
	if numbered && e > st && e < n {
		e = numberedTitleEnd(t, e, n) // "1. Love and Kessel (2021)": "and" inside the title
	}
	if st == 0 {
		e = x.possInLine(e, n)
	}
	network := e > st && e+1 < n && (isDash(t[e].text) || t[e].text == ",") && x.isNetwork(x.span(e+1, n)) // "Blue Planet — Netflix", "T, Fuji TV"; no "Actor — Character"
	if creditLine(s) && !network {
		return "", false
	}
	if e == st || e-st > 12 {
		return "", false
	}
	long := e < n && t[e].text == "(" && x.scheduleAt(e+1, n-1) // "SALT ROAD (Sundays from 10:00-11:00 p.m. on VTN)": a slot's bracket (schedulebrackets.go)
	if n > 16 && !long {
		return "", false
	}
	title = graph.CleanSpace(unquote(x.span(st, e)))
	if e-st > 4 && isUpperCase(title) {
		return "", false // "THE FILM WENT ON FLOORS IN HYDERABAD": a heading in capitals
	}
	if x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(st, e) && x.startsName(st) ||
		e == st+1 && t[st].has(cStopWords) {
		return "", false
	}
	switch {
	case e == n:
		if !s.head && !isQuote(t[st].text) {
			return "", false // a sentence, not a line: "Blue Planet."
		}
	case network:
		// "Blue Planet — Netflix"
	case t[e].text == "(" && t[n-1].text == ")" && e+2 < n && (n-e <= 7 || long):
		for k := e + 1; k < n-1; k++ {
			if t[k].text == "(" || t[k].text == ")" {
				return "", false
			}
			slot = slot || originalScript(t[k].text) || t[k].has(cNetworks) && e+3 < n || weekdays[strings.TrimSuffix(t[k].low, "s")] || clockTime(t[k].low)
		}
		slot = slot || genreBracket(t[e+1:n-1]) // "T (Crime drama)" (roundupentries.go)
	default:
		return "", false
	}
	return title, slot
}

// dayMonthBefore reports whether the n tokens t open with a day and month
// written with a slash, "14/9", and a quoted title after it: a dated
// roundup's entry line, "14/9 ”Wolf” (HBO Max).", "22/9 ’Taelgia’ (SVT)".
func dayMonthBefore(t []token, n int) bool {
	return n > 5 && t[0].kind == tNum && len(t[0].text) <= 2 && t[1].text == "/" && t[2].kind == tNum && len(t[2].text) <= 2 &&
		t[1].start == t[0].end && t[2].start == t[1].end && isQuote(t[3].text)
}

// broadcastLine reports whether s is a line of where and when a show airs:
// "Fuji TV, Monday 9:00pm, premieres October 19", "tvk, Monday 11:00pm".
func (x *extractor) broadcastLine(s *sentence) bool {
	if !s.head || len(s.toks) > 16 {
		return false
	}
	when, where, airs := false, false, false
	for _, tk := range s.toks {
		if weekdaysIDs.has(tk.id) || tk.has(cDateWords) || clockTime(tk.low) || tk.low == "premieres" || tk.low == "airs" {
			when = true
		}
		where = where || tk.has(cNetworks)
		airs = airs || tk.low == "available" || tk.low == "streaming" || tk.low == "coming" || tk.low == "airing"
	}
	return when || where && airs // "Available now on Netflix"
}

// originalScript reports whether w holds Chinese, Japanese or Korean
// letters: a title in its original script.
func originalScript(w string) bool {
	for _, r := range w {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// openingTitle reads the first sentence of a paragraph that opens with a
// title and a verb of the show's run, after an optional network's
// possessive and describing words: "Fox's summer breakout T will in fact
// return for a second season", "T has been renewed", "T premieres in
// May". The paragraph is an entry about T; it returns T, or "".
func (x *extractor) openingTitle(st int) string {
	if !x.s.first || x.s.para == 0 {
		return ""
	}
	return x.runTitleAt(st)
}

// runTitleAt reads a title at st (after an optional network's possessive
// and describing words) with a verb of its run after it: "T will in fact
// return for", "T has been renewed", "T is coming back for", "T will be
// back for season two". It returns T, or "".
func (x *extractor) runTitleAt(st int) string {
	at := st
	if e := x.titleAt(at, false); e > at && x.tok(e).kind == tPoss && x.isNetwork(x.span(at, e)) {
		at = e + 1
		for m := 0; m < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords|cAuxWords); m++ {
			at++ // "summer breakout", "hit comedy"
		}
	}
	e := x.titleAt(at, false)
	if e <= at {
		return ""
	}
	// the verb of the run first: it rules out most titles at less cost
	// than the checks of the title
	v := e
	for m := 0; m < 5; m++ {
		if w := x.tok(v).low; x.tok(v).has(cAuxWords) || w == "finally" || w == "indeed" || w == "definitely" || w == "officially" {
			v++
		} else if w == "in" && x.tok(v+1).low == "fact" {
			v += 2
		} else {
			break
		}
	}
	run := false
	switch x.tok(v).low {
	case "return", "returns", "returning", "come", "coming":
		run = v > e && (x.tok(v+1).low == "for" || x.tok(v+1).low == "back") || x.tok(v).low == "returns" && x.tok(v+1).low == "for" ||
			v > e && x.tok(v).low != "come" && x.tok(v+1).text == "." && v+2 == len(x.toks) // "T is returning.", "that T will return."
	case "getting", "gets", "get":
		// "T is getting a second season", "T gets another season"
		n := x.tok(v + 1).low
		run = (n == "a" || n == "another") && (isSeasonWord(x.tok(v+2).low) || (ordinalsIDs.get(x.tok(v+2).id) > 0 || x.tok(v+2).low == "new") && isSeasonWord(x.tok(v+3).low))
	case "renewed":
		// "T has been renewed", not "NET has renewed T" or "NET has
		// renewed its drama T": a network renews its show
		run = v > e && !x.titleStarts(v+1) && x.tok(v+1).low != "its" && x.tok(v+1).low != "the"
	case "back":
		run = v > e && x.tok(v+1).low == "for"
	case "premiere", "premieres", "premiering", "debut", "debuts", "debuting":
		// "“T” will premiere on KBS in March", "“T” debuts next week", a
		// title in quotes or one the article knows as a show (not "Movie
		// premieres at ...": a noun)
		run = premiereWhenIDs.has(x.tok(v+1).id) && !x.tok(v+1).cap && (v > e || x.closeQuote(e-1)) && (x.closeQuote(e-1) || x.isShow(x.span(at, e)))
	}
	if !run {
		return ""
	}
	title := x.span(at, e)
	if x.isNetwork(title) || describes(unquote(title)) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(at, e) && x.startsName(at) ||
		x.resolve(title) != title || e == at+1 && x.toks[at].has(cStopWords) {
		return ""
	}
	return title
}

// premiereWhen follow a verb of premiering whose subject is a title: "T
// will premiere on KBS", "T debuts next week".
var premiereWhen = set(`on in at this next tonight today tomorrow later soon`)

// gaveOrder reads "gave T a two-season order", "has given T a series
// pickup": the start of T after the verb at k, or 0.
func (x *extractor) gaveOrder(k int) int {
	switch t := x.tok(k); t.low {
	case "gave", "gives", "given", "handed":
		if t.cap || !x.titleStarts(k+1) {
			return 0
		}
	default:
		return 0
	}
	e := x.titleAt(k+1, false)
	if e <= k+1 || x.tok(e).low != "a" && x.tok(e).low != "an" {
		return 0
	}
	for m := e + 1; m < len(x.toks) && m < e+5; m++ {
		switch w := x.tok(m); {
		case w.low == "order" || w.low == "renewal" || w.low == "pickup" || w.low == "greenlight":
			return k + 1
		case w.kind == tPunct && w.text != "-" || w.cap:
			return 0
		}
	}
	return 0
}

// quotedSubject reads a sentence that quotes one title and speaks of "the
// show" or "the series": "In the latest in an ongoing 'T' saga of news, X
// will be appearing in the final season of the show". The show is T; it
// returns T, or "".
// showSeriesWords are the words quotedSubject reads at.
var showSeriesWords = wordMask("show", "series")

func (x *extractor) quotedSubject() string {
	if !x.sentHas(cFormatWords) || !x.sentHasAnyWord(showSeriesWords) {
		return "" // no "the show" nor "the series" naming the title again
	}
	t := x.toks
	// without "the show" or "the series" the sentence names no title
	// again: nothing to read
	again := false
	for k := 1; k < len(t) && !again; k++ {
		again = t[k-1].low == "the" && showSeriesWords.holds(&t[k]) && !t[k].cap && x.tok(k+1).kind != tPoss
	}
	if !again {
		return ""
	}
	title, refers, relative := "", false, false
	for k := 0; k < len(t); k++ {
		switch t[k].low {
		case "who", "whose", "which", "whom":
			relative = true
		case ",", ";", "(", ")":
			relative = false
		}
		if k > 0 && t[k-1].low == "the" && showSeriesWords.holds(&t[k]) && !t[k].cap && x.tok(k+1).kind != tPoss && title != "" {
			refers = true // after the title: "the series" names it again
		}
		if !isQuote(t[k].text) || x.inBr[k] {
			continue
		}
		e := x.titleAt(k, false)
		if e <= k+1 {
			continue
		}
		q := unquote(x.span(k, e))
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			if t[m].has(cJobNoun|cCastNouns) && !t[m].cap {
				return "" // "director of Netflix's “T”": a person's earlier work
			}
		}
		if relative || x.otherShow(k) || x.earlierWork(k) || x.isNetwork(q) || describes(q) || notTitle(q) || x.tok(e).has(cCastNouns|cJobNoun) {
			return ""
		}
		if title != "" && x.skey(title) != x.skey(q) {
			return "" // two titles: which one is the show's is not said
		}
		title = q
		k = e - 1
	}
	if !refers {
		return ""
	}
	return title
}

// colonTitle reads a paragraph that opens with a title, a colon and a
// sentence: "Blue Planet: As a child, C (X) witnessed a murder". The
// paragraph is T's entry; it returns T, or "".
func (x *extractor) colonTitle() string {
	s, t := x.s, x.toks
	if !s.first || s.para == 0 || s.head {
		return ""
	}
	e := 1
	for e < len(t) && e < 9 && t[e].text != ":" && !isDash(t[e].text) && t[e].text != "(" {
		e++
	}
	te := e // "T (Netflix, Friday) – A and B star in": a listing's bracket, then the dash
	if e < len(t) && t[e].text == "(" {
		if c := x.closeOf(e); c > e {
			e = c + 1
		}
	}
	// the title ends at the colon: not "T II: Death Message is based on",
	// a title with its subtitle that the sentence opens with
	if e+6 > len(t) || t[e].text != ":" && (!isDash(t[e].text) || isQuote(t[0].text)) || !t[e+1].cap { // not "“T – Subtitle” is"
		return ""
	}
	if full := x.titleAt(0, false); full < te || full > te && (x.tok(full).has(cAuxWords) || x.tok(full).kind == tPoss || x.tok(full).text == ",") {
		return ""
	}
	title := x.span(0, te)
	if s.para == 1 && len(title) > 2 && (isUpperCase(title) || placeWords[strings.ToLower(title)]) {
		return "" // "CHENNAI: The makers of ...": a dateline, no title
	}
	if x.isNetwork(title) || describes(unquote(title)) || notTitle(title) || explainerHeading(title) || x.knownPerson(title) != "" || x.personShaped(0, te) && x.startsName(0) ||
		te == 1 && t[0].has(cStopWords|cJobNoun|cCastNouns) || x.tok(te-1).has(cJobNoun|cCastNouns) || sourceLabel(t, te) ||
		creditLabelLine(t) && t[e].text == ":" {
		return "" // "Cast: A, B", "Director: X", "Update: ...", "Main Roles: A (…) as C", "Adapted From: The novel T"
	}
	for k := e + 1; k < len(t); k++ {
		if t[k].kind == tWord && !t[k].cap && !t[k].has(cStopWords) && !(x.inBr[k] && isDash(t[e].text)) {
			return title // a sentence, not a list of names; not "C - A (earlier roles)", a credits line
		}
	}
	return ""
}

// wordCount is wordCount in the article's text, cached: the guesses of the
// article's show count the same candidates again and again.
func (x *extractor) wordCount(title string) int {
	n := x.memo.lookup(title)
	if n.has&hasWords == 0 {
		n.words = int32(wordCount(x.a.Text, title))
		n.has |= hasWords
	}
	return int(n.words)
}

// wordCount counts the times text names title as words of its own: not
// the "V" in "Vivek" or "TV".
func wordCount(text, title string) int {
	if title == "" {
		return 0
	}
	n := 0
	for i := range indexes(text, title) {
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isAlnumUnicode(r) {
				continue
			}
		}
		if j := i + len(title); j < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[j:]); isAlnumUnicode(r) {
				continue
			}
		}
		n++
	}
	return n
}

// renewalTitle reads a renewal in one of an article's opening sentences:
// "T is coming back for a second season", "It's official: T will be back
// for season two", "Hulu confirmed that T is getting a second season",
// "Netflix has picked up T for a second season". It returns T, or "".
func (x *extractor) renewalTitle() string {
	t := x.toks
	starts := []int{0, x.introEnd()}
	for k := 1; k < len(t) && k < 8; k++ {
		if t[k].text == ":" && k < 6 || t[k].low == "that" && !t[k].cap && (t[k-1].has(cDateWords) || promoVerbsIDs.has(t[k-1].id) || t[k-1].low == "confirmed" || t[k-1].low == "announced") {
			starts = append(starts, k+1) // "It's official: T will be back", "Hulu confirmed Tuesday that T will return"
			break
		}
	}
	for _, st := range starts {
		if title := x.runTitleAt(st); title != "" {
			return title
		}
	}
	for k := 0; k+3 < len(t); k++ {
		// "picked up T for a second season", "brought back T for"
		if !(t[k].low == "picked" || t[k].low == "picks" || t[k].low == "brought" || t[k].low == "brings") || t[k].cap || t[k+1].low != "up" && t[k+1].low != "back" {
			continue
		}
		at := x.skipOwner(k + 2)
		if e := x.titleAt(at, false); e > at && x.tok(e).low == "for" && !x.isNetwork(x.span(at, e)) && !describes(unquote(x.span(at, e))) &&
			x.knownPerson(x.span(at, e)) == "" && !(x.personShaped(at, e) && x.startsName(at)) {
			return x.span(at, e)
		}
	}
	return ""
}

// nameLine reports whether sentence s is a line that holds a person's name
// and nothing else: "Lee Sunne" under "Additional Voices:".
func (x *extractor) nameLine(s *sentence) bool {
	n := rosterNameEnd(s.toks) // "Hiro Shimono (Dabi from T);": the name before its bracket
	if !s.head && s.toks[len(s.toks)-1].text != ";" || !s.first || n < 2 || n > 4 {
		return false
	}
	x.ready(s)
	return x.personShaped(0, n) && x.startsName(0)
}

// entrySubject reads the show of a sentence that opens an entry about it
// or names it as its subject in other words than sentenceShow's: "Fox's
// summer breakout T will in fact return for a second season"
// (openingTitle), "In the latest 'T' saga of news, X will be in the final
// season of the show" (quotedSubject), "In T, C (X) is a detective", "Then
// there is T." It returns the show, or "".
func (x *extractor) entrySubject(st int) string {
	if title := x.openingTitle(st); title != "" {
		return title
	}
	if title := x.quotedSubject(); title != "" {
		return title
	}
	t := x.toks
	if len(t) > 3 && t[0].low == "in" && x.titleStarts(1) {
		// "In Blue Planet, C (X) is a detective": not "In London,", "In
		// May,", "In 2019,"; a title the article knows as a show, a quoted
		// one, or one before a "Character (Actor)" pair
		at := x.pastSeasonOf(1) // "In Season 2 of T,"
		if e := x.titleAt(at, false); e > at && x.tok(e).text == "," && x.subjectTitle(at, e) && !placeWords[strings.ToLower(unquote(x.span(at, e)))] &&
			(isQuote(t[at].text) || x.isShow(x.span(at, e)) || x.pairAfter(e) || x.playsAfter(max(e, x.pastWhenAside(e)-1)) || x.isADescription(e)) { // "In T, slated for fall, X stars as C", "In T, a cop drama, X plays"
			return x.span(at, e)
		}
	}
	if title := x.onShowOpening(); title != "" {
		return title // "On T, which ran from 1971 to 1977, X played C"
	}
	for k, end := 0, x.introEnd()+3; k+2 < len(t) && k < end; k++ {
		// "Then there is Blue Planet.", "There's also Blue Planet.", "Last
		// but not least, there is “T.”", "Then there's “T,” which follows"
		if t[k].low != "there" || t[k+1].low != "is" && t[k+1].kind != tPoss {
			continue
		}
		at := k + 2
		if x.tok(at).low == "also" {
			at++
		}
		if e := x.titleAt(at, false); e > at && (e == len(t)-1 && (t[e].text == "." || t[e].text == "!") || e == len(t) && x.closeQuote(e-1) && t[e-2].text == "." || x.quotedWhich(at, e)) && x.subjectTitle(at, e) {
			return x.span(at, e)
		}
	}
	return ""
}

// subjectTitle reports whether the span i..e read as a title can be a
// show: no network, date, season alone, describing words or person.
func (x *extractor) subjectTitle(i, e int) bool {
	title := unquote(x.span(i, e))
	return !x.isNetwork(title) && !describes(title) && !notTitle(title) && !x.tok(i).has(cDateWords) && x.tok(i).kind != tNum &&
		!seasonOnly(title) && x.knownPerson(title) == "" && !(x.personShaped(i, e) && x.startsName(i)) && x.resolve(title) == title &&
		!(e == i+1 && x.tok(i).has(cStopWords))
}

// pairAfter reports whether a capitalized name and a bracket that holds
// capitalized words follow e in the sentence: "C (X)".
func (x *extractor) pairAfter(e int) bool {
	for k := e + 1; k+2 < len(x.toks); k++ {
		if x.toks[k].text == "(" && x.toks[k-1].cap && x.toks[k+1].cap {
			return true
		}
	}
	return false
}

// headingWordsOff reads a cast heading that is all capitalized words, up to
// e, "Blue Planet English Dub Cast": the title before the heading's words
// (English, Dub, Cast), or "" when none is left or no cast word ends it.
func (x *extractor) headingWordsOff(e int) string {
	if l := x.tok(e - 1).low; l != "cast" && l != "lineup" && l != "line-up" {
		return ""
	}
	for e > 0 && (headingWords[x.tok(e-1).low] || headingNounsIDs.has(x.tok(e-1).id)) {
		e--
	}
	if e == 0 || x.isNetwork(x.span(0, e)) || describes(x.span(0, e)) || x.tok(e-1).kind == tPoss || x.tok(e-1).has(cStopWords|cTitleGlue) ||
		explainerHeading(x.span(0, e)) || notTitle(x.span(0, e)) {
		return "" // not "Who Is in the Cast"
	}
	return x.span(0, e)
}

// pastRatingLines passes, from sentence j, the short label lines that a
// ranked roundup puts between an entry's title and its synopsis: "Plot:
// 10/10", "Rating: 4.5/5", "Episodes: 16". It returns the first sentence
// that is none.
func (x *extractor) pastRatingLines(j int) int {
	for m := 0; m < 3 && j < len(x.sents) && ratingLine(&x.sents[j]); m++ {
		j++
	}
	return j
}

// ratingLine reports whether s is a line of one or two words, a colon and
// a number or a score: "Plot: 10/10", "Cast Chemistry: 9/10".
func ratingLine(s *sentence) bool {
	t := s.toks
	if !s.head || len(t) < 3 || len(t) > 8 || !t[0].cap || t[0].kind != tWord {
		return false
	}
	c := 1
	if t[1].kind == tWord {
		c = 2
	}
	return c < len(t)-1 && t[c].text == ":" && t[c+1].kind == tNum
}

// numberedEntry reports whether sentence i follows a number and a full
// stop that open its line: "1." before "Blue Planet", a ranked entry.
func (x *extractor) numberedEntry(i int) bool {
	s := &x.sents[i]
	return i > 0 && !s.first && x.sents[i-1].first && x.sents[i-1].para == s.para && len(x.sents[i-1].toks) == 2 &&
		x.sents[i-1].toks[0].kind == tNum && x.sents[i-1].toks[1].text == "."
}

// kindOpens reports whether sentence j opens with "This drama", "The
// series", "This film": it speaks of the title over it.
func (x *extractor) kindOpens(j int) bool {
	if j >= len(x.sents) {
		return false
	}
	t := x.sents[j].toks
	return len(t) > 2 && (t[0].low == "this" || t[0].low == "the") && t[1].has(cGenreNouns) && !t[1].cap
}

// numberedTitleEnd carries a numbered entry's title read up to e on to
// its bracket or the line's end, through lower-case glue words between
// capitalized ones: "1. Love and Kessel (2021)", "2. Harbor of Stars". It
// returns e where anything else stands before the bracket or the end.
func numberedTitleEnd(t []token, e, n int) int {
	b := n
	if t[n-1].text == ")" {
		for b = n - 1; b > e && t[b].text != "("; b-- {
		}
	}
	if b <= e || !bareTitleGlue[t[e].low] || t[e].cap {
		return e
	}
	for k := e; k < b; k++ {
		if t[k].kind != tWord || !t[k].cap && !bareTitleGlue[t[k].low] || !t[k].cap && k == b-1 {
			return e
		}
	}
	return b
}

// sourceLabel reports whether the te words before a colon are a field's
// label of what a show comes from: "Adapted From", "Based On", "Original
// Work".
func sourceLabel(t []token, te int) bool {
	if te < 2 || te > 3 {
		return false
	}
	switch t[te-1].low {
	case "from", "on":
		return t[te-2].low == "adapted" || t[te-2].low == "based"
	case "work", "novel", "story", "source":
		return t[te-2].low == "original" || t[te-2].low == "based"
	}
	return false
}
