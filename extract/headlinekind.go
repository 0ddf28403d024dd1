package extract

// A sentence-case headline that opens with its title and a verb, the body
// speaking of the title only by its kind: "Salt Road starts filming in
// Oslo", then "The drama follows a widow ...". The title is the article's
// show though the body never writes it again.

import "strings"

// headlineStartVerbs end a title at the start of a sentence-case headline,
// besides headlineVerbs.
var headlineStartVerbs = set(`starts begins premieres arrives debuts heads comes moves shoots wraps finds gets`)

// kindHeadlineTitle is the title that opens a sentence-case headline
// before a verb in lower case, where a sentence of the body's first four
// opens with "The" and a genre noun ("The drama follows"); "" where the
// title may be a person's name ("Vishal starts shooting": one word is
// not told from a title), a network or a description.
func (x *extractor) kindHeadlineTitle() string {
	if len(x.sents) < 2 || !x.sents[0].head || x.sents[0].para != 0 {
		return ""
	}
	s := x.look(0)
	t := s.toks
	e := x.titleAt(0, false)
	if e < 1 || e >= len(t) || e > 6 || t[e].kind != tWord || t[e].cap || !headlineVerbsIDs.has(t[e].id) && !headlineStartVerbsIDs.has(t[e].id) {
		return ""
	}
	title := x.span(0, e)
	if isQuote(t[0].text) || x.isNetwork(title) || describes(title) || placeWords[strings.ToLower(title)] || x.knownPerson(title) != "" ||
		x.personShaped(0, e) && x.startsName(0) || e == 1 {
		return "" // "Ana Ruiz starts filming", "Vishal starts shooting": a person's news, as one word may be
	}
	for i := 1; i < len(x.sents) && i < 5; i++ {
		b := x.sents[i].toks
		if x.sents[i].head || len(b) < 3 {
			continue
		}
		if (b[0].low == "the" || b[0].low == "this") && b[1].has(cGenreNouns) && !b[1].cap && b[2].kind == tWord && !b[2].cap {
			return title // "The drama follows ...", "This series is ..."
		}
	}
	return ""
}
