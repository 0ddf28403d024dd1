package extract

// Words about one person inside a list item that are no part of the list:
// two trades joined by "and" before the name ("It also stars A, singer and
// actress B, and C", "played by comedian and actor D"), and an age after
// it, between commas ("The cast includes A, 30, and B, 37", "A, 30 years
// old, and B"), as tabloids print their casts.

// tradesJoined is 1 where the performer noun at k is joined by "and" to
// another ("singer and actress X", "radio presenter and singer Y"): the
// "and" joins two nouns of one person, no two items. Else 0.
func (x *extractor) tradesJoined(k int) int {
	if t, n := x.tok(k), x.tok(k+2); t.has(cPrefixNouns) && !t.cap && x.tok(k+1).low == "and" && n.has(cPrefixNouns) && !n.cap {
		return 1
	}
	return 0
}

// ageAsideEnd reads an age at k, after a list item's comma: a number of
// one or two digits, "years old" after it or not, then a comma ("A, 30,
// and B"). It returns the index of that closing comma, or k.
func (x *extractor) ageAsideEnd(k int) int {
	n := x.tok(k)
	if n.kind != tNum || len(n.text) > 2 || n.text[0] < '1' || n.text[0] > '9' || n.text[len(n.text)-1] < '0' || n.text[len(n.text)-1] > '9' {
		return k
	}
	e := k + 1
	if x.tok(e).low == "years" && x.tok(e+1).low == "old" {
		e += 2
	}
	if x.tok(e).text != "," {
		return k
	}
	return e
}
