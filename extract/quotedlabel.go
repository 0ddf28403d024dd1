package extract

// "plans to make a 'Glasgow Godfather' film", "a 'Succession'-style drama":
// a quotation between an indefinite article and a genre noun labels a work
// by what it is like; it is not the work's title, and the work has none yet.

// quotedLabel reports whether the quotation from k to e stands between "a"
// or "an" and a genre noun in lower case: "a 'T' film".
func (x *extractor) quotedLabel(k, e int) bool {
	if l := x.tok(k - 1).low; l != "a" && l != "an" {
		return false
	}
	w := x.tok(e)
	return w.has(cGenreNouns) && !w.cap
}
