package extract

// A word in capitals for emphasis before a name: "You will ultimately HATE
// Angelu De Leon!" The capitals are no part of the name, as "CCH" of "CCH
// Pounder" or "KIM" of "KIM Sang-jin" are.

// emphasisCaps reports whether token i of t is a word of three or more
// capitals set for emphasis before a name: a lower-case word that says
// nothing of the person stands before it, no credit dataset starts a name
// with it, and a name of two capitalized words or more follows it.
func emphasisCaps(t []token, i int) bool {
	if i < 1 || i+2 >= len(t) {
		return false
	}
	w, p := &t[i], &t[i-1]
	if w.kind != tWord || len(w.low) < 3 || !isUpperCase(w.text) || p.kind != tWord || p.cap || p.has(cPrefixNouns|cDescribe|cJobNoun|cCastNouns) {
		return false
	}
	if w.has(cNameStart) || koreanFamilyIDs.has(w.id) {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		if n := &t[k]; !isName(n) || isUpperCase(n.text) {
			return false
		}
	}
	return true
}
