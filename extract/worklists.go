package extract

// Lists of works, not of people: capitalized names right after a plural
// noun of works ("dramas A, B and C also set to return", "new shows like
// A, B and C") are titles; a one-word "name" that such a noun follows
// ("Reliable hits such as T") describes the works and is no person.

import "strings"

// worksPlural reports whether the word at k is a plural noun of works in
// lower case: "dramas", "shows", "films", "comedies", "hits".
func (x *extractor) worksPlural(k int) bool {
	w := x.tok(k)
	if w.cap || w.kind != tWord {
		return false
	}
	if x.worksNoun(k) || worksPluralsIDs.has(w.id) {
		return true
	}
	return len(w.low) > 4 && strings.HasSuffix(w.low, "ies") && genreNouns[w.low[:len(w.low)-3]+"y"]
}

// worksListAt reports whether the list that starts at start follows a
// plural noun of works, directly or through "like": "award-nominated
// dramas A, B and C", "new shows like A, B and C".
func (x *extractor) worksListAt(start int) bool {
	p := x.tok(start - 1)
	if p.cap || p.kind != tWord {
		return false
	}
	if p.low == "like" {
		return x.worksPlural(start - 2)
	}
	return x.worksPlural(start - 1)
}

// worksAdjective reports whether s, a one-word "name" read as a subject, is
// written in the sentence right before a plural noun of works, which it
// describes: "Reliable hits such as T1 and T2 return".
func (x *extractor) worksAdjective(s string) bool {
	if hasByte(s, ' ') {
		return false
	}
	for k := range x.toks {
		if x.toks[k].text == s && x.worksPlural(k+1) {
			return true
		}
	}
	return false
}

// possInTitle reports whether the possessive at k, after a full name, is a
// title's rather than an actor's before a character: the name opens a
// quote ("‘City Couple's Way of Love’"), or follows "of" and the word
// after it starts no name ("Fans of Dara Vell's Inquest"); pre is the word
// before the name, in lower case.
func (x *extractor) possInTitle(k int, pre string) bool {
	if isQuote(x.tok(x.ownersStart(k) - 1).text) {
		return true
	}
	return pre == "of" && !x.startsName(k+1)
}
