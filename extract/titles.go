package extract

// Title mentions: quoted, capitalized or cue-led spans that name shows, and
// the tests that tell a title from a network, a place or a description.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// skeyOf is graph.ShowKey; a title without a season qualifier has its fold
// as its key.
func (n *name) skeyOf(m *memo, title string) string {
	if n.has&hasSkey != 0 {
		return n.skey // most asks: inlined in the callers
	}
	return n.skeyNew(m, title)
}

// skey is graph.ShowKey, cached.
func (x *extractor) skey(title string) string { m := x.memo; return m.lookup(title).skeyOf(m, title) }

// split is graph.SplitSeasons, cached, with a cheap path for titles
// without digits.
func (x *extractor) split(title string) (string, []int) {
	n := x.memo.lookup(title)
	if n.has&hasSplit == 0 {
		if mayHaveSeasons(title) {
			n.title, n.seasons = graph.SplitSeasons(title)
		} else {
			n.title = revivalBase(cleanSpace(title))
		}
		n.has |= hasSplit
	}
	return n.title, n.seasons
}

// titleAtUncached is titleAt, read anew: a title starting at i is
// capitalized words and numbers, with lower-case glue words between them, a
// subtitle after a colon, and a trailing season qualifier. loose also lets
// the title start in lower case ("anohana: The Flower We Saw That Day").
func (x *extractor) titleAtUncached(i int, loose bool) int {
	t := x.toks
	n := len(t)
	if i >= n {
		return i
	}
	capOrNum := func(k int) bool {
		return k < n && (t[k].cap || t[k].kind == tNum || digitTitleWord(&t[k])) && t[k].kind != tPunct && t[k].kind != tPoss && t[k].flags&fMaker == 0 // not "Renner-led"
	}
	if o := t[i].text; t[i].kind == tPunct && (o == "“" || o == "\"" || o == "‘" || o == "'" || o == "`") {
		// a quoted title: “Spring Letter”, "Hotel Lumiere,"
		if !capOrNum(i+1) && !x.namedLowerTitle(i) || digitTitleWord(&t[i+1]) || x.nicknameAt(i) { // a quoted “2gether” is no show of the sentences after
			return i
		}
		for j := i + 1; j < n && j < i+16; j++ {
			switch x.quoteMark(o, j) { // not “A teaser featuring the series’ cast”
			case "”", "\"", "’", "'":
				if j > i+1 && !(j+1 < n && groupNounsIDs.has(t[j+1].id)) {
					if x.saidAfter(j) {
						return i // "“I spent weeks on the water,” Grant said": words quoted, no title
					}
					return j + 1
				}
				return i // “Gekidan EXILE” member: a group, no title
			case ".", "!", "?", ";", "(", ")", "“":
				if (o == "“" || o == "\"") && t[j].text == "“" && x.closeQuote(j) && j > i+1 && !x.saidAfter(j) {
					return j + 1 // “The Stepdaughters“, "Kessel Bay“: an opening mark set as the closing one
				}
				if t[j].text == "." && j > i+1 && abbrevIDs.has(t[j-1].id) && t[j].start == t[j-1].end {
					continue // “Mr. & Mrs. Smith”: an abbreviation's full stop
				}
				if j+1 < n && (t[j+1].text == "”" || t[j+1].text == "\"" || (o == "‘" || o == "'") && (t[j+1].text == "’" || t[j+1].text == "'")) {
					continue // “The Man Who Became King.” with its period inside
				}
				if (t[j].text == "!" || t[j].text == "?") && j+1 < n && (t[j+1].text == "!" || t[j+1].text == "?") && t[j+1].start == t[j].end {
					continue // “Again!!”: a run of marks, the title's own
				}
				if t[j].text == "!" && x.exclaimInTitle(o, j, i+16) {
					continue // “Eccentric! Chef Moon”: title-case words on to the closing mark
				}
				return i
			}
		}
		return i
	}
	if (t[i].low == "live-action" || t[i].low == "live") && x.adaptationPrefix(i) > i {
		return i // "Live-Action de T": the adaptation's kind, the title after it (titleprefixes.go)
	}
	if !capOrNum(i) && !(loose && t[i].kind == tWord) || (t[i].has(cNetworks) || t[i].low == "original") && x.networkOriginalAt(i) {
		return i // "the Netflix Original T": the network's label, no title (networkoriginals.go)
	}
	if i == 0 && n > 1 && t[1].text == "," && strings.HasSuffix(t[0].low, "ly") ||
		i > 0 && t[i].low == "forces" && strings.HasPrefix(t[i-1].low, "join") {
		return i // "Unfortunately, ...": a sentence adverb; "A, B Join Forces in Epic Drama “T”": an idiom
	}
	j := i + 1
	if t[i].cap && j < n && t[j].kind == tWord && genreNounBefore(t, i) && x.foreignGenre(i) {
		if e := x.genreTitleEnd(i); e > i {
			return e // "la telenovela Si nos dejan, que": genretitles.go
		}
	}
	if t[i].cap && j < n && t[j].kind == tWord && !t[j].cap && i > 1 && t[i-1].has(cGenreNouns) {
		if e := x.englishGenreTitleEnd(i); e > i {
			return e // "of the film Mystery in sight,": sentencetitles.go
		}
	}
	if t[i].cap && j < n && t[j].kind == tWord && !t[j].cap && !t[j].has(cStopWords) && t[i].has(cRomance) {
		// a Spanish or Italian title in sentence case: "El inocente", "La
		// casa de papel", "Las chicas del cable"
		for j < n && j-i < 8 && t[j].kind == tWord && (!t[j].has(cStopWords) || t[j].has(cTitleGlue) && j+1 < n && t[j+1].kind == tWord && !t[j+1].has(cStopWords|cAuxWords)) && !t[j].has(cAuxWords) {
			j++
		}
	} else if t[i].cap && j < n && t[j].kind == tWord && !t[j].cap && x.s != nil && x.sentForeign() {
		if e := x.foreignTitleEnd(i); e > j {
			return e // "Tres milagros,": languagetitles.go
		}
	}
	caps := (len(t[i].text) < 2 || t[i].text[1]-'a' > 'z'-'a') && capsTitle(t, i) // "BELMARSH KNOTS in Winnipeg": a title in capitals ends at a word in lower case; not "Ana", capsTitle's first test
	for j < n && j-i < 14 && !endsTitle(&t[j]) {
		tk := &t[j]
		switch {
		case (tk.low == "season" || tk.low == "seasons" || tk.low == "part") && j+1 < n && t[j+1].kind == tNum:
			if k := x.performerInRun(i, j); k >= 0 {
				return k // "‘T’ Star Ana Selo Talks Season 2": a performer and a headline's verb, no title before the season
			}
			j += 2
			for j+1 < n && (t[j].low == "and" || t[j].text == "," || t[j].text == "&" || t[j].text == "-" || t[j].text == "–") && t[j+1].kind == tNum {
				j += 2
			}
			return j
		case caps && tk.kind == tWord && !isUpperCase(tk.text):
			return j
		case tk.low == "cast" && tk.cap && !caps && (j+1 == n || !capOrNum(j+1)) && i > 0 && joinHeadVerbsIDs.has(t[i-1].id):
			return j // "Ana Selo Joins Harbor Lights Cast": the headline's noun for the show's people, no word of its title
		case tk.low == "to" && !tk.cap && j+2 < n && t[j+1].low == "be" && !t[j+1].cap && (capOrNum(j+2) && !t[j+2].has(cNetworks|cDateWords) || t[j+2].has(cTitleGlue) && !t[j+2].cap && capOrNum(j+3)):
			j += 2 // "Born to be the One", "Meant to be Yours"
		case tk.text == "," && j == i+1 && x.commaTitle(i):
			j += 2 // "Upstairs, Downstairs": one title, written so every time
		case tk.text == "," && x.commaTitleBeforeNoun(i, j) > j:
			return x.commaTitleBeforeNoun(i, j) // "the Please Come Back, Mister actor", "by Truly, Madly, Deeply star X"
		case tk.text == "," && x.genreCommaTitle(i, j) > j:
			return x.genreCommaTitle(i, j) // "the kids TV program Tom Corbett, Space Cadet, based on"
		case capOrNum(j):
			j++
		case tk.has(cTitleGlue) && !tk.cap && capOrNum(j+1) && !x.glueEnds(j):
			j++
		case tk.has(cTitleGlue) && !tk.cap && j+2 < n && t[j+1].has(cTitleGlue) && !t[j+1].cap && capOrNum(j+2) && !(t[j+1].low == "the" && x.glueEnds(j)):
			j += 2
		case tk.has(cTitleGlue) && !tk.cap && j+2 < n && ourWordsIDs.has(t[j+1].id) && !t[j+1].cap && t[j+2].cap && t[j+2].kind == tWord && !x.glueEnds(j):
			j += 2 // "The Fault in our Stars", "Love of my Life": a possessive of the first or second person inside a title
		case tk.low == "by" && !tk.cap && j+2 < n && t[j+1].low == "the" && !t[j+1].cap && capOrNum(j+2) && !t[j+2].has(cNetworks):
			j += 2 // "Manchester by the Sea": not "by" and a name
		case tk.low == "by" && !tk.cap && j > i && j+1 < n && t[j+1].cap && t[j+1].low == t[j-1].low:
			j += 2 // "Side by Side with You", "Day by Day": one word on both sides, no credit
		case tk.low == "by" && !tk.cap && x.byOneWord(j):
			j += 2 // "Murder by Death (1976)", "Stand by Me": one word after "by", no maker
		case tk.text == ":" && capOrNum(j+1) && clauseOpenersIDs.has(t[j+1].id):
			return j // "drama Hotel King: After X and Y signed on": a clause, no subtitle
		case (tk.text == "–" || tk.text == "-") && j+2 < n && t[j+1].cap && t[j+2].kind == tPoss && tk.start > t[j-1].end:
			return j // "Mvera – Kenya’s 2023 Oscar submission": an aside after a dash, no subtitle
		case (tk.text == ":" || tk.text == "&" || tk.text == "–" || tk.text == "-" || tk.text == "…") && capOrNum(j+1):
			j++ // "I'll Give It My All… Tomorrow"
		case tk.text == "/" && capOrNum(j+1) && tk.start > t[j-1].end && t[j+1].start > tk.end && j+2 < n && capOrNum(j+2):
			j++ // "Good Cop / Bad Cop": a slash between spaces inside a title
		case (tk.text == ":") && j+1 < n && t[j+1].kind == tWord && loose:
			j++
		case (tk.text == "!" || tk.text == "?") && tk.start == t[j-1].end:
			j++
		case tk.low == "is" && !tk.cap && capOrNum(j+1) && !t[j+1].has(cNetworks|cStopWords|cDateWords) && !describeWordsIDs.has(t[j+1].id) &&
			!x.startsName(j+1) && j+2 <= n && (j+2 == n || !t[j+2].cap || t[j+2].kind == tPunct):
			j++ // "Love is War", "The Legendary Hero is Dead!"
		case tk.kind == tPoss && (t[i].low == "the" || t[i].low == "my" || t[i].low == "a" || t[i].low == "your" || t[i].low == "our") && capOrNum(j+1) && !x.opensPersonAfterPoss(j+1) &&
			(!t[j+1].has(cStopWords) || x.s != nil && !x.s.head && t[j+1].cap && j+2 < n && t[j+2].cap && t[j+2].kind == tWord && !t[j+2].has(cStopWords)):
			j++ // "The Handmaid's Tale", "A Millionaire’s First Love"
		case tk.kind == tPoss && j == i+1 && i > 0 && t[i-1].has(cGenreNouns) && !t[i-1].cap && capOrNum(j+1) && t[j+1].kind == tWord && !t[j+1].has(cStopWords|cGenreNouns) &&
			!t[i].has(cNetworks) && !x.startsName(i) && !x.startsName(j+1):
			j++ // "the new drama Love’s Ambition", "the comedy Schitt's Creek": after a genre noun, one title
		case tk.kind == tPoss && j == i+2 && honorificTitleAt(t, i):
			j++ // "Miss Fisher's Murder Mysteries", "Mrs Brown's Boys": a character's possessive inside the title
		case tk.kind == tPoss && j == i+1 && (x.givenPossTitle(i) || x.workPossTitle(i)):
			j++ // "Bob's Burgers", "Dawson's Creek": a given name alone before a possessive opens a title (givenposstitles.go)
		case (tk.kind == tPoss || tk.text == ",") && j == i+1 && x.showPossAt(i):
			j++ // "Kemi's Wedding", "I, Stranger", the article's show: its possessive or comma inside
		case tk.kind == tPoss && j == i+1 && contractionOpenersIDs.has(t[i].id) && (capOrNum(j+1) || j+2 < n && t[j+1].low == "the" && capOrNum(j+2)) && i >= 2 && x.earlierWorksAt(i):
			j++ // "starred in It's Always Sunny in T", "credits include Who's the Boss?": "'s" is "is", no possessive
		case tk.kind == tPoss && j == i+1 && x.countryPossTitle(i):
			j++ // "Canada's Drag Race judge X", "known for America's Next Top Model" (countryposstitles.go)
		case tk.kind == tPoss && j == i+1 && x.listPossTitle(j):
			j++ // "shows such as T1, Foyle's War and T3": an item of a list of titles, its possessive inside
		case tk.kind != tPunct && !tk.cap && tk.low != "" && tk.low[0] >= '0' && tk.low[0] <= '9' && capOrNum(j+1) && t[j+1].kind == tWord && ordinalNumber(tk.low):
			j++ // "My 20th Century": an ordinal inside a title
		case tk.low == "and" && j == i+1 && x.oneWorkAnd(i, j):
			j += 2 // "Evelyn Waugh's novel Decline and Fall.": one title
		case tk.low == "and" && (j == i+2 && t[i].text == "The" || j == i+1) && i > 0 && x.theAndThe(j):
			j += 3 // "CBS' The Bold and the Beautiful", "in Woman and the Hunter (1957)": one title
		default:
			return j
		}
	}
	return j
}

