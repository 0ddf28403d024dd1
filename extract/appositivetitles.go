package extract

// titleAppositive reads the title an appositive that starts at st stands
// beside: "T, X's directorial debut", "“T,” X's directorial debut" (the
// comma inside the quotes). It returns the title, or "".
func (x *extractor) titleAppositive(st int) string {
	c := st - 1 // the comma
	quoted := false
	if x.tok(c).text != "," {
		if !x.closeQuote(c) || x.tok(c-1).text != "," {
			return ""
		}
		c, quoted = c-1, true
	}
	ts := -1
	if quoted {
		for o := c - 1; o > 0 && o > c-12; o-- {
			if isQuote(x.toks[o].text) {
				if x.titleAt(o+1, false) == c {
					ts = o + 1
				}
				break
			}
		}
	} else if b := x.titleEndingAt(c); b < c {
		ts = b
	}
	if ts < 0 || ts >= c {
		return ""
	}
	ti := unquote(x.span(ts, c))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || isCompany(ti) || x.startsName(ts) && x.personShaped(ts, c) {
		return ""
	}
	return ti
}
