package extract

// "“T” is a Korean drama adaptation of the Chinese novel “T2”", "T, an
// adaptation of A's novel T2,": the adaptation is T, the title the sentence
// says it of; T2 is its source.

// adaptationSubject returns the title that "is a ... adaptation" or ", an
// ... adaptation" at k is said of: "“T” is a Korean drama adaptation of";
// else "".
func (x *extractor) adaptationSubject(k int) string {
	j := k - 1
	for j > 0 && j > k-5 && x.tok(j).kind == tWord && x.tok(j).low != "a" && x.tok(j).low != "an" {
		j--
	}
	if l := x.tok(j).low; l != "a" && l != "an" || j < 2 {
		return ""
	}
	j--
	if l := x.tok(j).text; l != "is" && l != "was" && l != "," {
		return ""
	}
	st, e := x.titleBeforeComma(j)
	if x.tok(j).text != "," && x.closeQuote(j-1) {
		st, e = j, j-1 // "“T” is": the quotation before the verb
		for o := e - 1; o >= 0 && o > e-14; o-- {
			if isQuote(x.toks[o].text) {
				st = o + 1
				break
			}
		}
	}
	return x.titleOfSpan(st, e)
}
