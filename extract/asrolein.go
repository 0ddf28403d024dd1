package extract

// "X starred as C in T" credits X in T, the title the role is in, which
// roleRule reads with its own show: not in the sentence's show as well.

// asRoleInTitle reports whether the casting verb at k is followed by "as"
// and a character in a title that the sentence names: "starred as Tom Vance
// in Lantern Hill", "stars as C on T".
func (x *extractor) asRoleInTitle(k int) bool {
	if x.tok(k+1).low != "as" {
		return false
	}
	_, ce, ok := x.charNP(k + 2)
	if !ok || x.tok(ce).low != "in" && x.tok(ce).low != "on" {
		return false
	}
	ts := x.titlePrefix(ce + 1)
	if !x.titleStarts(ts) {
		return false
	}
	te := x.titleAt(ts, false)
	return te > ts && !x.isNetwork(x.span(ts, te)) && x.knownPerson(x.span(ts, te)) == ""
}
