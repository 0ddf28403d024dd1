package extract

// "stars A as his father, and B as Park's daughter": a role described, not
// named, after "as" in a list of cast.

// asRoleAt reports whether "as a (an, the, his, her, their) ..." or "as
// Park's ..." stands at i: a role described, not named.
func (x *extractor) asRoleAt(i int) bool {
	if x.tok(i).low != "as" {
		return false
	}
	n := x.tok(i + 1)
	switch n.low {
	case "a", "an", "the", "his", "her", "their":
		return !n.cap
	}
	return n.cap && n.kind == tWord && x.tok(i+2).kind == tPoss && !x.tok(i+3).cap && x.tok(i+3).kind == tWord // "as Park's daughter"
}
