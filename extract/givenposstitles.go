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
	if w := t[k].low; w == "day" || describeWordsIDs.has(t[k].id) || placeWordsIDs.has(t[k].id) || describeWordsIDs.has(t[i].id) || placeWordsIDs.has(t[i].id) || countryName(t[i].text) {
		return false
	}
	name := t[i].text
	return x.resolve(name) == name && x.knownPerson(name) == ""
}

// workPossTitle reports whether the word at i, the possessive after it and
// the capitalized word after that open one title of a person's earlier
// work: "starred in Kessel's Creek", "known for T1 and Dorran's Inquest",
// "credits include Kessel's Creek". The word is no name the article uses
// for a person ("known for Nolan's T" after Christopher Nolan), network,
// company or place; the word after the possessive opens no name and is no
// function, genre, job or date word.
func (x *extractor) workPossTitle(i int) bool {
	t := x.toks
	k := i + 2
	if i < 2 || k >= len(t) || t[k].kind != tWord || !t[k].cap || isUpperCase(t[i].text) ||
		t[k].has(cStopWords|cGenreNouns|cFormatWords|cJobNoun|cCastNouns|cNetworks|cDateWords|cCompanyWords) || t[i].has(cNetworks|cCompanyWords|cStopWords) {
		return false
	}
	if w := t[k].low; describeWords[w] || placeWords[w] || describeWordsIDs.has(t[i].id) || placeWordsIDs.has(t[i].id) || countryName(t[i].text) {
		return false
	}
	if !x.earlierWorksAt(i) || x.opensPersonAfterPoss(k) || x.numberNetworkAt(i) {
		return false
	}
	name := t[i].text
	return x.resolve(name) == name && x.knownPerson(name) == ""
}

// opensPersonAfterPoss reports whether the capitalized word at k, after a
// possessive, opens a person's name: a given name with a capitalized word
// after it ("Miranda's Sarah Hadland") or a name the article uses for a
// person. A given name alone ("Master's Sun", "Lover's Lane") is a word of
// the title.
func (x *extractor) opensPersonAfterPoss(k int) bool {
	if !x.startsName(k) {
		return false
	}
	if n := x.tok(k + 1); n.cap && n.kind == tWord {
		return true
	}
	return x.resolve(x.toks[k].text) != x.toks[k].text || x.knownPerson(x.toks[k].text) != ""
}

// earlierWorksAt reports whether the title at i stands in a list of a
// person's earlier works, first or after others: after "in", "for" or
// "of" of earlier work ("starred in", "known for", "appeared in episodes
// of") or "credits include", over the list's titles, commas and "and".
func (x *extractor) earlierWorksAt(i int) bool {
	t := x.toks
	m := i - 1
	for m > 0 && m > i-16 && (t[m].text == "," || t[m].low == "and" || t[m].kind == tPoss || t[m].cap && t[m].kind == tWord || t[m].kind == tNum || t[m].has(cTitleGlue) && !t[m].cap && t[m].low != "in" && t[m].low != "for" && t[m].low != "of") {
		m--
	}
	switch p := t[m]; {
	case p.cap || p.kind != tWord:
		return false
	case p.low == "in":
		return x.earlierWork(m) || x.castVerbIn(m) // not "in Kessel's arms"; "played Jim in Kessel's Creek", "will star in Kessel's Creek"
	case p.low == "for" || p.low == "of":
		return x.earlierWork(m)
	case p.low == "include" || p.low == "includes":
		l := x.tok(m - 1).low
		return l == "credits" || l == "work" || l == "roles"
	}
	return false
}

// honorifics are the forms of address a character's name takes in a title:
// "Miss Fisher's Murder Mysteries", "Mrs Brown's Boys", "Lady
// Chatterley's Lover".
var honorifics = set(`miss mrs ms mr mister dr doctor madame lady`)

// honorificTitleAt reports whether tokens i to i+3 are a form of address,
// one capitalised word, a possessive and a capitalised word: a title whose
// possessive is a character's, not a maker's, who is named in full.
func honorificTitleAt(t []token, i int) bool {
	if i < 0 || i+3 >= len(t) || !t[i].cap || t[i].kind != tWord || !honorificsIDs.has(t[i].id) {
		return false
	}
	return t[i+1].cap && t[i+1].kind == tWord && t[i+2].kind == tPoss && t[i+3].cap && t[i+3].kind == tWord
}

// castVerbIn reports whether the "in" at m follows a cast or play verb in
// lower case, directly or past a character's name of up to four
// capitalized words, perhaps after "as", and past the list's items before
// it ("C1 in T1, C2 in T2 and C3 in"): "will star in T", "played Jim in
// T", "stars as Jim in T", "voicing Mara in T", "played Jim in T1 and
// Mara in T2".
func (x *extractor) castVerbIn(m int) bool {
	t := x.toks
	for v := m - 1; v > 0 && v > m-20; v-- {
		switch tk := &t[v]; {
		case tk.cap && tk.kind == tWord, tk.kind == tPoss, tk.text == ",":
		case !tk.cap && (tk.low == "in" || tk.low == "and" || tk.low == "as"):
		default:
			return !tk.cap && tk.kind == tWord && tk.has(cCastVerbs|cPlayVerbs)
		}
	}
	return false
}
