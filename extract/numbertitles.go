package extract

// Titles that are a number alone ("24", "1987") inside a list of titles:
// "films like The Suspect, 1987, and The Witch", "(Homeland, Fearless, 24,
// ER)". A number alone is no title elsewhere: an age, a year, a count.

// listItemStart is where a title list's item that starts at i has its
// title: past a year and a genre noun (titlePrefix), unless the item after
// an earlier one is a number alone.
func (x *extractor) listItemStart(i int, later bool) int {
	if later && x.numberTitleItem(i) {
		return i
	}
	return x.titlePrefix(i)
}

// numberItemEnd is the end of the title at k, of the item that starts at
// i, whose title ends at e: past the number where the item is a number
// alone ("films like T1, T2, 1987, and T3").
func (x *extractor) numberItemEnd(i, k, e int, later bool) int {
	if e == k && k == i && later && x.numberTitleItem(k) {
		return k + 1
	}
	return e
}

// numberTitleItem reports whether the number at k is an item of a title
// list: digits alone, after a comma, and before a comma or "and" with
// another title after it.
func (x *extractor) numberTitleItem(k int) bool {
	t := x.tok(k)
	if t.kind != tNum || len(t.text) < 2 || len(t.text) > 4 || !allDigits(t.text) || x.tok(k-1).text != "," {
		return false
	}
	if len(t.text) == 4 && (t.text[:2] == "19" || t.text[:2] == "20") && !x.commaBefore(k-1) {
		return false // "T1, 2004, and T2": a year after the first title, in apposition
	}
	n := k + 1
	switch {
	case x.tok(n).text == "," && x.tok(n+1).low == "and":
		n += 2
	case x.tok(n).text == "," || x.tok(n).low == "and" && !x.tok(n).cap:
		n++
	default:
		return false
	}
	return x.tok(n).kind != tNum && x.titleStarts(n)
}

// commaBefore reports whether another comma stands in the eight tokens
// before the comma at c: a year-shaped number is a title only as the third
// item of a list or later ("films like T1, T2, 1987, and T3").
func (x *extractor) commaBefore(c int) bool {
	for m := c - 1; m > 0 && m >= c-8; m-- {
		if x.toks[m].text == "," {
			return true
		}
	}
	return false
}

// numberTitleIn reports whether show, a title with no letter, stands in
// the sentence as an item of a title list (numberTitleItem).
func (x *extractor) numberTitleIn(show string) bool {
	if len(show) < 2 || len(show) > 4 || !allDigits(show) {
		return false
	}
	for k := 1; k < len(x.toks); k++ {
		if x.toks[k].text == show && x.numberTitleItem(k) {
			return true
		}
	}
	return false
}
