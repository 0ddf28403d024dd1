package extract

// Korean family names that are also English function words ("So Ji-sub",
// "An Bo-hyun", "No Min-woo"): the stop list keeps them out of names, so
// they are read only before a given name of a Korean shape.

// familyStopWords are Korean family names the stop list holds.
var familyStopWords = set(`so an no`)

// commonFamilies are the family names most Korean names start with: "So
// Kim Ji Won" is no name that starts with "So".
var commonFamilies = set(`kim lee park choi jung jeong kang cho jo yoon jang lim han oh seo shin kwon hwang song`)

// familyWordAt reports whether the capitalized stop word at k is a Korean
// family name: one of familyStopWords before a hyphenated given name of two
// short syllables ("So Ji-sub", "An Bo-Hyun"), or before two short
// capitalized syllables with no capitalized word after them ("So Ji Sub,").
// "So Kim said" and "No Way Home" stay out: the next word has no Korean
// given name's shape.
func (x *extractor) familyWordAt(k int) bool {
	if k < 0 || k+1 >= len(x.toks) {
		return false
	}
	t := &x.toks[k]
	if !t.cap || t.kind != tWord || len(t.low) != 2 || !t.has(cStopWords) || !familyStopWords[t.low] || x.isUsed(k+1) {
		return false
	}
	n := &x.toks[k+1]
	if n.kind != tWord || !n.cap || !isName(n) {
		return false
	}
	if koreanGiven(n.text) {
		return true
	}
	if len(n.low) > 5 || commonFamilies[n.low] || k+2 >= len(x.toks) {
		return false
	}
	m := &x.toks[k+2]
	if m.kind != tWord || !m.cap || !isName(m) || len(m.low) > 5 || len(n.low)+len(m.low) > 9 {
		return false
	}
	after := x.tok(k + 3)
	return !(after.kind == tWord && after.cap)
}

// koreanGiven reports whether w has the shape of a hyphenated Korean given
// name: a capital, one to five small letters, a hyphen, then two to six
// letters ("Ji-sub", "Bo-ryeong"), and no other characters.
func koreanGiven(w string) bool {
	h := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '-':
			if h >= 0 {
				return false
			}
			h = i
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			if i != 0 && i != h+1 {
				return false
			}
		default:
			return false
		}
	}
	return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && h >= 2 && h <= 6 && len(w)-h-1 >= 2 && len(w)-h-1 <= 6
}
