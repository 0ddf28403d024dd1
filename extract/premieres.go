package extract

// "The premiere of T took place in Lagos", "the movie premiere for actress
// X's “T”", "Stars turned out for the world premiere of T": a premiere's
// title is the article's show, past an owner's possessive.

// premiereTitle returns the title after "premiere of" or "premiere for"
// (or "screening of") in the sentence, past "the", an owner's name and
// possessive ("actress X's"), and a kind ("new film"); or "".
func (x *extractor) premiereTitle() string {
	t := x.toks
	for k := 0; k+2 < len(t); k++ {
		if l := t[k].low; l != "premiere" && l != "première" && l != "screening" || t[k+1].low != "of" && t[k+1].low != "for" {
			continue
		}
		at := k + 2
		if x.tok(at).low == "the" {
			at++
		}
		if !x.titleStarts(at) || !isQuote(t[at].text) {
			for m := at; m < len(t) && m < at+7; m++ {
				if t[m].kind == tPoss {
					if x.personBefore(m) < m || x.isNetwork(x.span(at, m)) {
						at = m + 1 // "actress X's “T”", "Netflix's T"
					}
					break
				}
				if t[m].kind == tPunct && !isQuote(t[m].text) {
					break
				}
			}
		}
		for at < len(t) && at < k+12 && !t[at].cap && (t[at].has(cGenreNouns|cFormatWords) || titleAdjectives[t[at].low] || t[at].has(cDescribe)) {
			at++ // "new film", "latest series"
		}
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			continue
		}
		title := unquote(x.span(at, e))
		if title == "" || x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(at, e) && x.startsName(at) || x.tok(e).kind == tPoss {
			continue
		}
		return title
	}
	return ""
}
