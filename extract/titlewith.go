package extract

// A festival line-up's entry "Karyn Kusama’s “Destroyer” with Nicole
// Kidman", a release slate's "and ‘T’ with A on November 5th": the people
// "with" names after a maker's quoted title, or after a quoted title that
// opens an entry of a list, are the title's cast.

// titleWithRule reads "X’s “T” with A and B": A and B are T's cast. The
// list stops before a name with a possessive, the next entry's maker ("with
// A and Joel Edgerton’s “Boy Erased”").
func (x *extractor) titleWithRule() {
	if !x.sentHasWord(bitWith) {
		return
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if t[k].low != "with" || t[k].cap || !x.closeQuote(k-1) {
			continue
		}
		o := x.openQuoteOf(k - 1)
		if o < 0 || (o < 1 || x.tok(o-1).kind != tPoss) && !x.entryOpensAt(o, k) {
			continue
		}
		title := unquote(x.span(o, k))
		if title == "" || x.isNetwork(title) {
			continue
		}
		items := x.parseList(k + 1)
		if n := len(items); n > 0 && x.tok(items[n-1].end).kind == tPoss {
			items = items[:n-1] // "and Joel Edgerton’s": the next entry's maker
		}
		if len(items) > 0 {
			x.castListIn(title, items)
			k = items[len(items)-1].end
		}
	}
}

// entryOpensAt reports whether the quoted title from o to the "with" at k
// opens an entry of a list: at the sentence's start or after ",", ";", ":"
// or "and", and a name follows "with" with no job noun before it: "...
// on August 27th and ‘T’ with A on November 5th" (not "co-wrote ‘T’ with
// A", "the stage of ‘T’ with A", "and ‘T’ with director B").
func (x *extractor) entryOpensAt(o, k int) bool {
	if o > 0 {
		switch p := x.tok(o - 1); p.text {
		case ",", ";", ":", "and":
		default:
			return false
		}
	}
	return x.tok(k+1).cap && !x.tok(k+1).has(cJobNoun|cCastNouns) && x.startsName(k+1)
}
