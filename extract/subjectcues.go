package extract

// Cues of the article's show and of each sentence's show that news copy
// gives in more words: headlines with a casting verb, a network's order, a
// later season or series, a sequel, a role in a named title.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// headlineJoin reads a title-case headline's casting verb with the show
// after it: "A And B Join T Season 2", "X Joins T, Y Adds Z", "X Boards
// T". It returns the show and its seasons, or "".
func (x *extractor) headlineJoin() (string, []int) {
	t := x.toks
	if x.quotedColonOpener() {
		return "", nil // "'T': X Joins Y Thriller": the title before the colon
	}
	for k := 1; k+1 < len(t); k++ {
		obj, exit, arrive := k+1, false, false
		switch t[k].low {
		case "join", "joins", "boards", "board":
		case "way", "heading", "headed":
			if obj, arrive = x.arrivalObject(k), true; obj < 0 {
				continue
			}
		case "quits", "quit", "leaves", "leave", "exits", "exit", "rejoins", "rejoin", "returns", "return", "bows", "written":
			if obj, exit = x.exitObject(k), true; obj < 0 {
				continue // "X quits T", "X returns to T", "X bows out of T": the show named again below
			}
		case "lead", "leads", "front", "fronts", "headline":
			if t[k-1].low != "to" || !x.s.head || x.personBefore(k-1) >= k-1 {
				continue // "EXCLUSIVE: X to lead Peacock's T"
			}
			if e := x.titleAt(x.skipOwner(k+1), false); e > 0 && e < len(t) && t[e].kind == tWord && !t[e].cap {
				continue // "X to lead the cast", "to lead T remake"
			}
		default:
			continue
		}
		if t[k-1].low == "to" && !t[k-1].cap || arrive {
			// read on: "X to lead T", "X is on her way to T"
		} else if !t[k].cap && !(x.s.head && t[k-1].cap && x.personBefore(k) < k) || !t[k-1].cap && t[k-1].kind != tPunct {
			continue // "has joined the cast of T" is read by the rules below; a headline in sentence case, "X joins T", is read here
		}
		obj, ofSeasons := x.castOfSkip(obj)                                                                  // "X Joins The Cast Of T"
		at := x.headlineKindSkip(x.skipOwner(obj))                                                           // "X Joins Netflix Drama 'T'"
		at, e := x.pastOwnerPoss(x.pastMakerOwner(at, x.titleAt(at, false)))                                 // "X Boards Ossian Valder's 'T'", "New Faces Join Veltrix's T"
		if e <= at || (x.tok(e).kind == tPoss || x.tok(e).has(cGenreNouns) && !x.tok(e).cap) && !t[k].cap || // "joins X's next", "joins Searchlight film": an owner
			x.isNetwork(x.span(at, e)) || x.knownPerson(x.span(at, e)) != "" || x.personShaped(at, e) && x.startsName(at) {
			continue
		}
		if in := x.tok(e); in.low == "in" && (t[k].low == "joins" || t[k].low == "join") && x.personShaped(at, e) && !x.tok(e+1).has(cDateWords) && !isSeasonWord(x.tok(e+1).low) && x.tok(e+1).kind != tNum {
			continue // "A joins B in new thriller", "A Joins B In T": B is a co-star, the show follows "in"
		}
		title, seasons := x.split(unquote(x.span(at, e)))
		seasons = append(seasons, ofSeasons...)
		if title == "" || describes(title) || exit && strings.Count(x.a.Text, title) <= strings.Count(x.sents[0].text, title) && !x.kindNamedBelow() {
			continue
		}
		return title, seasons
	}
	return "", nil
}

