package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// castListCue reads the words before a list that starts at start as a cast
// list's cue that listTrigger does not: "the cast of Season 1 included X,
// Y", "Additional voices included in the cast are X, Y", "The supporting
// cast includes esteemed names like X, Y".
func (x *extractor) castListCue(start int) bool {
	p := x.tok(start - 1)
	if p.cap {
		return false
	}
	if x.appearanceBy(start) || x.careersOf(start) {
		return true
	}
	if q := x.tok(start - 2); (q.low == "voices" || q.low == "voice") && !q.cap && (p.low == "are" || p.low == "were" || p.low == "include" || p.low == "includes" || p.low == "included") {
		if a := x.tok(start - 3).low; a == "additional" || a == "other" || a == "supporting" || a == "guest" || a == "featured" {
			return true // "Additional voices are X, Y and Z"
		}
	}
	switch p.low {
	case ":", ";":
		return x.castColonCue(start - 2) // "The actors include: X, Y", "In attendance were the cast; X, Y"
	case "included", "comprised", "featured":
		// "the cast (of Season 1) included X", "The cast also featured X":
		// the cast noun among the clause's words before the verb
		return x.castNounBefore(start-2, 5)
	case "of":
		// "The cast for Season 2 consisted of X"
		if q := x.tok(start - 2).low; q == "consisted" || q == "consists" || q == "consist" {
			return x.castNounBefore(start-3, 5)
		}
		if x.tok(start-2).low == "up" && x.tok(start-3).low == "made" {
			return x.castNounBefore(start-4, 5) // "The rest of the line-up is made up of X, Y"
		}
	case "are", "were", "is", "was":
		// "Additional voices included in the cast are X", "Series
		// regulars in the second season were X"
		return x.tok(start-2).low == "cast" && x.tok(start-3).low == "the" && x.tok(start-4).low == "in" && !x.tok(start-2).cap ||
			(p.low == "are" || p.low == "were") && x.regularsBefore(start-2)
	case "like":
		// "includes esteemed names like X, Y": a plural noun after the
		// trigger, then "like"
		if q := x.tok(start - 2); !q.cap && (q.low == "names" || pluralNounsIDs.has(q.id)) {
			for m := start - 3; m >= 0 && m >= start-6; m-- {
				t := x.tok(m)
				if t.kind == tPunct {
					return false
				}
				if (t.low == "includes" || t.low == "include" || t.low == "included") && !t.cap {
					return x.castNounBefore(m-1, 3)
				}
			}
		}
	}
	return false
}

// castNounBefore reports whether "cast", "ensemble" or "lineup" stands in
// the n words that end at k, in the same clause, not inside a title.
func (x *extractor) castNounBefore(k, n int) bool {
	for m := k; m >= 0 && m > k-n; m-- {
		t := x.tok(m)
		if t.kind == tPunct {
			return false
		}
		if !t.cap && (t.low == "cast" || t.low == "ensemble" || t.low == "lineup" || t.low == "line-up" || t.low == "regulars") {
			return true
		}
	}
	return false
}

// versionNouns name a new take on a show, the show a sentence stars its
// people in: "A and B star in the new version of the telenovela T".
var versionNouns = set(`version remake adaptation reboot revival`)

// partAfter reports whether "a (minor, supporting, ...) part" or "role"
// stands at i: "confirmed for a minor part in the movie".
func (x *extractor) partAfter(i int) bool {
	if l := x.tok(i).low; l != "a" && l != "the" {
		return false
	}
	for m := i + 1; m < len(x.toks) && m < i+4; m++ {
		t := x.tok(m)
		if t.cap || t.kind != tWord {
			return false
		}
		if t.low == "part" || t.low == "role" || t.low == "cameo" {
			return true
		}
	}
	return false
}

// joinsCastAfter reports whether the words after a list that ends at end
// add its people to a cast: "Director X has been added to the cast of T",
// "Writer Y joins the cast". A job noun before such a list is the
// people's trade, not their credit.
func (x *extractor) joinsCastAfter(end int) bool {
	verb := false
	for m := end; m < len(x.toks) && m < end+8; m++ {
		t := x.tok(m)
		if t.kind == tPunct || t.cap {
			return false
		}
		switch t.low {
		case "added", "joined", "joins", "join", "joining":
			verb = true
		case "cast", "ensemble", "lineup", "line-up":
			return verb
		}
	}
	return false
}