// otherShow reports whether the genre noun at k names a show the sentence
// compares its subject with: "the sequel to the 2006 film T", "a remake of
// the film T", "like the drama T".
func (x *extractor) otherShow(k int) bool {
	return x.otherShowDepth(k, 0)
}

func (x *extractor) otherShowDepth(k, depth int) bool {
	upcoming := false // "the upcoming drama T": not an earlier work, unless a filmography lists it
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		t := &x.toks[m]
		if m == k-1 && t.cap {
			if ps := x.personBefore(k); ps < k && x.personShaped(ps, k) {
				m = ps // "the acclaimed Park Chan-wook film T": the maker's kind of work
				continue
			}
		}
		if x.kindWordBefore(k, m) {
			continue // "known for the comedy series T", "from the hit Seven show T"
		}
		if upcoming && t.low != "and" && t.kind != tPoss && !t.has(cNetworks) {
			return false
		}
		if t.low == "and" && depth < 3 && m > 1 {
			// "following 2006 movie “T1” and 2003 film “T2”": the genre
			// noun of the title before "and" tells
			j := m
			if isQuote(x.toks[j-1].text) {
				for o := j - 2; o >= 0 && o > j-16; o-- {
					if isQuote(x.toks[o].text) {
						j = o
						break
					}
				}
			} else {
				j = x.titleBefore(m)
			}
			if j < m && j > 0 && x.toks[j-1].has(cGenreNouns) {
				return x.otherShowDepth(j-1, depth+1)
			}
			return x.filmographyList(m)
		}
		switch t.low {
		case "seen", "known", "starred", "co-starred", "appeared", "played", "previously", "recently", "past", "earlier", "last", "previous", "prior", "former":
			return true // "recently seen as Rob in ITV drama T", "his last film, T"
		case "behind":
			switch x.tok(m - 1).low {
			case "team", "people", "minds", "creators", "makers", "producers", "studio", "company":
				return true // "the team behind the drama T"
			}
		case "based", "inspired":
			return true // "based on a manga series T": the source, not the show"
		}
		if t.has(cNetworks) || t.kind == tPoss || t.has(cDescribe) {
			continue // "in ITV drama T", "in Netflix's film T", "on the American television series T"
		}
		if t.low == "in" || t.low == "on" || t.low == "with" {
			// "seen as Rob Moffatt in ITV drama T": a role in another show;
			// "best known for playing the role of FBI psychiatrist Dr Robert
			// Borden on the American television series T"; "rose to fame
			// with the drama T", "made her name in the series T"
			for q := m - 1; q >= 0 && q >= m-14 && x.toks[q].kind != tPunct; q-- {
				switch x.toks[q].low {
				case "seen", "played", "playing", "starred", "co-starred", "appeared", "known", "previously", "recently", "based", "inspired":
					if t.low != "with" { // not "she recently returned with the drama T": her new show
						return true
					}
				case "fame", "broke":
					return true
				case "name":
					return x.tok(q-1).low == "her" || x.tok(q-1).low == "his" || x.tok(q-1).low == "their"
				}
			}
		}
		if isShowAdjective(t.low) && !t.cap {
			upcoming = true
			continue
		}
		if t.kind == tNum || t.kind == tWord && !t.cap && (t.low == "the" || t.low == "a" || t.low == "an" || !t.has(cStopWords)) && !t.has(cGenreNouns) {
			switch t.low {
			case "to", "of", "from", "after", "like", "following", "than", "unlike", "including":
				return !x.ownShowAt(m) // "following 2006 movie T"
			}
			continue
		}
		switch t.low {
		case "to", "of", "from", "after", "like", "following", "than", "unlike", "including", "as":
			return !x.ownShowAt(m)
		case "for":
			// "X, known for the drama T, will be joined by": the person's
			// earlier work
			switch x.tok(m - 1).low {
			case "known", "famous", "remembered", "recognized", "recognised":
				return true
			}
		}
		return false
	}
	return false
}

