package extract

// Lines and words that order an article rather than name a show or a
// person: section headings ("English Cast", "Voice Cast", "Crew"), date and
// schedule lines ("From Friday 25 June", "Premieres Monday 5 October"), a
// participle that opens a clause ("Titled Vaathi in Tamil, the film ...")
// and the words of a roster on their own ("Additional", "Supporting").

import (
	"strings"
	"unicode/utf8"
)

// headingNouns name what a section of an article holds.
var headingNouns = set(`cast crew staff credits characters synopsis plot premise story production creators team lineup line-up
	dub dubbing voices casting ensemble details update updates exclusive breaking watch photos note spoiler alert trailer
	video review verdict recap related source warning correction disclaimer bonus plus read listen editor photo credit
	spoilers sources tldr faq faqs sheet fiche ficha scheda`)

// headingWords may stand beside them in a section heading: "Main Cast",
// "Behind the English Dubbing", "Creators and Production".
var headingWords = set(`english japanese korean original voice main supporting recurring additional other guest full key principal
	lead leading returning new core anime series show film movie behind the and of & meet fact technique técnica tecnica`)

// rosterWords qualify the people of a cast list; one alone on a line or
// opening a sentence is no name: "Additional voices include ...".
var rosterWords = set(`additional supporting recurring other`)

// scheduleWords may stand in a date or schedule line beside the days,
// months and numbers.
var scheduleWords = set(`from premieres premiering premiere starts starting start airs airing begins beginning returns launches
	debuts on at until till every each and through to weekly nightly daily pm am the of release date`)

// openingParticiples open a clause, never a title (notTitle lists them
// again in a switch): "Titled Vaathi in
// Tamil, the movie ...", "Starring X and Y, the film ...".
var openingParticiples = set(`titled starring featuring dubbed`)

// notTitle reports whether s, read where a title may stand, is a section
// heading, a date or schedule line or a clause opened by a participle.
func notTitle(s string) bool {
	s = strings.TrimSpace(unquote(s))
	if s == "" {
		return false
	}
	var buf [32]byte
	w, c, ok := plainFirstWord(buf[:0], s)
	return notTitleWord(s, w, c, ok)
}

// notTitleWord is notTitle of s, trimmed and unquoted, whose plainFirstWord
// is w, c, ok.
func notTitleWord(s string, w []byte, c uint64, ok bool) bool {
	if ok && c&(cHeadingNoun|cHeadingWord|cWeekday|cDateWords|cMonthAbbrev|cSchedule) == 0 &&
		!(len(w) > 6 && w[len(w)-1] == 's' && weekdays[string(w[:len(w)-1])]) {
		// the first word ends both sectionHeading and scheduleLine: no
		// heading word, weekday, date or schedule word
		switch string(w) { // openingParticiples[string(w)], without hashing
		case "titled", "starring", "featuring", "dubbed":
			return hasByte(s, ' ')
		}
		return false
	}
	if ok { // w is the lower case of s's first word: "the" opens no section heading
		return string(w) != "the" && sectionHeading(s) || scheduleLine(s)
	}
	first, _, _ := cutByte(s, ' ')
	return sectionHeading(s) || scheduleLine(s) || hasLower(openingParticiples, first) && hasByte(s, ' ')
}

// sectionHeading reports whether s is a section heading: a heading noun
// ("Cast", "Crew", "Synopsis") with only words of headings beside it, and
// no "The" before it ("The Crew" is a title).
func sectionHeading(s string) bool {
	noun := false
	var buf [32]byte
	i := -1
	for f := range strings.FieldsSeq(s) {
		i++
		w := strings.Trim(string(lowerInto(buf[:0], f)), ":,")
		switch c := wordClasses.get(w); { // one lookup for the sets below
		case c&cHeadingNoun != 0: // headingNouns[w]
			noun = true
		case i == 0 && w == "the":
			return false
		case c&cHeadingWord != 0: // headingWords[w]
		default:
			return false
		}
	}
	return noun
}