// skipOwner skips, at k, the owner and the kind of a show named next:
// "ABC's drama series T", "Fox's "T"", "the Netflix series T". It returns
// where the title may start.
func (x *extractor) skipOwner(k int) int {
	at := k
	if x.tok(at).low == "the" && !x.tok(at).cap {
		at++
	}
	if e := x.titleAt(at, false); e > at && x.isNetwork(x.span(at, e)) {
		at = e
		if x.tok(at).kind == tPoss {
			at++
		}
	} else if n := x.acronymOwnerLen(at); n > 0 {
		at += n // "SABC1's soapie T", "KBX's T", "KBX drama T": a channel the rules do not know, in capitals, owns the title after it
	} else if e := x.companyOwnerEnd(at); e > at {
		at = e + 1 // "Kestrel Vision's latest thriller T": a company's possessive
	} else if at != k {
		return x.theKindTitle(k, at) // "from the soap T"
	}
	m := at
	for m < len(x.toks) && m < at+4 && !x.tok(m).cap && (x.tok(m).has(cGenreNouns|cFormatWords) || titleAdjectivesIDs.has(x.tok(m).id) || x.tok(m).has(cDescribe)) {
		m++
	}
	if m == at && at != k && x.tok(k).low == "the" {
		return k // "the ABC ..." with no kind after it
	}
	return m
}

// headlineCast reads the credits of a headline that names the article's
// show after a casting verb: "A And B Join T Season 2", "X Boards T", "X
// joins T". Only people named in full before the verb count.
func (x *extractor) headlineCast(s *sentence) {
	x.ready(s)
	markBrackets(x.inBr, s.toks)
	n := len(s.toks)
	t := s.toks
	for k := 1; k+1 < n; k++ {
		if l := t[k].low; l != "join" && l != "joins" && l != "boards" && l != "board" || !t[k].cap && x.personBefore(k) >= k {
			continue // "Maja Lind joins T" in sentence case too
		}
		title, seasons := x.headlineJoin()
		if title == "" || x.skey(title) != x.showKey {
			return
		}
		var names []string
		for i := 0; i < k; {
			pe := min(x.personAt(i), k) // a title-case name runs on into the verb
			if pe <= i || !x.personShaped(i, pe) {
				return
			}
			names = append(names, x.span(i, pe))
			i = pe
			switch {
			case i == k:
			case t[i].text == "," && x.tok(i+1).low == "and":
				i += 2
			case t[i].low == "and" || t[i].text == "," || t[i].text == "&":
				i++
			default:
				return
			}
		}
		x.sshow, x.sseasons = title, seasons
		for _, name := range names {
			x.add(graph.KindCast, name, title, "", "")
		}
		return
	}
}

// seriesHead reads a later series' title, "The Tower II: Death Message":
// when the article names the show by its head alone ("The Tower") more
// often than by the whole title, the show is the head, and the numeral its
// season. It returns "" otherwise.
func (x *extractor) seriesHead(title string) (string, int) {
	before, _, ok := strings.Cut(title, ":")
	if !ok {
		return "", 0
	}
	i := strings.LastIndexByte(before, ' ')
	if i <= 0 {
		return "", 0
	}
	n := romanNumerals[strings.ToLower(before[i+1:])]
	head := strings.TrimSpace(before[:i])
	if n == 0 || head == "" {
		return "", 0
	}
	heads := strings.Count(x.a.Text, head) - strings.Count(x.a.Text, before)
	if heads <= strings.Count(x.a.Text, title) {
		return "", 0
	}
	return head, n
}

