package extract

// Quoted titles in lower case ("iDOL", "what lies within"): only where a
// word that names a title stands before the quote.

// namedLowerTitle reports whether the quote at i, its first word in lower
// case, follows a word that names a title: "the teleserye entitled
// “iDOL”", "a film titled ‘what lies within’", "The title of the movie is
// ‘what lies within’". Elsewhere words in lower case in quotes are a
// quotation, not a title ("so-called ‘spycops’").
func (x *extractor) namedLowerTitle(i int) bool {
	w := x.tok(i + 1)
	if w.kind != tWord || w.cap {
		return false
	}
	switch p := x.tok(i - 1).low; p {
	case "titled", "entitled":
		return true
	case "is", "was":
		for k := i - 2; k >= 0 && k > i-6; k-- {
			if x.toks[k].low == "title" && (x.toks[k+1].low == "of" || k+1 == i-1) {
				return true // "The title of the movie is ‘T’", "Its title is ‘T’"; not "the title role is ‘a dream’"
			}
		}
	}
	return false
}