// scheduleLine reports whether s is a date or a schedule: "From Friday 25
// June", "Premieres Monday 5 October", "October 19", with the channel after
// it ("Premieres Monday 5 October on ABN"); not "Friday the 13th",
// "Wednesday" or "Monday on Mars".
func scheduleLine(s string) bool {
	month, day, num, verb, clock := false, false, false, false, false
	words := 0
	var buf [32]byte
	for f := range strings.FieldsSeq(s) {
		words++
		w := strings.Trim(string(lowerInto(buf[:0], f)), ",.:") // "Release date: Friday, November 12"
		if w == "" {
			continue
		}
		switch c := wordClasses.get(w); { // one lookup for the sets below
		case c&cWeekday != 0 || len(w) > 6 && w[len(w)-1] == 's' && weekdays[w[:len(w)-1]]: // weekdays[w]; "Mondays"
			day = true
		case c&(cDateWords|cMonthAbbrev) != 0: // dateWords[w] || monthAbbrevs[w]
			month = true
		case '0' <= w[0] && w[0] <= '9' && clockTime(w): // "9pm", "21:30"
			num, clock = true, true
		case '0' <= w[0] && w[0] <= '9' && (allDigits(w) || ordinalNumber(w)): // each starts with a digit
			num = true
		case (w == "on" || w == "via") && (month || day) && (num || verb):
			// the channel or service it is on: "Premieres Monday 5
			// October on ABN", "From Friday 25 June on BBC One"
			return true
		case c&cSchedule != 0: // scheduleWords[w]
			verb = verb || w != "the" && w != "of" && w != "and"
		default:
			return false
		}
	}
	return month && num || verb && (month || day) || day && clock || // "Mondays 9pm"
		day && num && words == 2 // "Fuji TV's Monday 9 drama": a time slot
}

// monthAbbrevs are the months' short forms of date lines: "Oct 17 2018".
var monthAbbrevs = set(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// ordinalNumber reports whether w is a number with an ordinal suffix:
// "25th", "1st".
func ordinalNumber(w string) bool {
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" && allDigits(n) {
			return true
		}
	}
	return false
}

// clockTime reports whether w is a time of day: "9:00pm", "9pm", "21:30".
func clockTime(w string) bool {
	v := strings.TrimSuffix(strings.TrimSuffix(w, "pm"), "am")
	v = strings.TrimSuffix(strings.TrimSuffix(v, "p.m"), "a.m")
	h, m, colon := strings.Cut(v, ":")
	return h != "" && allDigits(h) && (colon && m != "" && allDigits(m) || !colon && v != w)
}

// rosterWord reports whether s is one word of a roster and nothing else:
// "Additional", "Supporting".
func rosterWord(s string) bool {
	if !plainEnds(s) {
		s = strings.TrimSpace(s)
	}
	if strings.IndexByte(s, ' ') >= 0 {
		return false // a roster word is one word: most names are two or more
	}
	return hasLower(rosterWords, s)
}

// titleToCome reports whether the words after "title" say it is still to
// be made known: "is going to be unveiled", "will be announced soon", "is
// yet to be revealed".
func titleToCome(t []token) bool {
	future := false
	for k := 0; k < len(t) && k < 6; k++ {
		switch t[k].low {
		case "will", "going", "yet", "soon":
			future = true
		case "unveiled", "announced", "revealed", "decided", "finalised", "finalized":
			return future
		case ".", ",", ";":
			return false
		}
	}
	return false
}

// rosterHeading reports whether s heads a list of cast names, one a line:
// "Additional", "Supporting Cast", "Additional Voices:".
func rosterHeading(s *sentence) bool {
	if !s.first || len(s.toks) == 0 || len(s.toks) > 5 {
		return false
	}
	cast := false
	text := strings.TrimSuffix(strings.TrimSpace(s.text), ":")
	var buf [32]byte
	for i := 0; ; { // the words of strings.Fields(strings.ToLower(text))
		st, e := nextField(text, i)
		if st == len(text) {
			break
		}
		i = e
		w := lowerInto(buf[:0], text[st:e])
		switch {
		case string(w) == "cast" || string(w) == "voices" || string(w) == "actors" || string(w) == "ensemble" || rosterWords[string(w)]:
			cast = true
		case headingWords[string(w)]:
		default:
			return false
		}
	}
	return cast
}

// explainerWords mark the headings of an explainer, "What Is It About",
// "Who Is in the Cast", "Release Date", "Where to Watch", "The Verdict So
// Far": lines that a roundup's entry titles are told from when nothing
// else (a script, a broadcast line) says which they are.
var explainerWords = set(`what who where when why how about cast release date dates watch stream streaming verdict trailer
	teaser everything know need far details plot story synopsis review recap episodes premiere news update ending explained
	expect characters scenes behind production music reception background thoughts conclusion summary overview analysis
	interview gallery poster look facts villains heroes students teachers judges hosts contestants guests family families`)

