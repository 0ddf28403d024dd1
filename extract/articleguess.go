package extract

// The article's show when no pattern of its opening names it: a guess from
// the titles its first sentences quote, introduce by a genre noun or
// repeat.

import (
	"cmp"
	"slices"
	"strings"
)

// guessArticleShow is findArticleShow's last resort: of the titles that the
// first sentences quote or introduce by a genre noun ("the film “T”",
// "'T'"), the one the article names most often, unless it is credited to a
// person there ("'T' star X", "“T” director X").
func (x *extractor) guessArticleShow() {
	best, bestN := "", 0
	guess := 0.8        // a quoted or genre-noun title
	var things []string // quoted names of characters and things, which no later mention makes a show
	for i := 0; i < len(x.sents) && i < 6; i++ {
		s := x.look(i)
		t := s.toks
		for k := 0; k < len(t); k++ {
			quoted := isQuote(t[k].text)
			if !quoted && !(k > 0 && (t[k-1].has(cGenreNouns) || t[k-1].low == "manga" || t[k-1].low == "anime") && !t[k-1].cap && !x.otherShow(k-1)) {
				// "del manga Hakumei to Mikochi": an anime's article names the manga it adapts, of the same title
				continue
			}
			e := x.titleAt(k, false)
			if e <= k || e-k > 10 || quoted && x.quotedSpeech(k, e) {
				continue // not a quoted sentence: "“Meryl is returning for next season because ...”", "“It was the hardest part I've played”"
			}
			title, _ := x.split(unquote(x.span(k, e)))
			if quoted && (x.quotedThing(k) || x.quotedLabel(k, e)) {
				things = append(things, x.skey(title)) // "a 'T' film": a label of an untitled work
			}
			if !hasLetter(title) || x.isNetwork(title) || x.tok(e).has(cCastNouns|cJobNoun) || describes(title) || slices.Contains(things, x.skey(title)) || quoted && x.quotedNickname(k, e) {
				k = e - 1
				continue
			}
			if n := x.wordCount(title); n > bestN && (i < 4 || n >= 2) { // from the fifth sentence on, a title named again
				best, bestN = title, n
			}
			k = e - 1
		}
	}
	if best == "" {
		// else the capitalized title of the first sentences that the
		// article repeats most, if it is no person: "Tower of God will be
		// getting its own English dub!"
		for i := 0; i < len(x.sents) && i < 4; i++ {
			s := x.look(i)
			for k := 0; k < len(s.toks); k++ {
				if !s.toks[k].cap || s.toks[k].has(cStopWords|cDateWords) && !(k+1 < len(s.toks) && s.toks[k+1].cap) {
					continue
				}
				e := x.titleAt(k, false)
				if e <= k {
					continue
				}
				start := k
				if e == start+1 && x.tok(e).low == "and" && x.tok(e+1).cap && x.titleAt(e+1, false) == e+2 && x.wordCount(x.span(start, e+2)) >= 3 {
					e += 2 // "Home and Away", named so again and again: one title
				}
				k = e - 1
				title, _ := x.split(x.span(start, e))
				if x.evidenceNotShow(title) {
					continue // "TV 2 Play", "Western Canada": a network's service, a place (showguessplaces.go)
				}
				if x.roleAt(start) {
					things = append(things, x.skey(title)) // "who played Kestrel", "X (Kestrel)": a character
					continue
				}
				if x.namedPerson(start, e) {
					things = append(things, x.skey(title)) // "singer-actor IU": a person, wherever else the text names IU
					if x.skey(best) == x.skey(title) {
						best, bestN = "", 0
					}
					continue
				}
				if !hasLetter(title) || slices.Contains(things, x.skey(title)) || x.isNetwork(title) || describes(title) || placeWords[strings.ToLower(title)] || x.knownPerson(title) != "" || x.personShaped(start, e) ||
					e == start+1 && (koreanFamilyIDs.has(s.toks[start].id) || x.resolve(title) != title || lastOfName(x.a.Text, title) || x.givenOf(start)) || // "Lee": a surname the article repeats; "Vijay" of "Thalapathy Vijay"
					s.toks[e-1].low == "festival" || s.toks[e-1].low == "awards" || // "Toronto Film Festival"

					e == start+1 && strings.HasSuffix(s.toks[start].low, "ly") || // "Unfortunately"
					e == start+1 && loneEpithet(s.toks[start].low) { // "the comeback of the Megastar": a star's epithet
					continue
				}
				n := x.wordCount(title)
				if head, tail, ok := strings.Cut(title, ": "); ok && n < 3 && !hasByte(head, ' ') && !describes(head) && !placeWords[strings.ToLower(head)] && len(tail) > 3 {
					n = x.wordCount(head) // "Generations: The Legacy", later "Generations": the short title counts
				}
				if (n >= 3 || n == 2 && (twiceNamed(s.toks, start, e) || gluedTitle(s.toks, start, e))) && n > bestN { // "Harbor Lights" named twice
					best, bestN, guess = title, n, 0.65
				}
			}
		}
	}
	if full := colonFull(x.a.Text, best); full != "" {
		best = full // "Narcos" of "Narcos: Mexico", written so most times
	}
	if best != "" {
		x.setShow(best, x.mentionedSeasons()...)
		x.setShowGuess(guess)
	}
}

