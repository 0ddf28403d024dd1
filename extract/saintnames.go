package extract

// Family names that open with "St." ("Kristoff St. John", "Jill St.
// Clair"): the abbreviation's full stop is inside the name.

// pastSaint returns, for a name that stops at the full stop at j after
// "St", where it ends past the words after the full stop; else j.
func (x *extractor) pastSaint(j int) int {
	if x.toks[j-1].text != "St" || x.toks[j].start != x.toks[j-1].end || !isName(&x.toks[j+1]) || x.isUsed(j+1) {
		return j
	}
	e := j + 2
	if e < len(x.toks) && isName(&x.toks[e]) && !x.isUsed(e) {
		e++ // "St. John Smythe"
	}
	return e
}

// saintBefore returns, for a name starting at i right after "St.", where
// it starts with the words before "St." ("Kristoff St. John"); else i.
func (x *extractor) saintBefore(i, j int) int {
	if x.toks[i-2].text != "St" || x.toks[i-1].start != x.toks[i-2].end || j-i > 2 || !isName(&x.toks[i-3]) || x.isUsed(i-3) {
		return i
	}
	s := i - 3
	if s > 0 && isName(&x.toks[s-1]) && !x.isUsed(s-1) && x.toks[s-1].cap {
		s-- // "Mary Ann St. Clair"
	}
	return s
}