// explainerHeading reports whether a line has a word of explainerWords or
// a question mark.
func explainerHeading(s string) bool {
	if strings.Contains(s, "?") {
		return true
	}
	var buf [32]byte
	words, group := 0, false
	for i := 0; ; { // the words of strings.Fields(strings.ToLower(s))
		st, e := nextField(s, i)
		if st == len(s) {
			break
		}
		i = e
		w := lowerInto(buf[:0], s[st:e])
		if words == 0 {
			group = string(w) == "house" || string(w) == "team"
		}
		words++
		if explainerWords[string(trimBytes(w, ":,."))] {
			return true
		}
	}
	return words == 2 && group // a cast list's group: "House Targaryen", "Team Red"
}

// trimBytes is strings.Trim(string(b), cut) for a cut of ASCII bytes,
// without a copy.
func trimBytes(b []byte, cut string) []byte {
	for len(b) > 0 && strings.IndexByte(cut, b[0]) >= 0 {
		b = b[1:]
	}
	for len(b) > 0 && strings.IndexByte(cut, b[len(b)-1]) >= 0 {
		b = b[:len(b)-1]
	}
	return b
}

// scriptHeading reads a section heading that gives a title in Latin letters,
// a dash and the title in its own script, "Tokyo Ghoul – 東京喰種 [Live
// Action Coverage]": the title, or "".
func (x *extractor) scriptHeading(s *sentence) string {
	x.lookAt(s)
	e := x.titleAt(0, false)
	if e > 0 && e+1 < len(s.toks) && !isDash(s.toks[e].text) {
		// "Love and Lies – 恋と嘘": the title runs on through glue words
		for m := e; m < len(s.toks) && m < e+6; m++ {
			if isDash(s.toks[m].text) {
				e = m
				break
			}
			if t := &s.toks[m]; !t.cap && t.kind != tNum && !t.has(cTitleGlue) && t.low != "and" && t.low != "of" {
				break
			}
		}
	}
	if e == 0 || e+1 >= len(s.toks) || !isDash(s.toks[e].text) {
		return ""
	}
	rest := s.text[s.toks[e+1].start:]
	r, _ := utf8.DecodeRuneInString(rest)
	if r < 0x2E80 { // CJK, kana and hangul start here
		return ""
	}
	title := x.span(0, e)
	if x.isNetwork(title) || describes(title) || x.personShaped(0, e) && x.startsName(0) {
		return ""
	}
	return title
}

// creditHeading reads a roundup's section heading that states a credit in
// one quoted title, "Wyatt Cenac to star in “The Group”", "Edi Gathegi
// joins “The Blacklist”", where the paragraph under it names the title
// again: the section is about that title. It returns the title, or "".
func (x *extractor) creditHeading(i int) string {
	s := &x.sents[i]
	if _, title := x.nameTitleLine(s); title != "" {
		return title // "EXIT: Wes Ramsey, ‘General Hospital’"
	}
	t := s.toks
	if !castHeadline(s) || !s.head && (len(t) > 14 || !isQuote(t[len(t)-1].text) || len(t) > 1 && strings.ContainsAny(t[len(t)-2].text, ".!?")) {
		return "" // a heading, not a sentence that ends in a quoted title ("... a dating program, “Everlasting.”")
	}
	q := -1
	for k := range t {
		if isQuote(t[k].text) {
			if q >= 0 {
				if k == q+1 || k+1 < len(t) && isQuote(t[k+1].text) {
					return ""
				}
				for m := k + 1; m < len(t); m++ {
					if isQuote(t[m].text) {
						return "" // two quoted titles: no one section's show
					}
				}
				x.s, x.toks = s, t
				title := unquote(x.span(q, k+1))
				if next := x.paragraph(i+1, s.para+1); title != "" && strings.Contains(x.fold(next), x.fold(title)) {
					return title
				}
				return ""
			}
			q = k
		}
	}
	return ""
}

