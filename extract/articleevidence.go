package extract

// The article's show weighed from evidence, where no pattern of the opening
// named it: each title the headline and the first sentences name is a
// candidate, and points are given for what marks an article's own show in
// any news copy (named in the headline, opening a sentence, quoted, named
// next to a cue word, named again and again) and taken for what marks
// another work (a bracket, "after T", "known for T", "previously ... T").

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// showCandidate is a title the opening names, with the evidence for it.
type showCandidate struct {
	title string
	key   string
	score int
	other bool // named as another, earlier work somewhere in the opening
}

// evidenceOpening is how many sentences, the headline first, the
// candidates are gathered from.
const evidenceOpening = 4

// evidenceShow returns the title of the opening that the evidence makes
// the article's show, or "": it must be named at least twice in the
// article, never as an earlier work in the opening, and score at least
// evidenceMin.
func (x *extractor) evidenceShow() string {
	var cands []showCandidate
	for i := 0; i < len(x.sents) && i < evidenceOpening; i++ {
		s := x.look(i)
		t := s.toks
		head := i == 0 // the headline, or the lead of an article without one
		for k := 0; k < len(t); k++ {
			quoted := isQuote(t[k].text)
			if !quoted && (!x.titleStarts(k) || k > 0 && (t[k-1].cap || t[k-1].kind == tNum) && t[k-1].kind == tWord) {
				continue
			}
			e := x.titleAt(k, false)
			if e <= k || e-k > 10 || quoted && x.quotedSpeech(k, e) {
				continue // the words of a quoted sentence are read one by one: "X: 'I had to ride for T'"
			}
			if x.tok(e).low == "and" && x.titleStarts(e+1) && !quoted {
				if e2 := x.titleAt(e+1, false); e2 > e+1 && e2-k <= 8 && x.wordCount(x.span(k, e2)) >= 2 && !(x.personShaped(k, e) && x.startsName(k)) {
					e = e2 // "Dust and Honey", named so again: one title
				}
			}
			next := e
			for m := k + 1; m < e; m++ {
				if head && headlineVerbsIDs.has(t[m].id) {
					e, next = m, m // "A Silent Voice Announced": the title ends at the verb
					break
				}
				if t[m].text == ":" && x.wordCount(unquote(x.span(k, e))) < 2 {
					e, next = m, m+1 // "Nollywood: Anikura hits cinemas": each side a candidate
					break
				}
			}
			title, _ := x.split(unquote(x.span(k, e)))
			if x.candidateOut(k, e, title) || x.evidenceNotShow(title) {
				k = next - 1
				continue
			}
			n := x.wordCount(title)
			score := min(n, 4)
			if head {
				score += 2
			}
			if k == 0 || k == x.introEnd() && !s.head {
				score++
				if !s.head && i+1 < len(x.sents) && kindOpens(x.sents[i+1].toks) {
					score += 2 // "T opened at No. 1. The action film, directed by X, ..."
				}
			}
			if quoted {
				score++
			}
			if x.showCueBefore(k) || x.showCueAfter(e) {
				score += 2
			}
			other := x.inBr[k] || e == k+1 && !quoted && serviceNounsIDs.has(x.tok(e).id) || x.earlierWorkBefore(k) // "some Zelomax movies": a service's name
			key := x.skey(title)
			found := false
			for c := range cands {
				if cands[c].key == key {
					cands[c].score += score - min(n, 4) // the count once
					cands[c].other = cands[c].other || other
					found = true
					break
				}
			}
			if !found {
				cands = append(cands, showCandidate{title: title, key: key, score: score, other: other})
			}
			k = next - 1
		}
	}
	best := -1
	for c := range cands {
		if cands[c].other || x.wordCount(cands[c].title) < 2 {
			continue
		}
		if best < 0 || cands[c].score > cands[best].score {
			best = c
		}
	}
	if best < 0 || cands[best].score < evidenceMin {
		return ""
	}
	for c := range cands {
		if c != best && !cands[c].other && cands[c].score == cands[best].score {
			return "" // two titles with the same evidence: no choice
		}
	}
	if full := colonFull(x.a.Text, cands[best].title); full != "" {
		return full // "Narcos" of "Narcos: Mexico", written so most times
	}
	return cands[best].title
}

