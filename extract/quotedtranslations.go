package extract

// A title and its translation in brackets, the two inside one pair of
// quotes: "It’s ‘Sang Rawi (Red Hills)’.", "the series “Kota Lama (Old
// Town)” returns": the bracket translates the title, so the words before
// it are no person and the bracket no show.

// quotedTranslation reports whether the bracket from k to c closes right
// before a quote mark, and the capitalized words before it run back to an
// opening quote mark.
func (x *extractor) quotedTranslation(k, c int) bool {
	if c+1 >= len(x.toks) || !isQuote(x.toks[c+1].text) || k < 2 {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-7; m-- {
		t := &x.toks[m]
		if isQuote(t.text) {
			return m < k-1 && x.toks[m+1].cap
		}
		if t.kind != tWord && t.kind != tNum && t.kind != tPoss && t.text != "-" && t.text != ":" {
			return false
		}
	}
	return false
}
