package extract

// Production news of other languages: "Le tournage d'Ici tout brille a
// démarré", "El rodaje de Todo lo claro comienza", "As gravações de Mar sem
// fim começaram", "Le riprese di T". The noun reads as "filming" and the
// word for "of" after it as "of", so the sentence reads as "The filming
// of T has started" does; a title in sentence case after it runs over the
// words in lower case as after a genre noun (genretitles.go).

// productionNouns are the nouns of a show's filming in other languages.
var productionNouns = map[string]string{
	"tournage": "filming", "rodaje": "filming", "grabaciones": "filming", "riprese": "filming",
	"gravações": "filming", "gravacoes": "filming", "filmagens": "filming", "opnames": "filming",
}

// filmingOf reports whether the tokens before i, a capitalized word, are
// a production noun read from another language and the word for "of":
// "le tournage d'T", "el rodaje de T".
func filmingOf(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	o, g := &toks[i-1], &toks[i-2]
	return o.low == "of" && (o.text == "d" || o.text == "de" || o.text == "di") && g.low == "filming" && g.text != g.low && !g.cap
}

// statusAfterEn reports whether French "en" at j and the word after it
// say how a filming stands, a verb's place after a title: "Le tournage
// d'T en cours", "T en tournage", "T en préparation" ("Meurtre en
// Auvergne" keeps its "en").
func statusAfterEn(t []token, j int) bool {
	if j+1 >= len(t) {
		return false
	}
	switch t[j+1].text {
	case "cours", "tournage", "préparation", "production", "route":
		return true
	}
	return false
}
