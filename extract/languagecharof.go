package extract

// "filho da personagem de A", "el hijo del personaje de A", "il figlio del
// personaggio di A", "le fils du personnage de A": the character of a
// person, after "of the", reads as "A's character" ("son of
// A's character"), so that A is cast in the sentence's show, and a name
// after a comma is that character ("o par romântico da personagem de A,
// Beatriz": A plays Beatriz).

// charOfArticles are the contractions of "of the" a character noun
// follows here, read as "of" ("le personnage de C" after a verb of playing
// names the character, not a person's).
var charOfArticles = map[string]bool{"da": true, "do": true, "del": true, "du": true, "della": true, "dello": true}

// foreignPersonOf are the words for "of" between a character noun and a
// person's name.
var foreignPersonOf = map[string]bool{"de": true, "di": true, "do": true, "da": true, "del": true, "della": true, "du": true}

// personsCharacterAt reads, at k, a word of foreignCharacterOf (or Italian
// "personaggio") after "of the", "de" or "di" and a person's name of two
// to four capitalized words: it writes the name, "'s" and "character" from
// n on (as many tokens as it read), and returns the new n and the index of
// the last token read; 0, 0 where it does not fit.
func personsCharacterAt(toks []token, first, n, k int) (int, int) {
	t := &toks[k]
	if len(t.low) < 9 || t.low[0] != 'p' || !foreignCharacterOfIDs.has(t.id) && t.low != "personaggio" || t.cap || n == first || k+3 >= len(toks) || !foreignPersonOfIDs.has(toks[k+1].id) {
		return 0, 0
	}
	e := k + 2
	for e < len(toks) && e < k+6 && toks[e].kind == tWord && toks[e].cap && isName(&toks[e]) {
		e++
	}
	if e < k+4 {
		return 0, 0 // a full name of two words or more
	}
	a := &toks[n-1]
	if !charOfArticlesIDs.has(a.id) || a.cap {
		return 0, 0
	}
	setLow(a, "of")
	ch := *t
	setLow(&ch, "character")
	ch.flags &^= fName | fChar
	poss := token{text: "'s", low: "'s", kind: tPoss, start: toks[e-1].end, end: toks[e-1].end}
	n += copy(toks[n:], toks[k+2:e])
	toks[n] = poss
	toks[n+1] = ch
	return n + 2, e - 1
}
