package extract

// Where a full stop ends a sentence: not after an initial or one of the
// abbreviations, read by the sentence splitter (endsSentence) and the
// tokenizer (a word before a full stop).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevLen is the length of the longest of abbrev: a longer word is none.
const abbrevLen = 4

// abbreviations that end in a full stop without ending a sentence, none
// longer than abbrevLen (TestAbbrevLen).
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"vs": true, "prof": true, "gen": true, "lt": true, "col": true, "no": true, "vol": true,
	"inc": true, "ltd": true, "co": true, "sgt": true, "capt": true, "mt": true, "ft": true, "i.e": true, "e.g": true,
	"sta": true, "sto": true, // Filipino family names: "Jodi Sta. Maria", "Sto. Domingo"
	"u.a": true, "bl.a": true, // German "u.a." and Danish, Norwegian, Swedish "bl.a.": among others
}

// endsSentence reports whether a full stop after before ends a sentence: not
// after an initial ("Sterling K.") or a known abbreviation ("Dr.").
func endsSentence(before string) bool {
	w := before
	if i := lastWordMark(w); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:] // past the whole mark: “Mr. Plankton” opens with three bytes
	}
	if w == "" {
		return true
	}
	// initials: "K", "R.J", "R.R"; not a word whose first two bytes are
	// ASCII and the second no full stop
	initials := len(w) < 2 || w[0] >= utf8.RuneSelf || w[1] >= utf8.RuneSelf || w[1] == '.'
	for rest := w; initials; {
		part, after, more := strings.Cut(rest, ".")
		if utf8.RuneCountInString(part) != 1 {
			initials = false
			break
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			initials = false
			break
		}
		if !more {
			break
		}
		rest = after
	}
	if initials {
		return false
	}
	if len(w) > abbrevLen {
		return true // no abbreviation, nor "Jr" (lower-casing makes no ASCII letter of abbrev's from a rune past ASCII)
	}
	lw := strings.ToLower(w)
	if lw == "jr" || lw == "sr" {
		return true // "... alongside Dev Patel Jr. Lena Choi is set to direct": a name's suffix ends it
	}
	return !abbrev[lw]
}

// nameSuffixAt reports whether the word that ends at i is a name's suffix,
// "Jr" or "Sr".
func nameSuffixAt(p string, i int) bool {
	return i >= 3 && (p[i-2:i] == "Jr" || p[i-2:i] == "Sr") && p[i-3] == ' '
}
