package extract

// One actor in several characters after a verb of playing in the past:
// "X, who played C1 and C2 on T".

// pastPlayVerbs, with one subject before them, play each character after
// them: "X, who played C1 and C2 on T".
var pastPlayVerbs = set(`played portrayed voiced`)

// oneActorRoles is the one subject of the verb of playing at k (low) whose
// objects are several characters (want of them), when subjectsBefore found
// fewer than two (have) and no pronoun or "as" reading, nor words between
// the verb and the first character (other: "played the other half of duo
// C1 and C2"), took the sentence: that one actor plays each character;
// else nil.
func (x *extractor) oneActorRoles(k int, low string, want, have int, other bool) []string {
	if want < 2 || have >= 2 || other || !pastPlayVerbs[low] {
		return nil
	}
	if s := x.subjectsBefore(k, 1); len(s) == 1 {
		return s
	}
	return nil
}

// capsBetween reports whether every token from i up to j is a capitalized
// word or "both", or the one word there no stop word: "played both C1 and
// C2", "played Roman C1 and C2" (a word read off the character's name);
// not "played the other half of duo C1 and C2".
func (x *extractor) capsBetween(i, j int) bool {
	for m := i; m < j; m++ {
		if t := x.tok(m); !(t.cap && t.kind == tWord) && !(j-i == 1 && t.kind == tWord && !t.has(cStopWords)) && t.low != "both" {
			return false
		}
	}
	return true
}
