package extract

import "strings"

// The cleaning addNew gives a credit's person and show depends on the
// string alone, and the same strings come again and again (the sentence's
// show in every credit, each credit read in both readings): it is done once
// per string and kept in the string's cache entry.

// cleanedPerson is person as a credit's person, before it is resolved:
// spaces cleaned, the commas and colons at its ends trimmed, an occupation
// before it ("Chef Marco Ricci") and a title-case headline's verb after it
// ("Han So-yul Confirmed for T") dropped.
func (x *extractor) cleanedPerson(person string) string {
	n := x.memo.lookup(person)
	if n.has&hasAsPerson == 0 {
		n.asPerson = dropEpithet(dropHeadlineVerb(dropOccupation(trimCommaColon(cleanSpace(person)))))
		n.has |= hasAsPerson
	}
	return n.asPerson
}

// cleanedShow is show as a credit's show, before the article's show is put
// for an abbreviation of it: spaces cleaned, unquoted, the same title in
// another script dropped, and a "-fame" or a network after "for" dropped.
func (x *extractor) cleanedShow(show string) string {
	n := x.memo.lookup(show) // entries stay where they are: n outlives the lookups below
	if n.has&hasAsShow == 0 {
		s := dropScript(unquote(cleanSpace(show)))
		if t, ok := strings.CutSuffix(s, "-fame"); ok && t != "" {
			s = t // "Ashraf Hamza (Thamaasha-fame)": the title X is known for
		}
		if i := lastFor(s); i > 0 && x.isNetwork(s[i+5:]) {
			s = s[:i] // "wrote Unforgiven for ITV1": the network is no part of the title
		}
		n.asShow = s
		n.has |= hasAsShow
	}
	return n.asShow
}
