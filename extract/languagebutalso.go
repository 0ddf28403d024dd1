package extract

// A sentence that opens with "but also" and a person's name goes on with
// the cast list of the sentence before: French "Mais aussi A (T), B et C",
// Spanish "Pero también A", Portuguese "Mas também A", Italian "Ma anche
// A", German "Aber auch A", Dutch "Maar ook A" read as "Also starring A
// (T), B and C".

// butAlso are the words for "but" and, for each, the word for "also"
// after it.
var butAlso = map[string]string{"mais": "aussi", "pero": "también", "mas": "também", "ma": "anche", "aber": "auch", "maar": "ook"}

// butAlsoAt reads the two words at first, "but also" of another language
// before a person's full name (two capitalized words), as "also
// starring", and reports whether it did.
func butAlsoAt(toks []token, first int) bool {
	if first+3 >= len(toks) || toks[first+1].cap || !isName(&toks[first+2]) || !toks[first+3].cap || toks[first+3].kind != tWord {
		return false
	}
	a, ok := butAlsoIDs.lookup(toks[first].id)
	if !ok || toks[first+1].low != a {
		return false
	}
	setLow(&toks[first], "also")
	setLow(&toks[first+1], "starring")
	toks[first].flags &^= fName | fChar
	toks[first+1].flags &^= fName | fChar
	return true
}
