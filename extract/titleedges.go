package extract

import "strings"

// Where a title ends: a maker's possessive after "from" or "to", a comma inside
// one quoted title in a bracket, a possessive inside a line's title.

// makerAfterGlue reports whether the glue word "from" at j is followed by
// a run of capitals that ends in a possessive: "original drama Adulting
// from South Africa’s Tshedza Pictures". The possessive names where the
// show comes from, a maker or a company, not the rest of its title, so the
// title ends before "from". ("Attack on Titan’s Conny Springer" is a
// title's possessive: only "from" is read so.) "to" is read so before a
// person's possessive: "from X's drama T1 to Y's thriller T2".
func (x *extractor) makerAfterGlue(j int) bool {
	t := x.toks
	if t[j].low != "from" && t[j].low != "to" {
		return false
	}
	m := j + 1
	for m < len(t) && m < j+5 && t[m].cap && t[m].kind == tWord {
		m++
	}
	if t[j].low == "to" {
		// "from X's drama T1 to Y's thriller T2": a range of makers'
		// titles; the next maker's possessive ends the title
		return m < len(t) && t[m].kind == tPoss && x.personShaped(j+1, m) && x.startsName(j+1)
	}
	if m > j+1 && m+1 < len(t) && t[m].kind == tWord && !t[m].cap && jobNounsIDs.get(t[m].id) != "" && t[m+1].cap {
		return true // "the comedy T from The Office creator X": a maker's earlier title, then the maker
	}
	return m > j+1 && m < len(t) && t[m].kind == tPoss
}

// commaInQuotedTitle reports whether the comma at k of a bracket part that
// starts at start (the bracket closing at j) is inside one quoted title:
// the part opens with a quote, no quote closes before k or right after it,
// and one closes before j: (“4 Months, 3 Weeks and 2 Days”), where
// (in “Demon Slayer,” Makoto in “Free!”) closes its quote after the comma.
func (x *extractor) commaInQuotedTitle(start, k, j int) bool {
	o := start
	if o < k && x.toks[o].low == "and" {
		o++
	}
	if o >= k || x.toks[o].text != "“" && x.toks[o].text != "\"" {
		return false
	}
	if x.toks[k+1].text == "“" && !x.closeQuote(k+1) {
		return false // (“T1,” “T2, “T3”): a title whose closing mark is missing ends at the comma before the next opening one
	}
	for q := o + 1; q <= k+1 && q < j; q++ {
		if x.closeQuote(q) {
			return false
		}
	}
	for q := k + 2; q < j; q++ {
		if x.closeQuote(q) {
			return q+1 == j || x.toks[q+1].text == "," || x.toks[q+1].text == ";"
		}
	}
	return false
}

// loneArticle reports whether a title is an article alone, "The" or "A":
// the first word of a sentence ("The drama stars X"), no title.
func loneArticle(title string) bool {
	if len(title) > 3 && plainEnds(title) {
		return false // nothing to trim, and longer than any article
	}
	t := strings.TrimSpace(title)
	if len(t) > 3 && isASCII(t) {
		return false // lower-casing keeps its length: no article
	}
	var buf [8]byte
	switch string(lowerInto(buf[:0], t)) {
	case "the", "a", "an":
		return true
	case "un", "una", "uno", "une", "la", "le", "les", "los", "las", "il", "lo", "gli", "der", "die", "das", "den", "een", "het", "um", "uma", "os", "ein":
		return true // "ha recitato in Un posto al sole" read as "Un": an article of another language alone
	}
	return false
}

// execDepartments follow a capitalized job noun in an executive's title:
// "Director Development & Production X", "Director Programming X".
var execDepartments = set(`development production programming content marketing casting acquisitions operations communications
	publicity distribution strategy business`)

// membersOfCast is the title T of "of the T cast" at k ("Fishman was one
// of the original members of the Roseanne cast, portraying son C"), or "".
func (x *extractor) membersOfCast(k int) string {
	if x.toks[k].low != "of" || x.tok(k+1).low != "the" || !x.titleStarts(k+2) {
		return ""
	}
	e := x.titleAt(k+2, false)
	if e <= k+2 || x.tok(e).low != "cast" || x.tok(e).cap || x.tok(e+1).kind == tWord && !x.tok(e+1).cap && x.tok(e+1).low != "and" {
		return "" // not "of the Roseanne cast members"
	}
	ti := unquote(x.span(k+2, e))
	if x.isNetwork(ti) || describes(ti) || castQualifiersIDs.has(x.toks[e-1].id) || x.knownPerson(ti) != "" {
		return ""
	}
	return ti
}

