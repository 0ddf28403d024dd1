package extract

// A dub or a remake is a version of a show: "X voiced Pumbaa in the Hindi
// version of Hollywood animated film ‘T’" credits the character in T.

// versionTitleAt reads, after a character's name at e, "in the L version
// of", an optional network or describing words, and a title: "in the
// Hindi version of Hollywood animated film ‘T’", "in the Tamil version of
// T". L is one capitalised word (a language). It returns where the title
// starts, or 0.
func (x *extractor) versionTitleAt(e int) int {
	if x.tok(e).low != "in" || x.tok(e+1).low != "the" || !x.tok(e+2).cap || x.tok(e+2).kind != tWord ||
		x.tok(e+3).low != "version" || x.tok(e+4).low != "of" {
		return 0
	}
	m := e + 5
	if x.tok(m).low == "the" && !x.tok(m).cap {
		m++
	}
	if x.titleStarts(m) && !x.tok(m).has(cNetworks) && !placeNamesIDs.has(x.tok(m).id) {
		return m // "the Hindi version of ‘T’"
	}
	if x.tok(m).cap && (x.tok(m).has(cNetworks) || placeNamesIDs.has(x.tok(m).id)) {
		m++ // "of Hollywood animated film ‘T’", "of Netflix's T"
		if x.tok(m).kind == tPoss {
			m++
		}
	}
	genre := false
	for q := 0; q < 4 && x.tok(m).kind == tWord && !x.tok(m).cap; q++ {
		genre = genre || x.tok(m).has(cGenreNouns)
		m++
	}
	if !genre || !x.titleStarts(m) {
		return 0
	}
	return m
}
