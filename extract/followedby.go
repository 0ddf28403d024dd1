package extract

// Two readings of a roundup of releases for the show a sentence's credits
// go to. A title after "followed by" is the sentence's show: "This will be
// followed by ‘T’ starring A and B in the lead roles along with C": C is in
// T, not in the show of the sentence before. A title after "titled" and
// before "in Tamil" is the film the text is about under another name, not
// a new show: "The film is titled ‘T2’ in Tamil. X also stars in the
// project": X is in the film of the sentences before.

var bitFollowed = wordBit("followed")

// followedByTitle returns the title in quotes, written in title case, after
// "followed by", when a starring word, a comma, "with", "on", "in" or the
// sentence's end comes after it; or "".
func (x *extractor) followedByTitle() string {
	if !x.sentHasWord(bitFollowed) || !x.sentHasWord(bitBy) {
		return ""
	}
	for k := 0; k+3 < len(x.toks); k++ {
		if x.toks[k].low != "followed" || x.toks[k+1].low != "by" || !isQuote(x.toks[k+2].text) {
			continue
		}
		e := x.titleAt(k+2, false)
		if e <= k+3 || !x.quotedTitleOpens(k+2, e) {
			return ""
		}
		switch a := x.tok(e); {
		case e == len(x.toks), a.kind == tPunct, a.low == "starring", a.low == "featuring", a.low == "with", a.low == "on", a.low == "in":
		default:
			return ""
		}
		if title := unquote(x.span(k+2, e)); title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" && !describes(title) {
			return title
		}
		return ""
	}
	return ""
}

// altTitleFocus returns the show the text is about where the title ending
// before e, after "titled", "called" or "named", is its name in another
// language: "The multilingual film is titled ‘Kadal’ in Tamil and ‘Aravi’
// in Telugu. X also stars in the project": the film of the sentences
// before, under another name, not a new show. Else "".
func (x *extractor) altTitleFocus(e int) string {
	if x.focus == "" || x.tok(e).low != "in" || !x.tok(e+1).cap || !x.tok(e+1).has(cDescribe) {
		return ""
	}
	if f := x.tok(0).low; f == "it" || f == "the" && (x.tok(1).has(cGenreNouns) || x.tok(2).has(cGenreNouns)) {
		return x.focus
	}
	return ""
}
