package extract

// A headline in sentence case names its show as the one run of
// capitalized words past its first word: "Where is Kestrel Bay filmed?",
// "Everything we know about Kestrel Bay", "Kestrel Bay finale recap".

import (
	"regexp"
	"strings"
)

// sentenceCaseTitle returns the title of a headline in sentence case: its
// one run of capitalized words,
// past a first word that is a headline's word ("Why", "Is", "Review"),
// that is no person, network, place or description, where the article
// names it again. Where the headline has two such runs ("After T1, T2,
// Netflix announces ..."), or none, it returns "".
func (x *extractor) sentenceCaseTitle() string {
	if len(x.sents) < 2 || x.sents[0].para != 0 || x.sents[1].para == 0 || !x.sents[0].head && !strings.HasSuffix(x.sents[0].text, "?") {
		return "" // a headline is a line of its own: "Where is T filmed?" too
	}
	s := x.look(0)
	t := s.toks
	words := 0
	for i := range t {
		if t[i].kind == tWord {
			words++
		}
	}
	if words < 3 || !sentenceCase(t) || listicleHeadline(t) {
		return "" // a title-case headline is read by headlineTitle
	}
	found, fSt, fJ := "", 0, 0
	for i := 0; i < len(t); i++ {
		if !t[i].cap || t[i].kind != tWord {
			continue
		}
		j := x.capRun(i, true)
		st := i
		if i == 0 && (headlineWordsIDs.has(t[0].id) || t[0].has(cStopWords|cDateWords)) {
			st = 1 // "Why Kestrel Bay is", "Review: ..."
		}
		i = j - 1
		if j-st < 2 {
			continue // one word: as often a person's one name ("Tollywood: Prabhas begins shooting")
		}
		for j-st > 2 && x.wordCount(x.span(st, j)) < 2 && x.wordCount(x.span(st, j-1)) >= 2 {
			j-- // "T English dub cast revealed": the title named again below
		}
		if t[j-1].has(cTitleGlue) || t[j-1].low == "and" || x.tok(st-1).text == "," || x.tok(j).text == "," && x.tok(j+1).cap {
			return "" // "Horowitz, Wainwright and Morgan create": a list of names
		}
		span := x.span(st, j)
		if x.runNoShow(st, j, span) {
			continue
		}
		if found != "" && found != span {
			return "" // two titles: which one the article is about is not said
		}
		found, fSt, fJ = span, st, j
	}
	if x.wordCount(found) < 2 && !(x.bodyKindRef() && x.headlineRunAlone(fSt, fJ)) {
		return "" // named in the headline alone, the body taking up no show by its kind
	}
	return found
}

// bodyKindRef reports whether the body past the headline takes up a show
// by its kind ("the series", "The eight-part drama", "the film"): the show a
// sentence-case headline names alone ("Where was Kestrel Bay filmed?",
// "Everything we know about Kestrel Bay") is the one it speaks of.
func (x *extractor) bodyKindRef() bool {
	body := x.a.Text
	if at := strings.Index(body, x.sents[0].text); at >= 0 {
		body = body[at+len(x.sents[0].text):]
	}
	return bodyKindRefRe.MatchString(body)
}

// headlineRunAlone reports whether the headline's run of capitals from st
// to j stands as a title of its own: after a word that takes a title
// ("about T", "Where was T filmed?") or the headline's start, before a
// mark, the end or a word of news about a show ("T cast and characters",
// "T episode 3 recap"), not a subject's verb ("Biggest Kapuso stars in
// regional shows").
func (x *extractor) headlineRunAlone(st, j int) bool {
	t := x.toks
	if st > 1 && !(t[st-1].kind == tPunct && t[st-1].text != "(" || !t[st-1].cap && headlineBeforeTitle[t[st-1].low]) {
		return false // "X (T): quote" is read by headlinegloss.go
	}
	return j >= len(t) || t[j].kind == tPunct || !t[j].cap && headlineAfterTitle[t[j].low]
}

// headlineBeforeTitle take a title after them in a headline: "Everything
// we know about T", "Where was T filmed?", "Is T based on a true story?".
var headlineBeforeTitle = set(`about of on for watch is was are were does did will inside behind from to`)

// headlineAfterTitle are a headline's words of news about the show before
// them: "T cast and characters", "T episode 3 recap", "T filmed?".
var headlineAfterTitle = set(`cast characters season seasons episode episodes recap review trailer finale ending release renewed cancelled canceled filming filmed based explained spoilers premiere is was will`)

// bodyKindRefRe finds "the" and a kind of show, a word or two between:
// "the series", "The eight-part drama", "the new film".
var bodyKindRefRe = regexp.MustCompile(`\b[Tt]he (?:[\p{L}-]+ ){0,2}(?:series|drama|show|film|movie|anime|sitcom|soap|serial|miniseries|docuseries|telenovela|teleserye)\b`)

// sentenceCase reports whether a headline is written in sentence case: a
// word of its own in lower case that is no glue word ("filmed", "recap"),
// where title case capitalizes every such word.
func sentenceCase(t []token) bool {
	for i := 1; i < len(t); i++ {
		if t[i].kind == tWord && !t[i].cap && !t[i].has(cStopWords|cTitleGlue) && hasLetter(t[i].text) {
			return true
		}
	}
	return false
}

// placeEnds end a place's name: "Mexico City", "Fraser Island".
var placeEnds = set(`city island islands county province state street valley coast`)

// capRun returns the end of the run of capitalized words from i, at most
// eight: a number may stand in it after two words ("Kestrel Bay 2", not
// "Kanal 9"), and title glue ("of", "the") or, where
// and is true, "and" joins two capitalized words ("Home and Away").
func (x *extractor) capRun(i int, and bool) int {
	t := x.toks
	j := i + 1
	for j < len(t) && j-i < 8 && (t[j].cap && t[j].kind == tWord || t[j].kind == tNum && j > i+1 || (t[j].has(cTitleGlue) || and && t[j].low == "and") && j+1 < len(t) && t[j+1].cap && t[j+1].kind == tWord) {
		j++
	}
	return j
}

// runNoShow reports whether the run of words from st to j, span, can be no
// article's show: a network, a description, a place ("Mexico City"), a
// known person or a person's shape, a titled person, an owner before a
// possessive, a company.
func (x *extractor) runNoShow(st, j int, span string) bool {
	t := x.toks
	return x.isNetwork(span) || describes(span) || notTitle(span) || placeWords[strings.ToLower(span)] || x.knownPerson(span) != "" ||
		x.personShaped(st, j) && x.startsName(st) || x.titledPerson(st, j) || x.tok(j).kind == tPoss || x.companyGoesOn(st) ||
		placeWordsIDs.has(t[st].id) || countryName(t[st].text) || placeEndsIDs.has(t[j-1].id)
}