// evidenceMin is the least evidence that makes a title the article's show:
// a title the headline names, named again below next to a cue word, has it.
const evidenceMin = 6

// candidateOut reports whether the title at k..e can be no article's show:
// a person, a network, a place, a description, a character.
func (x *extractor) candidateOut(k, e int, title string) bool {
	t := x.toks
	if !hasLetter(title) || len(title) < 2 || x.isNetwork(title) || describes(title) || notTitle(title) || placeWords[strings.ToLower(title)] ||
		x.knownPerson(title) != "" && !(e == k+1 && x.kindApposed(e)) || x.personShaped(k, e) && x.startsName(k) || x.roleAt(k) || x.titledPerson(k, e) {
		return true
	}
	if e == k+1 && (t[k].has(cStopWords|cDateWords|cGenreNouns|cCastNouns|cJobNoun|cSourceNouns|cFormatWords) || koreanFamilyIDs.has(t[k].id) || (x.resolve(title) != title || x.givenOf(k) || lastOfName(x.a.Text, title)) && !x.kindApposed(e) ||
		x.wordCount(t[k].low) > x.wordCount(title)) {
		return true // "The", "Friday", "Drama", "Lee" of "Lee Min-ho", "Webtoon" where the text writes "webtoon"
	}
	if w := x.tok(e); w.has(cCastNouns) && !w.cap || w.cap && w.has(cCastNouns) && x.personAt(e+1) > e+1 {
		return true // "T star X", "T Alum X": a person's earlier work; "T director X on her debut" is no cue either way
	}
	if x.tok(e).text == "," && x.tok(e+1).low == "who" || namedAsPerson(x.a.Text, title) {
		return true // "Mohanlal, who has produced": a person
	}
	if x.tok(e).kind == tPoss {
		for m := e + 1; m < len(t) && m < e+4; m++ {
			if t[m].has(cGenreNouns) {
				return true // "Superstar X's 150th film", "X’s New Turkish Series": the owner of a work
			}
		}
		return x.personAt(e+1) > e+1 && !(x.s.head && k == 0 && x.personAt(e+1) > e+2) // "Marsh Green's Bethan Rowell to leave soap": a show's performer
	}
	return false
}

// showCueBefore reports whether the words before k name the title at k as
// a work being made or shown: "the film T", "the cast of T", "star in T",
// "directed T", "trailer for T", "season two of T".
func (x *extractor) showCueBefore(k int) bool {
	p := x.tok(k - 1)
	if k == 0 || p.cap && p.kind == tWord {
		return false
	}
	if (p.text == "," || p.text == ":") && x.tok(k-2).has(cGenreNouns) && !x.tok(k-2).cap {
		return true // "her new western, T", "its new project: T"
	}
	if p.has(cGenreNouns) && !x.otherShow(k-1) {
		return true
	}
	switch p.low {
	case "of", "for", "on":
		switch x.tok(k - 2).low {
		case "cast", "trailer", "teaser", "premiere", "season", "sequel", "filming", "shooting", "production", "sets", "set", "poster", "release", "makers", "review":
			return true
		case "seen", "appear", "appears", "appearing", "stint", "role":
			return p.low == "on" // "can be seen on T", "her stint on T"
		}
	case "from", "to":
		// a performer leaving or coming back: "a lengthy hiatus from T",
		// "her exit from T", "returns to T", "is back to T"
		switch x.tok(k - 2).low {
		case "hiatus", "break", "exit", "departure", "axed", "fired", "sacked", "dropped", "written":
			return p.low == "from"
		case "return", "returns", "returning", "returned", "back", "comeback":
			return p.low == "to"
		}
	case "in":
		switch x.tok(k - 2).low {
		case "star", "stars", "starring", "cast", "role", "roles", "lead", "feature", "appear", "appears", "appearing", "join", "joins", "seen":
			return true
		}
		for m := k - 2; m >= 0 && m >= k-5; m-- {
			if x.toks[m].has(cPlayVerbs) && !x.toks[m].cap {
				return true // "playing a lighthouse keeper in T"
			}
		}
	case "direct", "directs", "directing", "helm", "helms", "helming", "joins", "joined", "join", "titled", "named", "called", "name", "debut",
		"leave", "leaves", "leaving", "left", "quit", "quits", "quitting", "exit", "exits", "exiting", "rejoin", "rejoins", "rejoined", "rejoining":
		return true // "is leaving T", "quits T", "rejoins T": a performer's own show
	}
	return false
}

