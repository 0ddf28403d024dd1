package extract

// A maker's possessive, a year and a kind of work before a title:
// "cast in Dante's 1978 sophomore feature Piranha".

// yearKindAfter reports whether up to three lowercase words from i end in
// a kind of work: "Dante's 1978 sophomore feature Piranha" after the year.
func (x *extractor) yearKindAfter(i int) bool {
	for m := i; m < i+3 && x.tok(m).kind == tWord && !x.tok(m).cap; m++ {
		if w := x.tok(m); w.has(cGenreNouns) || w.low == "feature" {
			return x.titleStarts(m + 1)
		}
	}
	return false
}

// pastYear returns the index after a year at at that lowercase words
// follow ("Dante's 1978 sophomore feature"), or at.
func (x *extractor) pastYear(at int) int {
	if y := x.tok(at); y.kind == tNum && len(y.text) == 4 && x.tok(at+1).kind == tWord && !x.tok(at+1).cap {
		return at + 1
	}
	return at
}

// yearKind reports whether k..pe is one word's possessive that a year and
// a kind of work follow, no network's: "Dante's 1978 sophomore feature T".
func (x *extractor) yearKind(k, pe int) bool {
	return pe == k+1 && x.tok(pe).kind == tPoss && x.tok(pe+1).kind == tNum && len(x.tok(pe+1).text) == 4 && x.yearKindAfter(pe+2) && !x.isNetwork(x.span(k, pe))
}
