package extract

// Australia's free-to-air networks Nine, Seven and Ten are named by a
// number: "Nine's T", "Seven's new drama T". Only in the possessive before
// a title is the number a network.

// numberNetworkAt reports whether k holds "Nine", "Seven" or "Ten",
// capitalized, in the possessive before a title or a kind of work.
func (x *extractor) numberNetworkAt(k int) bool {
	t := x.tok(k)
	if !t.cap || t.low != "nine" && t.low != "seven" && t.low != "ten" || x.tok(k+1).kind != tPoss {
		return false
	}
	n := x.tok(k + 2)
	return x.titleStarts(k+2) || n.kind == tWord && !n.cap && (n.has(cGenreNouns) || n.has(cDescribe) || titleAdjectivesIDs.has(n.id))
}
