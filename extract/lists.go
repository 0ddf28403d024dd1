package extract

// Cast and crew lists: "starring X and Y", "the cast includes", "Joining
// them are", one credit a line ("A as C", "C - A (...)").

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// item is one person in a list: "Trespasses actor Tom Cullen", "Lee
// Min-jae (Weak Hero: Class 2)".
type item struct {
	start, pstart, pend, end int
	br                       int    // index of its "(" or -1
	owner                    string // "The Crown's X": a show the item is credited in
}

// itemModifiers may stand before a name in a list: "alongside previously
// announced X", "fellow newcomer Y".
var itemModifiers = set(`previously newly recently already just announced confirmed cast fellow returning new series regular male female
	regulars recurring guest stand-up comic son daughter wife husband brother sister ejecutivo ejecutiva esecutivo executivo`)

// pairNouns, after a describing word, may open a list of two: "starring
// former couple A and B", "real-life duo C and D".
var pairNouns = set(`couple duo pair`)

// pluralNouns are the plural performer and job nouns: "Andor stars X and
// Y" credits both, "Andor star X, Y and Z" only X.
var pluralNouns = set(`stars actors actresses alums alumni regulars leads comedians singers performers hosts co-stars
	newcomers veterans directors writers producers creators showrunners`)

// prefixNouns may stand before a name in a list: "actress X".
var prefixNouns = set(`actor actress actors actresses comedian comedians singer singers rapper rappers idol idols model models performer performers
	host hosts newcomer newcomers co-star artist artists artiste superstar superstars megastar musician musicians judge judges chef chefs presenter presenters
	leads co-leads legend legends icon
	footballer footballers boxer boxers sprinter athlete athletes swimmer gymnast cricketer jockey influencer influencers broadcaster dancer dancers personality youtuber youtubers`)

// mediumWords, capitalized, may stand before a trade in a list of
// celebrities: "TV chef X", "Olympic sprinter Y".
var mediumWords = set(`tv olympic paralympic radio youtube tiktok instagram`)

func (x *extractor) isAgeWord(t *token) bool { return t.flags&fAge != 0 }