// pastSeasonOf skips a season before the title it belongs to: "the first
// season of T", "season two of T", "the second series of T".
func (x *extractor) pastSeasonOf(k int) int {
	start := k
	if x.tok(k).low == "the" {
		k++
	}
	if l := x.tok(k).low; (l == "a" || l == "an" || l == "upcoming" || l == "next" || l == "future") && !x.tok(k).cap {
		// "on an upcoming episode of “T”"
		m := k
		for q := 0; q < 3 && (x.tok(m).low == "a" || x.tok(m).low == "an" || x.tok(m).low == "upcoming" || x.tok(m).low == "next" || x.tok(m).low == "future"); q++ {
			m++
		}
		if (x.tok(m).low == "episode" || x.tok(m).low == "episodes") && x.tok(m+1).low == "of" {
			return m + 2
		}
	}
	// "multiple episodes of the final season of T", "the 4th episode of T"
	if l := x.tok(k).low; (l == "multiple" || l == "several" || l == "some" || l == "two" || l == "three" || l == "four" || l == "few" || x.tok(k).kind == tNum || ordinal(x.tok(k)) > 0 || isOrdinalNum(l)) && !x.tok(k).cap &&
		(x.tok(k+1).low == "episodes" || x.tok(k+1).low == "episode" || x.tok(k+1).low == "seasons" || x.tok(k+1).low == "series" && k > start) && x.tok(k+2).low == "of" {
		k += 3 // "three series of T", "two seasons of T"
		if x.tok(k).low == "the" {
			k++
		}
		k = x.pastWordBeforeTitle(k) // "25 episodes of the spinoff T"
		if seasonStart := x.pastSeasonOf(k); seasonStart > k {
			return seasonStart
		}
		return k
	}
	if ord := ordinal(x.tok(k)) > 0; ord && !x.tok(k).cap || x.tok(k).low == "latest" || x.tok(k).low == "new" || x.tok(k).low == "final" || x.tok(k).low == "upcoming" {
		if l := x.tok(k + 1).low; (l == "season" || l == "series") && x.tok(k+2).low == "of" {
			if q := x.ownerThenQuoted(k + 3); q > 0 {
				return q // "la nouvelle série d’ARVO, « T »": the owner's new series, named after the comma
			}
			return k + 3
		}
	}
	if l := x.tok(k).low; (l == "season" || l == "series") && (!x.tok(k).cap || x.tok(k+1).kind == tNum) {
		ord := ordinal(x.tok(k+1)) > 0
		if (ord || x.tok(k+1).kind == tNum) && x.tok(k+2).low == "of" {
			return k + 3
		}
	}
	return start
}

