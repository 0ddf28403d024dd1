package extract

import "strings"

// noCreditUncached is noCreditName, read anew; title is s without its
// season qualifier. The first word of s, read once, rules out describes,
// networkOriginal and seasonOnly for most names without their own reading.
func noCreditUncached(s, title string) bool {
	var buf [32]byte
	w, c, ok := plainFirstWord(buf[:0], s)
	if !(ok && c&cDescribeWord == 0) && describes(s) {
		return true
	}
	// a plain first word is letters only: no "-era" ends it, and s is one
	// roster word only where that word is all of s and a heading word (a
	// space ends a shorter one, and where s has nothing to trim it is more
	// than one word)
	plain := plainEnds(s) // strings.TrimSpace(s) is s
	if title == "" || (ok && len(w) == len(s) && c&cHeadingWord != 0 && rosterWords[string(w)]) ||
		!(ok && (len(w) == len(s) || plain)) && (rosterWord(s) || !ok && eraSetting(s)) {
		return true
	}
	// notTitle(s), with the first word read above where s needs no
	// trimming (a plain first word opens with a letter, no quote)
	if ok && (plain || strings.TrimSpace(s) == s) {
		if notTitleWord(s, w, c, ok) {
			return true
		}
	} else if notTitle(s) {
		return true
	}
	if !hasLetter(title) {
		return true
	}
	if !(ok && title == s && !seasonOnlyFirst(w)) && seasonOnly(title) {
		return true
	}
	if !(ok && c&(cNetworks|cDescribeWord) == 0 && string(w) != "original" && string(w) != "originals") && networkOriginal(s) {
		return true
	}
	return !hasByte(title, ' ') && hasLower(genreNouns, title) || contraction(title) || loneArticle(title) || yearPhrase(title) // genreNouns: single words
}
