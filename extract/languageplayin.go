package extract

// German puts the part after the show: "A spielt in „T“ die Kommissarin
// C", "A spielt in der Serie die Hauptfigur der C", "A verkörpert in „T“
// Bens Frau C". The show's words and the part's change places, as English
// orders them: "A plays the Kommissarin C in “T”", so the part is read as
// the character.

// playInPartEnd is, for the verb of playing at k before "in" and a show
// (a quoted title, or "der Serie", "dem Film"), the index where the show's
// words end and the index past the part that follows them, a capitalized
// word among at most five; 0, 0 where the words are none.
func playInPartEnd(toks []token, k int) (int, int) {
	if k+4 >= len(toks) || toks[k+1].low != "in" {
		return 0, 0
	}
	c := 0
	switch o := toks[k+2].text; {
	case o == "„" || o == "»" || o == "«" || o == "“" || o == "\"":
		for m := k + 3; m < len(toks) && m < k+12; m++ {
			if t := toks[m].text; m > k+3 && (t == "“" || t == "”" || t == "«" || t == "»" || t == "\"") {
				c = m + 1
				break
			}
		}
	case (toks[k+2].low == "der" || toks[k+2].low == "dem") && k+3 < len(toks) && germanShowNoun(toks[k+3].low):
		c = k + 4
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

// germanShowNoun reports whether w is a German noun of a show.
func germanShowNoun(w string) bool {
	switch w {
	case "serie", "film", "krimiserie", "dramaserie", "miniserie", "reihe", "staffel", "fortsetzung":
		return true
	}
	return false
}

// swapPlayIn moves the part (c to e) before the show's words (k+1 to c).
func swapPlayIn(toks []token, k, c, e int) {
	tmp := append([]token(nil), toks[k+1:c]...)
	m := k + 1 + copy(toks[k+1:], toks[c:e])
	copy(toks[m:], tmp)
}
