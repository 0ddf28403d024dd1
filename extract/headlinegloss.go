package extract

// A headline that opens with a title and its translation in brackets.

import "strings"

// glossHeadline reads a headline that opens with a title and its
// translation in brackets before a colon, a dash or a headline's verb:
// "Kalbin Yolu (The Road of the Heart): X and Y lead the cast", "Kalbin
// Yolu (The Road of the Heart) adds X". The bracket holds two words or
// more, no number, network, genre noun or place ("(Netflix film)", "(2024)",
// "(Istanbul)"). It returns the title as the headline writes it first, or
// "".
func (x *extractor) glossHeadline() string {
	t, n := x.toks, len(x.toks)
	if !x.s.head || n < 6 {
		return ""
	}
	e := x.titleAt(0, false)
	if e <= 0 || e+3 >= n || t[e].text != "(" || !x.titleStarts(e+1) {
		return ""
	}
	r := e + 1
	for r < n && r < e+14 && t[r].text != ")" {
		if w := &t[r]; w.kind == tNum || w.has(cNetworks|cGenreNouns|cFormatWords) || isSeasonWord(w.low) {
			return "" // "(Netflix film)", "(Season 2)": no translation
		}
		r++
	}
	if r >= n-1 || t[r].text != ")" || r-(e+1) < 2 {
		return ""
	}
	if nx := &t[r+1]; nx.text != ":" && !isDash(nx.text) && !headlineVerbs[nx.low] && !nx.has(cCastVerbs) {
		return ""
	}
	title, gloss := unquote(x.span(0, e)), unquote(x.span(e+1, r))
	if x.isNetwork(title) || describes(title) || notTitle(title) || x.personShaped(0, e) && x.startsName(0) || x.knownPerson(title) != "" ||
		x.knownPerson(gloss) != "" || placeWords[strings.ToLower(gloss)] {
		return ""
	}
	return title
}
