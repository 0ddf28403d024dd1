package extract

// Titles that hold a given name's possessive: "Bob's Burgers", "Dawson's
// Creek", "Grey's Anatomy", "Claire's Camera". A maker or a star is named
// by the full name or the surname before a title ("Tyler Perry's T",
// "Nolan's T"), seldom by a given name alone; a given name the article
// uses for no person, a possessive and a capitalized word that opens no
// name are one title.

// givenPossTitle reports whether the word at i, the possessive after it
// and the capitalized word after that open one title: the word is a given
// name (names.txt) and alone (no capitalized word before it), no
// network's, company's or place's name, and no person's the article
// names ("Lee's Squid Game co-star" after Lee Min-ho stays Lee's); the
// word after the possessive is no given name ("Miranda's Sarah Hadland",
// a show's actor), no function, genre, job or date word ("Anna's New
// Series", "Valentine's Day").
func (x *extractor) givenPossTitle(i int) bool {
	t := x.toks
	k := i + 2
	if k >= len(t) || !x.startsName(i) || t[k].kind != tWord || !t[k].cap || x.startsName(k) || isUpperCase(t[i].text) ||
		t[k].has(cStopWords|cGenreNouns|cJobNoun|cCastNouns|cNetworks|cDateWords|cCompanyWords) || t[i].has(cNetworks|cCompanyWords) {
		return false
	}
	if p := x.tok(i - 1); p.cap && p.kind == tWord || p.kind == tPoss {
		return false // "Tyler Perry's T", "Netflix's Anna's T": a full name's possessive
	}
	if w := t[k].low; w == "day" || describeWords[w] || placeWords[w] || describeWords[t[i].low] || placeWords[t[i].low] || countryName(t[i].text) {
		return false
	}
	name := t[i].text
	return x.resolve(name) == name && x.knownPerson(name) == ""
}
