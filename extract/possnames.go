package extract

import "strings"

// A show's person after the show's possessive, "Heartstopper's Yasmin
// Finney", "Salt Harbour's A B joins the cast": the possessive of a title
// before a full name the article has not named before.

// titlePossName reports whether the possessive at k, with the name from k+1
// to pe after it, is a show's possessive before that person: the name
// starts with a given name, holds two to four name words, not in capitals,
// and ends the clause, or comes before "and" or a word in lower case, in a
// sentence with a casting or crew word; the owner before k
// starts with no given name and is two words or more ("Salt Harbour's",
// "The Lantern's"), or one word the article knows as a show.
func (x *extractor) titlePossName(k, pe int) bool {
	if !x.castWords && !x.crewSentence || isUpperCase(x.toks[k+1].text) {
		return false // no casting nor crew word in the sentence ("MediaWeek's A B"), or a heading in capitals ("NEW YEAR'S EVE FIREWORKS")
	}
	if n := pe - (k + 1); n < 2 || n > 4 || !x.startsName(k+1) || !x.personShaped(k+1, pe) {
		return false
	}
	if w := x.tok(pe); !x.boundary(pe) && w.low != "and" && (w.kind != tWord || w.cap) {
		return false
	}
	ts := x.titleBefore(k)
	if ts >= k || x.startsName(ts) || x.tok(ts).has(cNetworks|cCompanyWords|cGenreNouns|cJobNoun|cCastNouns|cPrefixNouns|cDescribe) {
		return false // "Odalys Brenner's Tobin Marchetti", "Netflix's X", "Actor Y's Z"
	}
	if ts > 0 && x.tok(ts-1).cap && x.tok(ts-1).kind == tWord {
		return false // a longer run of capitals before it: no title known to end here
	}
	// one word alone is a title only where the article knows it as a show:
	// "Gugudan's A B", "Puck's C D" are a band's member, an outlet's writer
	return k-ts > 1 || x.isShow(x.span(ts, k))
}

// ownerNamed reports whether the item l, before a possessive after a job or
// cast noun, may own the title after it: after a job noun any name ("in
// director Bala's T"); after a cast noun, which may be the verb "stars"
// ("also stars Heartbreaker's A B"), a full name or one the article names
// in full, not one unknown word, a title's possessive before its person.
func (x *extractor) ownerNamed(isJob bool, l item) bool {
	if isJob {
		return true
	}
	n := x.itemName(l)
	return strings.Contains(n, " ") || x.knownPerson(n) != ""
}

// titleOwnsName reports whether the one word from k to the possessive at e
// is a show's, owning the full name from e+1 to pe in a list of cast
// ("also stars Heartbreaker's Tobin Marchetti"), where the name's given
// name is not one the name lists know: the word is no given name, nor a
// person, network, company, band or place the article or the lists know,
// and no job noun stands before it ("director Bala's T" is a maker's).
func (x *extractor) titleOwnsName(k, e, pe int) bool {
	if e != k+1 || pe-(e+1) < 2 || !x.personShaped(e+1, pe) || x.startsName(k) || isUpperCase(x.toks[k].text) || x.tok(k-1).has(cJobNoun) {
		return false // not "director Bala's Avan Ivan": a maker's title
	}
	owner := x.toks[k].text
	if strings.ContainsAny(owner, "0123456789-") || x.groupName(owner) {
		return false // "Kis-My-Ft2's A B": a band's member
	}
	return x.knownPerson(owner) == "" && x.resolve(owner) == owner && !x.isNetwork(owner) && !isCompany(owner) &&
		!hasLowerWord(placeWords, placeNameWords, owner) && !countryName(owner) && !regionName(owner) && !describes(owner)
}