// romanNumerals number a series' later seasons in its title.
var romanNumerals = map[string]int{"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

// sequelTitle reads the numbered title of a sequel: an article about "the
// Hocus Pocus sequel" that names "Hocus Pocus 2" is about Hocus Pocus 2. It
// returns "" when the article names no such title.
func (x *extractor) sequelTitle() string {
	if x.show == "" || !hasSequel(x.a.Text) {
		return ""
	}
	text := x.a.Text
	for n := 2; n <= 5; n++ {
		title := x.show + " " + strconv.Itoa(n)
		i := strings.Index(text, title)
		if i < 0 {
			continue
		}
		if end := i + len(title); end < len(text) && (text[end] >= '0' && text[end] <= '9' || unicode.IsLetter(rune(text[end]))) {
			continue // "Hocus Pocus 20th anniversary", "T 2U"
		}
		return title
	}
	return ""
}

// titlesDescribe reports whether the title that ends at e, with any titles
// joined to it, describes a person named next: "T1 and T2 star X", "T
// director X", "T1, T2 alum X".
func (x *extractor) titlesDescribe(e int) bool {
	for m := 0; m < 6 && (x.tok(e).low == "and" || x.tok(e).text == "," || x.tok(e).text == "&") && x.titleStarts(e+1); m++ {
		next := x.titleAt(e+1, false)
		if next <= e+1 {
			break
		}
		e = next
	}
	return x.fameAfter(e)
}

// fameAfter reports whether the word at e makes the title before it a
// person's earlier work: "web series T fame X", "the drama T star X",
// "the film T director X".
func (x *extractor) fameAfter(e int) bool {
	w := x.tok(e)
	return w.low == "fame" || w.has(cCastNouns|cJobNoun) && w.low != "stars" && !w.cap
}

// roleInTitle reads "taking the lead role in T" at k, the word "role": a
// new role, not "known for her role in T". It returns where T starts, or 0.
func (x *extractor) roleInTitle(k int) int {
	if uint(k) >= uint(len(x.toks)) || x.toks[k].class&(cShowCue) == 0 {
		return 0 // only after "role" or "roles"
	}
	return x.roleInTitleAt(k)
}

func (x *extractor) roleInTitleAt(k int) int {
	t := x.tok(k)
	if t.low != "role" && t.low != "roles" || t.cap {
		return 0
	}
	if l := x.tok(k + 1).low; l != "in" && l != "on" || !x.titleStarts(k+2) {
		return 0
	}
	m := k - 1
	if roleAdjectivesIDs.has(x.tok(m).id) {
		m--
	}
	if l := x.tok(m).low; l != "the" && l != "a" {
		return 0
	}
	switch x.tok(m - 1).low {
	case "taking", "take", "takes", "took", "land", "lands", "landed", "landing", "play", "plays", "playing", "bag", "bags", "bagged", "nab", "nabs", "nabbed", "snag", "snags", "snagged":
		for p := m - 2; p >= 0 && p > m-5; p-- {
			switch x.tok(p).low {
			case "seen", "known", "previously", "last", "earlier", "formerly":
				return 0 // "last seen playing a key role in T": earlier work
			}
		}
		return k + 2
	}
	return 0
}

// roleAdjectives describe a role: "the lead role in T".
var roleAdjectives = set(`lead leading main title starring key recurring major supporting central guest male female pivotal principal`)

// orderedTitle reads the title a network's order names at k: "ordered T",
// "ordered a six episodes of T", "recording a pilot of T". It returns
// where the title starts, or 0.
func (x *extractor) orderedTitle(k int) int {
	if uint(k) >= uint(len(x.toks)) || x.toks[k].class&(cOrder|cShowCue) == 0 {
		return 0 // only after an order verb or noun, or gaveOrder's verb
	}
	return x.orderedTitleAt(k)
}

func (x *extractor) orderedTitleAt(k int) int {
	t := x.tok(k)
	if at := x.gaveOrder(k); at > 0 {
		return at
	}
	if t.cap || !t.has(cOrder) {
		return 0
	}
	if orderVerbsIDs.has(t.id) && x.titleStarts(k+1) {
		return k + 1
	}
	// a few words and "of": "a six episodes of", "a pilot of", "six hour-long episodes of"
	for m := k + 1; m < len(x.toks) && m < k+6; m++ {
		w := x.tok(m)
		if w.low == "of" {
			if m > k+1 && (x.tok(m-1).low == "episodes" || x.tok(m-1).low == "pilot" || x.tok(m-1).low == "series" || x.tok(m-1).low == "season") && x.titleStarts(m+1) {
				return m + 1
			}
			return 0
		}
		if w.kind == tPunct || w.cap {
			return 0
		}
	}
	return 0
}

// orderVerbs put a show on a network's slate: the title after them is the
// show the sentence is about.
var orderVerbs = set(`ordered commissioned greenlit greenlighted greenlights renewed acquired orders commissions renews`)

// orderWords are orderVerbs and the filming verbs of "recording a pilot of
// T": the words orderedTitle looks at.
var orderWords = set(`ordered commissioned greenlit greenlighted greenlights renewed acquired orders commissions renews
	recording shooting filming`)

// ownSeasonOpens reports whether the sentence opens, at st, with a season
// and no title: "Season two will also feature X", "The new season adds X",
// "The second series stars X". That season is the article's show's.
func (x *extractor) ownSeasonOpens(st int) bool {
	k := st
	if l := x.tok(k).low; l == "the" || l == "its" || l == "this" {
		k++
	}
	if o := x.tok(k).low; ordinal(x.tok(k)) > 0 || o == "new" || o == "upcoming" || o == "next" || o == "final" || o == "latest" {
		k++
		return isSeasonWord(x.tok(k).low) && x.tok(k+1).low != "of" && !x.titleStarts(k+1)
	}
	if isSeasonWord(x.tok(k).low) && (x.tok(k+1).kind == tNum || ordinal(x.tok(k+1)) > 0) {
		return x.tok(k+2).low != "of" && !(x.tok(k+2).cap && x.tok(k+2).kind == tWord)
	}
	return false
}

// headlineCastFor reads a headline's "Cast for T" or "Cast of T", with a
// genre word after the title left out ("Voice Cast for Blue Planet
// Anime"): the title, when the article names it again, or "".
func (x *extractor) headlineCastFor() string {
	t := x.toks
	for k := 0; k+2 < len(t); k++ {
		if t[k].low != "cast" || t[k+1].low != "for" && t[k+1].low != "of" && t[k+1].low != "in" {
			continue
		}
		at := x.skipOwner(k + 2)
		if at == k+2 && t[at].has(cNetworks) && x.tok(at+1).kind == tPoss {
			at += 2
		}
		for m := 0; m < 3 && at < len(t) && t[at].kind == tWord && !t[at].cap && !t[at].has(cStopWords); m++ {
			at++ // "English cast for now-streaming simuldub Pop Team Epic"
		}
		e := x.titleAt(at, false)
		spin := false
		for m := at; m <= e && m < len(t); m++ {
			switch t[m].low {
			case "spinoff", "spin-off", "sequel", "prequel", "remake", "reboot":
				spin = true // "Cast of Money Heist Spinoff Berlin": another rule's
			}
		}
		if spin {
			continue
		}
		for e > at+1 && (t[e-1].has(cGenreNouns|cFormatWords) || t[e-1].low == "season" || t[e-1].kind == tNum && t[e-2].low == "season") {
			e-- // "Blue Planet Anime", "Blue Planet Season 2"
			if t[e].kind == tNum {
				e--
			}
		}
		if e <= at {
			continue
		}
		title := unquote(x.span(at, e))
		if x.isNetwork(title) || describes(title) || x.personShaped(at, e) && x.startsName(at) || strings.Count(x.a.Text, title) < 2 {
			continue
		}
		return title
	}
	return ""
}

// headlineWords never start or end a title found in a title-case headline:
// "Blue Planet Renewed for Season 3 at Netflix".
var headlineWords = set(`cast casts casting season seasons first look trailer teaser reveals renewed cancelled canceled adds add joins join star stars new
	who what why how when where is are to for in at of on the a an and with as its his her their everything know about all exclusive review`)

// headlineVerbs end a title at the start of a title-case headline.
var headlineVerbs = set(`renewed cancelled canceled returns adds casts sets gets lands taps reveals announces confirms drops releases unveils ends wraps`)

// headlineTitle reads a title-case headline for the longest run of
// capitalized words that the article's body writes the same way, and that
// names no person, network or description: the article's show, or "".
func (x *extractor) headlineTitle() string {
	if len(x.sents) == 0 || !x.sents[0].head || x.sents[0].para != 0 {
		return ""
	}
	s := x.look(0)
	t := s.toks
	caps, words := 0, 0
	for i := range t {
		if t[i].kind == tWord {
			words++
			if t[i].cap {
				caps++
			}
		}
	}
	if words < 4 || caps*4 < words*3 {
		return "" // not a title-case headline
	}
	if listicleHeadline(t) {
		return "" // "12 New Turkish Drama Series That Will Start in 2023": many shows
	}
	body := x.a.Text
	if at := strings.Index(body, s.text); at >= 0 {
		body = body[at+len(s.text):]
	}
	best, bestLen := "", 0
	for i := columnLabelEnd(t); i < len(t); i++ {
		article := t[i].low == "a" || t[i].low == "an" || t[i].low == "the" // "for A Silent Voice": the title's own article
		if !t[i].cap || t[i].kind != tWord || headlineWordsIDs.has(t[i].id) && !article || t[i].has(cNetworks) {
			continue
		}
		for j := i + 1; j <= len(t) && j-i <= 8; j++ {
			if article && j == i+1 {
				continue // an article alone is no title
			}
			if j > i+1 && (!(t[j-1].cap || t[j-1].kind == tNum) || t[j-1].kind == tPoss) {
				break
			}
			if headlineWordsIDs.has(t[j-1].id) && !t[j-1].has(cTitleGlue) {
				continue // a title does not end on "Renewed"
			}
			span := x.span(i, j)
			if j-i <= bestLen || !strings.Contains(body, span) || x.isNetwork(span) || describes(span) || x.personShaped(i, j) && x.startsName(i) ||
				x.knownPerson(span) != "" || j-i == 1 && (len(t[i].low) < 4 || placeWordsIDs.has(t[i].id)) || x.companyGoesOn(i) || x.inName(i, j) || x.roleAfterName(i) || x.headlineAsRole(i) || j == i+1 && lastOfName(x.a.Text, span) || x.titledPerson(i, j) || playedInBody(body, span) {
				continue
			}
			best, bestLen = span, j-i
		}
	}
	return best
}

// companyGoesOn reports whether the capitalized words from j hold a
// company's word: "Velden", "Velden Film" and "Festival" of "Velden Film
// Festival" are a part of its name, no title; a headline's verb ends the
// run ("T Renewed By X Studios").
func (x *extractor) companyGoesOn(j int) bool {
	for m := j; m < len(x.toks) && x.toks[m].cap && x.toks[m].kind == tWord && !headlineVerbsIDs.has(x.toks[m].id) && x.toks[m].low != "by"; m++ {
		if companyEndsIDs.has(x.toks[m].id) {
			return true
		}
	}
	return false
}

// longerTitle is the title the article writes as short, a colon and more:
// "Baahubali: Before the Beginning" for "Baahubali"; or "".
func (x *extractor) longerTitle(short string) string {
	short = strings.TrimPrefix(short, "The ")
	i := strings.Index(x.a.Text, short+": ")
	if i < 0 || short == "" {
		return ""
	}
	rest := x.a.Text[i+len(short)+2:]
	words := strings.Fields(rest)
	n := 0
	for n < len(words) && n < 8 {
		w := strings.TrimRight(words[n], ",.;:!?)”\"’")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !titleGlue[w] || w == "" {
			break
		}
		n++
		if w != words[n-1] {
			break // the title ends at its punctuation
		}
	}
	for n > 0 && titleGlue[strings.TrimRight(words[n-1], ",.;:!?)”\"’")] {
		n--
	}
	if n == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(short + ":")
	for _, w := range words[:n] {
		b.WriteString(" " + w)
	}
	return strings.TrimRight(b.String(), ",.;:!?)”\"’")
}

// introEnd is the index after a leading phrase such as "According to
// Variety," or "In addition to X,", or 0.
func (x *extractor) introEndUncached() int {
	t := x.toks
	if len(t) == 0 || sequenceIntroEnd(t) > 0 {
		return sequenceIntroEnd(t) // "To start, T will return", "Next up, T stars X"
	}
	if t[0].low == "the" && len(t) > 3 && t[2].text == "," {
		switch t[1].low {
		case "first", "second", "third", "other", "latter", "former", "last", "next":
			return 3 // "The first, Lo dejamos acá, stars X and Y"
		}
	}
	switch t[0].low {
	case "according", "in", "with", "like", "after", "before", "besides", "despite", "unlike", "following", "over",
		"per", "directed", "written", "created", "produced", "based", "adapted", "lastly", "meanwhile",
		"however", "now", "then", "while", "although", "though", "since", "as", "on", "for", "at", "slated", "scheduled", "due", "apart", "along", "aside", "beyond",
		// "Set in 2020, the film tells", "Prior to his T success, X was an actor"
		"penned", "scripted", "helmed", "co-written", "co-directed", "set", "prior", "during", "until", "upon", "additionally", "previously", "earlier", "later", "currently", "recently", "furthermore", "moreover",
		// "Born in Ohio, X began", "From 2001 to 2005, X starred in"
		"born", "raised", "educated", "trained", "having", "from", "by", "throughout", "when", "once", "outside", "beside":
		depth := 0
		for k := 1; k < len(t) && k < 30; k++ {
			switch t[k].text {
			case "(":
				depth++
			case ")":
				depth--
			case ",":
				if depth == 0 && !x.closeQuote(k+1) { // not “T1,” “T2”
					e := k + 1
					if yearToken(x.tok(e)) && x.tok(e+1).text == "," {
						e += 2 // "Born on May 2, 1928, X began": the date's year
					}
					if x.tok(e).low == "in" && x.tok(e+1).cap && x.tok(e+2).text == "," && e > k+1 {
						e += 3 // "Born on May 2, 1928, in London, X began"
					}
					return e
				}
			}
		}
	}
	for k := 3; k < len(t)-1 && k < 16; k++ {
		if t[k].text == ":" && t[k-1].text == ")" && t[k-3].text == "(" && isUpperCase(t[k-2].text) && len(t[k-2].text) >= 2 {
			return k + 1 // "New Delhi [India], March 12 (ANI): Actor X has": a news agency's dateline
		}
	}
	return 0
}

// translatedTitle is the title in brackets after title, "'Springfloden'
// ('Spring Tide')", when the article names it more often than title; or "".
func (x *extractor) translatedTitle(title string) string {
	if !x.quoteBeforeBracket() {
		return "" // the text has no quote, spaces and bracket: no title after any
	}
	if alt, ok := x.memo.translated[title]; ok {
		return alt
	}
	if x.memo.translated == nil {
		x.memo.translated = map[string]string{}
	}
	alt := x.findTranslatedTitle(title)
	x.memo.translated[title] = alt
	return alt
}

func (x *extractor) findTranslatedTitle(title string) string {
	text := x.a.Text
	for i := range indexes(text, title) {
		after := text[i+len(title):]
		rest := strings.TrimLeft(after, "'’”\"")
		quoted := len(rest) < len(after) // "'Springfloden' ('Spring Tide')": both quoted
		rest = strings.TrimLeft(rest, " ")
		if strings.HasPrefix(rest, "(") && quoted {
			in := strings.TrimLeft(rest[1:], "'‘“\"")
			if end := strings.IndexAny(in, "'’”\")"); end > 1 && end < 80 && len(in) < len(rest)-1 {
				alt := strings.TrimSpace(in[:end])
				if alt != title && hasLetter(alt) && strings.Count(text, alt) > strings.Count(text, title) {
					return alt
				}
			}
		}
	}
	return ""
}

// untitled reports whether the article's opening calls its project
// untitled: "the 6 x 1-hour scripted series (as yet untitled)", "an
// untitled thriller", "the yet-to-be-titled film". Its credits then have no
// show to go to, and no other title the opening names is guessed for it.
func (x *extractor) untitled() bool {
	for i := 0; i < len(x.sents) && i < 8; i++ {
		s := x.look(i)
		for k := range s.toks {
			switch l := s.toks[k].low; {
			case l == "title" && titleToCome(s.toks[k+1:]):
				return true // "the film's title is going to be unveiled on March 1"
			case l == "untitled" || l == "yet-untitled" || l == "yet-to-be-titled" || l == "unnamed":
				return true
			case l == "titled" && k >= 3 && s.toks[k-1].low == "be" && s.toks[k-2].low == "to" && s.toks[k-3].low == "yet":
				return true
			}
		}
	}
	return false
}

// pluralWorks reports whether the sentence casts people in several works it
// does not name: "Many actors have been cast in new dramas headed to BBC
// and ITV, including A and B". Such a sentence credits no one in the
// article's show.
func (x *extractor) pluralWorks() bool {
	if !x.sentHas(cCastVerbs | cAkaCue) {
		return false // no casting verb nor "roles" before "in"
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].low != "in" || !t[k-1].has(cCastVerbs) && t[k-1].low != "roles" {
			continue
		}
		m := k + 1
		for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns) && !strings.HasSuffix(x.tok(m).low, "s"); q++ {
			m++ // "in new dramas", "in upcoming British films"
		}
		if w := x.tok(m); !w.cap && strings.HasSuffix(w.low, "s") && (genreNouns[strings.TrimSuffix(w.low, "s")] || w.low == "projects") && !x.titleStarts(m+1) {
			return true
		}
	}
	return false
}

