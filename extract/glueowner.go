package extract

// makerAfterGlue reports whether the glue word "from" at j is followed by
// a run of capitals that ends in a possessive: "original drama Adulting
// from South Africa’s Tshedza Pictures". The possessive names where the
// show comes from, a maker or a company, not the rest of its title, so the
// title ends before "from". ("Attack on Titan’s Conny Springer" is a
// title's possessive: only "from" is read so.)
func (x *extractor) makerAfterGlue(j int) bool {
	t := x.toks
	if t[j].low != "from" {
		return false
	}
	m := j + 1
	for m < len(t) && m < j+5 && t[m].cap && t[m].kind == tWord {
		m++
	}
	return m > j+1 && m < len(t) && t[m].kind == tPoss
}