// parseItem reads one list item at k.
func (x *extractor) parseItem(k int) (item, bool) {
	it := item{start: k, br: -1}
	// a capitalized word, neither an age nor "EP", leaves both loops below
	// where they start
	t0 := x.tok(k)
	// "Judges X and Y will return": a performer noun opening the sentence
	opener := k == 0 && t0.cap && t0.has(cPrefixNouns) && x.tok(1).cap && x.tok(1).kind == tWord
	plain := t0.cap && t0.flags&fAge == 0 && t0.text != "EP" && !opener
	if plain && x.tok(k+1).has(cPrefixNouns) && !x.tok(k+1).cap && x.tok(k+2).cap && mediumWordsIDs.has(t0.id) {
		k, plain = k+1, false // "TV chef X", "Olympic sprinter Y": the medium or games of a trade
	}
	// "yesteryear actor X": a describing word or two before a performer noun
	for m := k; !plain && m < k+2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cCastVerbs|cListTriggers) && !x.tok(m).has(cPrefixNouns); m++ {
		if x.tok(m+1).has(cPrefixNouns) && !x.tok(m+1).cap {
			k = m + 1
			break
		}
		if !x.tok(m+1).cap && (x.tok(m+1).low == "star" || pairNounsIDs.has(x.tok(m+1).id)) && x.startsName(m+2) && !x.tok(m).has(cAuxWords) && x.tok(m).low != "to" && x.tok(m).low != "also" { // not "and will star X"
			k = m + 2 // "awarded child star X", "rising star Y": a describing word and "star"
			break
		}
	}
	for m := 0; !plain && m < 5; m++ {
		t := x.tok(k)
		if x.isAgeWord(t) || (t.has(cPrefixNouns) && (!t.cap || opener && m == 0)) || t.has(cItemModifier) && !t.cap || t.text == "EP" && isName(x.tok(k+1)) || // "along with EP X"
			!t.cap && t.flags&fHyphen != 0 && (strings.HasSuffix(t.low, "-cast") || strings.HasSuffix(t.low, "-announced") || strings.HasSuffix(t.low, "confirmed")) || // "the previously-cast X", "a still-unconfirmed X"
			m == 0 && (t.low == "a" || t.low == "the") && x.tok(k+1).flags&fHyphen != 0 && strings.HasSuffix(x.tok(k+1).low, "confirmed") {
			k += 1 + x.tradesJoined(k) // "singer and actress X": past the "and" too (itemasides.go)
			continue
		}
		break
	}
	// "Emmy Award-winning X", "BAFTA-nominated X"
	for m := k; x.sentHasFlag(fHyphen) && m < k+3 && m < len(x.toks); m++ {
		if w := x.toks[m].low; x.toks[m].flags&fHyphen != 0 && (strings.HasSuffix(w, "-winning") || strings.HasSuffix(w, "-nominated") || strings.HasSuffix(w, "-winner")) {
			k = m + 1
			break
		}
		if !x.toks[m].cap {
			break
		}
	}
	if x.tok(k).cap && x.sentHas(cAwardCue) {
		k = x.pastPrizeWinning(k) // "Emmy winning actress X", "BAFTA nominated X"
	}
	if x.tok(k).low == "the" && !x.tok(k).cap && (x.tok(k-1).low == "and" || x.tok(k-1).text == ",") && x.tok(k+1).kind == tWord && !x.tok(k+1).cap && !x.tok(k+1).has(cStopWords|cCastVerbs|cListTriggers|cGenreNouns) && x.tok(k+2).cap && x.startsName(k+2) {
		k += 2 // "…, newcomer Y and the incomparable X for T": praise before a later item's name
	}
	k = x.pastPossStarTitle(x.pastPrizeHolder(k)) // "A and Kessel’s Creek star X": a possessive inside the title
	if t := x.tok(k); t.cap && (t.low == "sir" || t.low == "dame") && x.personAt(k+1) > k+2 {
		k++ // "Dame X", "Sir Y": an honour's title, no part of the name
	}
	// "Mexicans X and Y and Colombians Z": a nationality in the plural
	if w := x.tok(k); w.cap && strings.HasSuffix(w.low, "s") && x.tok(k+1).cap && describeWords[strings.TrimSuffix(w.low, "s")] {
		k++
	}
	if x.describedOpenerAt(k) {
		k++ // "Talented X and Y star": the sentence's first word describes X
	}
	// "Veteran actress X", "acclaimed British actor X"
	if m := k; x.tok(m).has(cDescribe) {
		for m < k+3 && x.tok(m).has(cDescribe) {
			m++
		}
		if x.tok(m).has(cCastNouns) && !x.tok(m).cap {
			k = m + 1
		}
	}
	// "Andor star X": a title and a performer noun before the name
	for m := 0; m < 2 && x.tok(k).has(cDescribeWord) && x.titleStarts(k+1); m++ {
		k++ // "Former The Deep End star X", "former Coronation Street star X"
	}
	// titleAt(k), read again only where k moves, and only where the reading
	// that asks needs a word the sentence has: else k, no title
	tk, te := -1, 0
	titleEnd := func(need bool) int {
		if !need {
			return k
		}
		if tk != k {
			tk, te = k, x.titleAt(k, false)
		}
		return te
	}
	// "T stars X": a title and a performer noun or verb before the list
	castNouns := x.sentHas(cCastNouns)
	if e := titleEnd(x.sentHasWord(bitLeading)); e > k && e+2 < len(x.toks) && x.leadingLady(e) {
		if pe := x.personAt(e + 2); pe > e+2 {
			k = e + 2 // "Mandy Moore and T leading lady X"
		}
	}
	if e := titleEnd(castNouns); e > k && e+1 < len(x.toks) && x.toks[e].has(cCastNouns) && !x.toks[e].cap && !describes(x.span(k, e)) &&
		!(e == k+1 && x.toks[k].has(cStopWords)) { // "It stars X": a pronoun, not a title
		if pe := x.personAt(e + 1); pe > e+1 {
			k = e + 1
		}
	}
	// "Gray Tide's own Cira Dunn": a show's own performer; "France's own X"
	if e := titleEnd(x.sentHasKind(tPoss)); e > k && x.tok(e).kind == tPoss && x.tok(e+1).low == "own" && !x.tok(e+1).cap {
		if pe := x.personAt(e + 2); pe > e+2 {
			if x.ownTitle(k, e) {
				it.owner = unquote(x.span(k, e))
			}
			k = e + 2
		}
	}
	// "The Crown's Jared Harris": a show's possessive before the name;
	// "T-Series' Bhushan Kumar": a company's
	if e := titleEnd(x.sentHasKind(tPoss)); e > k && x.tok(e).kind == tPoss {
		if pe := x.personAt(e + 1); pe > e+1 {
			owner := x.span(k, e)
			switch {
			case x.tok(k).low == "the":
				it.owner = unquote(owner)
				k = e + 1
			case x.startsName(e+1) && !x.startsName(k) && x.knownPerson(owner) == "" || isCompany(owner):
				k = e + 1 // a company's: the name after it starts like a person's
			case x.startsName(e+1) && (countryName(owner) || regionName(owner)):
				k = e + 1 // "France's X": a country's person, no show
			case x.startsName(e+1) && x.knownPerson(owner) == "" && !x.personShaped(k, e) && x.resolve(owner) == owner:
				it.owner = unquote(owner) // "Ted Lasso's Hannah Waddingham", "Miranda's Sarah Hadland"
				k = e + 1
			case x.titleOwnsName(k, e, pe):
				it.owner = owner // "Heartbreaker's Tobin Marchetti": a full name of a given name not known
				k = e + 1
			}
		}
	}
	// "96 fame Gouri G Kishan", "web series Aaha Kalyanam fame Brigida": a
	// title and "fame" before the name
	fame := false
	for m := k + 1; x.sentHas(cFame) && m < len(x.toks) && m < k+9 && !fame; m++ {
		fame = x.toks[m].low == "fame"
	}
	at := k
	if fame {
		at = x.titlePrefix(k)
	}
	for q := 0; fame && q < 2 && x.tok(at).has(cGenreNouns) && !x.tok(at).cap; q++ {
		at++ // "web series T fame X"
	}
	if fame && (x.titleStarts(at) || x.tok(at).kind == tNum) {
		e := x.titleAt(at, false)
		if e == at && x.tok(at).kind == tNum {
			e = at + 1
		}
		if e > at && x.tok(e).low == "fame" && !x.tok(e).cap {
			if pe := x.personAt(e + 1); pe > e+1 {
				it.owner = unquote(x.span(at, e))
				k = e + 1
			}
		}
	}
	if e := titleEnd(castNouns); e > k && e+2 < len(x.toks) && (x.toks[e].low == "live-action" || x.toks[e].low == "animated") && x.toks[e+1].has(cCastNouns) {
		if pe := x.personAt(e + 2); pe > e+2 {
			it.owner = x.span(k, e) // "Gintama live-action actress X"
			k = e + 2
		}
	}
	k = x.pastContestantNoun(k) // "contestants include nurse X"
	pe := x.itemPersonAt(k)     // "'Erode' Mahesh": past a quoted nickname before the name
	if pe == k {
		return it, false
	}
	if w := x.tok(pe); w.has(cCastNouns|cJobNoun) && !w.cap && w.low != "stars" && x.personAt(pe+1) == pe+1 && x.tok(k-1).low == "the" {
		return it, false // "opposite the Sacred Games star": a title, no name
	}
	it.pstart, it.pend = k, pe
	k = x.pastHometown(pe) // "X from Leeds, Y"
	if l := x.tok(k).low; l == "herself" || l == "himself" {
		k++ // "stars X herself in the title role": the director in her own film
	}
	k = x.pastGroupAside(k) // "Jung Ha-eun of the girl group LUMIS will join", "X, of the group Y, joins"
	// "Ed Guiney and Andrew Lowe of Element, along with Z": a company the
	// person works for, when the list goes on after it
	if x.tok(k).low == "of" && it.owner == "" {
		if e := x.titleAt(k+1, false); e > k+1 && e-k-1 <= 3 && (x.tok(e).text == "," || x.tok(e).low == "and" || x.tok(e).low == "are") && x.tok(e+1).low != "fame" &&
			x.knownPerson(x.span(k+1, e)) == "" && !x.isShow(x.span(k+1, e)) {
			k = e
		} else if e := x.companyOfEnd(k + 1); e > k+1 {
			k = e // "Steve Stark of Toluca Pictures and Y", "X of the Tee and Charles Addams Foundation, Y"
		}
	}
	// "Sophie McShera from Downton Abbey and Y": the show the item is known
	// from, when the list goes on after it
	if x.tok(k).low == "from" && it.owner == "" {
		if e := x.titleAt(k+1, false); e > k+1 && x.titleStarts(k+1) && !x.isNetwork(x.span(k+1, e)) &&
			(x.tok(e).text == "," || x.tok(e).low == "and" || e == len(x.toks) || e == len(x.toks)-1 && x.tok(e).text == ".") &&
			x.knownPerson(x.span(k+1, e)) == "" && !placeWordsIDs.has(x.tok(k+1).id) && !(x.personShaped(k+1, e) && x.startsName(k+1) && !x.startsName(it.pstart)) { // not "T from Ivo Brandt": a maker
			it.owner = unquote(x.span(k+1, e))
			k = e
		}
	}
	if x.tok(k).text == "[" {
		if c := x.closeOf(k); c > 0 {
			k = c + 1
		}
	}
	if x.tok(k).text == "(" {
		if c := x.closeOf(k); c > 0 {
			it.br = k
			k = c + 1
		}
	}
	it.end = k
	return it, true
}

