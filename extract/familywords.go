package extract

// Korean family names that are also English function words ("So Ji-sub",
// "An Bo-hyun", "No Min-woo"): the stop list keeps them out of names, so
// they are read only before a given name of a Korean shape. A Korean given
// name written as one word ("Taerin" of "Kim Tae-rin") is the full name,
// alone or as a stage name in brackets.

import "strings"

// familyStopWords are Korean family names the stop list holds.
var familyStopWords = set(`so an no`)

// familyNameBits are the bits of koreanFamily and familyStopWords
// (mayHold): a word whose bit is clear is in neither.
var familyNameBits = unionMask(setMask(koreanFamily), setMask(familyStopWords))

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
	if !t.cap || t.kind != tWord || len(t.low) != 2 || !t.has(cStopWords) || !familyStopWordsIDs.has(t.id) || x.isUsed(k+1) {
		return false
	}
	n := &x.toks[k+1]
	if n.kind != tWord || !n.cap || !isName(n) {
		return false
	}
	if koreanGiven(n.text) {
		return true
	}
	if len(n.low) > 5 || commonFamiliesIDs.has(n.id) || k+2 >= len(x.toks) {
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

// joinedGivens adds to k's surnames the given name of each Korean name the
// article mentions written as one word, without its hyphen or space:
// "Taerin" for "Kim Tae-rin" or "Kim Tae Rin", as stage names and later
// mentions write it. A key the surnames hold already keeps its name; one
// two names share names no one.
func (x *extractor) joinedGivens(k *knowledge) {
	added := map[string]bool{}
	for _, m := range k.named {
		if !m.family {
			continue // no Korean family name first: joinedGiven's "" (familyFirst)
		}
		full := m.full
		joined := givenJoined(full)
		if joined == "" {
			continue
		}
		key := x.fold(joined)
		if prev, ok := k.surname.get(key); ok {
			if added[key] && x.fold(prev) != x.fold(full) {
				k.surname.set(key, "") // two names of the article
			}
			continue
		}
		k.surname.set(key, full)
		added[key] = true
	}
}

// joinedGiven returns the given name of full, a Korean name, written as
// one word ("Taerin" of "Kim Tae-rin" or "Kim Tae Rin"), or "".
func joinedGiven(full string) string {
	// the first word before the name is split: most names of an article
	// are no Korean one, and knowledge asks of each
	if !familyFirst(full) {
		return ""
	}
	return givenJoined(full)
}

// familyFirst reports whether the first field of full, in lower case, is
// a Korean family name (koreanFamily or familyStopWords).
func familyFirst(full string) bool {
	var buf [32]byte
	st, e := nextField(full, 0)
	w := lowerInto(buf[:0], full[st:e])
	return familyNameBits.mayHoldBytes(w) && (koreanFamily[string(w)] || familyStopWords[string(w)])
}

// givenJoined is joinedGiven of a name whose first field is a Korean
// family name (familyFirst).
func givenJoined(full string) string {
	// its two or three fields, as strings.Fields reads them
	var fs [3]string
	n := 0
	for i := 0; ; n++ {
		st, e := nextField(full, i)
		if st == len(full) {
			break
		}
		if n == len(fs) {
			return "" // four fields or more
		}
		fs[n], i = full[st:e], e
	}
	if n < 2 {
		return ""
	}
	f := fs[:n]
	switch {
	case len(f) == 2 && koreanGiven(f[1]):
		return strings.Replace(f[1], "-", "", 1)
	case len(f) == 3 && len(f[1]) <= 5 && len(f[2]) <= 5 && isCapitalized(f[1]) && isCapitalized(f[2]) && !strings.Contains(f[1]+f[2], "-"):
		return f[1] + f[2]
	}
	return ""
}

// ownStageName reports whether the bracket from k to c after the name
// from ps to j holds the same person's other name, no show: "Kim Tae-rin
// (Taerin)", "Taerin (Kim Tae-rin)", where one of the two is the other's
// given name written as one word, or "Lee Ji-eun (IU)", a name in capitals
// people are credited under.
func (x *extractor) ownStageName(ps, j, k, c int) bool {
	if c-k < 2 || c-k > 4 || !x.toks[k+1].cap {
		return false
	}
	if c == k+2 {
		w := &x.toks[k+1]
		if w.kind != tWord || j-ps < 2 {
			return false
		}
		if isUpperCase(w.text) && len(w.text) <= 4 && mononyms[w.low] && !x.isShow(w.text) && x.startsName(ps) {
			return true
		}
		g := joinedGiven(x.span(ps, j))
		return g != "" && strings.EqualFold(g, w.text)
	}
	g := joinedGiven(x.span(k+1, c))
	return j-ps == 1 && g != "" && strings.EqualFold(g, x.tok(ps).text)
}
