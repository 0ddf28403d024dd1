package extract

// "T that starred superstar X", "T, which features actors X and Y": the
// verb of a relative clause before a list, past the performer's nouns
// that open it.

// verbBeforeNouns is the token before the list at start, past up to two
// performer's nouns in lower case before it: the "starred" of "that
// starred superstar X".
func (x *extractor) verbBeforeNouns(start int) int {
	v := start - 1
	for v > start-3 && x.tok(v).has(cPrefixNouns) && !x.tok(v).cap {
		v--
	}
	return v
}
