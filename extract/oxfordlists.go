package extract

// "roles in Tom and Jerry, Owo Blow, Final Cup, and Harbor": a list that
// closes with ", and" keeps the "and" inside its first item's title.

// oxfordListHead reports whether the first item of a title list, read
// through "and" to e, is followed by a comma, a capitalized item, and a
// later ", and" before the sentence ends: the list's own "and" has its
// comma, so the first "and" is the title's.
func (x *extractor) oxfordListHead(e int) bool {
	if x.tok(e).text != "," || !x.tok(e+1).cap {
		return false
	}
	commas := 0
	for m := e + 1; m < len(x.toks) && m < e+40; m++ {
		switch t := &x.toks[m]; {
		case t.text == ",":
			commas++
			if x.tok(m+1).low == "and" && !x.tok(m+1).cap {
				return commas >= 1 && x.tok(m+2).cap
			}
		case t.kind == tPunct && t.text != "'" && t.text != "’" && t.text != "-":
			return false
		}
	}
	return false
}
