package extract

// A headline in sentence case names its show as the one run of
// capitalized words past its first word: "Where is Kestrel Bay filmed?",
// "Everything we know about Kestrel Bay", "Kestrel Bay finale recap".

import "strings"

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
	found := ""
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
		found = span
	}
	if x.wordCount(found) < 2 {
		return "" // named in the headline alone
	}
	return found
}

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