// showCueAfter reports whether the words at e, after a title, speak of it
// as a work being made or shown: "T opens", "T premieres", "T trailer",
// "T, the new drama", "T is a thriller", "T stars X", "T follows".
func (x *extractor) showCueAfter(e int) bool {
	w := x.tok(e)
	if w.cap && w.kind == tWord {
		return false
	}
	switch w.low {
	case "opened", "tops", "topped", "leads", "led", "grossed", "earned", "opens", "premieres", "hits", "stars", "follows", "trailer", "teaser", "cast", "review", "releases", "release", "arrives", "debuts", "tells", "starring":
		return true
	case ",", "–", "—":
		if x.tok(e+1).low == "the" || x.tok(e+1).low == "a" || x.tok(e+1).low == "an" {
			for m := e + 2; m < len(x.toks) && m < e+6; m++ {
				if x.toks[m].has(cGenreNouns) && !x.toks[m].cap || m == e+2 && (x.toks[m].low == "new" || x.toks[m].low == "latest" || x.toks[m].low == "upcoming") {
					return true // "T, the new epic drama from"
				}
			}
		}
	}
	return headlineVerbsIDs.has(w.id) || x.isADescription(e)
}

// earlierWorkBefore reports whether the words before k name the title at k
// as someone's earlier work: "after T", "known for T", "previously starred
// in T", "last seen in T".
func (x *extractor) earlierWorkBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		w := &x.toks[m]
		if w.kind == tPunct && w.text != "’" && !isQuote(w.text) {
			return false
		}
		switch w.low {
		case "after", "since", "like", "previously", "known", "starred", "appeared", "fame", "success":
			return true
		case "seen":
			if x.tok(m-1).low != "be" {
				return true // "last seen in T", not "can be seen on T"
			}
		case "debut":
			if l := x.tok(m + 1).low; l == "in" || l == "with" {
				return true // "made her debut in T", not "her feature debut T"
			}
		}
		if m < k-1 && w.cap {
			return false
		}
	}
	return false
}

// kindOpens reports whether a sentence opens by speaking of a work by its
// kind alone: "The film", "The action film", "The new series".
func kindOpens(t []token) bool {
	if len(t) < 2 || t[0].low != "the" {
		return false
	}
	for m := 1; m < len(t) && m < 4; m++ {
		if t[m].has(cGenreNouns) && !t[m].cap {
			return true
		}
		if t[m].kind != tWord || t[m].cap {
			return false
		}
	}
	return false
}

// quotedSpeech reports whether the quoted words from k to e are a quoted
// sentence, no title: four or more lower-case words that are no title glue,
// one of them a first or second person's word or a verb of being or having
// ("'I had to learn to ride a horse for T'", "“It was the hardest part
// I've played”"), where a title in sentence case has fewer ("Tell me who I
// am").
func (x *extractor) quotedSpeech(k, e int) bool {
	lower, speech := 0, false
	for m := k; m < e && m < len(x.toks); m++ {
		w := &x.toks[m]
		if w.kind != tWord {
			continue
		}
		switch w.low {
		case "i", "i'm", "i’m", "i've", "i’ve", "we", "we're", "we’re", "you", "my", "me", "our", "us":
			speech = true
		}
		if w.cap || w.has(cTitleGlue) {
			continue
		}
		lower++
		switch w.low {
		case "was", "is", "are", "were", "had", "have", "has", "am", "been":
			speech = true
		}
	}
	return speech && lower >= 4
}