// nameTitleLine reads a roundup's heading line that pairs a person with a
// quoted title, after an optional label: "EXIT: Wes Ramsey, ‘General
// Hospital’", "Ana Lee, “Red Sky”". It returns the person and the title, or
// two empty strings.
func (x *extractor) nameTitleLine(s *sentence) (string, string) {
	t := s.toks
	n := len(t)
	if n < 5 || n > 16 || !isQuote(t[n-1].text) {
		return "", ""
	}
	x.lookAt(s)
	st := 0
	if n > 6 && t[1].text == ":" && t[0].kind == tWord {
		st = 2 // "EXIT:", "New:", "Returning:"
	}
	pe := x.personAt(st)
	if pe <= st+1 || pe+2 >= n || t[pe].text != "," || !isQuote(t[pe+1].text) || !x.personShaped(st, pe) {
		return "", ""
	}
	for k := pe + 2; k < n-1; k++ {
		if isQuote(t[k].text) {
			return "", "" // one quoted title, and nothing after it
		}
	}
	title := unquote(x.span(pe+1, n))
	if title == "" || x.isNetwork(title) {
		return "", ""
	}
	return x.span(st, pe), title
}

// nameTitleRule credits the person of a roundup's heading line in its
// quoted title: "EXIT: Wes Ramsey, ‘General Hospital’" (on screen or off
// it, as the article says elsewhere).
func (x *extractor) nameTitleRule() {
	s := x.s
	if s == nil || !s.first || s.para == 0 || len(s.toks) < 5 || !isQuote(s.toks[len(s.toks)-1].text) {
		return
	}
	if person, title := x.nameTitleLine(s); person != "" && !x.underCategory() {
		x.add("", person, title, "", "")
	}
}

// otherSection reports whether the heading at sentence i opens a section
// about something else than the article's show: a column's heading ("Battle
// over") over a paragraph that never names the show the article is about
// but names a title of its own, after a first section that did name it.
func (x *extractor) otherSection(i int) bool {
	s := &x.sents[i]
	if x.show == "" || s.para < 2 || x.entryField(i) || sectionHeading(s.text) || notTitle(s.text) || scheduleLine(s.text) { // not "Release date: Friday, November 12"
		return false
	}
	next := x.paragraph(i+1, s.para+1)
	if show := x.fold(x.show); next == "" || strings.Contains(x.fold(next), show) || strings.Contains(x.fold(s.text), show) {
		return false
	}
	first := ""
	if i+1 < len(x.sents) {
		first = strings.ToLower(x.sents[i+1].text)
	}
	for _, ref := range [...]string{"the series", "the drama", "the show", "the film", "the movie", "season"} {
		if strings.Contains(first, ref) {
			return false // "What to know about T season 2" over "the drama follows ..."
		}
	}
	for j := i + 1; j < len(x.sents) && x.sents[j].para <= s.para+1; j++ {
		if x.sents[j].para == s.para+1 && x.sents[j].classes&cGenreNouns != 0 {
			return true // the paragraph speaks of another work
		}
	}
	return false
}

// pastSlot skips, at k, a weekday's time slot before a genre noun: "Sunday
// Theater drama", "Friday night drama", "Monday 9 drama", "TBS Sunday
// drama" name when a show airs, no title. It returns where the genre noun
// starts, or k.
func (x *extractor) pastSlot(k int) int {
	w := x.tok(k)
	if w.cap && w.has(cNetworks) && weekdaysIDs.has(x.tok(k+1).id) {
		if m := x.pastSlot(k + 1); m > k+1 {
			return m // "TBS Sunday drama"
		}
		return k
	}
	if !w.cap || w.kind != tWord || !weekdaysIDs.has(w.id) {
		return k
	}
	m := k + 1
	if n := x.tok(m); n.kind == tNum || n.kind == tWord && (n.cap || n.low == "night" || n.low == "evening" || n.low == "morning") && !n.has(cGenreNouns) {
		m++ // "Sunday Theater", "Friday night", "Monday 9"
	}
	if g := x.tok(m); g.has(cGenreNouns) && !g.cap {
		return m
	}
	return k
}

// profileLine reports whether a heading inside a person's section is a
// line of that person's profile: a label of one capitalized word and up to
// three words in lower case, then a colon and its value ("Full name: Ana
// Selo", "Date of birth: 25 December 1945"), the label perhaps run on from
// the value before it ("Ana Selo Age at death: 60 years", "1955 Date of
// death: 1 May 2015"). The section stays the person's.
func (x *extractor) profileLine(s *sentence) bool {
	if x.headPerson == "" || strings.IndexByte(s.text, ':') < 0 {
		return false
	}
	t := s.toks
	c := 0
	for c < len(t) && c < 12 && t[c].text != ":" {
		c++
	}
	if c >= len(t)-1 || t[c].text != ":" {
		return false
	}
	k := c - 1
	for k > 0 && c-k <= 3 && t[k].kind == tWord && !t[k].cap {
		k--
	}
	return k >= 0 && t[k].kind == tWord && t[k].cap
}