// appendList appends to items the list of people at k.
func (x *extractor) appendList(items []item, k int) []item {
	it, ok := x.parseItem(k)
	bareAnd := false       // a plain "and" joined two items: the list's last
	commaAfterAnd := false // a comma joined an item after that "and": "A and B, C, and D" goes on
	for ok && len(items) < 40 {
		items = append(items, it)
		if x.tok(it.end).kind == tPoss {
			break
		}
		j := it.end
		if c := x.asideEnd(j); c > j {
			j = c // "X, recently seen as Rob in T, and Y"
		}
		switch {
		case x.tok(j).low == "as" && x.tok(j+1).low == "well" && x.tok(j+2).low == "as":
			j += 3 // "X (T) as well as Y"
		case x.tok(j).text == "," && x.tok(j+1).low == "as" && x.tok(j+2).low == "well" && x.tok(j+3).low == "as":
			j += 4 // "A (T1) and B (T2), as well as C"
		case x.tok(j).text == "," && x.tok(j+1).low == "along" && x.tok(j+2).low == "with":
			j += 3 // "produced by X and Y of Element, along with Z"
		case x.tok(j).text == "," && x.tok(j+1).low == "with" && !x.tok(j+1).cap && !bareAnd && len(items) >= 2:
			j += 2 // "stars A, B, with singer C on special appearance": the list's last item, no "and" before it
		case x.tok(j).text == "," && x.tok(j+1).low == "introducing" && !x.tok(j+1).cap && x.startsName(j+2),
			x.tok(j).low == "with" && x.tok(j-1).low != "," && x.tok(it.start-1).low == "introducing" && x.startsName(j+1):
			j++ // "starring A, B, introducing C with D": newcomers billed last
			if x.tok(j).low == "introducing" {
				j++
			}
		case x.tok(j).text == "," && x.tok(j+1).low == "and":
			if bareAnd && !commaAfterAnd || x.clauseAfterAnd(items[0].start, j+2) {
				return items // "starring A and B, and Company's film T", "helmed by X, and Y plays C": a new clause
			}
			j += 2
		case x.tok(j).text == "," || x.tok(j).low == "and" || x.tok(j).text == "&" || x.orJoins(items, j):
			commaAfterAnd = commaAfterAnd || bareAnd && x.tok(j).text == ","
			bareAnd = bareAnd || x.tok(j).low == "and" || x.tok(j).low == "or"
			j++
		default:
			// "..., Carlo Gonzalez, Boy 2 Quizon, Pauline Mendoza": past a
			// name with a number in it, the list goes on
			if n := x.skipOddItem(it.start, len(items)-1); n > 0 && x.tok(j).kind == tNum {
				items, j = items[:len(items)-1], n
			} else if it.br < 0 || j != it.end || x.tok(j-2).text != "," || !x.startsName(j) {
				// "A ('T1',) B ('T2')": where the comma that joins two
				// items is set inside the first one's bracket of past
				// titles, the list goes on
				return items
			}
		}
		if e := x.titleAt(j, false); e > j+1 && x.toks[e-2].has(cTitleGlue) && !x.toks[e-2].cap && !(x.toks[e-2].has(cParticle) && x.personAt(j) >= e) &&
			!(x.toks[e-2].low == "of" && x.startsName(j) && x.personShaped(j, e-2) && x.personAt(j) == e-2) && // not "Andrew Lowe of Element"
			!(e < len(x.toks) && x.toks[e].has(cCastNouns) && !x.toks[e].cap && x.personAt(e+1) > e+1) { // not "Line of Duty favourite X"
			return items // "by Davenport, Run the World follows": a title, no name
		}
		j = x.pastGroupIntro(j) // "…, as well as new talent in D and E"
		if it, ok = x.parseItemOrOdd(j, len(items)); !ok {
			return items
		}
		if x.tok(it.pend).text == ":" && x.tok(it.pend+1).cap {
			return items // "..., and Special Ops: Lioness": a title with its subtitle
		}
		if x.describedItem(it) && x.tok(j-1).low == "and" && x.tok(j-2).text != "," && !x.tok(items[0].start-1).has(cCastNouns|cCastVerbs) {
			// "Ocean Street and Doctor Fell star X": the bare names before a
			// described one that start like no person's are its titles
			for len(items) > 0 && items[len(items)-1].start == items[len(items)-1].pstart && !x.tok(items[len(items)-1].pstart).has(cNameStart) {
				items = items[:len(items)-1]
			}
		}
	}
	return items
}

