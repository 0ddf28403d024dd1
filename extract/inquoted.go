package extract

// inDescribedQuoted reads a sentence that opens with "In", describing or
// genre words and a quoted title, then a comma: "In the upcoming ‘T’, X
// will speak for C", "In the new series “T”, X plays C". The title is the
// sentence's show. It returns the title, or "" (or, for another opening,
// describedSubjectTitle's).
func (x *extractor) inDescribedQuoted() string {
	t := x.toks
	if len(t) < 6 || t[0].low != "in" || t[1].low != "the" || t[1].cap {
		return x.describedSubjectTitle()
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

// describedSubjectTitle reads a sentence whose subject is a title after
// "The" and describing words, or after its maker's possessive, and that
// goes on to describe it: "The highly-anticipated ‘T’ is the sequel to
// U", "Abudu’s T is the story of a young journalist". The title is the
// sentence's show. It returns the title, or "".
func (x *extractor) describedSubjectTitle() string {
	t := x.toks
	if len(t) < 5 || !x.sentHasWord(bitIs) {
		return ""
	}
	at := 0
	if t[0].low == "the" {
		at = 1
		for at < 4 && t[at].kind == tWord && !t[at].cap {
			at++ // "highly-anticipated", "new"
		}
		if at == 1 || !isQuote(t[at].text) {
			return ""
		}
	} else if !t[0].cap || t[0].kind != tWord {
		return ""
	} else if pe := x.personAt(0); pe > 0 && pe+1 < len(t) && t[pe].kind == tPoss && x.titleStarts(pe+1) {
		at = pe + 1 // "Abudu’s T": its maker's
	} else {
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).low != "is" || !x.isADescription(e) {
		return ""
	}
	title := unquote(x.span(at, e))
	if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || x.personShaped(at, e) && x.startsName(at) {
		return ""
	}
	return title
}
