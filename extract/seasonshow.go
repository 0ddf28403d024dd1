package extract

import "strings"

// seasonAlone reports whether a title read for a sentence's show is only a
// season, "Season 1" in "the cast of Season 1 included X": a season of the
// show the text is about, not a show of its own.
func (x *extractor) seasonAlone(s string) bool {
	s = strings.Trim(unquote(s), " ")
	if seasonOnly(s) {
		return true
	}
	title, seasons := x.split(s)
	return len(seasons) > 0 && strings.TrimSpace(title) == ""
}

// castNounHeading reports whether a heading is only describing words and a
// cast noun, "English Cast", "Main Cast", "Voice Cast": a section of cast
// lists, whose show is the one the text is about, not a title of its own.
func castNounHeading(s string) bool {
	// the words of strings.Fields(strings.ToLower(s)), read in place
	var at [4][2]int
	words := 0
	for i := 0; words < len(at); words++ {
		st, e := nextField(s, i)
		if st == len(s) {
			break
		}
		at[words], i = [2]int{st, e}, e
	}
	if words < 2 || words > 3 {
		return false
	}
	var buf [32]byte
	switch string(lowerInto(buf[:0], s[at[words-1][0]:at[words-1][1]])) {
	case "cast", "lineup", "line-up", "voices":
	default:
		return false
	}
	for _, f := range at[:words-1] {
		v := string(lowerInto(buf[:0], s[f[0]:f[1]]))
		if !describesWord(v) && v != "main" && v != "voice" && v != "supporting" && v != "additional" && v != "full" {
			return false
		}
	}
	return true
}
