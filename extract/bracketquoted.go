package extract

// A bracket part that describes a person's earlier work in words and then
// names it in quotes: "(Hollywood experience with “T”)",
// "(Hollywood-Erfahrung mit «T»)", "(vu dans la série «T»)": the title is
// the quoted words, not the part from its first capital.

// quotedTitleIn narrows the bracket part p to the quoted title after a word
// in lower case, where p has no character and opens with no quote, then
// reads a possessive after a quoted title (quotedTitlePoss).
func (x *extractor) quotedTitleIn(p *part) {
	if p.char == "" && p.i < p.j && !isQuote(x.toks[p.i].text) {
		for m := p.i + 1; m+1 < p.j && m < p.i+8; m++ {
			if t := x.toks[m]; t.kind == tPunct && (t.text == "“" || t.text == "\"") && x.toks[m-1].kind == tWord && !x.toks[m-1].cap {
				for q := m + 2; q < p.j; q++ {
					if x.closeQuote(q) {
						p.i, p.j = m, q+1
						break
					}
				}
				break
			}
		}
	}
	x.quotedTitlePoss(p)
}
