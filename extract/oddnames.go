package extract

// A list of names goes on past a name whose first word is also a common
// word: "Yuki Kaji, Megumi Han, Show Hayami, Rie Takahashi and Ayaka Ohashi
// will also appear".

// parseItemOrOdd is parseItem at j, or, inside a list of have items or
// more, two capitalized words between commas whose next item parses: a
// name the item reader did not take for one.
func (x *extractor) parseItemOrOdd(j, have int) (item, bool) {
	if it, ok := x.parseItem(j); ok || have < 2 {
		return it, ok
	}
	a, b := x.tok(j), x.tok(j+1)
	if !a.cap || !b.cap || a.kind != tWord || b.kind != tWord || b.has(cStopWords|cNetworks|cGenreNouns) || x.tok(j+2).text != "," {
		return item{}, false
	}
	n := j + 3
	if x.tok(n).low == "and" {
		n++
	}
	if _, ok := x.parseItem(n); !ok || x.personAt(n) < n+2 {
		return item{}, false
	}
	if x.isShow(x.span(j, j+2)) || x.isNetwork(x.span(j, j+2)) {
		return item{}, false // a title the article names, no name
	}
	return item{start: j, pstart: j, pend: j + 2, end: j + 2, br: -1}, true
}

// groupIntroNouns name a group of performers that the rest of a cast list
// is introduced by: "as well as new talent in D and E", "and fresh faces
// like F".
var groupIntroNouns = set(`talent faces names newcomers additions`)

// groupIntroBits are groupIntroNouns' word bits (mayHold).
var groupIntroBits = setMask(groupIntroNouns)

// isGroupIntroNoun reports whether t's lower case is one of groupIntroNouns:
// its bit is asked first.
func isGroupIntroNoun(t *token) bool {
	return groupIntroNounsIDs.has(t.id)
}

// pastGroupIntro returns where the names start after a group noun and "in",
// "like" or "such as" at j ("new talent in D", "fresh faces like E",
// "newcomers such as F"), or j.
func (x *extractor) pastGroupIntro(j int) int {
	m := j
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cCastVerbs|cAuxWords) && !isGroupIntroNoun(x.tok(m)); q++ {
		m++ // "new", "fresh"
	}
	if t := x.tok(m); t.cap || !isGroupIntroNoun(t) {
		return j
	}
	switch l := x.tok(m + 1).low; {
	case (l == "in" || l == "like") && x.startsName(m+2):
		return m + 2
	case l == "such" && x.tok(m+2).low == "as" && x.startsName(m+3):
		return m + 3
	}
	return j
}
