package extract

import "strings"

// A credit named by what a person is praised or awarded for: French "A a
// reçu un prix pour sa prestation dans T", Spanish "por su papel en T",
// Italian "per la sua interpretazione in T", Portuguese "por sua atuação
// em T", German "für ihre Rolle in „T“", Dutch "voor haar rol in T":
// "for her role in T", a cast credit in T. (Swedish "för sin roll i T" is
// read elsewhere with its role.)

// forRolePhrases are read as foreignPhrases': "for", a possessive, a noun
// of a part or a performance, and "in".
var forRolePhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	add := func(fors, poss, nouns, in string) {
		for _, f := range splitFields(fors) {
			for _, p := range splitFields(poss) {
				for _, n := range splitFields(nouns) {
					w := f + " " + p + " " + n + " " + in
					m[f] = append(m[f], foreignPhrase{w, "for her role in", false})
				}
			}
		}
	}
	add("pour", "son sa", "rôle prestation interprétation performance", "dans")
	add("por", "su sua seu", "papel actuación interpretación trabajo atuação interpretação trabalho", "en")
	add("por", "sua seu", "papel atuação interpretação trabalho", "em")
	add("pelo pela", "seu sua", "papel atuação interpretação trabalho", "em")
	add("per", "il_suo la_sua", "ruolo interpretazione performance", "in")
	add("für", "ihre seine die", "rolle darstellung leistung", "in")
	add("voor", "haar zijn de", "rol vertolking", "in")
	return m
}()

// splitFields is the words of s; "_" in a word is a space ("il_suo":
// "il suo").
func splitFields(s string) []string {
	out := strings.Fields(s)
	for i, w := range out {
		out[i] = strings.ReplaceAll(w, "_", " ")
	}
	return out
}
