// A short word in capitals that the article only ever puts before a genre
// noun ("the new TVE series", "the RTÉ drama charge", "a TEN series") names
// a network, a country or a kind, not a show.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// acronymGenres are the genre nouns such a word stands before.
var acronymGenres = set(`series drama dramas show shows sitcom film films movie comedy soap soaps thriller documentary telenovela anime original originals`)

// acronymModifier reports whether show is two to four capital letters that
// every time the article's text has it as a word but in a possessive, a
// lower-case genre noun follows: "Ana Tramel, the new TVE series directed
// by X".
//
// One capitalized word ("Seven", "Nine") is such a network where the
// article also writes it before "Network" ("Seven Network has announced
// ... Seven's new TV series ... the hit Seven show").
func (x *extractor) acronymModifier(show string) bool {
	if len(show) > 10 || len(show) < 2 {
		return false // asked of every credit's show: most are longer
	}
	acronym := true
	if n := utf8.RuneCountInString(show); n < 2 || n > 4 {
		acronym = false
	}
	for i, r := range show {
		if !unicode.IsUpper(r) && (i == 0 || !unicode.IsLetter(r)) {
			return false
		} else if !unicode.IsUpper(r) {
			acronym = false
		}
	}
	// the article's text is searched for show once an article: credits
	// of the same show ask again, and the second reading asks it all again
	if x.memo == nil {
		return acronymIn(x.a.Text, show, acronym)
	}
	n := x.memo.lookup(show)
	if n.has&hasAcronymMod == 0 {
		n.acronymMod = acronymIn(x.a.Text, show, acronym)
		n.has |= hasAcronymMod
	}
	return n.acronymMod
}

// acronymIn is acronymModifier's search of text for show, a capitalized
// word or an acronym (acronym: two to four capitals).
func acronymIn(text, show string, acronym bool) bool {
	network := false
	seen := false
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], show)
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(show)
		i = end
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // inside a longer word
			}
		}
		if end < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if strings.HasPrefix(text[end:], "’s ") || strings.HasPrefix(text[end:], "'s ") {
			continue // "RTÉ’s new season": its possessive, either way
		}
		if end >= len(text) || text[end] != ' ' {
			return false
		}
		w := text[end+1:]
		if k := strings.IndexAny(w, " ,.;:!?)\n"); k >= 0 {
			w = w[:k]
		}
		if w == "Network" {
			network = true
		} else if !acronymGenres[w] {
			return false
		}
		seen = true
	}
	return seen && (acronym || network)
}
