package extract

// Shapes of one word: capitals, digits, stars between capitals.

import (
	"unicode"
	"unicode/utf8"
)

// starJoin reports whether the "*" at j stands between two capitals,
// inside one word: "M*A*S*H".
func starJoin(s string, j int) bool {
	return j > 0 && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' && s[j-1] >= 'A' && s[j-1] <= 'Z'
}

// isUpperCase reports whether strings.ToUpper(s) == s, without allocating.
func isUpperCase(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := decodeRune(s, i)
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return false // ToUpper would change the rune (or the invalid byte)
		}
		i += n
	}
	return true
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
