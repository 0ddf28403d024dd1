package extract

import "strings"

// A title in quotes that opens a sentence as its subject, before its verb:
// "“T” drew 3 million viewers", "Channel A’s “T,” which is X's first drama
// in years, set off to a slow start". The sentence is about T, and so is
// "the drama" of the sentences after it, in a text that goes from one show
// to the next.

// subjectVerbs are verbs, with no "-ed" ending, that may follow a title as
// its subject: "“T” drew", "“T” returns".
var subjectVerbs = set(`drew draws ran runs won wins saw sees took takes got gets became becomes began begins fell falls
	rose rises led leads hit hits kept keeps opens closes headlines tops remains ends airs premieres debuts returns continues follows tells`)

// quotedSubjectVerb reports whether the title in quotes from st to e opens
// the sentence (past its intro and an owner's possessive) and a verb
// follows it at v, past an aside from a to v on the title ("which ...")
// and auxiliaries: not a noun after it, "“T” alum X", "“T” star X", nor a
// quotation, “We are thrilled,” said X.
func (x *extractor) quotedSubjectVerb(st, e, a, v int) bool {
	if !isQuote(x.tok(st).text) || !x.quotedTitleOpens(st, e) {
		return false
	}
	if title := unquote(x.span(st, e)); x.skey(title) == x.showKey {
		return false // the article's show: the show the sentence has
	} else if base := strings.TrimRight(title, " 0123456789"); base != title && base != "" && (x.skey(base) == x.showKey || strings.Count(x.a.Text, base) > strings.Count(x.a.Text, title)) {
		// "“T 3” will air" where the article names T alone too: a season
		// of T, which the sentence's own reading finds (a title ending in a
		// number is rare: the count of the text runs seldom)
		return false
	}
	t := x.tok(v)
	if t.kind != tWord || t.cap || t.has(cCastNouns|cJobNoun|cGenreNouns|cFormatWords) {
		return false
	}
	if v > a {
		return !t.has(cStopWords) || t.low == "another" // "“T” will return", "“T” has been renewed", "“T” is another drama to watch"
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || subjectVerbsIDs.has(t.id) // "“T” premiered", "“T” drew"
}

// ownerOfQuoted reports whether an acronym the rules do not know as a
// network owns, with its possessive at e, the quoted title after it,
// "KBC’s “T” premiered": the title, not its owner, opens the sentence. Two
// words own it only where they are not shaped as a person's name and a
// "which" aside follows the title: "Channel 9’s “T,” which is X's first
// drama in years, set off to a slow start".
func (x *extractor) ownerOfQuoted(st, e int) bool {
	if !isQuote(x.tok(e + 1).text) {
		return false
	}
	if b := x.tok(st + 1); e == st+2 && x.tok(st).cap && x.tok(st).kind == tWord && (b.cap && b.kind == tWord || b.kind == tNum) && !x.personShaped(st, e) && x.knownPerson(x.span(st, e)) == "" {
		te := e + 3
		for te < len(x.toks) && te < e+14 && !x.closeQuote(te-1) {
			te++ // past "!" in the title, “Odd! Chef Tam,”
		}
		return x.quotedTitleOpens(e+1, te) && x.quotedWhich(e+1, te)
	}
	if e != st+1 || x.acronymOwnerLen(st) != 2 {
		return false
	}
	return x.quotedTitleOpens(e+1, x.titleAt(e+1, false))
}

// quotedWhich reports whether the title in quotes from at to e has a
// "which" clause on it after its comma, “T,” which follows a chef.
func (x *extractor) quotedWhich(at, e int) bool {
	if !isQuote(x.tok(at).text) || !x.closeQuote(e-1) {
		return false
	}
	c := e
	if x.tok(e-2).text == "," {
		c = e - 1 // the comma inside the quotes
	} else if x.tok(e).text != "," {
		return false
	}
	return x.tok(c+1).low == "which" || x.tok(c).low == "which"
}