// filmographyList reports whether the list whose "and" is at m is a
// filmography: "has recurred on Netflix's T1, Cinemax's T2 and Paramount's
// upcoming drama T3", "her credits include T1, T2 and the series T3". It
// walks back over the list's titles, owners and commas to the word that
// opens it.
func (x *extractor) filmographyList(m int) bool {
	for q := m - 1; q >= 0 && q > m-40; q-- {
		t := &x.toks[q]
		if t.text == ")" {
			if o := x.openOf(q); o >= 0 && o < q {
				q = o // "appeared in T1 (2021) and the film T2": past T1's year
				continue
			}
		}
		if t.cap || t.kind == tPoss || t.text == "," || t.low == "and" || t.kind == tNum || isQuote(t.text) || t.has(cNetworks|cGenreNouns) ||
			t.low == "the" || t.low == "upcoming" || t.low == "hit" || t.low == "new" || t.low == "of" && q > 0 && x.toks[q-1].cap {
			continue
		}
		switch t.low {
		case "on", "in", "include", "includes", "including":
			switch x.tok(q - 1).low {
			case "recurred", "starred", "appeared", "guest-starred", "roles", "credits", "stints", "turns", "parts", "include", "includes":
				return true
			}
			return t.low != "on" && t.low != "in" && (x.tok(q-1).low == "credits" || x.tok(q-2).low == "credits")
		}
		return false
	}
	return false
}

// isADescription reports whether "is a ... film" follows a title ending
// before e: the title names a show.
func (x *extractor) isADescription(e int) bool {
	if l := x.tok(e).low; l != "is" && l != "was" && l != "," && !(isDash(l) && x.tok(e-1).text != "-") {
		return false // "T – a detective drama" too
	}
	if (x.tok(e).text == "," || isDash(x.tok(e).text)) && x.tok(e+1).has(cNetworks) && x.tok(e+1).cap {
		// "T, Netflix's new drama, has cast": a network's show
		at := e + 1
		for at < len(x.toks) && at < e+4 && x.tok(at).has(cNetworks) && x.tok(at).cap {
			at++
		}
		if x.tok(at).kind == tPoss {
			for m := at + 1; m < len(x.toks) && m < at+4; m++ {
				if x.toks[m].has(cGenreNouns) && !x.toks[m].cap {
					return true
				}
				if x.toks[m].cap || x.toks[m].kind == tPunct {
					break
				}
			}
		}
		return false
	}
	if l := x.tok(e + 1).low; l != "a" && l != "an" && l != "the" && l != "another" { // "T is another drama to watch"
		return false
	}
	if w := x.tok(e + 2); w.has(cCastNouns|cJobNoun) && !w.cap {
		return false // "X, the star of the series T": a person
	}
	for m := e + 2; m < len(x.toks) && m < e+10; m++ {
		t := &x.toks[m]
		if (t.low == "adaptation" || t.low == "remake" || t.low == "reboot") && x.tok(m+1).low == "of" && m <= e+4 {
			return true // "T is an adaptation of X's novel U": T is the show
		}
		if (sequelNounsIDs.has(t.id) && (x.tok(m+1).low == "to" || x.tok(m+1).low == "of") || (t.low == "story" || t.low == "tale") && x.tok(m+1).low == "of") && m <= e+4 && !t.cap {
			return true // "T is the sequel to X's 2018 thriller", "T is the story of a young journalist"
		}
		if t.has(cJobNoun) && (!t.cap || isUpperCase(t.text)) {
			return false // "X is the chief director of the series", "X is the DOP of the film": a person's job
		}
		// (not "X is the show's director": a possessive genre noun, a person's job)
		if t.has(cGenreNouns) && !t.cap && !x.nounAfterGenre(m) && x.tok(m+1).kind != tPoss || t.low == "story" && x.tok(m-1).low == "love" || x.showNoun(m, e) {
			return true // "a new six-part provocative love story", "a show made by", not "Go Gyeom, a movie buff"
		}
		if t.kind == tPunct && t.text != "-" || t.kind == tPoss {
			return false
		}
		if (t.low == "of" || t.low == "on") && m > e+2 && !workOfNounsIDs.has(x.toks[m-1].id) {
			return false // "X, an ex-housemate of the reality TV show": a person the show had, where "T, a spin-off of U" is a show
		}
	}
	return false
}

