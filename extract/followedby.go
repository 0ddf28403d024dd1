package extract

// Two readings of a roundup of releases for the show a sentence's credits
// go to. A title after "followed by" is the sentence's show: "This will be
// followed by ‘T’ starring A and B in the lead roles along with C": C is in
// T, not in the show of the sentence before. A title after "titled" and
// before "in Tamil" is the film the text is about under another name, not
// a new show: "The film is titled ‘T2’ in Tamil. X also stars in the
// project": X is in the film of the sentences before. And a title that
// "starring" follows is the sentence's show, where no other reading found
// one: "Then there is T, starring A. B plays his sister": B is in T, not in
// the roundup's item before. So is a title that opens the sentence before
// "by" and a job noun: "T by director X is also in the works. The series
// will feature A".

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

var starringMask = wordMask("starring", "featuring")

// starringTitle returns the title before ", starring X" or "starring X"
// that no preposition introduces: "Then there is T, starring A", "NBC has
// T, starring A"; or "". Not "X, who appeared in T2, starring Y": a title
// after "in", "on", "for", "from", "of", "with" or "like" is another's; nor
// "New shows include T2 starring A": an item of a list.
func (x *extractor) starringTitle() string {
	if !x.sentHasAnyWord(starringMask) {
		return ""
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if !starringMask.holds(&t[k]) || t[k].cap || !t[k+1].cap {
			continue
		}
		e := k
		if t[k-1].text == "," {
			e = k - 1
		}
		j := x.titleBefore(e)
		if j >= e || j == 0 {
			return ""
		}
		p := j - 1
		if x.tok(p).kind == tPoss {
			p = x.personBefore(p) - 1 // "like X's T starring Y": the words before the owner tell
		}
		switch x.tok(p).low {
		case "in", "on", "for", "from", "of", "with", "like", "and", ",", "include", "includes", "including", "as":
			return ""
		}
		if x.tok(j - 1).has(cJobNoun) {
			return "" // "“T” by filmmaker X, starring Y": a maker, no title
		}
		if ti := unquote(x.span(j, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !(x.personShaped(j, e) && x.startsName(j)) && !describes(ti) {
			return ti
		}
		return ""
	}
	return ""
}

// titleAfterWords may follow the title that "The second title is" names:
// "The second title is T directed by X", "The next film is T starring Y".
var titleAfterWords = set(`directed written produced created starring featuring from by`)

// byMakerOpens returns the title that opens the sentence before "by" and a
// job noun, "T by director X is also in the works", or "".
func (x *extractor) byMakerOpens() string {
	if !x.sentHasWord(bitBy) || !x.sentHas(cJobNoun) || !x.toks[0].cap {
		return ""
	}
	e := x.titleAt(0, false)
	for e > 0 && e < 10 && (isDash(x.tok(e).text) || x.tok(e).kind == tNum || x.tok(e).text == "/") {
		e++ // "T – 26/11 by director X": a dash and a number in the title
	}
	if e <= 0 || x.tok(e).low != "by" || !x.tok(e+1).has(cJobNoun) || x.tok(e+1).cap {
		return ""
	}
	if ti := unquote(x.span(0, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !(x.personShaped(0, e) && x.startsName(0)) && !describes(ti) {
		return ti
	}
	return ""
}
