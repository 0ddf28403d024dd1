package extract

// Parts not taken: "X turned down the lead role in T", "Y was considered
// for the role of C in T", "Z lost out on the part", "W declined the role
// of C": the person did not play the part, no credit.

// declinedPart reports whether, in the clause before k, the part at k is
// turned down, lost, or only considered: "turned down", "declined",
// "rejected", "passed on", "lost out on", "missed out on", "considered
// for", "in the running for".
func (x *extractor) declinedPart(k int) bool {
	for m := k - 1; m > 0 && m >= k-6; m-- {
		t := x.toks[m]
		if t.kind == tPunct || t.cap {
			return false
		}
		p := x.toks[m-1].low
		switch t.low {
		case "down":
			if p == "turned" || p == "turns" || p == "turning" || p == "turn" {
				return true
			}
		case "declined", "declines", "declining", "rejected", "rejects", "rejecting", "refused", "refuses":
			return true
		case "on":
			if p == "passed" || p == "passes" || p == "out" && (x.tok(m-2).low == "lost" || x.tok(m-2).low == "missed") {
				return true
			}
		case "for":
			if p == "considered" || p == "running" && x.tok(m-2).low == "the" && x.tok(m-3).low == "in" {
				return true
			}
		}
	}
	return false
}
