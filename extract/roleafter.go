package extract

// A part named after a title in sentence case, in languages whose verb
// comes late or whose titles run on in lower case: German "A spielt in der
// Serie T die Rolle der C", "A ist in der Serie T als C zu sehen", Dutch
// "A speelt in de serie T de rol van C", Spanish "A tiene en la serie T el
// papel de C": the article and noun of a part ("die Rolle", "de rol", "el
// papel"), or the word for "as" before a capitalized word, end the title.

// partArticles are the articles, definite and indefinite, before the noun
// of a part.
var partArticles = set(`die der den eine einer de het een el la un una le il o a um uma the an`)

// roleNounAfter reports whether t is a noun of a part: "Rolle",
// "Hauptrolle", "rol", "papel", "rôle", "ruolo", "personagem".
func roleNounAfter(t *token) bool {
	if t.kind != tWord {
		return false
	}
	switch t.low {
	case "rolle", "hauptrolle", "nebenrolle", "figur", "rol", "hoofdrol", "bijrol", "personage", "papel", "personaje", "personagem",
		"rôle", "personnage", "ruolo", "personaggio", "parte", "role", "character", "part":
		return true
	}
	return false
}

// The words are read after readForeignCues: "die Rolle" is "the role"
// there, "als" is "as".

// partOf reports whether w is a word for "of" after the noun of a part:
// "el papel de C", "die Rolle der C", "de rol van C", "il ruolo di C".
func partOf(w string) bool {
	switch w {
	case "de", "der", "des", "van", "von", "di", "do", "da":
		return true
	}
	return false
}

// castOfForeign reports whether the word at k, after the English noun
// "cast" at n-1 that Dutch, Italian and Portuguese news write as it is,
// is that language's "of" ("de cast van ‘T’", "il cast di T"): the
// sentence reads as the language's.
func castOfForeign(toks []token, first, n, k int, dutch bool) bool {
	if toks[n-1].text != "cast" || k+1 >= len(toks) {
		return false
	}
	if q := toks[k+1].text; !toks[k+1].cap && !titleOpenQuote(q) && q != "‘" && q != "'" {
		return false // a title, capitalized or in quotes, follows
	}
	return dutch || soundsDutch(toks[first:n]) || soundsDutch(toks[k+1:]) || soundsForeign(toks[first:n]) || soundsForeign(toks[k+1:])
}
