package extract

// A title before an appositive that names its franchise: "‘T2’, the new Star
// Wars series", "T2, the upcoming Marvel film". The title inside the
// appositive is the franchise the work belongs to; the work is the title
// before the comma.

// franchiseApposed returns the title before the comma that opens the
// appositive whose "new", "upcoming" or "the" is at k: "‘T2’, the new T
// series" gives T2; else "".
func (x *extractor) franchiseApposed(k int) string {
	p := k - 1
	if l := x.tok(p).low; (l == "the" || l == "a" || l == "an" || l == "its") && p < k {
		p--
	}
	if x.tok(p).text != "," || p < 1 {
		return ""
	}
	st, e := x.titleBeforeComma(p)
	return x.titleOfSpan(st, e)
}