// appearanceBy reports whether "a special (cameo, guest) appearance by"
// stands before a list at start, perhaps with the people's trades: "a
// special appearance by singer and actor Rain".
func (x *extractor) appearanceBy(start int) bool {
	m := start - 1
	for q := 0; q < 4 && m > 0 && !x.tok(m).cap && (x.tok(m).has(cPrefixNouns|cCastNouns) || x.tok(m).low == "and"); q++ {
		m--
	}
	if x.tok(m).low != "by" && x.tok(m).low != "from" {
		return false
	}
	switch x.tok(m - 1).low {
	case "appearance", "appearances", "cameo", "cameos": // "appearances by (from) A and B"
		return !x.tok(m - 1).cap
	case "performance", "performances": // "with stellar performances by A and B", not "a live performance by singer C"
		l := x.tok(m - 2).low
		return !x.tok(m-1).cap && x.tok(m).low == "by" && l != "live" && l != "musical" && l != "dance" && l != "special" && !x.tok(m-2).has(cCastNouns)
	}
	return false
}

// regularsBefore reports whether a clause that ends at k opens with
// "Series regulars" or "Regulars": "Series regulars in the second season
// were X, Y".
func (x *extractor) regularsBefore(k int) bool {
	for m := k; m >= 0 && m > k-8; m-- {
		t := x.tok(m)
		if t.kind == tPunct {
			return false
		}
		if t.low == "regulars" {
			return true
		}
	}
	return false
}

// planBefore reports whether a list at start is the object of a plan given
// up: "The film was earlier supposed to feature X", "originally slated to
// star X and Y".
func (x *extractor) planBefore(start int) bool {
	if l := x.tok(start - 1).low; l == "opposite" || l == "alongside" || l == "with" {
		return false // "was originally attached to star opposite Y": Y is in it
	}
	if x.untitledStarring(start) {
		return true // "included a film with Remo Dass starring X": a work with no title
	}
	for m := start - 1; m > 0 && m >= start-6; m-- {
		if x.tok(m).kind == tPunct {
			return false
		}
		if x.tok(m-1).low == "to" && x.formerPlan(m) {
			return true
		}
	}
	return false
}

// animeVoiceList reports whether the list at start is an anime's voice cast
// ("The voice cast also includes A (C1), B (C2)"), where a bracket after a
// name holds the character, not an earlier show as in a film's casting news.
func (x *extractor) animeVoiceList(start int) bool {
	voice := false
	for m := start - 1; m >= 0 && m >= start-6; m-- {
		if l := x.toks[m].low; l == "voice" || l == "voices" || l == "cast" && x.tok(m+1).low == "members" {
			voice = true // "The new cast members are A (C1), B (C2)": an anime's cast is its voices
		}
	}
	if !voice {
		return false
	}
	if x.anime == 0 {
		x.anime = 1
		if strings.Contains(strings.ToLower(x.a.Text), "anime") {
			x.anime = 2
		}
	}
	return x.anime == 2
}

// charBracket reports whether the words i..j of a bracket, inner, may hold
// a character in a list of voices: a name in capitals, or one after "the"
// ("(the Archmage)"), neither a show nor a person.
func (x *extractor) charBracket(i, j int, inner string) bool {
	if x.tok(i).low == "the" && !x.tok(i).cap && i+1 < j && x.tok(i+1).cap {
		i++
	}
	return !x.showLike(i, j) && !x.isShow(inner) && x.knownPerson(inner) == "" && x.tok(i).cap
}

// characterOwner is the performer whose character the name at start is,
// when a possessive and "character" or "role" stand just before it: "X's
// character, Sera Vale,", "X's character, a disgraced knight named Sera
// Vale,"; "" otherwise.
func (x *extractor) characterOwner(start int) string {
	for m := start - 1; m >= 2 && m >= start-10; m-- {
		t := &x.toks[m]
		if (t.low == "character" || t.low == "role") && !t.cap && x.tok(m+1).text == "," && x.toks[m-1].kind == tPoss {
			if ps := x.personBefore(m - 1); ps < m-1 {
				if name := x.span(ps, m-1); x.personShaped(ps, m-1) || x.resolve(name) != name {
					return x.resolve(name) // "Walsh's character": Erin Walsh, named before
				}
			}
			return ""
		}
		if t.kind == tPunct && t.text != "," {
			return ""
		}
	}
	return ""
}

// additionOpener reports whether the list at start is the object of a
// phrase that opens the sentence and adds to its subject: "In addition to
// X, A, B and C are part of the cast", "Along with X, A and B star", "Apart
// from X, ...". The list that runs on past the comma is the subject, and
// X is one of them.
func (x *extractor) additionOpener(start int) bool {
	switch {
	case start == 3:
		return x.tok(0).low == "in" && x.tok(1).low == "addition" && x.tok(2).low == "to"
	case start == 2:
		a, b := x.tok(0).low, x.tok(1).low
		return a == "along" && b == "with" || a == "apart" && b == "from" || a == "aside" && b == "from" || a == "together" && b == "with"
	}
	return false
}

