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
	for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && (titleAdjectives[x.tok(at).low] || describesWord(x.tok(at).low) || hyphenCount(x.tok(at).low)); q++ {
		at++ // "three-part", "new", "upcoming"
	}
	if at == st+1 || !x.titleStarts(at) || at >= len(t) {
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at || !storyVerbs[x.tok(e).low] || x.tok(e).cap {
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