// partOrCoStar reports whether w ends the describing words before a title:
// "star in a lead role alongside Y in T" names a part and a co-star, no
// title, after "a lead".
func partOrCoStar(w string) bool {
	return w == "role" || w == "roles" || w == "alongside" || w == "opposite"
}

// workOfNouns are the nouns of a work made from another: "T, a spin-off of
// the series U" is a show, where "X, a member of the show U" is a person.
var workOfNouns = set(`spin-off spinoff sequel prequel version continuation remake reboot adaptation retelling reimagining part season series installment instalment chapter entry story tale`)

// titleStarts reports whether a title may start at token i.
func (x *extractor) titleStarts(i int) bool {
	t := x.tok(i)
	return t.cap || t.kind == tNum || t.text == "“" || t.text == "\"" || t.text == "‘" || t.text == "'" || digitTitleWord(t)
}

// titleBefore reads a title ending before j; it returns the start.
func (x *extractor) titleBefore(j int) int {
	t := x.toks
	capOrNum := func(k int) bool {
		return k >= 0 && k < len(t) && (t[k].cap || digitTitleWord(&t[k])) && t[k].kind == tWord || k >= 0 && k < len(t) && t[k].kind == tNum
	}
	i := j
	for i > 0 && j-i < 12 {
		k := i - 1
		switch {
		case capOrNum(k) && !x.inBr[k] && !(k == 0 && (t[k].low == "starring" || t[k].low == "featuring")):
			i-- // not "Starring Super Junior's X": the participle opens the sentence
		case t[k].has(cTitleGlue) && !t[k].cap && capOrNum(k-1) && i < j:
			if t[k].low == "from" && x.fromSplits(k, j) {
				return x.quotedFrom(i, j) // "the comedy T from The Office creator X"
			}
			i--
		case t[k].has(cTitleGlue) && !t[k].cap && k > 0 && t[k-1].has(cTitleGlue) && !t[k-1].cap && capOrNum(k-2) && i < j:
			i -= 2
		case (t[k].text == ":" || t[k].text == "&" || t[k].text == "/" && k > 0 && k+2 < len(t) && t[k].start > t[k-1].end && t[k+1].start > t[k].end && capOrNum(k+2)) && capOrNum(k-1) && i < j:
			i-- // "Good Cop / Bad Cop, starring X"
		case !t[k].cap && i < j && (t[k].low == "be" && k >= 2 && t[k-1].low == "to" && capOrNum(k-2) || t[k].has(cTitleGlue) && k >= 3 && t[k-1].low == "be" && t[k-2].low == "to" && capOrNum(k-3)):
			i = k - 1 // "Born to be the One (A, B)"
			for t[i].low != "to" {
				i--
			}
			i-- // the word before "to"
		case t[k].low == "by" && !t[k].cap && i == j-1 && x.byOneWord(k):
			i-- // "Murder by Death star X"
		case t[k].text == "," && i < j && j < len(t) && t[j].has(cCastNouns) && !t[j].cap && x.commaRunStart(k, j) >= 0:
			return x.commaRunStart(k, j) // "the Please Come Back, Mister actor": one title, its commas inside
		case t[k].text == "," && i == j-1 && k >= 1 && x.commaTitle(k-1):
			i -= 2 // "Upstairs, Downstairs actress X"
		case t[k].kind == tPoss && i == j-1 && capOrNum(k-1) && t[i].kind == tWord && !t[i].has(cNameStart) && !t[i].has(cCharTitles) && !x.inBr[k] && (!x.ownerIsPerson(k) || x.articleOpens(k)):
			i-- // "Grey's Anatomy showrunner X": one title, its possessive inside
		case t[k].kind == tPoss && i < j-1 && j < len(t) && performerNouns[t[j].low] && !t[j].cap && x.possStarTitleEnd(k-1) == j:
			i-- // "Dorran's Moving House star X": a lone word's possessive inside the title (possessives.go possStarTitleEnd)
		default:
			return x.quotedFrom(x.countryPossStart(x.pastNetworkOriginal(x.genreTitleBack(i, j), j), j), j)
		}
	}
	return x.quotedFrom(x.countryPossStart(x.pastNetworkOriginal(i, j), j), j)
}

// quotedFrom widens a title read back from j to start at i to the whole
// quotation it ends, where j is a closing quote or the comma inside one
// ("“Hiram na Pangarap,” which": the lower-case words inside the quotes
// are the title's). It returns the start, i when there is no such
// quotation.
func (x *extractor) quotedFrom(i, j int) int {
	t := x.toks
	if i >= j || j >= len(t) || i < 2 {
		return i
	}
	if !x.closeQuote(j) && !(t[j].text == "," && x.closeQuote(j+1)) {
		return i
	}
	for k := i - 1; k > 0 && k > j-12; k-- {
		switch w := &t[k]; {
		case w.text == "“" || (w.text == "\"" || w.text == "'" || w.text == "‘") && (k == 0 || t[k-1].end < w.start):
			if k+1 < i && t[k+1].cap {
				return k + 1
			}
			return i
		case w.kind != tWord:
			return i
		}
	}
	return i
}

