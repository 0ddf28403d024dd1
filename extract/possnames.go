package extract

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
