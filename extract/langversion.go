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
		if versionWords[t.low] && !t.cap {
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
