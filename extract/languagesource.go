package extract

// A source work's author in Spanish, Portuguese, Italian, French, German
// and Dutch: "il manga di X", "dai volumi di X", "del Manga de X, T", "del
// manga T, de X" read as "the manga by X", "the books by X", "the manga T,
// by X", so that the source rule credits X as the original author of the
// sentence's show, as it does in English copy.

// foreignSourceNouns are nouns of a source work read as the English one
// (foreignNouns): "i volumi", "il romanzo", "le roman", "el cómic".
var foreignSourceNouns = map[string]string{
	"volumi": "books", "libri": "books", "libro": "book", "libros": "books", "livro": "book", "livros": "books",
	"romanzo": "novel", "romanzi": "novels", "roman": "novel", "romans": "novels",
	"fumetto": "comic", "fumetti": "comics", "cómic": "comic", "cómics": "comics", "historieta": "comic",
}

// sourceByAt reports whether the word of foreignMakerBy at k ("de", "di",
// "von", "van") stands for "by" after a source noun: right after one in
// lower case ("il manga di X"; "Manga" in capitals after a word in lower
// case, which is then read in lower case: "del Manga de X"), or after a
// comma that closes a title the noun opens ("del manga T, de X"); a full
// name of two capitalized words follows. n-1 is the last token kept from
// first.
func sourceByAt(toks []token, first, n, k int) bool {
	if n <= first+1 || k+2 >= len(toks) || !foreignMakerByIDs.has(toks[k].id) {
		return false
	}
	a, b := &toks[k+1], &toks[k+2]
	if a.kind != tWord || !a.cap || !isName(a) || b.kind != tWord || !b.cap || !isName(b) {
		return false
	}
	g := &toks[n-1]
	if g.kind == tWord && g.has(cSourceNouns) {
		if !g.cap {
			return true
		}
		if p := &toks[n-2]; p.kind == tWord && !p.cap && (foreignOfIDs.has(p.id) || foreignArticlesIDs.get(p.id) != "") {
			g.cap = false // "del Manga de X": the noun, no title
			g.flags &^= fName | fChar
			return true
		}
		return false
	}
	if g.text != "," {
		return false
	}
	for m := n - 2; m > first && m >= n-9; m-- {
		t := &toks[m]
		if t.kind == tPunct {
			return false
		}
		if t.kind == tWord && !t.cap && t.has(cSourceNouns) {
			return m+1 < n-1 && toks[m+1].cap // "del manga Hakumei to Mikochi, de X"
		}
	}
	return false
}
