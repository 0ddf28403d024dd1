package extract

// German puts the part after the show: "A spielt in „T“ die Kommissarin
// C", "A spielt in der Serie die Hauptfigur der C", "A verkörpert in „T“
// Bens Frau C". The show's words and the part's change places, as English
// orders them: "A plays the Kommissarin C in “T”", so the part is read as
// the character.

// playInPartEnd is, for the verb of playing at k before "in" and a show
// (a quoted title, "der (neuen) Serie", "dem Film", "im Kinofilm"; an
// adverb may come first: "spielt auch in"), the index where the show's
// words end and the index past the part that follows them, a capitalized
// word among at most five; 0, 0 where the words are none.
func playInPartEnd(toks []token, k int) (int, int) {
	i := k + 1
	if i < len(toks) && phraseFiller(toks[i].low) {
		i++ // "spielt auch in „T“"
	}
	if i+3 >= len(toks) || toks[i].low != "in" && toks[i].low != "im" {
		return 0, 0
	}
	c := 0
	switch o := toks[i+1].text; {
	case toks[i].low == "in" && (o == "„" || o == "»" || o == "«" || o == "“" || o == "\""):
		for m := i + 2; m < len(toks) && m < i+12; m++ {
			if t := toks[m].text; m > i+2 && (t == "“" || t == "”" || t == "«" || t == "»" || t == "\"") {
				c = m + 1
				break
			}
		}
	case toks[i].low == "im" && germanShowNoun(toks[i+1].low):
		c = i + 2 // "im Film", "im Kinofilm"
	case toks[i].low == "in" && (toks[i+1].low == "der" || toks[i+1].low == "dem"):
		j := i + 2
		if j+1 < len(toks) && !toks[j].cap && toks[j].kind == tWord {
			j++ // "in der neuen Serie"
		}
		if germanShowNoun(toks[j].low) {
			c = j + 1
		}
	}
	if c == 0 || c >= len(toks) {
		return 0, 0
	}
	e, name := c, false
	for e < len(toks) && e < c+6 && toks[e].kind == tWord {
		name = name || toks[e].cap && isName(&toks[e])
		e++
	}
	if !name || e < len(toks) && toks[e].kind == tWord {
		return 0, 0 // "spielt in „T“ eine Rolle, die ...": no part that ends the clause
	}
	return c, e
}

// germanShowNoun reports whether w is a German noun of a show: one that
// ends in "serie", "film" or "reihe" ("Krimiserie", "ZDF-Serie",
// "Kinofilm"), or "Staffel", "Fortsetzung".
func germanShowNoun(w string) bool {
	n := len(w)
	return n >= 5 && (w[n-5:] == "serie" || w[n-5:] == "reihe") || n >= 4 && w[n-4:] == "film" || w == "staffel" || w == "fortsetzung"
}

// swapPlayIn moves the part (c to e) before the words from k+1 to c.
func swapPlayIn(toks []token, k, c, e int) {
	tmp := append([]token(nil), toks[k+1:c]...)
	m := k + 1 + copy(toks[k+1:], toks[c:e])
	copy(toks[m:], tmp)
}
