package extract

// storyVerbs tell what a show is about, after its title opens a sentence:
// "The three-part T follows the story of".
var storyVerbs = set(`follows centres centers chronicles tells explores depicts stars`)

// describedOpening reads an opening sentence whose title comes after "The"
// and describing words in lower case, then a verb of its story: "The
// three-part Granite Harbour follows the story of a recruit". It returns
// the title, or "".
func (x *extractor) describedOpening() string {
	t := x.toks
	st := x.introEnd()
	if x.tok(st).low != "the" || !x.tok(st).cap && st > 0 {
		return ""
	}
	at := st + 1
	for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && (titleAdjectivesIDs.has(x.tok(at).id) || describesWord(x.tok(at).low) || hyphenCount(x.tok(at).low)); q++ {
		at++ // "three-part", "new", "upcoming"
	}
	if at == st+1 || !x.titleStarts(at) || at >= len(t) {
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at || !storyVerbsIDs.has(x.tok(e).id) || x.tok(e).cap {
		return ""
	}
	title := unquote(x.span(at, e))
	if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(at, e) && x.startsName(at) {
		return ""
	}
	return title
}

// hyphenCount reports whether w counts a show's parts or episodes:
// "three-part", "six-episode", "10-part".
func hyphenCount(w string) bool {
	for _, suf := range [...]string{"-part", "-episode", "-parter"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// newKindOpening reads a sentence that names a new show by its kind and
// then its title after a comma: "Mzansi Magic has announced a new daily
// telenovela, Umkhokha Wethu." or "..., Umkhokha Wethu, which premieres in
// March". It returns the title, or "".
func (x *extractor) newKindOpening() string {
	if !x.sentHas(cGenreNouns) {
		return ""
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if t[k].text != "," || !t[k-1].has(cGenreNouns) || t[k-1].cap {
			continue
		}
		fresh := false
		m := k - 2
		for ; m >= 0 && m >= k-5 && t[m].kind == tWord && !t[m].cap && t[m].low != "a" && t[m].low != "its" && t[m].low != "their"; m-- {
			if l := t[m].low; l == "new" || l == "upcoming" || l == "latest" {
				fresh = true
			}
		}
		if !fresh || m < 0 || t[m].low != "a" && t[m].low != "its" && t[m].low != "their" {
			continue
		}
		e := x.titleAt(k+1, false)
		if e <= k+1 || !(e == len(t) || e == len(t)-1 && t[e].kind == tPunct || t[e].text == "," && (x.tok(e+1).low == "which" || x.tok(e+1).low == "starring")) {
			continue
		}
		title := unquote(x.span(k+1, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(k+1, e) && x.startsName(k+1) {
			continue
		}
		return title
	}
	return ""
}

// cleftTitle reads a sentence that puts a title in focus with "it was":
// "But it was Harbour Watch, which ran for fourteen series, that made him
// a household name." It returns the title, or "".
func (x *extractor) cleftTitle() string {
	st := x.introEnd()
	if l := x.tok(st).low; l == "but" || l == "and" || l == "yet" {
		st++
	}
	if x.tok(st).low != "it" || x.tok(st+1).low != "was" && x.tok(st+1).low != "is" || !x.titleStarts(st+2) {
		return ""
	}
	e := x.titleAt(st+2, false)
	if e <= st+2 {
		return ""
	}
	that := x.tok(e).low == "that"
	for m := e + 1; !that && x.tok(e).text == "," && m < len(x.toks) && m < e+20; m++ {
		that = x.toks[m].low == "that" && x.toks[m-1].text == ","
	}
	title := unquote(x.span(st+2, e))
	if !that || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(st+2, e) && x.startsName(st+2) {
		return ""
	}
	return title
}
