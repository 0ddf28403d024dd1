package extract

// pastWhichAside reads past a relative clause on a title that opens the
// sentence, from a, the token after the title: "T, which X will both write
// and star in, centres around Alfie" reads on at "centres". It returns the
// index after the clause's closing comma, or a when no such clause is
// there.
func (x *extractor) pastWhichAside(a int) int {
	if x.tok(a).text != "," || x.tok(a+1).low != "which" && x.tok(a+1).low != "that" {
		return a
	}
	for m := a + 2; m < len(x.toks) && m < a+18; m++ {
		switch t := x.tok(m); {
		case t.text == ",":
			if m+1 < len(x.toks) && x.toks[m+1].kind == tWord && !x.toks[m+1].cap {
				return m + 1
			}
			return a
		case t.kind == tPunct && t.text != "-" && !isQuote(t.text):
			return a
		}
	}
	return a
}
