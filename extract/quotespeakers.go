package extract

// Quote speakers: "“It is a special show,” added X, the network's head of
// drama", "“We love it,” X added.", "adds NBC's Y": "added" or "adds"
// that says who spoke a quotation is no casting verb, and the speaker no
// cast member.

// quoteAddedBefore reports whether "added" or "adds" right after a closing
// quotation mark stands before the list at start, perhaps past a
// network's possessive: "“...,” added X", "“...” adds NBC's X".
func (x *extractor) quoteAddedBefore(start int) bool {
	v := start - 1
	if x.tok(v).kind == tPoss {
		v -= 2 // "added NBC's X"
	}
	return x.speechAdded(v)
}

// speechAdded reports whether the "added" or "adds" at v follows a
// quotation's closing mark after its last punctuation: "...,” added".
func (x *extractor) speechAdded(v int) bool {
	if l := x.tok(v).low; l != "added" && l != "adds" || x.tok(v).cap {
		return false
	}
	if !isQuote(x.tok(v - 1).text) {
		return false
	}
	switch x.tok(v - 2).text {
	case ",", ".", "!", "?", "…":
		return true
	}
	return false
}

// addedAfterQuote reports whether the "added" or "adds" at v, with no
// auxiliary before it, ends its sentence after a subject that a quotation
// opens the sentence with: "“We love it,” X added." (not "A and B were
// added.").
func (x *extractor) addedAfterQuote(v int) bool {
	if l := x.tok(v).low; l != "added" && l != "adds" || x.tok(v).cap || x.tok(v-1).has(cAuxWords) {
		return false
	}
	if n := x.tok(v + 1); v+1 < len(x.toks) && n.text != "." && n.text != "!" {
		return false
	}
	for m := v - 1; m > 0 && m >= v-8; m-- {
		if isQuote(x.toks[m].text) {
			p := x.toks[m-1].text
			return p == "," || p == "." || p == "!" || p == "?" || p == "…"
		}
	}
	return false
}
