package extract

// "A and B will star in T, airing Sunday": a sentence that gives its people
// a show still to come names the show it, and the sentences after it, are
// about: "A plays C" that follows is a part in T.

// starInNewsMask holds starInVerbs: a sentence with none of them is not read.
var starInNewsMask = wordMask("star", "stars", "co-star", "co-stars", "appear", "cast", "lead", "headline")

// starInVerbs take "in" and the show the person is to be seen in.
var starInVerbs = set(`star stars co-star co-stars appear cast lead headline`)

// starInBefore are the words before the verb that make it a work to come
// or under way: "will star", "is set to star", "has been cast", "stars".
var starInBefore = set(`will to is are been be also`)

// clauseStarInTitle returns T of "A will star in T", "A is set to star
// alongside B in T", "A has been cast in T", "A and B star in T": the title
// after the first "in" of the verb's clause, when the title ends the
// clause; or "". Only in an article with a show: the sentence moves the
// text from it to T.
func (x *extractor) clauseStarInTitle() string {
	if x.show == "" || !x.sentHasAnyWord(starInNewsMask) {
		return "" // an article with no show of its own carries none
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !starInNewsMask.holds(&t[k]) || !starInVerbsIDs.has(t[k].id) || t[k].cap || x.inBr[k] {
			continue
		}
		if !starInBeforeIDs.has(t[k-1].id) && (t[k].low != "star" && t[k].low != "stars" || x.personBefore(k) >= k) {
			continue // not "was cast in T2", "the star in": an earlier work, a noun; "A and B star in T"
		}
		// the first "in" of the clause: past "alongside B and C"
		m := k + 1
		for ; m < len(t) && m < k+12 && t[m].low != "in"; m++ {
			if l := t[m].text; l == "." || l == ";" || l == ":" || l == "(" || t[m].low == "as" || t[m].low == "who" || t[m].low == "which" {
				m = len(t)
			}
		}
		if m+1 >= len(t) || t[m].low != "in" || x.earlierWork(k) {
			return ""
		}
		at := m + 1
		if l := x.tok(at).low; l == "the" && x.tok(at+1).has(cGenreNouns) && !x.tok(at+1).cap {
			return "" // "in the film T": the genre-noun reading's
		}
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss {
			return ""
		}
		if c := x.tok(e); e < len(t) && c.text != "," && c.text != "." && !isQuote(c.text) && c.low != "and" {
			return "" // the title ends its clause
		}
		if x.tok(at).has(cDateWords) && (e == at+1 || x.tok(at+1).kind == tNum) {
			return "" // "in May", "in December 2020": a date
		}
		ti := unquote(x.span(at, e))
		if x.coStarTitle(ti) && !notTitle(ti) && x.tok(at).kind != tNum && !seasonOnly(ti) &&
			!(x.personShaped(at, e) && x.startsName(at)) && x.resolve(ti) == ti {
			return ti
		}
		return ""
	}
	return ""
}
