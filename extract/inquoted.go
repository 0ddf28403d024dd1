package extract

// inDescribedQuoted reads a sentence that opens with "In", describing or
// genre words and a quoted title, then a comma: "In the upcoming ‘T’, X
// will speak for C", "In the new series “T”, X plays C". The title is the
// sentence's show. It returns the title, or "".
func (x *extractor) inDescribedQuoted() string {
	t := x.toks
	if len(t) < 6 || t[0].low != "in" || t[1].low != "the" || t[1].cap {
		return ""
	}
	at := 2
	for at < 5 && t[at].kind == tWord && !t[at].cap {
		at++ // "upcoming", "new series", "much-awaited sequel"
	}
	if at == 2 || !isQuote(t[at].text) {
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at+1 || e >= len(t) || t[e].text != "," || !x.subjectTitle(at, e) {
		return ""
	}
	return x.span(at, e)
}

// commaTitleEnds reports whether a title starts at i, after a genre noun
// and a comma, and ends the sentence or its clause: "in the new series, T."
// (not "joined the series, Netflix announced").
func (x *extractor) commaTitleEnds(i int) bool {
	if !x.titleStarts(i) || x.tok(i-2).cap {
		return false
	}
	e := x.titleAt(i, false)
	if e <= i || x.isNetwork(x.span(i, e)) || x.personShaped(i, e) && x.startsName(i) {
		return false
	}
	return e == len(x.toks) || e == len(x.toks)-1 && (x.toks[e].text == "." || x.toks[e].text == "!") || x.toks[e].text == ","
}
