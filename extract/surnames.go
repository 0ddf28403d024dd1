package extract

// A surname alone that names another person than the full name it
// resolves to.

// givenAlone reports whether the sentence names, alone, the given name of
// full, the full name a one-word name s resolved to: "Kalyani, on the
// other hand, will be seen in Priyadarshan's Marakkar" names Kalyani
// Priyadarshan by her given name, so Priyadarshan alone is another person
// (her father, the film's director); "Fitzgerald (Paul Keyes in T)"
// names no Paul alone.
func (x *extractor) givenAlone(s, full string) bool {
	if hasByte(s, ' ') {
		return false
	}
	given, sur, ok := cutByte(full, ' ')
	if !ok || given == s || sur != s {
		return false // "Kalyani Priyadarshan", and the surname alone
	}
	for i := range x.toks {
		// not "(Paul Keyes in T)": the given name before another surname
		// is someone else's full name, not the given name alone
		if x.toks[i].text == given && x.tok(i+1).text != s && x.tok(i-1).kind != tWord && !(x.tok(i+1).cap && x.tok(i+1).kind == tWord) {
			return true
		}
	}
	return false
}