func (x *extractor) itemName(it item) string { return x.span(it.pstart, it.pend) }

// listRule: "starring X and Y", "the cast includes X", "X, Y and Z have
// joined", "X ... will reprise", "another newcomer, X".
func (x *extractor) listRule() {
	x.castRange()
	x.starsAsPairs()
	t := x.toks
	n := len(t)
	castCue := false    // a casting verb seen so far in the sentence
	castListed := false // a list of the sentence was read as its cast
	for k := 0; k < n; k++ {
		tk := &t[k]
		if !tk.cap && tk.flags&fAge == 0 && tk.class&(cPrefixNouns|cCastVerbs|cReturnWords) == 0 && tk.kind == tWord && tk.low != "cast" {
			continue // no item starts here, and no cue: castCue stays
		}
		if tk.kind == tPunct && tk.text == "," && (x.tok(k+1).low == "who" || x.tok(k+1).low == "which") {
			castCue = false // "X will play Frankie, who lives with Billy": a new clause
		}
		cue := tk.has(cCastVerbs | cReturnWords)
		if x.inBr[k] || x.used[k] {
			castCue = castCue || cue
			continue
		}
		var items []item
		if tk.cap || x.isAgeWord(tk) || tk.has(cPrefixNouns) {
			items = x.listAt(k)
		}
		if len(items) == 0 {
			castCue = castCue || cue || tk.low == "cast"
			continue
		}
		start, end := items[0].start, items[len(items)-1].end
		for m := start; m < items[0].pstart; m++ {
			if t[m].has(cCastVerbs) {
				castCue = true // "T stars X": the verb was read as the item's prefix
			}
		}
		if p := x.tok(start - 1); !p.cap && (p.has(cGenreNouns) || p.low == "title" || p.low == "titled") && items[0].pstart == start || x.titleStarItem(items, start, end) || x.inKnownForAside(start) || items[0].pstart == start && x.worksListAt(start) && !x.favouritePeople(start, items) {
			k = end - 1 // "competition title T", "the film T", "the former T star", "dramas T1, T2 and T3": titles, no name
			continue
		}
		if x.tok(start-1).has(cJobNoun) && !x.joinsCastAfter(end) || x.tok(end).kind == tPoss || !x.listEnds(end) || x.hiredToMake(end) ||
			// "feature Game of Thrones and Downton Abbey star X": a title's
			// first word, no name
			len(items) == 1 && items[0].pend-items[0].pstart == 1 && (x.tok(end).low == "of" || x.tok(end).low == "in") && x.tok(end+1).cap && x.knownPerson(x.itemName(items[0])) == "" && x.titlesBeforeNoun(end+1) || x.tok(start-1).kind == tPoss && items[0].pstart == start && x.personBefore(start-1) < start-1-1 && x.knownPerson(x.itemName(items[0])) == "" {
			// "Showrunners X and Y return": crew, read by jobNounRule;
			// "X's novel": an owner; "X syndrome": not a name
			k = end - 1
			continue
		}
		if x.tok(start-1).low == "as" && x.tok(start-2).low == "such" && (x.worksNoun(start-3) || x.tok(start-3).low == "shows") {
			k = end - 1 // "appearing in shows such as T1, T2 and the series T3": titles, no names
			continue
		}
		if owner := x.characterOwner(start); owner != "" && len(items) == 1 && x.sshow != "" {
			// "Walsh's character, a disgraced knight named Sera Vale,
			// leads the rebellion": the character, not a cast member
			x.add(graph.KindCast, owner, x.sshow, x.itemName(items[0]), "")
			k = end - 1
			continue
		}
		if x.frontedWorks(start, items) {
			k = end - 1 // "After T1, T2 and T3, X returns": X's works, no cast
			continue
		}
		trigger := x.listTrigger(start, castCue) ||
			// "Cleverman stars X, T's Y and Z": the verb was read as the
			// first item's prefix, and the list is its object
			x.starsPrefix(items[0]) || x.performersLike(start) || // "features Nollywood's big guns like X"
			// "three new officers played by X, Y and Z": the characters go
			// unnamed, the cast does not; also past describing words, "three
			// wives portrayed by talented actresses X, Y, and Z"
			(len(items) > 1 || x.describedPlayedBy(start)) && x.playedByBefore(start) ||
			// "with X (T1) and Y (T2) as the leads", "with X and Y as guest stars"
			x.withCastAs(start, end) ||
			// ", with X and Y of Beta Film as co-producers"
			x.tok(start-1).low == "with" && x.crewAsJob(end) ||
			// "the film also has X and Y in lead roles"
			// "Production begins with X and Y in the lead roles"
			(rolesObjectVerbBits.mayHold(x.tok(start-1)) && rolesObjectVerbsIDs.has(x.tok(start-1).id) && !x.tok(start-1).cap || x.tok(x.pastPerformerWords(start)-1).low == "with") && x.inRolesAfter(end) // "with veteran actor X in a supporting role"
		if title := x.titleBeforeWith(start); title != "" {
			x.castListIn(title, items) // "T by X with A and B", "T, a horror story, with A and B"
			k = end - 1
			continue
		}
		if !trigger && !x.additionOpener(start) {
			switch l := x.tok(start - 1).low; {
			case l == "for", l == "in", l == "on", l == "of", l == "from", l == "like", l == "about", l == "than", l == "to", l == "by" && isCrewBy(x.tok(start-2).low), l == "with" && x.tok(start-2).low == "fame",
				isCrewVerb(l) && !x.tok(start-1).cap:
				// "Known for Iron Pass, Reyes leads": the object of a
				// preposition is no subject; nor is a crew verb's ("X, who
				// edited Red Fields, joins")
				k = end - 1
				continue
			}
		}
		// drop a leading one-word item that is not a known person; the
		// words around it are read before the knowledge is asked, so that
		// an item they keep asks it nothing
		for len(items) > 0 && !trigger && items[0].pend-items[0].pstart == 1 &&
			!isUpperCase(x.itemName(items[0])) && !x.performerBefore(items[0].pstart) && !(x.tok(items[0].pstart-1).has(cJobNoun) && x.joinsCastAfter(end)) &&
			!(x.joinsCastAfter(end) && mononyms[x.toks[items[0].pstart].low]) && x.knownPerson(x.itemName(items[0])) == "" && x.pastGroupAside(items[0].pend) == items[0].pend { // "Nana joins the cast": a name people are credited under; "X of girl group Y"
			items = items[1:]
		}
		if cue := x.partnerCue(start, trigger); len(items) > 0 && cue > 0 {
			// "X, currently appearing alongside Y in Cannes competition
			// title T, will ...": a credit in T, named after the list
			if title := x.partnerTitle(cue+1, end); title != "" && x.skey(title) != x.skey(x.sshow) {
				x.castListIn(title, items)
				if ps := x.personBefore(cue); ps < cue {
					x.add(graph.KindCast, x.span(ps, cue), title, "", "")
				} else if v := cue - 1; x.tok(v).has(cCastVerbs) && !x.tok(v).cap {
					if ps := x.subjectsBefore(v, 1); len(ps) > 0 {
						x.add(graph.KindCast, ps[0], title, "", "")
					}
				}
				k = end - 1
				continue
			}
			// "X will appear in T alongside Y and Z": T, named in the
			// clause, not the sentence's show
			te := cue - boolInt(x.tok(cue).low == "with") // "starred in the series T together with Y"
			if x.tok(te-1).text == "," {
				te-- // "appeared in BBC historical drama T, alongside Y"
			}
			if ts := x.partnerTitleStart(te); ts < te && x.inAfterCastVerb(ts-1) &&
				!x.isNetwork(x.span(ts, te)) && x.knownPerson(x.span(ts, te)) == "" {
				x.castListIn(unquote(x.span(ts, te)), items)
				k = end - 1
				continue
			}
		}
		if len(items) > 0 && trigger {
			// "is creating T, which will star X and Y": T, before the
			// relative clause, not the sentence's show
			v := x.verbBeforeNouns(start) // "Maharshi that starred superstar X"
			w := v - 1
			for w > 0 && x.tok(w).has(cAuxWords) && x.tok(w).low != "that" {
				w-- // "which will star X"; "that" opens the clause, though an auxiliary's word
			}
			if l := x.tok(v).low; (l == "star" || l == "stars" || l == "starred" || l == "feature" || l == "features" || l == "featured") && (x.tok(w).low == "which" || x.tok(w).low == "that") {
				te := w // "Anil Sharma's Apne which starred X, Y and Z": no comma
				if x.tok(w-1).text == "," {
					te = w - 1
				} else if x.tok(w-2).text == "," && x.closeQuote(w-1) {
					te = w - 2 // "'Student of the Year 2,' which features X": the comma inside the quotes
				}
				ts := x.titleBefore(te)
				if a := ts - 1; ts < te && x.tok(a).low == "and" && te-ts == 1 {
					// "is creating Scott and Bailey, which will star X": one
					// title of two one-word halves, the clause's subject
					if ts2 := x.titleBefore(a); ts2 == a-1 && !x.tok(ts2-1).cap && x.tok(ts2-1).kind == tWord {
						ts = ts2
					}
				}
				if ts < te && !x.isNetwork(x.span(ts, te)) && x.knownPerson(x.span(ts, te)) == "" && !(x.personShaped(ts, te) && x.startsName(ts) && x.tok(te-1).kind != tPoss) {
					x.castListIn(x.span(ts, te), items)
					k = end - 1
					continue
				}
			}
		}
		if len(items) > 0 && trigger && (x.tok(start-1).low == "starring" || x.tok(start-1).low == "featuring") && x.tok(start-2).has(cGenreNouns) && !x.tok(start-2).cap {
			// "Tulsa King, the Paramount+ crime series starring X": the title
			// the appositive describes
			c := start - 3
			for c > 0 && c > start-9 && x.tok(c).text != "," && x.tok(c).kind != tPunct || x.tok(c).text == "+" {
				c--
			}
			if x.tok(c).text == "," && x.tok(c+1).low == "the" {
				if ts := x.titleBefore(c); ts < c && !x.isNetwork(x.span(ts, c)) && x.knownPerson(x.span(ts, c)) == "" && !(x.personShaped(ts, c) && x.startsName(ts)) {
					x.castListIn(x.span(ts, c), items)
					k = end - 1
					continue
				}
			}
		}
		if l := x.tok(start - 1).low; len(items) > 0 && trigger && l == "starring" && x.closeQuote(start-2) {
			if ts := x.quotedTitlesBefore(start - 1); len(ts) == 1 && !x.isNetwork(ts[0]) {
				x.castListIn(ts[0], items) // "The sequel, 'Spiderman: Far From Home' starring X"
				k = end - 1
				continue
			}
		}
		if l := x.tok(start - 2).low; len(items) > 0 && trigger && x.tok(start-1).low == "by" && (l == "top-billed" || l == "topbilled" || l == "headlined" || l == "toplined" || l == "fronted") && (x.closeQuote(start-3) || x.tok(start-3).has(cAuxWords) && x.closeQuote(start-4)) {
			if ts := x.quotedTitlesBefore(start - 2 - boolInt(x.tok(start-3).has(cAuxWords))); len(ts) == 1 && !x.isNetwork(ts[0]) {
				x.castListIn(ts[0], items) // "the story of “T” top-billed by X, Y and Z"
				k = end - 1
				continue
			}
		}
		if l := x.tok(start - 1).low; len(items) > 0 && trigger && (l == "co-starring" || l == "starring") && x.tok(start-2).kind != tPunct {
			// "X will also be seen in T co-starring Y": T, not the
			// sentence's show
			ts, te := x.fromMakerEnd(x.titleBefore(start-1), start-1) // "T from Y Entertainment starring X"
			if a := ts - 1; ts < te && x.tok(a).low == "and" {
				// "the detective drama Scott and Bailey starring X": one title
				// after a singular genre noun
				if ts2 := x.titleBefore(a); ts2 < a && x.tok(ts2-1).has(cGenreNouns) && !x.tok(ts2-1).cap && !strings.HasSuffix(x.tok(ts2-1).low, "s") {
					ts = ts2
				}
			}
			if ts < te && (!x.tok(ts-1).cap && x.tok(ts-1).kind == tWord || x.tok(ts-1).kind == tPoss) && !x.isNetwork(x.span(ts, te)) &&
				x.knownPerson(x.span(ts, te)) == "" && !(x.personShaped(ts, te) && x.startsName(ts)) && !describes(x.span(ts, te)) {
				x.castListIn(x.span(ts, te), items)
				k = end - 1
				continue
			}
		}
		if len(items) > 0 && trigger && (x.tok(start-2).text == "," || isDash(x.tok(start-2).text) && x.tok(start-1).low != "with") { // "T— featuring A, B and C–"
			// "Fox opening Ghosted, starring X and Y": the title before the
			// comma, not the sentence's show
			switch l := x.tok(start - 1).low; {
			case l == "starring", l == "featuring", l == "with" && x.tok(end).low == "as" && x.leadsAt(end+1):
				// "the soap opera “T”, with A and B as protagonists"
				te := yearBracketStart(x, start-2) // "T (1955), starring X"
				if ti := x.byMakerTitle(start - 2); ti != "" {
					x.castListIn(ti, items) // "“T” by filmmaker X, starring A and B"
					k = end - 1
					continue
				}
				if ts, te := x.titleBeforeComma(te); ts < te && !x.isNetwork(x.span(ts, te)) && x.knownPerson(x.span(ts, te)) == "" &&
					!(x.personShaped(ts, te) && x.startsName(ts)) && !x.afterBy(ts) && !scheduleLine(x.span(ts, te)) && !(te-ts == 1 && x.tok(ts).has(cMonth|cDateWords)) &&
					!(te-ts > 1 && newsVerbsIDs.has(x.tok(te-1).id)) { // not "T Cast Revealed, Featuring X": a headline's news
					// not "will begin airing in July, starring X": a date
					x.castListIn(x.span(ts, te), items)
					k = end - 1
					continue
				}
			}
		}
		if len(items) > 0 && (trigger || x.verbAfter(end) && !x.articleNounPhrase(start, end) || castListed && x.asideListAfterCast(start, end, items)) {
			job, ok := x.crewBeside(items[0].start)
			ok = ok && !x.withCastAs(start, end) // "directed by X with Y and Z as cast"
			if !ok {
				job, ok = x.crewAs(end)
			}
			if !ok && trigger {
				job, ok = x.jobBeforeTrigger(start)
			}
			if j, isJob := jobVerb(x.tok(0)); !ok && isJob && x.tok(start-1).low == "alongside" && (x.tok(1).low == "is" || x.tok(1).low == "are") {
				job, ok = j, true // "Directing is X, alongside Y and Z"
			}
			if ok {
				// "X executive produces alongside Y and Z": crew, not cast
				for _, it := range items {
					x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
				}
			} else if !x.planBefore(start) && !x.hostsOfBefore(start) && !x.whoseListAt(start) && !x.rosterBefore(start) && !(!trigger && x.tok(end).has(cPlayVerbs)) && !x.attendedAfter(end) && !x.withInTitleAfter(start, end) {
				x.castList(x.pastPrepObject(items, start, end, trigger)) // not "The film was earlier supposed to feature X"
				castListed = true
				x.joinedBySubject(start)
			}
		}
		k = end - 1
	}
}

