package extract

// Lists of names in sentences of other languages. A cast list of
// "Actor (Character)" pairs: "En el
// reparto de la serie T figuran A (C), B (D) y E", "Dans la série T, on
// retrouve A (C), B (D) et E (F)", "Il cast della serie T comprende A (C)
// e B (D)". Where the sentence of another language has a cast word and
// the show, and two brackets or more that hold one capitalized word each,
// those brackets hold characters, not shows.

// foreignPairBrackets reports whether the sentence is such a cast list.
func (x *extractor) foreignPairBrackets() bool {
	if x.sshow == "" || !x.sentHas(cCastVerbs|cCastCue) {
		return false
	}
	t := x.toks
	n := 0
	for k := 0; k+2 < len(t); k++ {
		if t[k].text != "(" {
			continue
		}
		if t[k+2].text == ")" && t[k+1].cap && t[k+1].kind == tWord {
			n++
		} else if bracketTitled(t, k+1) {
			return false // "A (Les Bracelets rouges), B (Clem)": the brackets hold the names' shows
		}
	}
	return n >= 2 && x.sentForeign()
}

// bracketTitled reports whether the bracket whose first word is at i reads
// as a title, not a character's name: it opens with an article in capitals
// ("Les", "El", "Die") before another word, or holds a number or a word in
// lower case that is no name's particle ("Danse avec les stars 9"), before
// its ")" within eight tokens.
func bracketTitled(t []token, i int) bool {
	if i+1 < len(t) && t[i].kind == tWord && t[i].cap && genreArticles[t[i].text] && t[i+1].kind == tWord {
		return true
	}
	for j := i; j < len(t) && j < i+8; j++ {
		w := &t[j]
		switch {
		case w.text == ")":
			return false
		case w.kind == tNum:
			return j > i
		case w.kind == tWord && !w.cap && !nameParticlesIDs.has(w.id):
			return j > i
		}
	}
	return false
}

// foreignListEnd reports whether t, a word in lower case after a list of
// names, is a verb of news copy or a function word of another language
// in a sentence of that language: "mit A und B läuft ab morgen".
func (x *extractor) foreignListEnd(t *token) bool {
	return (genreTitleStopsIDs.has(t.id) || foreignFunctionWordsIDs.has(t.id) || pluralVerbsIDs.has(t.id)) && x.s != nil && x.sentForeign()
}
