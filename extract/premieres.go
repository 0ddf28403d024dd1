package extract

import "strings"

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
		for at < len(t) && at < k+12 && !t[at].cap && (t[at].has(cGenreNouns|cFormatWords) || titleAdjectivesIDs.has(t[at].id) || t[at].has(cDescribe)) {
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

// lastNamedShow is what "The film" in the next sentence means after a
// sentence about title: the article's show where the sentence names it
// after title ("Her movie T2 holds the record ..., and now she has
// dazzled with the movie ‘T’"), else title.
func (x *extractor) lastNamedShow(title string) string {
	if x.show == "" || x.skey(title) == x.showKey || x.s == nil || strings.Contains(title, x.show) || strings.Contains(x.show, title) {
		return title // not "T: Riverside, a spin-off of T"
	}
	if i, j := strings.Index(x.s.text, title), strings.LastIndex(x.s.text, x.show); i >= 0 && j > i+len(title) &&
		!strings.HasSuffix(strings.TrimRight(x.s.text[:j], " '‘“\""), " of") { // not "a remake of T"
		return x.show
	}
	return title
}
