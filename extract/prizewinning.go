package extract

// pastPrizeWinning returns where a list item's name starts past a prize's
// name and its participle, written without a hyphen, and the performer
// nouns after them: "Emmy winning actress X", "Golden Globe nominated X",
// "AMVCA-award winning actor/comedian, X". It returns k where no name
// follows them.
func (x *extractor) pastPrizeWinning(k int) int {
	for m := k; m < k+3 && x.tok(m).cap && x.tok(m).kind == tWord; m++ {
		n := x.tok(m + 1)
		if n.cap || n.low != "winning" && n.low != "nominated" {
			continue
		}
		at := m + 2
		for q := 0; q < 4; q++ {
			if t := x.tok(at); t.kind == tWord && !t.cap && t.has(cPrefixNouns|cCastNouns) || t.text == "/" && at > m+2 {
				at++ // "actress", "actor/comedian"
				continue
			}
			break
		}
		if x.tok(at).text == "," && at > m+2 {
			at++ // "winning actor/comedian, X"
		}
		if x.personAt(at) > at {
			return at
		}
		return k
	}
	return k
}
