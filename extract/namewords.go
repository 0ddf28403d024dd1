package extract

// weekdaySurname reports whether the capitalized weekday at k is the last
// word of a name in a list of names: "Joy Sunday" in "Emma Myers, Joy
// Sunday, Naomi Ogawa". A given name stands before it, a comma or the
// list's start before that, and a comma or "and" after it; "announced
// Monday" and "on Sunday" stay dates.
func (x *extractor) weekdaySurname(k int) bool {
	if k < 2 || k+1 >= len(x.toks) {
		return false
	}
	t, first := &x.toks[k], &x.toks[k-1]
	if !t.cap || t.kind != tWord || !weekdays[t.low] || len(t.low) < 6 || !isName(first) || !nameStarts[first.low] {
		return false
	}
	if p := x.toks[k-2].text; p != "," && x.toks[k-2].low != "and" {
		return false
	}
	next := x.toks[k+1]
	if next.text != "," && next.low != "and" {
		return false
	}
	// the list goes on with a name after the comma or "and"
	m := k + 2
	if next.text == "," && m < len(x.toks) && x.toks[m].low == "and" {
		m++
	}
	return m < len(x.toks) && isName(&x.toks[m])
}
