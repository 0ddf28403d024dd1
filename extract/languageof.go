package extract

// "of" after a genre noun in Spanish, Portuguese, Italian, French, German
// and Dutch: before a person's full name it is "by" ("la comedy di Chuck
// Lorre", "una novela de Agatha Christie": "the comedy by X"); before a
// network or "TV" and a title, the network goes before the genre noun ("la
// telenovela de Telemundo La doña", "a série de TV T": "the Telemundo
// telenovela La doña", "the TV series T"), so that the title after it is
// the genre noun's. A German noun read as the English one ("die neue Serie
// von X": "the new series by X") keeps its capital and is read so too.

import "strings"

// genreOfAt is, for the word of foreignMakerBy at k after a genre noun in
// lower case (the last of the n tokens kept from first), 1 where a
// person's name of two capitalized words or more follows, 2 where a
// network or "TV" and a capitalized word follow, else 0.
func genreOfAt(toks []token, first, n, k int) int {
	if n == first || k+2 >= len(toks) || !foreignMakerByIDs.has(toks[k].id) {
		return 0
	}
	g, a, b := &toks[n-1], &toks[k+1], &toks[k+2]
	if g.kind != tWord || g.cap && strings.EqualFold(g.text, g.low) || !g.has(cGenreNouns) || a.kind != tWord || !a.cap || b.kind != tWord || !b.cap {
		return 0
	}
	if a.has(cNetworks) || a.low == "tv" {
		if b.has(cNetworks) {
			return 0
		}
		return 2
	}
	if isName(a) && isName(b) && (a.has(cNameStart) || k+3 >= len(toks) || toks[k+3].kind != tWord || !toks[k+3].cap) {
		return 1
	}
	return 0
}
