package extract

import (
	"strings"
	"unicode"
)

// capitalsOf is the capital letters of s in order, those inside a
// hyphenated word too: "RBB" of "Rundfunk Berlin-Brandenburg".
func capitalsOf(s string) string {
	b := make([]rune, 0, 8)
	for _, r := range s {
		if unicode.IsUpper(r) {
			b = append(b, r)
		}
	}
	return string(b)
}

// capsPlace reports whether person, one word, is four or more capital
// letters that no one is credited under: a dateline's place ("ISTANBUL")
// or a title in capitals ("ALLEGIANCE"), where "LISA" and "SRK" name
// people.
func capsPlace(person string) bool {
	if len(person) < 4 {
		return false
	}
	for i := 0; i < len(person); i++ {
		if c := person[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return !mononyms[strings.ToLower(person)]
}
