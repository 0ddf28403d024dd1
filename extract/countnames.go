package extract

// countBefore reports whether the token before a capitalized word is a
// count or an ordinal in digits ("21 Laps", "20th Century", "3 Arts"): the
// two are a company's or a thing's name, and the word no person's. A year
// ("2019 Kim") is not, nor a day after its month ("On May 3rd X joined").
func (x *extractor) countBefore(k int) bool {
	t := x.tok(k)
	w := t.low
	if t.kind != tNum && t.kind != tWord || w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if m := x.tok(k - 1); m.cap && m.has(cMonth) {
		return false
	}
	switch w[n:] {
	case "":
		return n <= 3
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
