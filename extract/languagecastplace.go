package extract

// A cast named as a place, then a verb of any kind and the names: Spanish
// "En el reparto continúan A y B", French "Au casting, on retrouvera A et
// B", Italian "Nel cast ci saranno A e B", Portuguese "No elenco estão A e
// B", German "Im Cast sind A und B", Dutch "In de cast zitten A en B",
// Swedish "I rollerna syns A och B": "in (the) cast" and up to three
// lower case words before a name read as "cast includes", whatever the
// verb. A word of "of" between them ("en el reparto de T") keeps the
// sentence as it is: the capitalized word after it is a title. The place
// opens its sentence or follows a colon or semicolon: inside a longer
// sentence ("..., en el reparto continúan A y B, que volverán a interpretar
// C y D, y el elenco se completa con E") a second list after the first
// is lost.

// castPlaceAt is the index of the name that a cast named as a place
// opens at k, through its verb ("En el reparto continúan A"); 0 where the
// tokens from k are none. The word at k is a cue word of readForeignCues.
func castPlaceAt(toks []token, k int) int {
	j := k + 1
	if j+2 >= len(toks) {
		return 0
	}
	switch toks[j].low {
	case "el", "la", "de", "der", "den", "het":
		if toks[k].low != "en" && toks[k].low != "dans" && toks[k].low != "in" {
			return 0 // "e il cast": no place
		}
		j++
	}
	if !castPlaceNoun(toks[j].low) {
		return 0
	}
	switch {
	case j == k+1 && !castPlacePrep(toks[k].low) && !castPlacePrep(toks[k].text):
		return 0 // "in cast": English, or a preposition that needs its article
	case (toks[k].low == "no" || toks[k].low == "na") && toks[j].low != "elenco", toks[k].low == "i" && toks[j].low != "rollerna":
		return 0 // English "no cast", Italian "i cast"
	}
	j++
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	v := j
	for j < len(toks) && j-v < 3 && toks[j].kind == tWord && !toks[j].cap {
		if castPlaceOf(toks[j].low) {
			return 0 // "en el reparto de T": the cast of a title
		}
		j++
	}
	if j == v || j >= len(toks) || !isName(&toks[j]) {
		return 0
	}
	return j
}

// castPlaceNoun reports whether w names a show's cast.
func castPlaceNoun(w string) bool {
	switch w {
	case "reparto", "elenco", "cast", "casting", "distribution", "distribuzione", "besetzung", "rollerna", "rolverdeling", "bezetting":
		return true
	}
	return false
}

// castPlacePrep reports whether w, in lower case or opening a sentence, is a preposition with its article in
// one word: "au", "nel", "no", "im", "zum", and Swedish "i" (whose nouns
// carry their article: "i rollerna").
func castPlacePrep(w string) bool {
	switch w {
	case "au", "nel", "no", "na", "im", "zum", "i", "Au", "Nel", "No", "Na", "Im", "Zum", "I":
		return true
	}
	return false
}

// castPlaceOf reports whether w is a word of "of" or "and", after which a
// capitalized word is no cast member of the place.
func castPlaceOf(w string) bool {
	switch w {
	case "de", "di", "del", "della", "des", "du", "da", "do", "dos", "das", "von", "van", "of", "der", "dei", "degli", "delle", "dello", "och", "y", "e", "et", "und", "en":
		return true
	}
	return false
}

// readCastPlace writes "cast includes" at n for the cast place that opens
// at k with the token t, and returns the index past it.
func readCastPlace(toks []token, n, k int, t *token) int {
	u := *t
	u.flags &^= fName | fChar
	return readAsPair(toks, n, k, u, "cast", "includes")
}

// readAsPair writes at n the token u read as the word first and the token
// after k read as the lower-case word second, neither a name nor a
// character, and returns the index past them.
func readAsPair(toks []token, n, k int, u token, first, second string) int {
	setLow(&u, first)
	v := toks[k+1]
	setLow(&v, second)
	v.cap = false
	v.flags &^= fName | fChar
	toks[n], toks[n+1] = u, v
	return n + 2
}

// A person who joins a cast or a season, in the verbs of arriving and
// entering: Portuguese "A entra no elenco de T", "A chega à segunda
// temporada de T", Italian "A arriva nella seconda stagione di T", "A
// entra nel cast di T", Spanish "A llega a la segunda temporada de T", "A
// entra en el reparto de T", German "A stößt zum Cast von T": the verb and
// its preposition read as "joins the", the cast or season after them as
// the English noun ("joins the cast of T", "joins the second season of
// T"). Read only after a name and before a cast's noun or a season's, with
// at most an ordinal between: "La serie llega a Netflix" keeps its verb.

// joinVerb reports whether w is a verb of arriving or entering that
// joinPlaceAt reads.
func joinVerb(w string) bool {
	switch w {
	case "entra", "entran", "entrou", "entraram", "entrará", "entrano", "entrerà", "arriva", "arrivano", "arriverà", "approda",
		"llega", "llegan", "llegará", "llegó", "chega", "chegam", "chegará", "chegou", "ingresa", "ingresará", "stößt", "stösst":
		return true
	}
	return false
}

// joinPlaceAt is, for the verb of joinVerb at k after a name, the index
// of the first word after its preposition (and article) where a cast's or a
// season's noun follows; 0 where none does.
func joinPlaceAt(toks []token, first, n, k int) int {
	if n <= first || !isName(&toks[n-1]) || k+3 >= len(toks) {
		return 0
	}
	j := k + 1
	switch toks[j].low {
	case "no", "na", "ao", "à", "nel", "nella", "nello", "al", "au", "zum", "zur":
		j++
	case "en", "a", "in", "dans":
		switch toks[j+1].low {
		case "el", "la", "le", "der", "den", "de", "het":
			j += 2
		default:
			return 0
		}
	default:
		return 0
	}
	if j+1 >= len(toks) {
		return 0
	}
	w := toks[j].low
	if castPlaceNoun(w) || isForeignSeason(w) || isForeignSeason(toks[j+1].low) && toks[j].kind == tWord && !toks[j].cap {
		return j
	}
	return 0
}

// readJoinPlace writes "joins the" at n for the verb at k whose
// preposition ends before j, and returns the index past it.
func readJoinPlace(toks []token, n, k int, t *token) int {
	return readAsPair(toks, n, k, *t, "joins", "the")
}

// arrivalVerbs are joinVerb's words, for foreignWordCues.
var arrivalVerbs = set(`entra entran entrou entraram entrará entrano entrerà arriva arrivano arriverà approda
	llega llegan llegará llegó chega chegam chegará chegou ingresa ingresará stößt stösst`)
