package extract

// A story on a show's casting that opens with the show announcing its new
// cast: "The official website of the anime adaptation of X's manga, T
// announced two additional cast members", "T anunció dos miembros del
// elenco", "T reveals new cast members". The title before the verb is the
// article's show, where no headline named one.

// announceVerbs are the verbs of "T announced N cast members".
var announceVerbs = set(`announced announces announce revealed reveals unveiled unveils confirmed confirms added adds`)

var announceMask = wordMask("announced", "announces", "announce", "revealed", "reveals", "unveiled", "unveils", "confirmed", "confirms", "added", "adds")

// announceCues are read as foreignCues' (in lower case only): the verbs of
// announcing of Spanish, Portuguese, Italian and French.
var announceCues = map[string]string{
	"anunció": "announced", "anuncia": "announces", "anunciou": "announced", "annuncia": "announces", "annunciato": "announced",
	"reveló": "revealed", "revela": "reveals", "revelou": "revealed", "confirmó": "confirmed", "confirma": "confirms", "confirmou": "confirmed",
}

// castNounBefore are the words before "cast" that make it a noun.
var castNounBefore = set(`the its new additional full main voice supporting del do du de`)

// castNewsTitle reads, in the sentence at hand, a title right before a
// verb of announcing that "cast" follows within six words: "T announced
// two additional cast members". It returns the title, or "".
func (x *extractor) castNewsTitle() string {
	if !x.sentHasAnyWord(announceMask) {
		return ""
	}
	t := x.toks
	for k := 1; k < len(t); k++ {
		if t[k].cap || !announceMask.mayHold(&t[k]) || !announceVerbsIDs.has(t[k].id) {
			continue
		}
		cast := false
		for m := k + 1; m < len(t) && m <= k+6 && t[m].kind != tPunct; m++ {
			// "cast members", "the cast", "miembros del elenco": a noun, not
			// "revealed how he cast A"
			cast = cast || t[m].low == "cast" && !t[m].cap && (castNounBeforeIDs.has(t[m-1].id) || x.tok(m+1).low == "members" || x.tok(m+1).low == "member")
		}
		ts := x.titleBefore(k)
		if !cast || ts >= k || ts > 0 && t[ts-1].kind != tPunct && !t[ts-1].has(cStopWords) && !foreignFunctionWordsIDs.has(t[ts-1].id) {
			continue
		}
		if x.promoShow(ts, k) && !t[ts].has(cStopWords|cJobNoun) {
			return unquote(x.span(ts, k))
		}
	}
	return ""
}

// castForMask holds the words castForTitle needs, all of them.
var castForMask = wordMask("cast")

// castForTitle reads, in the sentence at hand, the title after a verb of
// announcing and "cast for" within five words: "Yesterday, the studio
// unveiled their English dub cast for T: Subtitle.", "X has announced the
// voice cast for the anime T". It returns the title, or "".
func (x *extractor) castForTitle() string {
	if !x.sentHasAnyWord(announceMask) || !x.sentHasAnyWord(castForMask) {
		return ""
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if !announceVerbsIDs.has(t[k].id) || t[k].cap || !announceMask.mayHold(&t[k]) {
			continue
		}
		for m := k + 1; m+1 < len(t) && m <= k+5 && t[m].kind == tWord; m++ {
			if !castForMask.holds(&t[m]) || t[m].cap || t[m+1].low != "for" {
				continue
			}
			at := x.skipOwner(m + 2)
			for q := 0; q < 2 && at < len(t) && t[at].kind == tWord && !t[at].cap && (t[at].has(cGenreNouns|cFormatWords) || t[at].low == "upcoming" || t[at].low == "new"); q++ {
				at++ // "the cast for the upcoming anime T"
			}
			e := x.titleAt(at, false)
			if e <= at {
				return ""
			}
			title := unquote(x.span(at, e))
			if x.isNetwork(title) || describes(title) || x.personShaped(at, e) && x.startsName(at) || x.knownPerson(title) != "" {
				return ""
			}
			return title
		}
	}
	return ""
}
