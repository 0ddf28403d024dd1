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
	if e < len(x.toks) && x.toks[e].text == "(" {
		e = x.shortBracketEnd(e) // "in the new drama, T (working title), to be directed by"
	}
	return e == len(x.toks) || e == len(x.toks)-1 && (x.toks[e].text == "." || x.toks[e].text == "!") || e < len(x.toks) && x.toks[e].text == ","
}

// shortBracketEnd returns the index after the ")" that closes the bracket opening
// at i, when it closes within six words and holds no other bracket, or i.
func (x *extractor) shortBracketEnd(i int) int {
	t := x.toks
	for k := i + 1; k < len(t) && k <= i+7; k++ {
		switch t[k].text {
		case ")":
			return k + 1
		case "(":
			return i
		}
	}
	return i
}

// describedSubjectTitle reads a sentence whose subject is a title after
// "The" and describing words, or after its maker's possessive, and that
// goes on to describe it: "The highly-anticipated ‘T’ is the sequel to
// U", "Abudu’s T is the story of a young journalist". The title is the
// sentence's show. It returns the title, or "".
func (x *extractor) describedSubjectTitle() string {
	t := x.toks
	if len(t) < 5 {
		return ""
	}
	at := 0
	if title := x.headlinedTitle(); title != "" {
		return title
	}
	if !x.sentHasWord(bitIs) {
		return ""
	}
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
	} else if !x.sentHasKind(tPoss) {
		return "" // no possessive: no maker's title
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

// headlinedWords lead a quoted title that a person heads, or that a
// roundup moves on to: "X headlines “T,” a ... series", "The adrenaline
// continues with “T,” which ...".
var headlinedWords = wordMask("headlines", "toplines", "top-bills", "topbills", "fronts", "continues")

// headlinedTitle reads a roundup's sentence in which a person heads a
// quoted title, or the roundup moves on to one: "Kapuso star X headlines
// “T,” a pulse-pounding action series", "The adrenaline continues with
// “T,” which marks the first pairing of A and B". The title is the
// sentence's show. It returns the title, or "".
func (x *extractor) headlinedTitle() string {
	if !x.sentHasAnyWord(headlinedWords) {
		return ""
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		at := k + 1
		switch l := t[k].low; {
		case t[k].cap:
			continue
		case l == "continues" && t[k+1].low == "with":
			at = k + 2
		case l == "headlines" || l == "toplines" || l == "top-bills" || l == "topbills" || l == "fronts":
			if x.personBefore(k) >= k {
				continue // "Netflix headlines": no person heads it
			}
		default:
			continue
		}
		if !isQuote(x.tok(at).text) {
			return ""
		}
		e := x.titleAt(at, false)
		if e <= at+1 || !x.closeQuote(e-1) && !(x.tok(e).text == "," && x.closeQuote(e+1)) {
			return ""
		}
		if n := x.tok(e); e < len(t) && n.kind != tPunct && !x.closeQuote(e) && x.tok(e-2).text != "," {
			return "" // not "“T” star X"; "“T,” a drama": the comma inside the quotes
		}
		title := unquote(x.span(at, e))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" {
			return ""
		}
		return title
	}
	return ""
}
