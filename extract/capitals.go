package extract

import "unicode"

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