// namedAsPerson reports whether text writes name after a performer's or a
// maker's noun somewhere ("actor Cem Arslan", "director Ana Ruiz"), or
// before a verb only a person takes ("Jorah Pinkwell to star in", "X is set
// to star", "X will play", "X has been cast"; personverbs.go): a person,
// though shaped like a title.
func namedAsPerson(text, name string) bool {
	return foundWhere(text, name, func(before, after string) bool {
		for _, noun := range [...]string{"actor ", "actress ", "star ", "director ", "filmmaker ", "producer ", "Actor ", "Actress ", "Director ", "Filmmaker "} {
			if strings.HasSuffix(before, noun) {
				return true
			}
		}
		return personVerbAfter(after)
	})
}

// foundWhere reports whether text holds s at a place where at, given the
// text before and after it, holds: the text is searched for s once, rather
// than once for each string around it that would make the place.
func foundWhere(text, s string, at func(before, after string) bool) bool {
	for i := 0; i <= len(text); i++ {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return false
		}
		if i += j; at(text[:i], text[i+len(s):]) {
			return true
		}
	}
	return false
}

// possessiveFull returns the title that text writes, every time it names
// title and at least twice, after one and the same capitalized word and a
// possessive ("Kemi's Wedding" for "Wedding"): the possessive is part of
// the title, unless its owner is a network or a person ("director Bala's
// T", "Netflix's T"). Else "".
func (x *extractor) possessiveFull(title string) string {
	text := x.a.Text
	owner, n := "", 0
	for i := range indexes(text, title) {
		if j := i + len(title); j < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[j:]); isAlnumUnicode(r) {
				continue // a longer word
			}
		}
		before := text[:i]
		var poss string
		switch {
		case strings.HasSuffix(before, "'s "):
			poss = "'s "
		case strings.HasSuffix(before, "’s "):
			poss = "’s "
		case strings.HasSuffix(before, ", ") && (owner == "" || strings.HasSuffix(owner, ", ")):
			poss = ", " // "I, Stranger", written so every time
		default:
			return "" // named once without the possessive
		}
		w := before[:len(before)-len(poss)]
		st := strings.LastIndexFunc(w, func(r rune) bool { return !isAlnumUnicode(r) && r != '-' }) + 1
		o := w[st:]
		if o == "" || o[0] < 'A' || o[0] > 'Z' {
			return ""
		}
		if p := strings.TrimRight(w[:st], " "); st > 0 && w[st-1] == ' ' && p != "" {
			if r, _ := utf8.DecodeLastRuneInString(p); unicode.IsUpper(r) || isAlnumUnicode(r) && startsUpperWord(p) {
				return "" // "Tyler Perry's T": a full name's owner
			}
		}
		if owner != "" && o+poss != owner {
			return ""
		}
		owner = o + poss
		n++
	}
	if n < 2 {
		return ""
	}
	o := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(owner, "'s "), "’s "), ", ")
	if x.isNetwork(o) || x.knownPerson(o) != "" || namedAsPerson(text, o) || lastOfName(text, o) || placeWords[strings.ToLower(o)] {
		return ""
	}
	return owner + title
}

// startsUpperWord reports whether the last word of s starts with a capital.
func startsUpperWord(s string) bool {
	st := strings.LastIndexByte(s, ' ') + 1
	r, _ := utf8.DecodeRuneInString(s[st:])
	return unicode.IsUpper(r)
}

// showPossAt reports whether the article's show, a title with a possessive
// inside ("Kemi's Wedding"), starts at token i of the sentence.
func (x *extractor) showPossAt(i int) bool {
	if x.show == "" || x.s == nil || i >= len(x.toks) {
		return false
	}
	// the title at i first: most tokens open no mention of the show
	st := int(x.toks[i].start)
	return st >= 0 && st < len(x.s.text) && strings.HasPrefix(x.s.text[st:], x.show) && strings.ContainsAny(x.show, "'’,")
}

