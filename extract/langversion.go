package extract

// "X voices C in the Hindi version": a dub's language, then "version" or
// "dub", names no show but the sentence's show in another language, or
// the title after "of": "in the Tamil dub of T".

// versionWords name a show's version in another language.
var versionWords = set(`version versions dub dubs dubbing`)

// languageVersionEnd is the token after "version" or "dub" when the words
// from te on, after a describing word at te-1, are "version", "dub", or
// "and Telugu versions"; else 0.
func (x *extractor) languageVersionEnd(te int) int {
	for m := te; m < len(x.toks) && m < te+4; m++ {
		t := x.tok(m)
		if versionWordsIDs.has(t.id) && !t.cap {
			return m + 1
		}
		if !(t.low == "and" || t.low == "or" || t.text == "," || t.has(cDescribe)) {
			return 0
		}
	}
	return 0
}

// versionOfTitle is the title after "of" at v, "the Tamil dub of T", or
// the sentence's show.
func (x *extractor) versionOfTitle(v int) string {
	if x.tok(v).low == "of" && x.titleStarts(v+1) {
		if e := x.titleAt(v+1, false); e > v+1 && !x.isNetwork(x.span(v+1, e)) {
			return unquote(x.span(v+1, e))
		}
	}
	return x.sshow
}

// voicesOf reports whether the "of" at k closes "the voices of", "the voice
// talents of" or "the vocal talents of": "The film features the voices of A
// and B" lists its voice cast.
func (x *extractor) voicesOf(k int) bool {
	m := k - 1
	if l := x.tok(m).low; (l == "talents" || l == "talent") && (x.tok(m-1).low == "voice" || x.tok(m-1).low == "vocal") {
		m--
	} else if l != "voices" {
		return false
	}
	return x.tok(m-1).low == "the" && !x.tok(m).cap
}
