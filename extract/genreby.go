package extract

// "“T” is a comedy by X", "“T” is the new series from X", and so, read
// from other languages, "«T» è una comedy di X e Y", "“T” es la nueva
// serie de X", "„T“ ist die neue Serie von X": a quoted title, "is", an
// article, describing words and a genre noun before "by" make X the
// title's maker, as "the comedy “T” by X" does (titleby.go).

// genreIsBy is, for "by" at k, the index of "is" ("was") before "a", "an"
// or "the", describing words and a genre noun in lower case right before
// k, where a title's closing quote stands right before "is"; else 0.
func (x *extractor) genreIsBy(k int) int {
	t := x.toks
	j := k - 1
	if j < 3 || t[j].kind != tWord || t[j].cap || !t[j].has(cGenreNouns) {
		return 0
	}
	j--
	for q := 0; q < 2 && j > 0 && t[j].kind == tWord && !t[j].cap && (t[j].has(cDescribe) || t[j].low == "new" || t[j].low == "latest"); q++ {
		j--
	}
	if !genreByArticlesIDs.has(t[j].id) || j < 2 {
		return 0
	}
	if !genreByIsIDs.has(t[j-1].id) || !x.closeQuote(j-2) {
		return 0
	}
	return j - 1
}

// genreByArticles are the articles before the genre noun, of English and
// of the languages read as English ("una comedy", "la nueva serie", "die
// neue Serie").
var genreByArticles = set(`a an the una un uno la il el le une o um uma die eine ein het een`)

// genreByIs are "is" and "was", of English and the other languages.
var genreByIs = set(`is was è es est ist é era fue foi war`)

// comedyNouns are read as foreignNouns': the noun of a comedy, so that
// "es una comedia de X", "ist eine Komödie von X" read as "is a comedy by
// X".
var comedyNouns = map[string]string{"comedia": "comedy", "comédia": "comedy", "comédie": "comedy", "commedia": "comedy",
	"komödie": "comedy", "komedie": "comedy"}
