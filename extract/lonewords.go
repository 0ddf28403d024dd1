package extract

// loneNonName reports whether the one word at i, read as a name before a
// bracket of titles, names no person: a word that no person's name starts
// with, no one is credited under, that stands for no full name of the
// article ("Garai" after "Romola Garai") and that the article's first
// reading found as no person ("Oskel" of "the cast includes Oskel"): a company ("IdeaCandy"), a dateline's place ("ISTANBUL"), a
// character ("Kalai (Kavin)"). A bracket that names a character in a
// title ("Ruthven (Sophie in Veep)") speaks of a person.
func (x *extractor) loneNonName(i int, parts []part) bool {
	t := x.tok(i)
	if t.kind != tWord || t.has(cNameStart) || mononyms[t.low] {
		return false
	}
	for _, p := range parts {
		if p.char != "" {
			return false
		}
	}
	return x.resolve(t.text) == t.text && x.knownPerson(t.text) == ""
}
