package extract

import (
	"testing"
	"unicode"
)

// TestPunctuationBlockNoAlnum checks isAlnumUnicode's shortcut: no rune of
// the general punctuation block is a letter or a digit.
func TestPunctuationBlockNoAlnum(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.Errorf("%U is a letter or digit", r)
		}
	}
}
