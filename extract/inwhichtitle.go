package extract

// "the film T, in which she plays C, opposite X": a genre noun's title with
// a relative clause on a part in it is the show of its sentence, so the
// cast named in the clause goes to T, not to the article's show.

// inWhichTitle returns the title after a genre noun that ", in which" or
// ", where" follows, in a sentence with a playing or casting verb, the
// clause in the present or future ("in which she plays"); else "".
func (x *extractor) inWhichTitle() string {
	if !x.sentHas(cPlayVerbs|cCastVerbs) || !x.sentHasWord(bitWhich) && !x.sentHasWord(bitWhere) {
		return ""
	}
	t := x.toks
	for k := 0; k+3 < len(t); k++ {
		if !t[k].has(cGenreNouns) || t[k].cap || x.inBr[k] || !x.titleStarts(k+1) {
			continue
		}
		e := x.titleAt(k+1, false)
		if e <= k+1 || x.tok(e).text != "," {
			continue
		}
		if l := x.tok(e + 1).low; !(l == "in" && x.tok(e+2).low == "which" || l == "where") {
			continue
		}
		if !x.presentPartAfter(e + 2) {
			continue // "rival serial T, where he played C": an earlier work
		}
		title := unquote(x.span(k+1, e))
		if title == "" || x.refusedTitle(title, k+1, e) {
			continue
		}
		return title
	}
	return ""
}

// presentPartWords say in the present or future that someone has a part:
// "in which she plays", "where he will star".
var presentPartWords = set(`plays play stars star portrays portray voices voice will is are`)

// presentPartAfter reports whether one of presentPartWords comes in the
// four words from k, before a comma.
func (x *extractor) presentPartAfter(k int) bool {
	for m := k; m < k+4; m++ {
		w := x.tok(m)
		if w.text == "," {
			return false
		}
		if presentPartWordsIDs.has(w.id) && !w.cap {
			return true
		}
	}
	return false
}