// andInsideTitle reports whether "A and B", one word each from k to e2 with
// the "and" at e, is one title because the list goes on past it: a list
// joins its last item with "and", so in "Parks and Recreation and Brooklyn
// Nine-Nine", "Swallows and Amazons and several episodes of T" or "Law and
// Order, Fargo and Lost" the first "and" is the title's own.
func (x *extractor) andInsideTitle(k, e, e2 int) bool {
	if e != k+1 || e2 != e+2 || isQuote(x.tok(k).text) {
		return false
	}
	switch n := x.tok(e2); {
	case n.low == "and" && !n.cap:
		// another item after it, not a clause: "and won an Emmy"
		m := x.tok(e2 + 1)
		return x.titleStarts(e2+1) || m.kind == tNum || !m.cap && (m.low == "several" || m.low == "many" || m.low == "the" || m.low == "a" || m.low == "an" || m.has(cNumberWord))
	case n.text == ",":
		// "A and B, C and D": the list's own "and" comes later
		if !x.titleStarts(e2 + 1) {
			return false
		}
		for m := e2 + 2; m < len(x.toks) && m < e2+14; m++ {
			if t := &x.toks[m]; t.low == "and" && !t.cap {
				return x.titleStarts(m + 1)
			} else if t.kind == tPunct && t.text != "," && t.text != ":" && t.text != "-" && !isQuote(t.text) {
				return false
			}
		}
	}
	return false
}

// groupNouns after a quoted name make it a band or a troupe, no title:
// "“Gekidan EXILE” member Sato Kanta".
var groupNouns = set(`member members leader vocalist frontman frontwoman rapper bandmate bandmates`)

// possNoQuote reports whether the token at k, which may close a quotation,
// is a plural possessive with no opening quote before it in start..k: the
// bracket part "(Veep, Bridget Jones’ Diary)" goes on past it.
func (x *extractor) possNoQuote(start, k int) bool {
	if x.toks[k].kind != tPoss {
		return false
	}
	for m := start; m < k; m++ {
		if o := x.toks[m].text; o == "‘" || o == "'" || o == "“" || o == "\"" {
			return false
		}
	}
	return true
}

// otherPlainBracket reports whether the sentence has a bracket other than
// the one opening before i that lists plain titles: "A (Pushing Daisies,
// Marcella), B (Colin from Accounts)" gives earlier work, where "C from T"
// would be a character and its show.
func (x *extractor) otherPlainBracket(i int) bool {
	for a := 0; a < len(x.toks); a++ {
		if x.toks[a].text != "(" || a == i-1 {
			continue
		}
		for b := a + 1; b < len(x.toks) && b < a+40; b++ {
			if x.toks[b].text == ")" {
				if x.plainTitlePart(a+1, b) {
					return true
				}
				break
			}
		}
	}
	return false
}

// possInLine extends a line's title that ends at e before a possessive
// across it, when the title then runs to the line's bracket, dash, comma
// or end: "Last Call at Ruby's (Hulu, Friday)". A network's or a person's
// possessive ("Netflix's T", "Ana Lee's T") is no part of the title. It
// returns the title's end.
func (x *extractor) possInLine(e, n int) int {
	t := x.toks
	if e <= 1 || e >= n || t[e].kind != tPoss || t[e].start != t[e-1].end {
		return e
	}
	if x.isNetwork(x.span(0, e)) || x.personShaped(0, e) && x.startsName(0) || x.knownPerson(x.span(0, e)) != "" {
		return e
	}
	e2 := e + 1
	if e2 < n && (t[e2].cap && t[e2].kind == tWord || t[e2].kind == tNum) {
		e2 = x.titleAt(e2, false)
	}
	if e2 == n || t[e2].text == "(" || isDash(t[e2].text) || t[e2].text == "," {
		return e2
	}
	return e
}

// tooAfterComma reports whether the comma at k of a bracket closing at j
// stands before "Too" and the part's end: "(I'm a Mother, Too, and T2)",
// where "Too" is no title of its own but the end of the one before.
func (x *extractor) tooAfterComma(k, j int) bool {
	w := x.tok(k + 1)
	if w.low != "too" || !w.cap || k+2 > j {
		return false
	}
	n := x.tok(k + 2)
	return k+2 == j || n.text == "," || n.low == "and" || n.text == ";"
}

