package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
// another script dropped, a "-fame" or a network after "for" dropped, and
// a kind of show (kindTail) or the year of its edition (yearTail) after it.
func (x *extractor) cleanedShow(show string) string {
	n := x.memo.lookup(show) // entries stay where they are: n outlives the lookups below
	if n.has&hasAsShow == 0 {
		s := innerQuoted(dropScript(unquote(cleanSpace(show))))
		if t, ok := strings.CutSuffix(s, "-fame"); ok && t != "" {
			s = t // "Ashraf Hamza (Thamaasha-fame)": the title X is known for
		}
		if i := lastFor(s); i > 0 && x.isNetwork(s[i+5:]) {
			s = s[:i] // "wrote Unforgiven for ITV1": the network is no part of the title
		}
		if byNetwork(s) && x.isNetwork(s[strings.LastIndexByte(s, ' ')+1:]) {
			s = "" // "Déprogrammée par ABC, la série": what a network did, no title
		}
		n.asShow = kindTail(yearTail(s, x.a.Date))
		n.has |= hasAsShow
	}
	return n.asShow
}

// tailKinds are the kinds of show a title is written with after it, in
// lower case ("the Hoshikuzu Rensa anime", "the T live-action series") or
// in a bracket ("Brightwater (TV series)", "T (2019 film)").
var tailKinds = set(`series film movie drama anime sitcom miniseries mini-series docuseries telenovela`)

// kindTail drops from a title the kind of show written after it: a kind in
// lower case ("Hollow Crown Academy live-action series", "Jujutsu Kaisen
// anime"), "Anime" in capitals, or a bracket that gives the kind as a
// reference work does ("Brightwater (TV series)", "T (2019 film)"). A
// title that is no more than its kind is kept.
func kindTail(s string) string {
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			in := strings.Fields(s[i+2 : len(s)-1])
			if len(in) > 0 && len(in) <= 3 && tailKinds[strings.ToLower(in[len(in)-1])] {
				return strings.TrimSpace(s[:i])
			}
		}
		return s
	}
	for q := 0; q < 2; q++ {
		i := strings.LastIndexByte(s, ' ')
		if i <= 0 {
			return s
		}
		w, prev := s[i+1:], s[strings.LastIndexByte(s[:i], ' ')+1:i]
		// tailKinds' words open with a letter in lower case: most titles'
		// last words, capitalized, are passed over without a lookup
		kind := w != "" && 'a' <= w[0] && w[0] <= 'z' && tailKinds[w]
		if !kind && w != "live-action" && w != "Anime" || prev == "" || !startsUpperWord(prev) && (prev[0] < '0' || prev[0] > '9') && prev != "live-action" {
			return s // "Born to be the One", "The Lego Movie": the title's own
		}
		s = s[:i]
	}
	return s
}

// innerQuoted returns the title quoted inside s where s is a run of words
// that reaches into a quoted title whose closing mark it lost: "Working on
// the Showmax Original ‘Harbor" of "“Working on the Showmax Original
// ‘Harbor’ is a dream,” said X" is the speech around the title, and Harbor
// the title. Any other s is returned as it is.
func innerQuoted(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 && strings.IndexByte(s, 0xC2) < 0 {
		return s // no curly quote or guillemet
	}
	for _, q := range [...]string{" ‘", " “", " «", " „"} {
		i := strings.LastIndex(s, q)
		if i < 0 {
			continue
		}
		t := strings.TrimSpace(s[i+len(q):])
		if t == "" || strings.ContainsAny(t, "’”»‘“«„") || !opensUpper(t) {
			continue
		}
		return t
	}
	return s
}

// opensUpper reports whether s opens with an upper-case letter or a digit.
func opensUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// byNetwork reports whether s ends in "by", "par" or "por" and one more
// word: "Cancelled by ABC", "Déprogrammée par ABC".
func byNetwork(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return false
	}
	j := strings.LastIndexByte(s[:i], ' ')
	if j < 0 {
		return false
	}
	w := s[j+1 : i]
	return w == "by" || w == "par" || w == "por"
}