// titlesBefore reads one or more titles ending before j: "Miss Granny and
// The Fortress", "Former A, B and C actress X" (a comma only before "and").
func (x *extractor) titlesBefore(j int) []string {
	var out []string
	for len(out) < 4 {
		i := x.titleBefore(j)
		if i == j {
			break
		}
		if p := x.tok(i - 1); len(out) > 0 && !p.cap && p.kind == tWord {
			if p.has(cJobNoun|cCastNouns) || starringWordsIDs.has(p.id) {
				break // "alum X and T star Y", "starring X and T actress Y": X is a person
			}
		}
		ti := i
		allStop := true
		for m := ti; m < j; m++ {
			if !x.toks[m].has(cStopWords) {
				allStop = false
			}
		}
		if allStop {
			break // "It stars X": a pronoun, not a title
		}
		if len(out) == 1 && j-ti <= 2 && (x.tok(j).low == "and" || x.tok(j).text == "&") && !hasByte(out[0], ' ') && x.tok(j-2).text != "," {
			if w := j - 1; j-ti == 1 || formerWordsIDs.has(x.tok(ti).id) {
				// "Former Home and Away star X": one title of two one-word
				// halves, after a describing word
				out[0] = x.span(w, j+2)
				break
			}
		}
		out = x.appendStr(out, x.span(ti, j))
		if k := i - 1; k > 0 && ((x.tok(k).low == "and" || x.tok(k).text == "&") && x.tok(k-1).text != "," || x.tok(k).text == "," && len(out) >= 2 && k > 1) {
			j = k
			continue
		}
		break
	}
	return out
}

// titleList reads titles at i: "Shame, The Iron Lady and The Hour", after
// an optional article and up to two lower-case modifiers ("the live-action
// Erased film").
// titleAdjectives may stand between "the" and a genre noun before a title:
// "the upcoming drama T", "the new film T".
var titleAdjectives = set(`upcoming new latest original next first second third other long-running short-lived classic cult award-winning`)

// titlePrefix skips, at i, what may stand before a title in a list: an
// article, a season, a network, describing words ("the upcoming crime
// comedy drama “T”", "Sky's Jamestown", "Netflix action film T").
func (x *extractor) titlePrefix(i int) int {
	k := i
	if l := x.tok(k).low; (l == "the" || l == "a" || l == "an") && !x.tok(k).cap {
		k++
	}
	if x.tok(k).low == "likes" && x.tok(k+1).low == "of" && k > i {
		k += 2 // "the likes of T1, T2 and T3"
	}
	k = x.pastNetworkOriginal(x.pastCountBound(k), len(x.toks)) // "more than forty films, including T", "over 40 films", "the Netflix Original T"
	k = x.pastSeasonOf(k)
	// "last year's T", "2012's T"
	if l := x.tok(k).low; (l == "last" || l == "this" || l == "next") && (x.tok(k+1).low == "year" || x.tok(k+1).low == "summer") && x.tok(k+2).kind == tPoss {
		k += 3
	} else if x.tok(k).kind == tNum && len(x.tok(k).text) == 4 && x.tok(k+1).kind == tPoss {
		k += 2
	} else if x.tok(k).kind == tNum && len(x.tok(k).text) == 4 && k > i && (x.tok(k+1).kind == tWord && !x.tok(k+1).cap || x.tok(k+1).has(cDescribe) || x.genreAfterName(k+1)) {
		k++ // "the 2014 Italian crime drama T", "the 2018 Samantha film T": a year before describing words
	} else if yearToken(x.tok(k)) && x.tok(k+1).has(cGenreNouns) && !x.tok(k+1).cap && x.titleStarts(k+2) {
		k++ // "the 1987 comedy T1 and 1989 drama T2": a year and a genre noun, no article
	}
	if t := x.tok(k); t.cap && t.has(cNetworks) && (!x.titleStarts(k+1) || x.hyphenGenre(k+1) && x.titleStarts(k+2)) || t.has(cNetworks) && t.kind == tWord && x.tok(k+1).kind == tPoss || x.numberNetworkAt(k) { // "Nine's T"
		k++
		if x.tok(k).has(cNetworks) && x.tok(k+1).kind == tPoss {
			k++ // "KBS 2TV's"
		}
		if x.tok(k).kind == tPoss {
			k++
		}
	} else if e := x.titleAt(k, false); e > k+1 && x.tok(e).kind == tPoss && x.isNetwork(x.span(k, e)) {
		k = e + 1 // "KBS 2TV's upcoming drama T"
	}
	k = x.pastSlot(k) // "TBS's Sunday Theater drama “T”", "the Friday night drama T"
	for m := 0; m < 4 && x.tok(k).kind == tWord && (!x.tok(k).cap && (!x.tok(k).has(cStopWords) || titleAdjectivesIDs.has(x.tok(k).id)) && !partOrCoStar(x.tok(k).low) && !digitTitleWord(x.tok(k)) ||
		x.tok(k).cap && strings.Contains(x.tok(k).low, "-") && describesWord(x.tok(k).low) ||
		x.tok(k).cap && x.tok(k).has(cDescribe) && !x.tok(k+1).cap && x.tok(k+1).kind == tWord ||
		x.tok(k).cap && k > i && makerSuffix(x.tok(k).low) && x.titleStarts(k+1) ||
		x.tok(k).cap && k > i && (x.tok(k).low == "tv" || x.tok(k).has(cNetworks) || acronym(x.tok(k).text) && x.titleStarts(k+2)) && x.tok(k+1).has(cGenreNouns) && !x.tok(k+1).cap ||
		x.tok(k).cap && k > i && x.tok(k).has(cNetworks) && x.tok(k+1).cap && x.tok(k+1).has(cNetworks) && x.tok(k+2).has(cGenreNouns) && !x.tok(k+2).cap || // "the Prime Video series T"
		x.tok(k).low == "series" && !x.tok(k).cap && k > i && (isQuote(x.tok(k+1).text) || x.tok(k+1).kind == tWord && x.tok(k+1).cap && x.tok(k+1).low != "i") && x.titleStarts(k+1)); m++ {
		k++ // "upcoming crime comedy drama “T”", "London-set thriller T", "the American television series T", "the Miike-directed T", "the popular TV series T"
	}
	if x.tok(k).text == "," && k > i && (x.tok(k-1).has(cGenreNouns) || x.tok(k-1).low == "feature" && k-1 > i) && !x.tok(k-1).cap && x.titleStarts(k+1) {
		k++ // "Netflix's other Colombian-based drama, Narcos", "the stop-motion feature, “T”": the title in apposition
	}
	if x.tok(k).low == "of" && k > i && (x.tok(k-1).low == "reboot" || x.tok(k-1).low == "remake" || x.tok(k-1).low == "version" || x.tok(k-1).low == "revival") {
		k++ // "a reboot of The L Word"
		if x.tok(k).low == "the" && !x.tok(k).cap && !x.titleStarts(k) {
			k++
		}
		if x.tok(k).kind == tNum && len(x.tok(k).text) == 4 && x.tok(k+1).has(cGenreNouns) && !x.tok(k+1).cap {
			k += 2 // "the remake version of 1969 film Ittefaq"
		}
	}
	return k
}

