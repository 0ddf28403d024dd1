package extract

// A list of makers after "by" whose later item names a trade before the
// person: "written by screenwriter A and novelist B", "a comic by A and
// cartoonist B", "written by Officer A and ITV news journalist B". The list
// goes on past the trade, up to three words of an employer or kind before
// it.

// byTrades stand before a maker's name in a list after "by", beside the
// job nouns.
var byTrades = set(`journalist journalists illustrator illustrators artist reporter biographer historian poet essayist editor`)

// byListTrades extends the list of makers items past each later item that
// names a trade before the person.
func (x *extractor) byListTrades(items []item) []item {
	for n := 0; n < 4 && len(items) > 0; n++ {
		j := items[len(items)-1].end
		switch {
		case x.tok(j).text == "," && x.tok(j+1).low == "and":
			j += 2
		case x.tok(j).low == "and" || x.tok(j).text == ",":
			j++
		default:
			return items
		}
		m := j
		for m < j+3 && x.tok(m).kind == tWord && !x.tradeBeforeName(m) && !x.tok(m).has(cStopWords) && (x.tok(m).cap || x.tok(m+1).kind == tWord) {
			m++ // "ITV news journalist": an employer and a kind before the trade
		}
		if !x.tradeBeforeName(m) || x.tok(m).cap {
			return items
		}
		k := m + 1
		if pe := x.personAt(k); pe <= k+1 || !x.personShaped(k, pe) {
			return items
		}
		was := len(items)
		items = x.appendList(items, k)
		if len(items) == was {
			return items
		}
	}
	return items
}

// tradeBeforeName reports whether the word at m is a maker's trade: a job
// noun ("novelist", "screenwriter") or a trade of byTrades.
func (x *extractor) tradeBeforeName(m int) bool {
	t := x.tok(m)
	if t.kind != tWord {
		return false
	}
	if _, ok := jobNounsIDs.lookup(t.id); ok {
		return true
	}
	return byTradesIDs.has(t.id)
}
