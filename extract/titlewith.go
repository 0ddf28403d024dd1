package extract

// A festival line-up's entry "Karyn Kusama’s “Destroyer” with Nicole
// Kidman": the people "with" names after a maker's quoted title are the
// title's cast.

// titleWithRule reads "X’s “T” with A and B": A and B are T's cast. The
// list stops before a name with a possessive, the next entry's maker ("with
// A and Joel Edgerton’s “Boy Erased”").
func (x *extractor) titleWithRule() {
	if !x.sentHasWord(bitWith) || !x.sentHasKind(tPoss) {
		return
	}
	t := x.toks
	for k := 3; k+1 < len(t); k++ {
		if t[k].low != "with" || t[k].cap || !x.closeQuote(k-1) {
			continue
		}
		o := x.openQuoteOf(k - 1)
		if o < 1 || x.tok(o-1).kind != tPoss {
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