// bringsBack are the verbs of "T is bringing back X", "T welcomes back Y":
// the list after "back" is returning cast.
var bringsBack = set(`bring brings bringing brought welcome welcomes welcoming welcomed`)

// careersOf reports whether "launched the careers of" (and "people such
// as", "stars like") ends before the list at start: "The soap has been
// responsible for launching the careers of people such as X and Y" names
// the show's cast.
func (x *extractor) careersOf(start int) bool {
	k := start - 1
	if l := x.tok(k).low; l == "as" && x.tok(k-1).low == "such" {
		k -= 2
	} else if l == "like" {
		k--
	}
	if k < start-1 && (x.tok(k).low == "people" || x.tok(k).low == "names" || pluralNounsIDs.has(x.tok(k).id)) {
		k--
	}
	if x.tok(k).low != "of" || x.tok(k-1).low != "careers" || x.tok(k-2).low != "the" {
		return false
	}
	v := x.tok(k - 3)
	return !v.cap && (strings.HasPrefix(v.low, "launch") || strings.HasPrefix(v.low, "kick-start") || strings.HasPrefix(v.low, "kickstart") || strings.HasPrefix(v.low, "jump-start"))
}

// pastPrepObject drops the first item of the list from start to end where a
// preposition before it makes it an object, and the list's verb is in a
// relative clause after its last item: "In an interview with Vanity Fair,
// X, who stars as C" (the magazine is no subject).
func (x *extractor) pastPrepObject(items []item, start, end int, trigger bool) []item {
	if l := x.tok(start - 1).low; !trigger && len(items) > 1 && (l == "with" || l == "to") && x.tok(items[0].end).text == "," && x.tok(end+1).low == "who" {
		return items[1:]
	}
	return items
}

// parseList reads a list of people at k: items joined by ",", "and", "&".
// The list is valid until the next call: callers read it before they parse
// another.
func (x *extractor) parseList(k int) []item {
	x.items = x.appendList(x.items[:0], k)
	return x.items
}

// areBefore reports whether w, in lower case, is the verb before a list's
// describing word: "Joining them are premier actors X and Y".
func areBefore(w string) bool {
	return w == "are" || w == "were" || w == "include" || w == "includes"
}

// worksIncluding reports whether the list at start follows "including" (or
// "such as", "like") after a plural genre noun: "BBC dramas from Scotland,
// including Guilt, Shetland" lists titles, not people.
func (x *extractor) worksIncluding(start int) bool {
	k := start - 1
	if l := x.tok(start).low; l == "including" && !x.tok(start).cap {
		k = start
	}
	if x.tok(k).low != "including" || x.tok(k).cap {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		t := x.tok(m)
		if !t.cap && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && (genreNouns[strings.TrimSuffix(t.low, "s")] || t.low == "series") && t.low != "stars" {
			return true
		}
		if t.has(cCastNouns|cPrefixNouns) && !t.cap {
			return false // "a raft of comedians including A, B"
		}
	}
	return false
}

// joinedBySubject casts the subject of "will be joined by" before a cast
// list at start: "Ada Lind will be joined by Tom Hale and Mia Cole in the
// series" (Ada Lind too).
func (x *extractor) joinedBySubject(start int) {
	x.joiningObject(start)
	if x.tok(start-1).low != "by" || x.tok(start-2).low != "joined" || x.sshow == "" {
		return
	}
	if b := x.tok(start - 3).low; b != "be" && b != "been" && b != "is" && b != "was" && b != "are" && b != "were" {
		return
	}
	j := start - 3
	for j > 0 && x.tok(j).has(cAuxWords) && !x.tok(j).cap {
		j--
	}
	if ps := x.personBefore(j + 1); j+1-ps < 2 {
		return // "Ana will be joined by": a first name alone, whose credit the article may not give
	}
	for _, p := range x.subjectsBefore(start-2, 0) {
		x.add(graph.KindCast, p, x.sshow, "", "")
	}
}

// joiningObject casts the person a sentence's opening "Joining" names
// before the list at start: "Joining previously announced lead Mia Cole are
// A, B and C" (Mia Cole too).
func (x *extractor) joiningObject(start int) {
	j := 0
	if x.tok(0).low == "also" {
		j = 1
	}
	if x.tok(j).low != "joining" || x.sshow == "" {
		return
	}
	if a := x.tok(start - 1).low; a != "are" && a != "is" && a != "were" {
		return
	}
	k := j + 1
	for q := 0; q < 5 && k < start-1 && !x.tok(k).cap && (x.tok(k).has(cItemModifier|cCastNouns|cPrefixNouns|cDescribe) || x.tok(k).low == "previously" || x.tok(k).low == "already" || strings.HasSuffix(x.tok(k).low, "ed")); q++ {
		k++ // "previously announced lead", "already cast star"
	}
	if k == j+1 || !x.startsName(k) {
		return // "Joining them are", "Joining the cast are"
	}
	if pe := x.personAt(k); pe == start-1 && x.personShaped(k, pe) {
		x.add(graph.KindCast, x.span(k, pe), x.sshow, "", "")
	}
}

