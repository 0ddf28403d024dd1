package extract

// "In T2, X played a nurse": a sentence that opens with "In", a title and a
// comma, then a person and a verb in the past, tells of the person's
// earlier work. T2 is the sentence's show, but not the show of the
// sentences after it: "In the new series, she will play C" and the next
// paragraph's credits stay with the show the text is about. And "In T, the
// new comedy from X, Y plays a chef": the title is T, not "In T".

// pastInVerbs are the past verbs of an earlier credit after "In T2, X".
var pastInVerbs = set(`played starred co-starred appeared acted portrayed voiced was had directed wrote produced guest-starred`)

// pastInShow reports whether the sentence's show, not the article's, is
// the title of an opening "In T2," after which a person or a pronoun and
// one of pastInVerbs follow.
func (x *extractor) pastInShow() bool {
	if x.show == "" || x.toks[0].low != "in" || x.fold(x.sshow) == x.fold(x.show) {
		return false
	}
	e := x.titleAt(1, false)
	if e <= 1 || x.tok(e).text != "," || x.fold(unquote(x.span(1, e))) != x.fold(x.sshow) {
		return false
	}
	v := e + 2 // "he", "she", "they"
	if l := x.tok(e + 1).low; l != "he" && l != "she" && l != "they" {
		if v = x.personAt(e + 1); v <= e+1 {
			return false
		}
	}
	return pastInVerbsIDs.has(x.tok(v).id)
}

// inTitleAside reports whether the sentence opens with "In", a title, a
// comma and a description, and a person or a pronoun plays after the
// description's closing comma: "In T, the new comedy from X, Y plays a
// chef".
func (x *extractor) inTitleAside() bool {
	e := x.titleAt(0, false)
	if e <= 1 || x.tok(e).text != "," || !x.isADescription(e) {
		return false
	}
	for c := e + 1; c < len(x.toks) && c < e+14; c++ {
		if x.toks[c].text == "," {
			return x.playsAfter(c)
		}
	}
	return false
}

// joinedPastShow reports whether the sentence's show, not the article's,
// is one a person joined in a year before the article's (any year, where
// the article gives no date): "X joined the
// cast of T2 in 2015 and has remained with the show since" tells of an
// earlier work, and the sentences after it stay with the article's show.
func (x *extractor) joinedPastShow() bool {
	if x.show == "" || !x.sentHasAnyWord(joinedMask) || x.fold(x.sshow) == x.fold(x.show) {
		return false
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !joinedMask.holds(&t[k]) {
			continue
		}
		at := k + 1
		if t[at].low == "the" && x.tok(at+1).low == "cast" && x.tok(at+2).low == "of" {
			at += 3
		}
		e := x.titleAt(at, false)
		if e <= at || x.fold(unquote(x.span(at, e))) != x.fold(x.sshow) || x.tok(e).low != "in" {
			return false
		}
		y := x.tok(e + 1)
		if y.kind != tNum || len(y.text) != 4 || !allDigits(y.text) {
			return false
		}
		return len(x.a.Date) < 4 || !allDigits(x.a.Date[:4]) || atoi4(y.text) < atoi4(x.a.Date[:4]) // with no date, a year the person joined in is a past one
	}
	return false
}

var joinedMask = wordMask("joined")

// focusOn moves the focus to the sentence's show title, unless it is an
// earlier work (now is false) or the earlier work the text named while it
// was about the article's show: "X joined the cast of T2 in 2015. Sadly T2
// is set to end." keeps the article's show.
func (x *extractor) focusOn(title string, now bool) {
	if !now {
		if x.show != "" && x.focus == x.show {
			x.pastShow = title
		}
		return
	}
	if x.pastShow == "" || x.focus != x.show || title != x.pastShow {
		x.focus = x.lastNamedShow(title) // "Her movie T2 holds the record, and now she has dazzled with T": "The film" after it is T
	}
}
