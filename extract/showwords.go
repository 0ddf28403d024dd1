package extract

// Single words that are no sentence's show: an article or demonstrative
// of any language the extractor reads ("Il sito ufficiale ...", "on THIS
// day!"), and a name the article uses for a person or a character ("The
// other addition is Reece, played by X", "Kavin played the hero").

import (
	"strings"
	"unicode"
)

// determinerWords are articles and demonstratives, which open a sentence or
// a headline's phrase but are never a title alone.
var determinerWords = set(`the a an this that these those
	el la los las lo il gli le les un una une uno unos unas o os as
	der die das den dem des ein eine einen einem het de een
	este esta estos estas ese esa questo questa ce cette ces`)

// noShowWord reports whether s, a sentence's show, is one word that is a
// determiner, or a person's or character's name the article uses, and not
// the article's own show.
func (x *extractor) noShowWord(s string) bool {
	if strings.IndexByte(s, ' ') >= 0 || s == x.show {
		return false
	}
	var buf [32]byte
	if determinerWords[string(lowerInto(buf[:0], s))] {
		return true
	}
	if x.know == nil || !plainName(s) {
		return false // "SS-GB": no name's shape
	}
	k := x.fold(s)
	return x.know.person(k) || x.know.char(k)
}

// plainName reports whether s is shaped as a given name: a capital, then
// lower-case letters only ("Reece", not "SS-GB" or "MASH").
func plainName(s string) bool {
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(s) > 1
}

// columnLabels end the name of a column that a headline opens with, before
// its colon: "Pilot Watch:", "TV Roundup:".
var columnLabels = set(`watch roundup round-up digest briefs briefing rundown`)

// columnLabelEnd returns where a headline's words start after a column's
// label and its colon ("Pilot Watch: Power Ranking 10 Recent Casting
// Decisions": at "Power"), or 0: the label's words are no title.
func columnLabelEnd(t []token) int {
	for m := 1; m < len(t) && m <= 3; m++ {
		if t[m].text == ":" {
			if columnLabelsIDs.has(t[m-1].id) {
				return m + 1
			}
			return 0
		}
		if t[m].kind != tWord || !t[m].cap {
			return 0
		}
	}
	return 0
}