func (x *extractor) titleList(i int) []string {
	var out []string
	makers, years := false, false // an item opened with its maker's possessive; one had a year's bracket after it
	for len(out) < 12 {
		if v := x.tok(i); len(out) > 0 && !v.cap && v.has(cPlayVerbs|cCastVerbs) {
			break // "starred in T1 and played Tom in T2": a new clause, no title
		}
		if a := x.suchKindsAs(i); a > i {
			i = a // "T1 (1964) and such TV shows as T2, T3": a second kind of work
		}
		k := x.listItemStart(i, len(out) > 0) // "T1, 1987, and T2": a number alone is the item
		if len(out) == 0 {
			k = x.pluralKindAt(k) // "television series such as T1, T2 or T3"
		}
		if len(out) == 0 && k > i && (x.tok(k-1).has(cGenreNouns) || genreNouns[strings.TrimSuffix(x.tok(k-1).low, "s")] || x.tok(k-1).low == "productions") {
			// "films such as T1, T2", "shows like T1 and T2", "four films,
			// including the acclaimed T1"
			at := k
			if x.tok(at).text == "," && (x.tok(at+1).low == "including" || x.tok(at+1).low == "like" || x.tok(at+1).low == "such") {
				at++
			}
			if x.tok(at).low == "such" && x.tok(at+1).low == "as" {
				k = x.titlePrefix(at + 2)
			} else if x.tok(at).low == "like" || x.tok(at).low == "including" {
				k = x.titlePrefix(at + 1)
			}
		}
		// "the Park Chan-wook film T": the maker's kind of work, then the title
		if pe := x.personAt(k); pe > k+1 && x.tok(pe).has(cGenreNouns) && !x.tok(pe).cap && x.titleStarts(pe+1) && x.personShaped(k, pe) {
			k = pe + 1
		} else if pe == k+1 && k > i && x.tok(pe).has(cGenreNouns) && !x.tok(pe).cap && x.titleStarts(pe+1) && !x.tok(pe+1).has(cStopWords) {
			k = pe + 1 // "the 2018 Samantha film U Turn": one name, then the title
		}
		// "director Bala's Avan Ivan": the job of the maker named next
		job := ""
		if j, ok := jobNounsIDs.lookup(x.tok(k - 1).id); ok && k > i && !x.tok(k-1).cap && j != graph.JobOriginalAuthor {
			if pe := x.personAt(k); pe > k && x.tok(pe).kind == tPoss {
				job = j
			}
		}
		// "Denis Villeneuve's Dune": the maker's credit, then the title;
		// "A's T1 and Priyadarshan's T2": one name, in a list of makers'
		pe := x.personAt(k)
		if pe == k && makers && x.tok(k).cap && x.tok(k).kind == tWord && x.tok(k+1).kind == tPoss {
			pe = k + 1
		}
		if yk := x.yearKind(k, pe); !honorificTitleAt(x.toks, k) && (pe > k+1 || pe == k+1 && (job != "" || makers || yk)) && x.tok(pe).kind == tPoss && (x.startsName(k) || x.personShaped(k, pe) || job != "" || makers || yk) {
			makers = true
			at := pe + 1
			at = x.pastYear(at) // "Dante's 1978 sophomore feature Piranha"
			for m := 0; m < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && (!x.tok(at).has(cStopWords) || x.tok(at).low == "next"); m++ {
				at++ // "Peter Flinth's psychological thriller “Spinning Man”"
			}
			if at > pe+1 && x.tok(at).text == "," {
				// "director X's next, titled 'T'", "X's new film, T"
				if l := x.tok(at + 1).low; (l == "tentatively" || l == "provisionally") && (x.tok(at+2).low == "titled" || x.tok(at+2).low == "called") {
					at++ // "X's next, tentatively titled 'T'"
				}
				if l := x.tok(at + 1).low; (l == "titled" || l == "called") && !x.tok(at+1).cap {
					at++
				}
				at++
			}
			if e := x.titleAt(at, false); e > at && x.titleStarts(at) && (x.startsName(k) || at > pe+1 || isQuote(x.tok(at).text) || job != "" || pe-k >= 2 && !x.isNetwork(x.span(k, pe)) || len(out) > 0 && !x.isNetwork(x.span(k, pe))) {
				x.addOwnerCredit(k, pe, unquote(x.span(at, e)), job)
				k = at
			} else if job != "" || x.personShaped(k, pe) {
				break // "stars in director X's next": the maker, and no title
			}
		}
		k, e := x.pastOwner(k, x.titleAt(k, false)) // "Peru's popular telenovela T": the owner, then the title
		if e > k && x.tok(e).low == "starrer" {
			k = e + 1 // "Ranbir Kapoor starrer Animal": the title after the stars
			for m := 0; m < 2 && x.tok(k).kind == tWord && !x.tok(k).cap && !x.tok(k).has(cStopWords); m++ {
				k++ // "starrer debacle Revolver Rani"
			}
			e = x.titleAt(k, false)
		}
		e = x.numberItemEnd(i, k, e, len(out) > 0)
		if e == k || x.isNetwork(x.span(k, e)) || len(out) > 0 && !x.tok(e).cap && x.tok(e).has(cCastVerbs|cPlayVerbs) && x.knownPerson(x.span(k, e)) != "" {
			break // "starred in T1 and Y appeared in T2": a new clause's subject, no title
		}
		if len(out) > 0 && quoted(out[len(out)-1]) && !isQuote(x.tok(k).text) && x.startsName(k) && x.personAt(k) >= e && !x.isShow(x.span(k, e)) {
			break // "who starred in 'T', and Ali Stone": a name after quoted titles
		}
		if e2 := x.titleAt(e+1, false); x.tok(e).low == "and" && e2 > e+1 && (x.isShow(x.span(k, e2)) || years && yearBracketStart(x, e2+3) == e2 || len(out) == 0 && x.singularGenre(k-1) && x.tok(e2).kind == tPunct && !isQuote(x.tok(k).text) ||
			x.andInsideTitle(k, e, e2) || len(out) == 0 && x.oxfordListHead(e2)) {
			e = e2 // "is creating Scott and Bailey", "in hit romance drama Lighter and Princess": one title
		}
		if len(out) > 0 && !x.closeQuote(e-1) && (x.tok(e).has(cClauseVerbs) || x.tok(e).has(cAuxWords) && !(x.tok(e).low == "all" && x.tok(e+1).low == "the") && x.tok(e).low != "that") {
			break // ", and Y will appear": a new clause, not a title; "T1 and T2 that netted": a relative clause
		}
		if e == k+1 && x.tok(k).text == "I" && x.tok(e).kind == tWord && !x.tok(e).cap {
			if e = pronounTitleEnd(x.toks, k, len(out)); e == k {
				break // "T1 and I loved it": the pronoun opens a clause, no title
			}
		}
		e = x.sentenceCaseEnd(k, e, len(out)) // "T1, T2, Money never sleeps and a host of others"
		out = x.appendStr(out, x.span(k, e))
		if x.tok(e).has(cFormatWords) || seriesWordsIDs.has(x.tok(e).id) && !x.tok(e).cap && x.closeQuote(e-1) {
			e++ // "‘T1’ trilogy, ‘T2’ and ‘T3’": a quoted title's kind of series after it
		}
		if x.tok(e).text == "(" && x.tok(e+1).kind == tNum && len(x.tok(e+1).text) == 4 && x.tok(e+2).text == ")" {
			e, years = e+3, true // "Bombay Talkies (2013), Ugly (2013)": a year after each title, so "T (1966), Take the Money and Run (1969)" keeps its "and"
		} else if c := x.networkYearEnd(e); c > e {
			e = c // "“T1” (SBS, 2005), “T2” (2006)": a network and a year after each title
		} else if x.tok(e).low == "in" && !x.tok(e).cap && x.tok(e+1).kind == tNum && len(x.tok(e+1).text) == 4 && (x.tok(e+2).text == "," || x.tok(e+2).low == "and") {
			e += 2 // "“T1” in 2014, “T2” in 2015, and “T3”": a year after each title
		}
		if x.tok(e).text == "." && strings.Count(x.tok(e-1).text, ".") >= 2 && (x.tok(e+1).low == "and" || x.tok(e+1).text == ",") {
			e++ // "S.W.A.T. and Stargirl": the abbreviation's last dot
		}
		switch {
		case x.tok(e).low == "and" || x.tok(e).text == "&":
			i = e + 1 + boolInt(x.tok(e+1).low == "in" && !x.tok(e+1).cap && x.tok(e+2).cap && x.tok(e+2).kind == tWord && !placeWordsIDs.has(x.tok(e+2).id) && !x.tok(e+2).has(cDateWords)) // "in T1 and in T2"
		case x.tok(e).low == "or" && !x.tok(e).cap && len(out) >= 2:
			i = e + 1 // "such as T1, T2 or T3": a list of two or more before its "or"
		case x.tok(e).text == "," && x.tok(e+1).low == "and":
			i = e + 2
		case x.tok(e).text == "," && (x.tok(e+1).cap || x.tok(e+1).kind == tNum || x.tok(e+1).text == "“" || (x.tok(e+1).text == "\"" || x.tok(e+1).text == "'" || x.tok(e+1).text == "‘") && quoted(out[len(out)-1])):
			i = e + 1 // "'T1', 'T2' and 'T3'": after a quoted title, the next one's quote
		case x.tok(e).text == "," && x.tok(e+1).low == "the" && !x.tok(e+1).cap && x.yearGenreItem(e+1):
			i = e + 1 // "the 1987 comedy T1, the 1989 drama T2 and T3"
		case x.tok(e).text == "“" || x.tok(e).text == "\"" && isQuote(x.tok(e-1).text) && x.tok(e-1).text != "\"" || x.tok(e).text == "‘" && x.tok(e-1).text == "’" && x.tok(e-2).text == ",":
			i = e // "“Pride & Prejudice,” “Atonement”", "‘T1,’ ‘T2’": the comma was inside the quotes
		case (x.tok(e).text == "\"" || x.tok(e).text == "'") && x.tok(e-1).text == x.tok(e).text && x.tok(e-2).text == ",":
			i = e // the same with straight quotes: "Royal Pains," "The Night Of", 'T1,' 'T2'
		case x.tok(e).text == "," && len(out) > 0 && x.genreItemAt(e+1):
			i = e + 1 // "comedy T1, dystopian thriller T2, biopic T3"
		case x.titleAsideEnd(e) > e:
			i = x.titleAsideEnd(e) // "T1, the crime series starring X, and T2"; "A's T1, as well as B's T2"
		default:
			return out
		}
		i = x.repeatedIn(i) // "in T1, and later in T2", "in T1, as well as in T2"
		if x.tok(i).text == "," && x.tok(i+3).text == "," && x.tok(i+1).low == "most" && x.tok(i+2).low == "recently" {
			i++ // "T1, T2 and, most recently, T3"
		}
		if l := x.tok(i).low; (l == "most" || l == "more") && x.tok(i+1).low == "recently" && !x.tok(i).cap {
			i += 2 // "T1, T2 and most recently T3"
			if x.tok(i).text == "," {
				i++
			}
		}
	}
	return out
}

// romanceArticles start Spanish and Italian titles, which are written in
// sentence case.
var romanceArticles = set(`el la los las il lo gli`)

// sequelNouns name a work by the work it follows: "T is the sequel to U".
var sequelNouns = set(`sequel prequel follow-up spinoff spin-off`)
