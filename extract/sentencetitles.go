package extract

import "strings"

// An English title in sentence case after a genre noun that a preposition
// governs: "at the premiere of the film Mystery in sight, in which she
// plays", "known for the series Night train home.", "a role in the Netflix
// drama The lost daughters." The preposition, "the" and the genre noun say
// a title follows and that the clause's verb came before it; the title
// starts at the capitalized word after the noun and runs over words in
// lower case to a mark (comma, full stop, semicolon, colon, bracket) or
// the sentence's end. A word that could go on the clause (a function word
// other than "of", "the", "a", "an", "to", "in" and a first-person or
// second-person possessive, an auxiliary, a date word, an adverb in "-ly",
// a verb's past in "-ed"), another capitalized word or a number before the
// mark, and the title is read as before.

// isShowAdjective reports whether w describes a show before its genre
// noun: "upcoming drama T", "the new series T".
func isShowAdjective(w string) bool {
	switch w {
	case "upcoming", "new", "latest", "forthcoming":
		return true
	}
	return false
}

// sentenceGenreNouns are the singular genre nouns after which English
// news writes a title in sentence case.
var sentenceGenreNouns = set(`film movie series drama show sitcom thriller comedy anime docuseries miniseries
	documentary docudrama telenovela biopic`)

// sentenceGenrePreps govern the genre noun's phrase: "of the film T", "in
// the series T", "for the drama T".
var sentenceGenrePreps = set(`of in for on from`)

// sentenceTitleGlue are the function words a title in sentence case holds.
var sentenceTitleGlue = set(`of the a an to in my your our`)

// englishGenreTitleEnd returns where a title in sentence case that starts
// at the capitalized word i ends, after a preposition, "the", an optional
// network and a singular genre noun in lower case; i where there is none.
// titleAt asks it only where the word after i is in lower case and a
// genre noun is right before i.
func (x *extractor) englishGenreTitleEnd(i int) int {
	t := x.toks
	g := i - 1
	if !sentenceGenreNounsIDs.has(t[g].id) || t[g].cap {
		return i
	}
	d := g - 1
	if d > 0 && (t[d].has(cNetworks) || t[d].text == "+" && t[d-1].has(cNetworks)) {
		d-- // "the Netflix drama T"
		if t[d].has(cNetworks) && t[d+1].text == "+" {
			d--
		}
	}
	if d < 1 || t[d].text != "the" || !sentenceGenrePrepsIDs.has(t[d-1].id) || t[d-1].cap || x.s == nil || x.sentForeign() {
		return i
	}
	if x.startsName(i) {
		return i // "in the film Anna Lee plays": a person may start here
	}
	lower := false
	j := i + 1
	for ; j < len(t) && j <= i+7; j++ {
		w := &t[j]
		if w.kind == tWord && !w.cap {
			if sentenceTitleGlueIDs.has(w.id) {
				continue
			}
			if w.has(cStopWords|cAuxWords|cDateWords|cGenreNouns|cCastNouns|cJobNoun) || strings.HasSuffix(w.low, "ly") || strings.HasSuffix(w.low, "ed") || englishClauseWordsIDs.has(w.id) {
				return i
			}
			lower = true
			continue
		}
		if w.kind == tPunct {
			switch w.text {
			case ",", ".", ";", ":", "(", ")":
				return x.sentenceTitleCut(i, j, lower)
			}
		}
		return i // a capitalized word, a number, a quote: no title in sentence case
	}
	if j == len(t) {
		return x.sentenceTitleCut(i, j, lower)
	}
	return i
}

// sentenceTitleCut is the title from i to j where a word in lower case is
// in it and it ends in no function word; else i.
func (x *extractor) sentenceTitleCut(i, j int, lower bool) int {
	if !lower || sentenceTitleGlueIDs.has(x.toks[j-1].id) {
		return i
	}
	return j
}

// englishClauseWords are words in lower case that go on a clause after a
// title, not the title: adverbs of time and place and a few verbs of news
// copy.
var englishClauseWords = set(`again here there together tonight ago instead alone ever once twice
	premieres premiere opens airs debuts returns wraps begins ends follows stars tells says
	theaters theatres cinemas production development competition post-production pre-production`)

// sentenceColonHeadline returns the English title in sentence case that a
// headline opens with before a colon, where the article writes it the
// same way twice more: "Mystery in sight: A on her new role", then
// "stars in Mystery in sight" and "In Mystery in sight, she plays"; else
// "". The words in lower case are glue words or words no verb, job, cast
// or genre word; once or twice written is no title ("Box office: ...").
func (x *extractor) sentenceColonHeadline() string {
	t := x.toks
	if !x.s.head || len(t) < 4 || !t[0].cap || t[0].kind != tWord || x.sentForeign() {
		return ""
	}
	c := 1
	lower := false
	for ; c < len(t) && c <= 6 && t[c].text != ":"; c++ {
		w := &t[c]
		if w.kind != tWord {
			return ""
		}
		if w.cap {
			continue
		}
		if !sentenceTitleGlueIDs.has(w.id) && (w.has(cStopWords|cAuxWords|cCastVerbs|cPlayVerbs|cCrewVerb|cJobNoun|cCastNouns|cGenreNouns|cDateWords) || englishClauseWordsIDs.has(w.id)) {
			return ""
		}
		lower = lower || !sentenceTitleGlueIDs.has(w.id)
	}
	if c >= len(t) || t[c].text != ":" || !lower || sentenceTitleGlueIDs.has(t[c-1].id) || x.personShaped(0, c) && x.startsName(0) {
		return ""
	}
	title := x.span(0, c)
	if describes(title) || notTitle(title) || explainerHeading(title) || x.isNetwork(title) || x.knownPerson(title) != "" || strings.Count(x.a.Text, title) < 3 {
		return ""
	}
	return title
}
