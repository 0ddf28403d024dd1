package extract

// kinOfAt reports whether the "de" or "di" at k follows an article and a
// noun in lower case (the last two of the n tokens kept from first) and
// comes before a capitalized word: "C, la hermana de D y E", "la madre di
// D". It reads as "of", so that the names after it are the people the
// noun is of, not more characters of a list.
func kinOfAt(toks []token, first, n, k int) bool {
	if n < first+2 || k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord {
		return false
	}
	noun, art := &toks[n-1], &toks[n-2]
	return noun.kind == tWord && !noun.cap && art.kind == tWord && !art.cap && (art.low == "the" || foreignArticlesIDs.get(art.id) == "the")
}
