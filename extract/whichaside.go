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

// untitledAntecedent reports whether "by" at k, in "his next film, which
// will be directed by X", stands in a relative clause on a project with no
// title: X's credit is in no show the article names.
func (x *extractor) untitledAntecedent(k int) bool {
	for m := k - 1; m >= 2 && m >= k-7; m-- {
		if x.toks[m].low != "which" || x.toks[m-1].text != "," {
			continue
		}
		g := x.toks[m-2]
		if g.cap || !g.has(cGenreNouns) && g.low != "project" {
			return false
		}
		for q := m - 3; q >= 0 && q >= m-5; q-- {
			switch l := x.toks[q].low; {
			case x.toks[q].cap || x.toks[q].kind != tWord:
				return false // "T, which will be directed by X"; "the drama T, which"
			case l == "his" || l == "her" || l == "their" || l == "next" || l == "untitled":
				return true
			}
		}
		return false
	}
	return false
}