// withLeadsTitle is the title right before ", with A and B as protagonists"
// (the leads, the main cast), or "".
func (x *extractor) withLeadsTitle() string {
	if !x.sentHasWord(bitWith) || !x.sentHasWord(bitAs) || x.s != nil && strings.IndexByte(x.s.text, ',') < 0 {
		return "" // no ", with", or no "as" after it
	}
	lastAs := -2 // the last "as", read once: the list must end at one
	for k := 2; k+1 < len(x.toks); k++ {
		if x.toks[k].low != "with" || x.toks[k-1].text != "," {
			continue
		}
		if lastAs == -2 {
			lastAs = lastLow(x.toks, "as")
		}
		if lastAs <= k+1 {
			continue
		}
		items := x.parseList(k + 1)
		if len(items) == 0 {
			continue
		}
		if end := items[len(items)-1].end; x.tok(end).low != "as" || !x.leadsAt(end+1) {
			continue
		}
		if ts := x.titleEndingAt(k - 1); ts < k-1 {
			if title := unquote(x.span(ts, k-1)); title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" {
				return title
			}
		}
	}
	return ""
}

// madeByTitle is the title right before ", directed by X" (written,
// produced, created by) or ", from director X": "Also on Netflix's slate is
// T, directed by X", "the previously announced T, from director X". Or "".
func (x *extractor) madeByTitle() string {
	if !x.sentHas(cByCue|cJobNoun) || x.s != nil && strings.IndexByte(x.s.text, ',') < 0 {
		return "" // no ", directed by" nor ", from" and a job noun
	}
	for k := 2; k+2 < len(x.toks); k++ {
		if x.toks[k].text != "," {
			continue
		}
		n := x.tok(k + 1).low
		made := (n == "directed" || n == "written" || n == "produced" || n == "created") && x.tok(k+2).low == "by"
		if n == "from" {
			for m := k + 2; m < len(x.toks) && m < k+5 && (!x.toks[m].cap || describesWord(x.toks[m].low)); m++ {
				if j, ok := jobNounsIDs.lookup(x.toks[m].id); ok && j != graph.JobOriginalAuthor {
					made = true
					break
				}
			}
		}
		if !made {
			continue
		}
		ts := x.titleEndingAt(k)
		if ts >= k || ts == 0 {
			continue // "T, directed by X, ..." opening the sentence is read by the usual rules
		}
		switch p := x.tok(ts - 1); {
		case p.low == "is" || p.low == "was" || p.low == "announced" || p.low == "unveiled",
			p.has(cGenreNouns) && !p.cap:
		default:
			continue // not "Produced by BKM, directed by X", "in Stockport, written by X"
		}
		title := unquote(x.span(ts, k))
		if title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" && !describes(title) && !(x.personShaped(ts, k) && x.startsName(ts)) && x.tok(ts-1).kind != tPoss {
			return title
		}
	}
	return ""
}

