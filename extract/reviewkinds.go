package extract

import "strings"

// reviewKindWords name the kind of work between a title and "Review" in a
// review's headline: "Barbie Movie Review: X shines".
var reviewKindWords = set(`movie film series show drama`)

// kindBeforeReview reports whether the word before te (where "Review"
// stands) names the kind of work rather than ending the title: the title
// without it ("Barbie") stands in the text more often than with it
// ("Barbie Movie"), so "The Lego Movie Review" keeps its title whole.
func (x *extractor) kindBeforeReview(te int) bool {
	if te < 2 || !reviewKindWordsIDs.has(x.toks[te-1].id) {
		return false
	}
	short, full := x.span(0, te-1), x.span(0, te)
	return strings.Count(x.a.Text, short) > strings.Count(x.a.Text, full)+1
}

// akaCut is a character's name before "AKA" (or "aka"): "Anil AKA Anil
// Kumar (played by X)" names the character Anil, the name the text goes on
// to use.
func akaCut(c string) string {
	k := 0
	for k < len(c) && c[k] != 'k' && c[k] != 'K' {
		k++
	}
	if k == len(c) {
		return c // no "k": none of the marks below, whose searches cost more
	}
	for _, sep := range [...]string{" AKA ", " aka ", " a.k.a. "} {
		if i := strings.Index(c, sep); i > 0 {
			return c[:i]
		}
	}
	return c
}
