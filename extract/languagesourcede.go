package extract

// German crew copy: a source work's noun before "von" and a name, alone or
// as the last part of a compound ("nach den Bestseller-Erzählungen von X",
// "nach dem Kriminalroman von X"), reads as the English noun and "by"
// ("after the stories by X"), so the source rule credits X as the original
// author; "Regie übernimmt X" reads as "directed by X"; a compound noun
// after an article before a full name ("der Krimi-Routinier X") is no part
// of the name; a name stops before "von der" and a place's adjective with
// a noun after it ("Produzent X von der Berliner TV-Firma").

import "strings"

// germanSourceNouns are German nouns of a source work and the English
// noun they read as.
var germanSourceNouns = map[string]string{
	"roman": "novel", "romans": "novels", "romane": "novels", "romanen": "novels", "romanreihe": "novels",
	"erzählung": "story", "erzählungen": "stories", "geschichten": "stories", "kurzgeschichten": "stories",
	"bücher": "books", "büchern": "books", "buchreihe": "books", "vorlage": "book", "comics": "comics",
}

// germanSourceNoun is the English noun of a German source noun w, or of
// the part of a compound after its last hyphen ("bestseller-erzählungen"),
// or of a compound that ends in "roman" or "romanen" ("kriminalroman").
func germanSourceNoun(w string) string {
	if e := germanSourceNouns[w]; e != "" {
		return e
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return germanSourceNouns[w[i+1:]]
	}
	if len(w) > 8 && strings.HasSuffix(w, "roman") {
		return "novel"
	}
	if len(w) > 10 && (strings.HasSuffix(w, "romanen") || strings.HasSuffix(w, "romane")) {
		return "novels"
	}
	return ""
}

// germanSourceBy reports whether "von" at k follows a German source noun
// in capitals (the last of the n tokens kept from first) after an article,
// and comes before a full name of two capitalized words (or of a particle:
// "Ana von Selo"); it reads the noun
// as the English one and the article as "the".
func germanSourceBy(toks []token, first, n, k int) bool {
	if n < first+2 || k+2 >= len(toks) {
		return false
	}
	g, a, b := &toks[n-1], &toks[k+1], &toks[k+2]
	if g.kind != tWord || !g.cap || a.kind != tWord || !a.cap || !isName(a) || b.kind != tWord || !(b.cap && isName(b) || particleBeforeName(toks, k+2)) {
		return false
	}
	art := &toks[n-2]
	if art.kind != tWord || art.cap || germanArticlesIDs.get(art.id) == "" {
		return false
	}
	e := germanSourceNoun(g.low)
	if e == "" {
		return false
	}
	setLow(g, e)
	g.cap = false
	g.flags &^= fName | fChar
	setLow(art, "the")
	art.flags &^= fName | fChar
	return true
}

// particleBeforeName reports whether the word at k is a name's particle in
// lower case before a capitalized word: "von" of "Ana von Selo".
func particleBeforeName(toks []token, k int) bool {
	return k+1 < len(toks) && !toks[k].cap && toks[k].has(cParticle) && toks[k+1].cap && toks[k+1].kind == tWord
}

// germanCompoundTrade reports whether w, a capitalized word after a German
// article, is a compound noun of a hyphen ("Krimi-Routinier") before a full
// name of two capitalized words at j+1.
func germanCompoundTrade(toks []token, j int) bool {
	w := &toks[j]
	return j+2 < len(toks) && indexByte(w.low, '-') > 0 && toks[j+1].cap && toks[j+1].kind == tWord && isName(&toks[j+1]) && toks[j+2].cap && toks[j+2].kind == tWord && isName(&toks[j+2])
}

// placeFirmAfter reports whether "von" at k opens a company's place, not a
// name's particle: "von der Berliner TV-Firma", an article, a capitalized
// adjective in "-er" and a capitalized word.
func (x *extractor) placeFirmAfter(k int) bool {
	if k+3 >= len(x.toks) {
		return false
	}
	a, p, w := &x.toks[k+1], &x.toks[k+2], &x.toks[k+3]
	return (a.low == "der" || a.low == "den" || a.low == "dem") && p.cap && len(p.low) > 4 && strings.HasSuffix(p.low, "er") && w.cap && w.kind == tWord
}

// germanCrewPhrases are read as foreignPhrases'.
var germanCrewPhrases = withPhrases(map[string][]foreignPhrase{
	"regie": {{"regie übernimmt erneut", "directed by", false}, {"regie übernimmt wieder", "directed by", false}, {"regie übernimmt", "directed by", false},
		{"regie übernahm", "directed by", false}},
}, crewLabelPhrases, moreCrewPhrases) // languagecrewlabels.go, crewwordsmore.go
