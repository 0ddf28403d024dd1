package extract

// Items of a list of titles that each open with their kind, without an
// article: "was in political comedy T1, dystopian thriller T2, biopic T3
// and period dramas T4 and T5".

import "strings"

// genreItemAt reports whether an item of a title list starts at k with
// one to three lower-case words, the last a genre noun ("biopic", "war
// film", "science fiction series", "period dramas"), then a title.
func (x *extractor) genreItemAt(k int) bool {
	m := k
	for ; m < k+4 && x.tok(m).kind == tWord && !x.tok(m).cap; m++ {
		if t := x.tok(m); t.has(cStopWords) && !titleAdjectivesIDs.has(t.id) && !t.has(cGenreNouns) {
			return false // ", which stars X": a clause, no item
		}
	}
	if m == k {
		return false
	}
	g := x.tok(m - 1)
	return (g.has(cGenreNouns) || genreNouns[strings.TrimSuffix(g.low, "s")]) && x.titleStarts(m) && x.titleAt(m, false) > m
}

// pastGenreWords returns the index past the lower-case words that open a
// genre item at k (genreItemAt).
func (x *extractor) pastGenreWords(k int) int {
	for m := k; m < k+4 && x.tok(m).kind == tWord && !x.tok(m).cap; m++ {
		k = m + 1
	}
	return k
}