// obituaryLead reads a lead that names a performer by the title they are
// known for, "General Hospital star Stuart Damon has died aged 84",
// "EastEnders actor Leslie Grantham, best known as ..., has died": the
// title, which the rest of the article speaks of as "the soap" or "the
// show", or "".
func (x *extractor) obituaryLead() string {
	for i := 0; i < len(x.sents) && i < 3; i++ {
		s := x.look(i)
		if s.head {
			continue
		}
		if indexRare(s.text, " died") < 0 && indexRare(s.text, " dies") < 0 && indexRare(s.text, " dead") < 0 {
			return ""
		}
		st := x.introEnd()
		if formerWordsIDs.has(x.tok(st).id) && x.tok(st).cap && x.titleStarts(st+1) {
			st++ // "Former T actor X has died": the describing word is no part of the title
		}
		e := x.titleAt(st, false)
		if e <= st || e-st > 8 {
			return ""
		}
		if n := x.tok(e); n.cap || !(n.low == "star" || n.low == "actor" || n.low == "actress" || n.low == "legend" || n.low == "veteran" || n.low == "icon") {
			return ""
		}
		if pe := x.personAt(e + 1); pe <= e+1 {
			return ""
		}
		title := unquote(x.span(st, e))
		if x.isNetwork(title) || describes(title) || x.personShaped(st, e) && x.startsName(st) && x.knownPerson(title) != "" {
			return ""
		}
		return title
	}
	return ""
}

// appositiveLead reads a title that an appositive with a genre noun
// describes in the first sentences, "Which brings me to Élite — the latest
// original drama coming to Netflix", "Harbor, the new BBC series": the
// article's show where nothing else named it, or "".
func (x *extractor) appositiveLead() string {
	for i := 0; i < len(x.sents) && i < 6; i++ {
		s := x.look(i)
		t := s.toks
		for k := 0; k+3 < len(t); k++ {
			if !t[k].cap || t[k].has(cStopWords) || k > 0 && t[k-1].cap && t[k-1].kind == tWord {
				continue
			}
			e := x.titleAt(k, false)
			if e <= k || e+2 >= len(t) || t[e].text != "," && !isDash(t[e].text) || t[e+1].low != "the" {
				continue
			}
			m := e + 2
			for q := 0; q < 3 && m < len(t) && t[m].kind == tWord && !t[m].cap && !t[m].has(cGenreNouns); q++ {
				m++ // "the latest original", "the new"
			}
			if m >= len(t) || !t[m].has(cGenreNouns) || t[m].cap || m == e+2 {
				continue
			}
			if title := x.leadTitle(k, e); title != "" {
				return title
			}
		}
	}
	return ""
}

// leadTitle is the title of tokens k to e where an appositive after it
// makes it the article's show, or "" where it is a network, a
// description or a person.
func (x *extractor) leadTitle(k, e int) string {
	title := unquote(x.span(k, e))
	if x.isNetwork(title) || describes(title) || x.personShaped(k, e) && x.startsName(k) || x.knownPerson(title) != "" {
		return ""
	}
	return title
}

// lastOfName reports whether text writes w after another capitalized word
// that is no glue word, as a name's last word: "Thalapathy Vijay" makes
// "Vijay" alone a person, no title.
func lastOfName(text, w string) bool {
	for i := strings.Index(text, w); i >= 0; {
		if i >= 2 && text[i-1] == ' ' {
			j := strings.LastIndexAny(text[:i-1], " \n\t\"“'‘(") + 1
			prev := text[j : i-1]
			if prev != "" && prev[0] >= 'A' && prev[0] <= 'Z' && wordClasses.get(strings.ToLower(prev))&cStopWords == 0 && !strings.ContainsAny(prev, ".,;:!?") {
				return true
			}
		}
		n := strings.Index(text[i+len(w):], w)
		if n < 0 {
			return false
		}
		i += len(w) + n
	}
	return false
}

