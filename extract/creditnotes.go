package extract

// A bracket after a writer's name that says which part of the writing is
// theirs, "Writer: A (Screenplay), B (Original Novel)": no title, so the
// bracket rules give no credit for it.

// creditNote reports whether the words of a bracket say which part of the
// writing a credit is, "(Screenplay)", "(Novel)", "(Original Story)", and
// name no title.
func creditNote(t []token) bool {
	if len(t) == 2 && t[0].low != "original" {
		return false
	}
	switch t[len(t)-1].low {
	case "screenplay", "teleplay", "script", "story", "novel", "manga", "dialogue", "dialogues", "adaptation", "work":
		return len(t) == 2 || t[0].low != "work"
	}
	return false
}
