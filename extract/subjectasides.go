package extract

// Asides between a sentence's opening title and its verb.

// pastFromAside reads an aside at a on where the title before it comes
// from, "T2, from writer X, stars Y", "T, from the makers of U, follows":
// it returns the index after the aside's closing comma and true, or a and
// false where there is none.
func (x *extractor) pastFromAside(a int) (int, bool) {
	if x.tok(a).text != "," || x.tok(a+1).low != "from" {
		return a, false
	}
	for m := a + 2; m < len(x.toks) && m < a+14; m++ {
		if t := x.toks[m].text; t == "," {
			return m + 1, true
		} else if x.toks[m].kind == tPunct && t != "’" && t != "'" {
			break
		}
	}
	return a, false
}