// fandomWords, after a title that opens a headline or a sentence, say the
// title is a show its audience follows: "Emmerdale spoilers: …",
// "Emmerdale fans are in for a surprise", "Hollyoaks viewers".
var fandomWords = set(`spoilers spoiler fans viewers recap`)

// fandomLead reads the title that opens the headline or one of the first
// sentences before a fandom word, or after "Fans of" opening it, where
// the article names it at least twice: a soap's spoilers and an episode's
// recap are about that show. It returns "" where none does.
func (x *extractor) fandomLead() string {
	for i := 0; i < len(x.sents) && i < 4; i++ {
		s := x.look(i)
		t := s.toks
		if len(t) < 3 || !t[0].cap {
			continue
		}
		st, e := 0, x.titleAt(0, false)
		if fandomWordsIDs.has(t[0].id) && t[1].low == "of" && x.titleStarts(x.skipOwner(2)) {
			st = x.skipOwner(2) // "Fans of T have something to celebrate"
			if e = x.titleAt(st, false); e <= st || e >= len(t) || e > st+6 || t[e].cap {
				continue
			}
		} else if e <= 0 || e >= len(t) || e > 6 || !fandomWordsIDs.has(t[e].id) {
			continue
		}
		title := unquote(x.span(st, e))
		if x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(st, e) && x.startsName(st) ||
			t[e-1].has(cGenreNouns|cNetworks|cStopWords) || strings.Count(x.a.Text, title) < 2 {
			continue
		}
		return title
	}
	return ""
}

// starHeadline reads a headline that opens with "T star X", the show named
// again below it: "Coronation Row star Becky Lane quits after 12 years",
// "Harbour Lane Actress Mia Cole Joins Strictly". It gives T, or "".
func (x *extractor) starHeadline() string {
	if len(x.sents) == 0 || !x.look(0).head {
		return ""
	}
	t := x.toks
	for k := 1; k < len(t) && k < 7; k++ {
		switch t[k].low {
		case "star", "actor", "actress", "favourite", "favorite", "veteran", "legend":
		default:
			if t[k].kind != tWord && t[k].kind != tNum || !t[k].cap && !t[k].has(cTitleGlue) {
				return "" // the words before the noun are no title
			}
			continue
		}
		if pe := x.personAt(k + 1); pe <= k+1 && !x.starNewsVerb(k+1) {
			continue // "T star quits", "T Star Confirms Exit": the news of one of its cast
		}
		title := unquote(x.span(0, k))
		if x.isNetwork(title) || describes(title) || x.personShaped(0, k) && x.startsName(0) || strings.Count(x.a.Text, title) < 2 {
			return ""
		}
		return title
	}
	return ""
}

// twiceNamed reports whether the words from start to e may be a title
// that the article names only twice: two words, the last no number
// ("France 2"), not the tail of a numbered title ("13 Reasons Why") nor a
// place after "in", "at" or "from" ("in New York").
func twiceNamed(t []token, start, e int) bool {
	if e-start != 2 || t[e-1].kind != tWord {
		return false
	}
	if start > 0 {
		switch p := &t[start-1]; {
		case p.kind == tNum, p.low == "in", p.low == "at", p.low == "from":
			return false
		}
	}
	return true
}

