package extract

// A bracket after a name that holds a place and then a full date, "la
// Safroncik (Kiev, 4 gennaio 1981)", "Ana Selo (Lisbon, 20 July 1985)":
// where and when the person was born, no title. The date alone is read so
// already (datedBracket); the place before it was read as a title.

// birthBracket reports whether the bracket's parts are a place of one to
// three capitalized words and a date with a day, a month and a year.
func (x *extractor) birthBracket(parts []part) bool {
	if len(parts) != 2 || parts[0].poss || parts[0].j-parts[0].i < 1 || parts[0].j-parts[0].i > 3 || !x.datedBracket(parts[1].i, parts[1].j) {
		return false
	}
	for m := parts[0].i; m < parts[0].j; m++ {
		if t := x.tok(m); t.kind != tWord || !t.cap {
			return false // "(“Harbor”, 4 May 2020)": a quoted title and its date
		}
	}
	for m := parts[1].i; m < parts[1].j; m++ {
		if t := x.tok(m); t.kind == tNum && len(t.text) == 4 {
			return true // "4 gennaio 1981": the year of a birth
		}
	}
	return false
}
