package extract

// A bracket after a listed name that holds only a job off screen: the
// person is crew, not one of the list's cast.

// jobOnlyBracket reports whether the bracket opened at br holds a crew job
// and nothing else: "(executive producer)", "(director)", "(writer and
// director)", "(co-creator/showrunner)".
func (x *extractor) jobOnlyBracket(br int) bool {
	c := x.closeOf(br)
	if c <= br+1 || c > br+5 {
		return false
	}
	job := false
	for m := br + 1; m < c; m++ {
		t := x.tok(m)
		switch {
		case t.has(cJobNoun) && jobNouns[t.low] != "":
			job = true
		case t.low == "and" || t.text == "/" || t.text == "," || t.low == "co" || t.text == "-":
		default:
			return false
		}
	}
	return job
}
