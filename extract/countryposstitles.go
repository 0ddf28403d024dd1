package extract

// A country's possessive that opens a title: "Canada's Drag Race judge
// X", "a former Britain's Got Talent contestant", "known for America's
// Next Top Model". The country and its possessive are the title's first
// words where two capitalized words or more follow that are no person's
// name nor a network's, and a cast or job noun follows them or they stand
// in a list of a person's earlier works. "Iran's Ana Lee", "Kenya's
// Showmax" stay a country's person and network.

// countryPossTitle reports whether the country at i, the possessive at
// i+1 and the capitalized words after it are one title.
func (x *extractor) countryPossTitle(i int) bool {
	t := x.toks
	if !possCountry(&t[i]) || x.tok(i-1).cap && x.tok(i-1).kind == tWord {
		return false // "South Korea's T": no country alone
	}
	e := x.titleAt(i+2, false)
	return x.countryPossRun(i+2, e) && (x.nounAfterTitle(e) || i >= 2 && x.earlierWorksAt(i) && x.listItemEnd(e))
}

// countryPossStart returns the start of a title read back to i before j,
// moved back over a country's possessive that opens it (countryPossTitle);
// else i.
func (x *extractor) countryPossStart(i, j int) int {
	t := x.toks
	if i < 2 || t[i-1].kind != tPoss || !possCountry(&t[i-2]) || x.tok(i-3).cap && x.tok(i-3).kind == tWord {
		return i
	}
	if !x.countryPossRun(i, j) || !x.nounAfterTitle(j) && !(i >= 4 && x.earlierWorksAt(i-2) && x.listItemEnd(j)) {
		return i
	}
	return i - 2
}

// countryPossRun reports whether i..e, after a country's possessive, is
// two capitalized words or more that name no person nor network.
func (x *extractor) countryPossRun(i, e int) bool {
	if e < i+2 || x.toks[i].kind != tWord || x.personShaped(i, e) && x.startsName(i) {
		return false // "Kenya's 2023 Oscar submission": a year, no title
	}
	for k := i; k < e; k++ {
		if x.toks[k].has(cAward | cAwardCue) {
			return false // "Kenya's Oscar entry": an award's
		}
	}
	title := x.span(i, e)
	return !x.isNetwork(title) && x.knownPerson(title) == ""
}

// listItemEnd reports whether a title ending before e ends an item of a
// list: a mark, "and", "or" or the sentence's end follow it, no word in
// lower case ("Kenya's Oscar submission").
func (x *extractor) listItemEnd(e int) bool {
	w := x.tok(e)
	return w.kind == tPunct || w.low == "and" || w.low == "or"
}

// nounAfterTitle reports whether a cast or job noun in lower case follows
// a title ending before e: "T judge X", "a T contestant".
func (x *extractor) nounAfterTitle(e int) bool {
	w := x.tok(e)
	return !w.cap && w.kind == tWord && (w.has(cCastNouns|cJobNoun) || showRoleNounsIDs.has(w.id))
}

// showRoleNouns name a part in a show beside its cast and makers: a
// contest's or a reality show's.
var showRoleNouns = set(`contestant contestants judge judges host hosts winner winners finalist finalists runner-up
	housemate housemates participant participants champion alum alumna alumnus presenter presenters`)

// possCountry reports whether tk is a country's or a continent's name, as
// reality shows' titles open with: "Britain's", "America's".
func possCountry(tk *token) bool {
	if !tk.cap || tk.kind != tWord {
		return false
	}
	switch tk.low {
	case "america", "africa", "asia", "europe":
		return true
	}
	return countryName(tk.text)
}

// contractionOpeners are the words whose "'s" is "is" or "us" where they
// open a title: "It's Always Sunny", "Who's the Boss?", "Let's Dance".
var contractionOpeners = set(`it who what that there here where let he she how`)
