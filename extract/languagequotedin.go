package extract

// "I" before a quoted title opening a Danish, Norwegian or Swedish
// sentence: "I «T» møter vi A i rollen som C", "I ‘T’ spiller B
// politimanden D", "I ”T” medverkar E": "In “T” ...", so the title is
// the sentence's show, not the article's. Read only where the sentence
// has a function word or a cue word of these languages (soundsSwedish,
// nordicCueIn): English "I" before a quote stays the pronoun.

// readQuotedIn reads "I" at first as "in" where an opening quote and a
// capitalized word follow in a sentence of these languages.
func readQuotedIn(toks []token, first int) {
	if first+2 >= len(toks) || toks[first].text != "I" || toks[first+1].kind != tPunct || toks[first+2].kind != tWord || !toks[first+2].cap {
		return
	}
	switch toks[first+1].text {
	case "‘", "«", "»", "”", "“", "„", "\"", "'":
	default:
		return
	}
	if rest := toks[first+3:]; soundsSwedish(rest) || nordicCueIn(rest) {
		setLow(&toks[first], "in")
		toks[first].flags &^= fName | fChar
	}
}

// nordicCueIn reports whether the tokens have, in lower case, a cue word
// of swedishCues of five letters or more ("spiller", "rollen",
// "medvirker"), which no other language writes.
func nordicCueIn(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && !t.cap && len(t.low) >= 5 {
			if _, ok := swedishCues[t.low]; ok {
				return true
			}
		}
	}
	return false
}