// glueEnds reports whether the glue word at j ends a title rather than
// joining two of its words: "T on Tuesday", "T in March", "T on Netflix".
func (x *extractor) glueEnds(j int) bool {
	switch x.toks[j].low {
	case "on", "in", "at", "from", "for", "to", "with", "con":
	case "de", "du", "sur", "en", "su", "di", "da", "do", "del", "auf", "op", "na":
		// "la série T de TF1", "T sur M6", "T auf Netflix": a network after
		// the glue of another language carries the show
		next := &x.toks[j+1]
		return next.has(cNetworks) && !next.has(cGenreNouns) && (j+2 == len(x.toks) || !x.toks[j+2].cap)
	default:
		return false
	}
	if x.showEndsAt(j) {
		return true // "the series Tides of Home in Cork", the article's show Tides of Home
	}
	next := &x.toks[j+1]
	if next.cap && (next.low == "the" || next.low == "a" || next.low == "an") {
		return true // "filming in Croatia on The Ipcress File"
	}
	if next.kind == tNum && len(next.text) == 4 && (next.text[:2] == "19" || next.text[:2] == "20") && (j+2 == len(x.toks) || !x.toks[j+2].cap) {
		return true // "He played Duke in The Red Tower in 1985": a year after the title
	}
	if w := x.toks[j].low; w == "con" {
		// "la serie T con A B y C D", "al T con A B protagonista": "with" in
		// Spanish and Italian before a full name ends the title
		pe := x.personAt(j + 1)
		return pe >= j+3 && x.personShaped(j+1, pe) && x.startsName(j+1)
	}
	if pe := x.personAt(j + 1); x.toks[j].low == "with" && pe >= j+3 && x.personShaped(j+1, pe) && (x.startsName(j+1) || (pe == len(x.toks) || x.toks[pe].kind == tPunct && x.toks[pe].kind != tPoss) && x.coMakerVerb(j) >= 0) {
		return true // "co-created Red Sky with Mia Lee": a partner, no part of the title; "co-wrote T with Rafferty Bowe."
	}
	if x.toks[j].low == "from" && next.cap && x.startsName(j+1) {
		if pe := x.personAt(j + 1); pe >= j+3 && x.personShaped(j+1, pe) && (pe == len(x.toks) || x.toks[pe].kind == tPunct && x.toks[pe].kind != tPoss || !x.toks[pe].cap) {
			return true // "Wavo Orders Comedy T From Ana Selo": the maker after "from", no part of the title
		}
	}
	if placeWordsIDs.has(next.id) || next.cap && j+2 < len(x.toks) && placeWordsIDs.has(x.toks[j+2].id) && (next.low == "los" || next.low == "las" || next.low == "san" || next.low == "new") ||
		next.low == "the" && !next.cap && j+2 < len(x.toks) && placeWordsIDs.has(x.toks[j+2].id) && (j+3 == len(x.toks) || !x.toks[j+3].cap) { // "Bell Bottom in the UK"
		return !x.placeTitle(j) && !x.placeInListItem(j) // "selling the series Vikingane in Los Angeles", not "Love in Seoul" named so again and again
	}
	if x.makerAfterGlue(j) {
		return true // "drama Adulting from South Africa’s Tshedza Pictures"
	}
	if x.partnerBeforeGlue(j) {
		return true // "stars opposite Tom Hanks in Night Ward": a co-star, then the title
	}
	return next.has(cDateWords) || next.has(cNetworks) && !next.has(cGenreNouns)
}

// placeInListItem reports whether the place after the glue word at j ends
// an item of a list of titles: the capitalised words before the glue open
// after a comma that follows another item, or after a network's
// possessive, and a comma, "and" or the sentence's end comes right after
// the place ("T1, Osuofia in London, and T2", "FOX's LA to Vegas."): the
// place is the title's.
func (x *extractor) placeInListItem(j int) bool {
	t := x.toks
	st := j
	for st > 0 && st > j-6 && (t[st-1].cap || t[st-1].kind == tNum) && t[st-1].kind == tWord {
		st--
	}
	e := j + 2
	if l := t[j+1].low; (l == "the" || l == "los" || l == "las" || l == "san" || l == "new") && e < len(t) && placeWordsIDs.has(t[e].id) {
		e++ // "in the UK", "to Los Angeles"
	}
	if st == j || st < 2 || e > len(t) {
		return false
	}
	if e < len(t) && t[e].text != "," && t[e].low != "and" && !(t[e].text == "." && e == len(t)-1) {
		return false
	}
	p := &t[st-1]
	if p.kind == tPoss {
		return t[st-2].has(cNetworks) // "FOX's LA to Vegas"
	}
	return p.text == "," && (t[st-2].cap && t[st-2].kind == tWord || t[st-2].kind == tNum || x.closeQuote(st-2)) // "T1, Osuofia in London, and"
}

// showLike reports whether the tokens i..j read as a title rather than a
// name: digits, a colon, glue words, a leading article, four or more words,
// a season, an acronym.
func (x *extractor) showLike(i, j int) bool {
	if j-i >= 4 {
		return true
	}
	for k := i; k < j; k++ {
		t := &x.toks[k]
		switch {
		case t.kind == tNum:
			return true
		case t.kind == tPunct && strings.Contains(":!?&", t.text):
			return true
		case t.kind == tWord && !t.cap:
			return true
		case k == i && (t.low == "the" || t.low == "a" || t.low == "an"):
			return true
		case t.low == "season" || t.low == "seasons" || t.low == "series" || t.low == "part":
			return true
		case len(t.text) >= 3 && isUpperCase(t.text) && !isInitials(t.text):
			return true
		}
	}
	return false
}
