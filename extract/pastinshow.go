package extract

// "In T2, X played a nurse": a sentence that opens with "In", a title and a
// comma, then a person and a verb in the past, tells of the person's
// earlier work. T2 is the sentence's show, but not the show of the
// sentences after it: "In the new series, she will play C" and the next
// paragraph's credits stay with the show the text is about. And "In T, the
// new comedy from X, Y plays a chef": the title is T, not "In T".

// pastInVerbs are the past verbs of an earlier credit after "In T2, X".
var pastInVerbs = set(`played starred co-starred appeared portrayed voiced was had directed wrote produced guest-starred`)

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
	return pastInVerbs[x.tok(v).low]
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