// lastLow returns the index of the last token of t whose low is w, or -1.
func lastLow(t []token, w string) int {
	for m := len(t) - 1; m >= 0; m-- {
		if t[m].low == w {
			return m
		}
	}
	return -1
}

// asideStarts begin an aside about a list item: ", recently seen in T,",
// ", celebrated for his versatility,".
var asideStarts = set(`recently best currently previously known most famous formerly last also seen who whose celebrated acclaimed renowned famed remembered praised lauded`)

// asideStartWords are the bits of asideStarts (mayHold).
var asideStartWords = setMask(asideStarts)

// asideEnd reads an aside after a list item at j: ", recently seen as Rob
// in T," or ", best known for T," when "and" or a name follows it. It
// returns the index of the aside's closing comma, or j.
func (x *extractor) asideEnd(j int) int {
	if x.tok(j).text != "," {
		return j
	}
	if a := x.ageAsideEnd(j + 1); a > j+1 {
		return a // "A, 30, and B, 37": an age (itemasides.go)
	}
	if x.tok(j+1).cap || !(asideStartWords.mayHold(x.tok(j+1)) && asideStartsIDs.has(x.tok(j+1).id)) && !(x.tok(j+1).low == "as" && (x.tok(j+2).low == "a" || x.tok(j+2).low == "an")) {
		return j // ", as a troubled teenager, and Y" is an aside too
	}
	for c := j + 2; c < len(x.toks) && c < j+20; c++ {
		switch x.toks[c].text {
		case "(", ")", ";", ".":
			return j
		case ",":
			if n := x.tok(c + 1); n.low == "and" || isName(n) && x.tok(j+1).low != "who" && x.tok(j+1).low != "whose" {
				return c // a relative clause goes on only to ", and Y"
			}
			return j
		}
	}
	return j
}

// notablyWords pick people out of a group named before the comma: "the
// supporting cast, notably X as the mayor".
var notablyWords = set(`notably especially particularly including chiefly namely`)

// castVerbNear reports whether a casting verb stands in the clause before
// the "as" at k: "X will work together as a nurse", "T stars X as a cop".
func (x *extractor) castVerbNear(k int) bool {
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		t := &x.toks[m]
		if t.kind == tPunct && t.text != ")" && t.text != "(" && t.text != "]" && t.text != "[" && !(t.text == "," && notablyWordsIDs.has(x.tok(m+1).id)) {
			return false // not "the supporting cast, notably X as the mayor"
		}
		if t.has(cCastVerbs|cPlayVerbs) || t.low == "cast" || t.low == "co-starring" || t.low == "work" || t.low == "works" || t.low == "working" {
			return true
		}
		if m == k-1 && t.low == "up" && upVerbsIDs.has(x.tok(m-1).id) {
			return true // "X turns up as a police inspector"
		}
		if (t.low == "role" || t.low == "part" || t.low == "cameo") && !t.cap {
			// "X has a small but memorable part as the town's mayor"
			for q := m - 1; q >= 0 && q >= m-6; q-- {
				switch x.toks[q].low {
				case "has", "have", "had", "having", "landed", "lands", "gets", "got":
					return true
				}
			}
		}
	}
	return false
}

// upVerbs before "up as" bring on a part: "X turns up as a police
// inspector", "Y pops up as C".
var upVerbs = set(`turns turn turned turning shows show showed showing pops pop popped popping`)

// seasonForBefore reports whether the tokens ending at k are a season
// after a coming back, the cue of a cast after "with": "T returns for a
// third season with A, B and C", "is back for series 2 with", "returning
// for its final season with".
func (x *extractor) seasonForBefore(k int) bool {
	season := false
	for m := k; m > 0 && m >= k-4; m-- {
		t := x.tok(m)
		switch {
		case t.low == "for" && !t.cap:
			v := x.tok(m - 1)
			return season && m < k && (v.has(cReturnWords) && !v.cap && v.low != "original" || v.low == "come" || v.low == "comes")
		case isSeasonWord(t.low):
			season = true
		case t.kind == tNum, !t.cap && t.kind == tWord:
		default:
			return false
		}
	}
	return false
}