// titledPerson reports whether the capitalized words from i to j are a
// job's or a performer's noun or a star's epithet and a person's name:
// "Director Kwame Boateng", "Actress Ama Serwaa", "Superstar X" open no
// title.
func (x *extractor) titledPerson(i, j int) bool {
	t := x.toks
	if j-i < 2 || !t[i].has(cJobNoun|cCastNouns) && !loneEpithet(t[i].low) {
		return false
	}
	return x.personShaped(i+1, j) || x.personAt(i+1) >= j
}

// placeTitle reports whether the capitalized words before the glue word at
// j, the glue and the place after it are one title that the article writes
// so at least twice ("Love in Seoul", "Emily in Paris"), not a title and
// where it is made or sold.
func (x *extractor) placeTitle(j int) bool {
	t := x.toks
	st := j
	for st > 0 && (t[st-1].cap || t[st-1].kind == tNum) && t[st-1].kind == tWord {
		st--
	}
	e := j + 2
	for e < len(t) && t[e].cap && t[e].kind == tWord {
		e++
	}
	if st == j || e > len(t) {
		return false
	}
	return x.wordCount(x.span(st, e)) >= 2
}

// showEndsAt reports whether the capitalized words before the glue word at
// j are the article's show: "Filming has wrapped on the series Tides of Home
// in Cork" names the show and where it is made.
func (x *extractor) showEndsAt(j int) bool {
	if x.show == "" || j == 0 || !x.toks[j-1].cap {
		return false
	}
	st := j
	for st > 0 && st > j-10 && x.toks[st-1].kind == tWord && (x.toks[st-1].cap || x.toks[st-1].has(cTitleGlue) && st-1 > 0 && x.toks[st-2].cap) {
		st--
	}
	for m := st; m < j; m++ {
		if x.toks[m].cap && int(x.toks[j-1].end)-int(x.toks[m].start) == len(x.show) && x.span(m, j) == x.show {
			return true
		}
	}
	return false
}

// saidAfter reports whether the quote that closes at j ends in a comma or
// a full stop and is followed by a verb of saying, after its speaker or
// not: "“I spent weeks on the water,” Grant said", "“…,” said X", "“…,”
// she says". A title in quotes is not said.
func (x *extractor) saidAfter(j int) bool {
	t := x.toks
	if j+1 >= len(t) || j == 0 || t[j-1].text != "," && t[j-1].text != "." {
		return false
	}
	if quoteSaidWordsIDs.has(t[j+1].id) {
		return true
	}
	switch t[j+1].low {
	case "he", "she", "they", "we", "i":
		return j+2 < len(t) && quoteSaidWordsIDs.has(t[j+2].id)
	}
	if pe := x.personAt(j + 1); pe > j+1 && pe < len(t) && quoteSaidWordsIDs.has(t[pe].id) {
		return true
	}
	return false
}

// quoteSaidWords follow a quotation and its speaker.
var quoteSaidWords = set(`said says added adds told tells explained explains recalled recalls continued continues wrote writes admitted admits`)

// commaTailFull returns the title that text writes, every time it names a
// one-word title and at least twice, with a comma and one and the same
// capitalized word after it ("I, Stranger" for "I"), or "".
func commaTailFull(text, title string) string {
	if title == "" || hasByte(title, ' ') {
		return ""
	}
	tail, n := "", 0
	for i := range indexes(text, title) {
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isAlnumUnicode(r) {
				continue
			}
		}
		rest := text[i+len(title):]
		if rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); isAlnumUnicode(r) {
				continue // a longer word
			}
		}
		if !strings.HasPrefix(rest, ", ") || len(rest) < 3 || rest[2] < 'A' || rest[2] > 'Z' {
			return ""
		}
		w := rest[2:]
		e := strings.IndexFunc(w, func(r rune) bool { return !isAlnumUnicode(r) })
		if e < 0 {
			e = len(w)
		}
		if tail != "" && w[:e] != tail {
			return ""
		}
		tail = w[:e]
		n++
	}
	if n < 2 {
		return ""
	}
	return title + ", " + tail
}
