package extract

// A companion fronted before the verb and the names of the cast: German
// "Neben A spielen B und C", Italian "Accanto a A recitano B e C",
// Portuguese "Ao lado de A estão B e C", French "Aux côtés de A, on
// retrouve B", Spanish "Junto a A aparecen B y C". The sentence, read with
// "alongside" at its start, reads as the list "Starring A, B and C": the
// verb (one word, or two as "on retrouve") between the companion's name
// and the others' becomes the list's comma (its "and" after a comma),
// whatever the verb.

// readFrontedAlongside rewrites, in place, the tokens after a sentence's
// opening "alongside" at first: the name from k, an optional comma, one or
// two words in lower case and a name after them. It returns the index of
// the second word in lower case, for the caller to drop, or -1.
func readFrontedAlongside(toks []token, first, k int) int {
	j := k
	for j < len(toks) && j < k+4 && toks[j].kind == tWord && toks[j].cap && isName(&toks[j]) {
		j++
	}
	if j == k || j+2 >= len(toks) {
		return -1
	}
	if toks[j].text == "," {
		j++
	}
	v := j
	for j < len(toks) && j < v+2 && toks[j].kind == tWord && !toks[j].cap && !castPlaceOf(toks[j].low) {
		j++
	}
	if j == v || j >= len(toks) || toks[j].kind != tWord || !toks[j].cap || !isName(&toks[j]) {
		return -1
	}
	setLow(&toks[first], "starring")
	u := &toks[v]
	if toks[v-1].text == "," {
		setLow(u, "and") // "Aux côtés de A, on retrouve B": "Starring A, and B"
		u.cap, u.flags = false, u.flags&^(fName|fChar)
	} else {
		setLow(u, ",")
		u.kind, u.text, u.cap, u.flags = tPunct, ",", false, 0
	}
	if j == v+2 {
		return v + 1
	}
	return -1
}