// isSeasonWord reports whether w names a season: "season", or the British
// "series" ("the second series of Broadchurch").
func isSeasonWord(w string) bool { return w == "season" || w == "series" }

// castQualifiers end a capitalized phrase before "cast" that is no title:
// "the English Dub cast", "the Main Cast".
var castQualifiers = set(`dub dubbing voice main supporting new original returning ensemble core full`)

// earlierWork reports whether the preposition at k introduces a person's
// earlier work: "known for his work on “T”", "recently seen in “T”".
func (x *extractor) earlierWork(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		switch x.toks[m].low {
		case "work", "works", "role", "roles", "known", "seen", "starred", "appeared", "previously", "recently", "played", "performance", "performances", "portrayal":
			return true
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	// inside an aside on the person: "X, who won an award for his part in
	// T, plays C"
	for m := k - 1; m > 0 && m >= k-14; m-- {
		if x.toks[m].text == "," {
			return x.tok(m+1).low == "who" && !x.tok(m+1).cap && x.tok(m-1).cap
		}
	}
	return false
}

// subjectCue reports whether the words at e, after a title that opens a
// sentence, make the title a show adding cast: "is bringing back", "has
// added", "casts", "is adding three more", ", starring X,".
func (x *extractor) subjectCue(e int) bool {
	if x.tok(e).text == "," && (x.tok(e+1).low == "starring" || x.tok(e+1).low == "featuring") && x.tok(e+2).cap {
		return true // "T, starring X, began production on Wednesday"
	}
	v := e
	for m := 0; m < 3 && (x.tok(v).has(cAuxWords) || x.tok(v).low == "also" || x.tok(v).low == "today" || x.tok(v).low == "officially"); m++ {
		v++
	}
	switch x.tok(v).low {
	case "announced", "announces", "confirmed", "confirms", "revealed", "reveals":
		return x.tok(v+1).low == "the" && x.tok(v+2).low == "casting" && x.tok(v+3).low == "of" || x.announcesCast(e, v) // "T has today announced the casting of X as C"
	case "bringing", "brings", "adds", "added", "adding", "casts", "casting", "taps", "tapped", "enlists", "enlisted", "welcomes", "welcomed", "cast":
		n := x.tok(v + 1).low // "T is adding three more cast members", "T adds another villain"; "T has cast X", not "the T cast"
		return (x.titleStarts(v+1) || n == "back" || x.tok(v+1).kind == tNum || numberWords[n] || n == "more" || n == "another" || n == "several") && (v > e || x.tok(v).low != "cast")
	case "mark", "marks", "marking":
		// "T will mark the directorial debut of X"
		for m := v + 1; m < v+5 && m < len(x.toks); m++ {
			if l := x.toks[m].low; l == "debut" || l == "return" || l == "comeback" || l == "collaboration" || l == "reunion" {
				return true
			}
		}
	case "based", "adapted":
		// "T is based on the second book in X's series of novels"
		return v > e && (x.tok(v+1).low == "on" || x.tok(v+1).low == "from")
	}
	return false
}

// inAppositive reports whether token k lies in an aside that describes a
// person named just before it: "Cumm, the star of the series T, will
// play". A show named there is the person's earlier work.
func (x *extractor) inAppositive(k int) bool {
	c := k - 1
	for c >= 0 && x.toks[c].text != "," {
		p := &x.toks[c]
		if p.kind == tPunct && !isQuote(p.text) || p.has(cAuxWords) && !p.cap || p.has(cCastVerbs) && !p.cap && x.tok(c-1).low != "the" && x.tok(c+1).low != "of" {
			return false
		}
		c--
	}
	if c <= 0 || !x.starOfAt(c+1) {
		return false // only "X, the star of ...", "X, star of ...": other asides name the show as often
	}
	ps := x.personBefore(c)
	return ps < c && (ps == 0 || x.toks[ps-1].kind == tPunct)
}

// quotedTitleOpens reports whether the sentence opens at st with a title in
// quotes ending before e, written in title case (so not a quotation: “We
// are thrilled,” said X).
func (x *extractor) quotedTitleOpens(st, e int) bool {
	if !isQuote(x.tok(st).text) || !x.closeQuote(e-1) || e-st < 3 {
		return false
	}
	for k := st + 1; k < e-1; k++ {
		t := x.tok(k)
		if t.kind == tWord && !t.cap && !t.has(cTitleGlue) {
			return false
		}
	}
	return true
}

// quotedTitleAside reports whether the sentence opens with a title in
// quotes and a clause about it that ends with the comma at c: "'T', which
// premiered on Netflix in 2022, starred X".
func (x *extractor) quotedTitleAside(c int) bool {
	for e := 3; e < c && e < 16; e++ {
		if x.closeQuote(e-1) && x.quotedTitleOpens(0, e) {
			if x.tok(e).text != "," || (x.tok(e+1).low != "which" && x.tok(e+1).low != "that") {
				return false
			}
			for m := e + 2; m < c; m++ {
				if x.toks[m].kind == tPunct && x.toks[m].text != "." {
					return false
				}
			}
			return true
		}
	}
	return false
}

// seasonJoinVerbs take "season two of T" as their object: the season's
// show is the sentence's.
var seasonJoinVerbs = set(`joining join joins joined for in on into`)