// listTriggerAt is listTrigger's reading of the words before a list at
// start, past the nouns of leading (filmnews.go): "starring", "led by",
// "including" after a casting verb, "newcomer,".
func (x *extractor) listTriggerAt(start int, castCue bool) bool {
	if x.worksIncluding(start) || x.quoteAddedBefore(start) {
		return false // "BBC dramas from Scotland, including Guilt, Shetland": titles; "“...,” added X": a quote's speaker
	}
	if f := x.tok(start); f.has(cListTriggers) && !f.cap {
		return true // "It stars X and Y": the item began at its trigger
	}
	if f := x.tok(start); castCue && !f.cap && (f.low == "actors" || f.low == "actresses" || f.low == "co-stars") && (x.tok(start-1).low == "and" || x.tok(start-1).text == ",") {
		return true // "as will star X, who plays C, and actors A, B and C"
	}
	// "joins recently announced new series regular X": the trigger stands
	// before the item's modifiers
	start = x.pastNationals(start) // "Other actors include the Aussies X and Y"
	if p := x.tok(start - 1); p.low == "star" && !p.cap && start > 2 && areBefore(x.tok(start-3).low) {
		if w := x.tok(start - 2); w.kind == tWord && (!w.cap || mediumWordsIDs.has(w.id)) && !w.has(cStopWords) {
			start -= 2 // "The line-up includes reality star X, footballer Y": the star's trade, then the name
		}
	}
	for m := 0; m < 5 && start > 1 && !x.tok(start-1).cap && (x.tok(start-1).has(cItemModifier) || x.tok(start-1).has(cPrefixNouns|cDescribe) ||
		strings.HasPrefix(x.tok(start-1).low, "well-") || // "It stars well-known actors X and Y"
		x.tok(start-1).low == "nominee" && x.tok(start-2).has(cDescribe) || // "features two-time-Oscar nominee X"
		x.tok(start-1).flags&fHyphen != 0 && (strings.HasSuffix(x.tok(start-1).low, "-cast") || strings.HasSuffix(x.tok(start-1).low, "-announced")) ||
		x.tok(start-1).low == "the" && m > 0 ||
		x.tok(start).has(cPrefixNouns) && !x.tok(start).cap && x.tok(start-1).kind == tWord && !x.tok(start-1).has(cStopWords) && areBefore(x.tok(start-2).low)); m++ {
		start-- // "joins the previously-cast X", "are premier actors X"
	}
	if x.tok(start-1).text == "," && pluralNounsIDs.has(x.tok(start-2).id) && !x.tok(start-2).cap {
		// "Others include former Big Brother reality stars, A and B": the
		// performers the trigger names, then their names
		for m := start - 3; m >= 0 && m >= start-9; m-- {
			if t := x.tok(m); t.has(cListTriggers) && !t.cap {
				return true
			} else if t.kind == tPunct {
				break
			}
		}
	}
	p := x.tok(start - 1)
	if h := x.tok(start - 1 - boolInt(p.low == "also" || p.low == "now" || p.low == "already")); h.low == "has" || h.low == "have" || h.low == "had" {
		if c := x.tok(start); c.low == "cast" && !c.cap {
			return true // "Netflix has (also) cast X in the lead role"
		}
	}
	if l := p.low; (l == "he" || l == "she" || l == "they") && x.tok(start).low == "cast" && !x.tok(start).cap {
		return true // "how he cast A, B and C for his movie T"
	}
	switch {
	case (p.low == "are" || p.low == "is") && (x.tok(start-2).has(cReturnWords) || x.toStarBefore(start-1)):
		return true // "Returning are X and Y", "Also attached to star are X and Y"
	case p.low == "cast" && (x.tok(start-2).low == "returning" || x.tok(start-2).low == "new"):
		return true
	case p.low == "are" && x.namesAreBracketed(start):
		return true // "The most recognizable names are A (T1) and B (T2)"
	case p.has(cListTriggers) && (!p.cap || start == 1 || (p.low == "starring" || p.low == "featuring") && (x.tok(start-2).text == "," || x.tok(start-2).text == ":")):
		// "..., Directed by X, Starring Y and Z": a staff line in capitals
		// "whose recent works include T1 and T2": titles, not a cast
		for m := start - 2; m >= 0 && m >= start-4; m-- {
			if (p.low == "include" || p.low == "includes" || p.low == "including") && (filmographyNounsIDs.has(x.toks[m].id) || pastWordsIDs.has(x.toks[m].id)) && !(m > 1 && x.tok(m-1).low == "the" && x.castNounBefore(m-2, 4)) {
				return false // "past heroines include X (T)": earlier works' people; not "the cast of the film includes X"
			}
		}
		return true
	case (p.low == "starred" || p.low == "featured") && !p.cap && x.genreBeforeVerb(start-1),
		(p.low == "starred" || p.low == "featured") && !p.cap && x.tok(start-2).kind == tNum && isSeasonWord(x.tok(start-3).low): // "Season 1 starred X"
		return true // "While the first series starred X and Y"
	case (p.low == "starred" || p.low == "featured") && !p.cap && x.closeQuote(start-2) && x.quotedTitleOpens(0, start-1),
		(p.low == "starred" || p.low == "featured") && !p.cap && x.tok(start-2).text == "," && x.quotedTitleAside(start-2):
		return true // "'T' starred X and Y", "'T', which premiered in 2022, starred X"
	case (p.low == "starred" || p.low == "featured") && !p.cap && start > 2 && x.titleAt(0, false) == start-1 && x.fold(x.span(0, start-1)) == x.sshowFold:
		return true // "Static Hour starred X and Y": the sentence's show opens it
	case (p.low == "be" || p.low == "is" || p.low == "are" || p.low == "was" || p.low == "were") && !p.cap && x.guestsAre(start-1):
		return true // "The first guest will be actor X", "This week's guests are A and B"
	case p.low == "of" && (x.likesOfCast(start) || x.voicesOf(start-1)):
		return true // "a celebrated cast which has the likes of A, B and C", "features the voices of A and B"
	case p.low == "with" && x.tok(start-2).low == "together" && castCue:
		return true // "X will co-star in the project, together with Y and Z"
	case p.low == "in" && x.tok(start-2).low == "roped" || p.low == "on" && (x.tok(start-2).low == "brought" || x.tok(start-2).low == "signed"):
		return true // "The makers then roped in X", "has brought on X"
	case p.low == "back" && bringsBackIDs.has(x.tok(start-2).id) && !x.tok(start-2).cap:
		return true // "T is bringing back X", "T welcomes back Y"
	case p.text == ":" && (x.tok(start-2).low == "cast" || x.tok(start-2).low == "starring" || x.tok(start-2).low == "stars" || x.tok(start-2).low == "voices" ||
		x.tok(start-2).low == "ensemble" && !x.tok(start-2).cap || start == 2 && x.tok(0).low == "casts"):
		return true // a credits block: "Cast: X, Y", "Casts: X, Y"; "T brings together a stellar ensemble: X, Y"
	case (p.low == "starring" || p.low == "with") && isDash(x.tok(start-2).text) && x.s != nil && x.s.head:
		return true // a roundup's entry line: "T – Starring A and B", "T - With A, B"
	case p.text == ":" && start <= 4 && (x.tok(start-2).low == "roles" || x.tok(start-2).low == "leads") && x.s != nil && x.s.head:
		return true // a label line of the leads: "Main roles: X and Y", "Leads: X, Y"
	case start == 2 && isDash(p.text) && (x.tok(0).low == "starring" || x.tok(0).low == "cast") && x.s != nil && x.s.head:
		return true // a credits line with a dash for its colon: "Starring - X, Y, Z"
	case p.low == "by" && (x.tok(start-2).low == "supported" || x.tok(start-2).low == "backed") && x.tok(start).low == "actors":
		return true // "supported by actors X, Y and Z"
	case p.low == "by" && (x.tok(start-2).low == "led" || x.tok(start-2).low == "headlined" || x.tok(start-2).low == "fronted" || x.tok(start-2).low == "toplined" || x.tok(start-2).low == "top-billed" || x.tok(start-2).low == "topbilled" || x.tok(start-2).low == "joined" ||
		x.tok(start-2).low == "completed" || x.tok(start-2).low == "out" && (x.tok(start-3).low == "rounded" || x.tok(start-3).low == "filled")):
		return true // "The cast is headlined by X (T1, T2)", "The cast is rounded out by X"
	case (p.low == "star" || p.low == "feature" || p.low == "co-star") && (x.tok(start-2).has(cAuxWords) ||
		(x.tok(start-2).low == "also" || x.tok(start-2).low == "now") && x.tok(start-3).has(cAuxWords)):
		return true // "The prequel will star X, Y and Z", "Leila will feature X", "the show will also star X"
	case p.low == "as" && x.tok(start-2).low == "such" && castCue && (x.castVerbNear(start-2) || x.tok(start-3).has(cCastNouns) && pluralNounsIDs.has(x.tok(start-3).id)):
		// "stars Swedish household names such as X, Y and Z"; "will see a
		// come-back of actors such as X and Y"
		return true
	case p.low == "with" && x.tok(start-2).low == "along" && castCue:
		return true
	case p.low == "with" && x.tok(start-2).low == "along" && x.crewBesideOK(start):
		// "X is also producing along with A and B from BAC Films
		return true // "stars X as A, along with Y and Z"
	case p.low == "with" && x.tok(start-2).has(cJobVerb) && !x.tok(start-2).cap:
		return true // "who executive produces with X and Y"
	case (p.low == "are" || p.low == "is" || p.low == "were" || p.low == "was") && x.joiningBefore(start-2):
		return true // "Joining them are X and Y", "Joining the cast is X", "Joining X were Y and Z"
	case (p.low == "are" || p.low == "is" || p.low == "were") && x.castClauseBefore(start-2):
		return true // "Also cast in supporting roles are X", "Rounding out the cast are X""
	case p.low == "including" && castCue,
		p.low == "with" && castCue && (x.tok(start-2).has(cCastVerbs) || x.tok(start-3).has(cCastVerbs) || x.seasonForBefore(start-2)):
		// "stars with X", "reunites on screen with X"; not "plays C, an
		// investigator with U.S. Fish and Wildlife"
		return true
	case p.has(cJoinNouns):
		return true
	case p.text == "," && x.tok(start-2).has(cJoinNouns):
		// "The latest addition, X", not the adverb "In addition, X is
		// the director"
		return !(x.tok(start-2).low == "addition" && x.tok(start-3).low == "in")
	case (p.low == "starred" || p.low == "featured") && (x.tok(start-2).low == "which" || x.tok(start-2).low == "that"):
		return true // "Apne, which starred X and Y"
	case (p.low == "tapped" || p.low == "enlisted" || p.low == "recruited") && !p.cap && (x.tok(start-2).low == "has" || x.tok(start-2).low == "have" || x.tok(start-2).low == "had"):
		return true // "Netflix has tapped X for the lead role"
	case p.low == "member" || p.low == "members":
		return x.tok(start-2).low == "cast"
	case (p.low == "are" || p.low == "is") && x.tok(start-2).low == "board" && x.tok(start-3).low == "on":
		return true // "Also on board are X and Y"
	case (p.low == "boasts" || p.low == "boast") && (x.tok(start-2).low == "cast" || x.tok(start-2).low == "also" && x.tok(start-3).low == "cast"):
		return true // "The cast also boasts X and Y"
	}
	return x.castListCue(start)
}

