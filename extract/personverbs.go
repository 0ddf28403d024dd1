package extract

// Verbs only a person takes, read after a name shaped like a title: "X to
// star in T", "X is set to star", "X will play", "X has been cast": the
// name is a person's, no candidate for the article's show.

import "strings"

// personVerbs follow a person's name, never a title's: "T stars X" and "T
// plays at the festival" are a title's, "X to star in" and "X will play"
// a person's.
var personVerbs = [...]string{
	" to star in ", " to star as ", " to star opposite ", " set to star in ", " set to star as ", " will star in ", " will star as ", " stars as ",
	" will play ", " to play ", " has been cast ", " was cast ", " is cast ", " has signed on ", " in talks to ",
	" to direct ", " will direct ", " will voice ", " to voice ", " voices ",
}

// personVerbAfter reports whether after, the text after a name, opens with
// one of personVerbs.
func personVerbAfter(after string) bool {
	if len(after) < 7 || after[0] != ' ' {
		return false
	}
	for _, v := range personVerbs {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	return false
}
