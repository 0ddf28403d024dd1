package extract

// "as well as" joining the people of a list that a verb follows: "A and B,
// as well as C, will star in T", "A, B as well as C star in T". The
// subject read backwards from the verb goes on past it to the items
// before.

// asWellAsBefore returns, where the words that end at p are "as well as"
// (a comma perhaps before them), the token before them; else -1.
func (x *extractor) asWellAsBefore(p int) int {
	if p < 3 || x.toks[p].low != "as" || x.toks[p-1].low != "well" || x.toks[p-2].low != "as" || x.toks[p].cap || x.toks[p-2].cap {
		return -1
	}
	if x.toks[p-3].text == "," {
		return p - 4
	}
	return p - 3
}

// asWellAsItemBefore reports whether the comma at j closes ", as well as
// C," with C one person's name, two to four words of capitals.
func (x *extractor) asWellAsItemBefore(j int) bool {
	if j < 5 || x.toks[j].text != "," {
		return false
	}
	ps := x.personBefore(j)
	return ps < j && ps >= 4 && x.asWellAsBefore(ps-1) >= 0 && x.toks[ps-4].text == "," && x.personShaped(ps, j)
}