// castListIn is castList in show, a title its clause names, not the
// sentence's show.
func (x *extractor) castListIn(show string, items []item) {
	saved := x.sshow
	x.sshow = show
	x.castList(items)
	x.sshow = saved
}

// castList credits each item of a cast list in the sentence's show; a
// returning cast's brackets hold characters.
func (x *extractor) castList(items []item) {
	if x.jury {
		return // "The jury will be presided over by actress X": a juror, in no show of the festival's
	}
	chars := false
	if x.returning || len(items) > 0 && x.animeVoiceList(items[0].start) {
		chars = true
		nbr := 0
		for _, it := range items {
			if it.br < 0 {
				continue
			}
			nbr++
			c := x.closeOf(it.br)
			inner := x.span(it.br+1, c)
			if !x.charBracket(it.br+1, c, inner) {
				chars = false
			}
		}
		chars = chars && nbr > 0
	}
	for _, it := range items {
		name := x.itemName(it)
		if e := x.titleAt(it.pstart, false); e > it.pend && x.tok(it.pend).low == "of" && x.isShow(x.span(it.pstart, e)) || x.tok(it.pstart-1).low == "the" && x.isShow("The "+name) || x.castMemberAfter(it.pend) || x.afterSpanOfTime(it.pstart) || x.tok(it.pend).kind == tNum && x.isShow(x.span(it.pstart, it.pend+1)) {
			continue // "includes Tower of God and ...", "The Gilded Lane has added", "a T cast member", "joined Harbor Run 2": the show, no person
		}
		if it.owner != "" {
			x.add(graph.KindCast, name, it.owner, "", "")
		}
		if !x.startsName(it.pstart) && x.returnsForSeason(it.end) && x.knownPerson(name) == "" {
			continue // "Kelp Road and Copper Bay return for a second season": shows, no people
		}
		if it.br >= 0 && x.jobOnlyBracket(it.br) {
			continue // "Joining the team is X (executive producer), Y (director)": crew (jobBracket), no cast
		}
		if it.br >= 0 && chars {
			c := x.closeOf(it.br)
			x.brOver[it.br] = true
			x.add(graph.KindCast, name, x.sshow, x.span(it.br+1, c), "")
			continue
		}
		if x.sshow != "" {
			x.add(graph.KindCast, name, x.sshow, "", "")
		}
		if x.pending != "" {
			x.add("", name, x.pending, "", "")
			x.pending = ""
		}
	}
}

// newsVerbs end a headline's capitalized news before a comma: "T Voice
// Cast Revealed, Featuring X", "Trailer Released, Starring Y".
var newsVerbs = set(`revealed announced unveiled confirmed released teased dropped`)

// articleNounPhrase reports whether the items from start to end stand
// between an indefinite article and a cast noun: "X is a Grey Lantern
// star", "a Red Mile alum": a title before the noun, no person and no
// subject of a verb.
func (x *extractor) articleNounPhrase(start, end int) bool {
	l := x.tok(start - 1).low
	return (l == "a" || l == "an") && x.tok(end).has(cCastNouns)
}