// fallbackShow is what findArticleShow reads where the patterns of the
// opening named no show: a title-case headline's title, an obituary's,
// a fandom's or an appositive's lead, else a guess; and a sequel's
// numbered title over the show it follows.
func (x *extractor) fallbackShow() {
	if x.show == "" {
		if title := x.headlineTitle(); title != "" {
			x.look(0)
			x.setShow(title, x.mentionedSeasons()...)
		}
	}
	if x.show == "" {
		if title := x.kindHeadlineTitle(); title != "" {
			x.setShow(title, x.mentionedSeasons()...) // "Salt Road starts filming", then "The drama follows"
		}
	}
	if x.show == "" {
		if title := x.obituaryLead(); title != "" {
			x.setShow(title) // "General Hospital star X has died"
		} else if title := x.starHeadline(); title != "" {
			x.setShow(title) // "Coronation Row star Becky Lane quits after 12 years"
		} else if title := x.fandomLead(); title != "" {
			x.setShow(title) // "Emmerdale spoilers: …", "Emmerdale fans are in for a surprise"
		} else if title := x.appositiveLead(); title != "" {
			x.setShow(title) // "Élite — the latest original drama coming to Netflix"
			x.setShowGuess(0.8)
		} else if title := x.bareAppositiveLead(); title != "" {
			x.setShow(title) // "La casa roja, telenovela campirana, tendrá a A"
			x.setShowGuess(0.8)
		}
	}
	if x.show == "" && !x.untitled() && !(len(x.sents) > 0 && x.sents[0].head && listicleHeadline(x.sents[0].toks)) && !x.obituary() {
		if title := x.evidenceShow(); title != "" {
			x.setShow(title, x.mentionedSeasons()...) // "Anikura, the new epic from director X, opens in cinemas"
			x.setShowGuess(0.8)
		} else {
			x.guessArticleShow()
		} // not for "12 New Turkish Drama Series ...": a list of shows; nor for an obituary, about a person and each of their shows
	}
	if x.show == "" && !x.obituary() && !x.untitled() { // not "STARZ series starring A and B to film in C" over "An untitled STARZ series"
		if title := cmp.Or(x.sentenceCaseTitle(), x.leadKindTitle()); title != "" && !x.evidenceNotShow(title) {
			x.setShow(title, x.mentionedSeasons()...) // "Where is Salt Road filmed?", "Salt Road finale recap"
			x.setShowGuess(0.8)
		}
	}
	if x.show == "" && !x.obituary() {
		if title := x.namedTitle(); title != "" {
			x.setShow(title, x.mentionedSeasons()...) // "Tentatively titled T, the series revolves around"
		}
	}
	if x.show == "" && !x.obituary() {
		if title := x.madeByLead(); title != "" {
			x.setShow(title) // "T, written and directed by X, fails to rise above"
			x.setShowGuess(0.8)
		}
	}
	if sequel := x.sequelTitle(); sequel != "" {
		x.setShow(sequel, x.seasons...)
	}
	if x.show != "" && x.showGuess > 0 && x.profiledGuess() {
		x.withShow(func(st *showState) { st.show, st.showKey, st.abbr, st.seasons, st.showGuess = "", "", "", nil, 0 })
	}
}

// profiledGuess reports whether the guessed article show is the name the
// headline opens with before its colon, the person the article profiles
// (profileHead): "A B: a career in ten roles" gives no show.
func (x *extractor) profiledGuess() bool {
	if len(x.sents) < 2 || !x.sents[0].head || !strings.HasPrefix(x.sents[0].text, x.show+":") {
		return false
	}
	x.look(0)
	e := x.titleAt(0, false)
	return e > 0 && x.tok(e).text == ":" && x.span(0, e) == x.show && x.profileHead(e)
}

// givenOf reports whether the one capitalized word at k opens two or more
// full names in the article: "Luke" of "Luke Van Os" and "Luke Hemsworth",
// repeated alone, is a given name, no title.
func (x *extractor) givenOf(k int) bool {
	w, text := x.toks[k].text, x.a.Text
	names := 0
	for i, n := 0, 0; n < 12; n++ {
		j := strings.Index(text[i:], w+" ")
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(w) + 1
		if at > 0 && text[at-1] != ' ' && text[at-1] != '\n' || i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
			continue
		}
		e := i
		for e < len(text) && text[e] != ' ' && text[e] != '\n' && text[e] != ',' && text[e] != '.' {
			e++
		}
		if wordClasses.get(strings.ToLower(text[i:e]))&(cStopWords|cGenreNouns|cCastNouns|cJobNoun) != 0 {
			continue // "Emmerdale The …", "Neighbours Star": no surname
		}
		if names++; names >= 2 {
			return true
		}
	}
	return false
}

// namedPerson reports whether the capitalized words from st to e name a
// person by the word before them or their first word: a performer's noun
// in lower case, "South Korean singer-actor IU is in talks", "actress
// Ana"; or "Dame" or "Sir" before a name, "the death of Dame Ana Selo".
func (x *extractor) namedPerson(st, e int) bool {
	if st > 0 {
		if p := &x.toks[st-1]; p.kind == tWord && !p.cap && (performerNounsIDs.has(p.id) || p.low == "singer" || p.low == "rapper" || strings.HasSuffix(p.low, "-actor") || strings.HasSuffix(p.low, "-actress")) {
			return true
		}
	}
	if l := x.toks[st].low; (l == "dame" || l == "sir") && e > st+2 && x.personShaped(st+1, e) {
		return true
	}
	return false
}