// personSection reports whether the prose under a heading that names a
// person alone speaks of that person: its first sentence that opens with
// the name, or the name's first word, says what the person is ("Ana Selo
// was a famous film actor", "Ana is one of the prominent actresses") or
// tells the person's life ("Ana Selo died on 1 May", "Ana Selo, 81, passed
// away", "Ana Selo, the star of many films, has died", "Ana Selo starred
// in T", "Ana Selo is best remembered for T"). The prose's pronouns decide
// first where they lean one way (sectionPronouns): "He is remembered for
// his roles in T1, T2" under "Bo Rinn" over "Bo Rinn began acting at 12".
// Such a heading is the section's person, not its show.
func (x *extractor) personSection(i int, person string) bool {
	if who := x.sectionPronouns(i, person); who != 0 {
		return who > 0
	}
	first, _, _ := cutByte(person, ' ')
	for j := i + 1; j < len(x.sents) && j <= i+12; j++ {
		s := &x.sents[j]
		t := s.toks
		if s.head || len(t) < 4 || t[0].text != first {
			continue
		}
		v := 1
		for v < len(t) && v < 5 && t[v].cap {
			v++ // the rest of the name
		}
		v = asideEnd(t, v) // ", 81,", ", the star of many films,"
		if v+1 >= len(t) {
			return false
		}
		switch t[v].low {
		case "died", "dies", "starred", "appeared", "acted", "played", "rose", "became":
			return true
		case "passed":
			return t[v+1].low == "away"
		case "has", "had":
			return t[v+1].low == "died" || t[v+1].low == "passed"
		case "is", "was":
		default:
			return false
		}
		switch w := t[v+1].low; {
		case w == "born" || w == "remembered" || w == "known" || w == "famous":
			return true
		case w == "best" || w == "widely" || w == "perhaps" || w == "most":
			return t[v+2].low == "remembered" || t[v+2].low == "known"
		}
		for k := v + 1; k < len(t) && k <= v+8; k++ {
			if !t[k].cap && t[k].has(cCastNouns|cJobNoun) {
				return true
			}
		}
		return false
	}
	return false
}

// asideEnd skips, at v, an aside between commas that follows a name: an
// age (", 81,") or a description in lower case (", the star of many
// films,"), and returns where the sentence goes on, or v.
func asideEnd(t []token, v int) int {
	if v >= len(t) || t[v].text != "," {
		return v
	}
	for k := v + 1; k < len(t) && k <= v+12; k++ {
		switch {
		case t[k].text == ",":
			if k > v+1 {
				return k + 1
			}
			return v
		case t[k].kind == tWord && t[k].cap && k > v+1 && !t[k-1].cap, t[k].text == "(", t[k].text == ".":
			return v // a title or a name in the aside, or its end: no aside of the name's
		}
	}
	return v
}

// sectionPronouns weighs how the prose under heading i, up to the next
// heading, goes on of what the heading names: each sentence that opens with
// "He", "She", "His" or "Her" counts for a person, each that opens with
// "It", "Its" or "The series" ("the film", "the show", "the drama") for a
// show, and twice one that opens with the heading's name and a show's verb
// ("Cold Orchard follows two sisters", "Cold Orchard stars A"). It returns
// their difference: above 0 a person's section, below 0 a show's.
func (x *extractor) sectionPronouns(i int, name string) int {
	first, _, _ := cutByte(name, ' ')
	n := 0
	for j := i + 1; j < len(x.sents) && j <= i+12; j++ {
		s := &x.sents[j]
		if s.head {
			break
		}
		t := s.toks
		if len(t) < 3 {
			continue
		}
		if t[0].text == first {
			v := 1
			for v < len(t)-1 && v < 5 && t[v].cap {
				v++ // the rest of the name
			}
			switch t[v].low {
			case "follows", "stars", "tells", "centres", "centers", "revolves", "premieres", "airs", "chronicles", "depicts":
				n -= 2
			}
			continue
		}
		switch t[0].low {
		case "he", "she", "his", "her":
			n++
		case "it", "its":
			n--
		case "the":
			switch t[1].low {
			case "series", "film", "show", "drama", "movie", "sitcom", "comedy", "thriller":
				n--
			}
		}
	}
	return n
}
