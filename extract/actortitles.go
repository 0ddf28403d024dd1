package extract

// "Harbour Lane actor X, who played C in the soap": the soap is the title
// before the performer's noun, the show the person is known from, not the
// show the article is about.

// actorTitle is T of "T actor X," (or actress, star) in the sentence: a
// title before a performer's noun in lower case, then a full name and a
// comma; or "".
func (x *extractor) actorTitle() string {
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if w := &t[k]; w.cap || w.low != "actor" && w.low != "actress" && w.low != "star" {
			continue
		}
		ts := x.titleBefore(k)
		pe := x.personAt(k + 1)
		if ts >= k || pe <= k+2 || x.tok(pe).text != "," {
			continue
		}
		title := unquote(x.span(ts, k))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || countryName(title) {
			continue
		}
		return title
	}
	return ""
}

// kindAt reports whether "the" and a kind of show that names one (soap,
// sitcom, telenovela, ...) stand at i with no title after them: "in the
// soap".
func (x *extractor) kindAt(i int) bool {
	if x.tok(i).low != "the" || x.tok(i).cap {
		return false
	}
	g := x.tok(i + 1)
	if g.cap || !g.has(cGenreNouns) || x.titleStarts(i+2) && x.tok(i+2).kind != tNum {
		return false
	}
	n := kindIndex(g.low)
	return n >= 0 && n < namingKinds
}

// appositiveTitleAt reads, at i, a work described in lower case, a comma
// and its quoted title: "last year's winner, “T,”", "the 2019 hit, “T”".
// It returns where the title's quotation opens, or 0.
func (x *extractor) appositiveTitleAt(i int) int {
	m := i
	for m < i+6 && m < len(x.toks) {
		w := x.tok(m)
		if w.kind == tPoss || w.kind == tNum || w.kind == tWord && !w.cap && !w.has(cAuxWords|cPlayVerbs|cCastVerbs) && w.low != "and" && w.low != "who" && w.low != "which" {
			m++
			continue
		}
		break
	}
	if m == i || x.tok(m).text != "," || !isQuote(x.tok(m+1).text) || !x.titleStarts(m+1) {
		return 0
	}
	return m + 1
}

// leftWords say that someone left a show, before "to join the cast of T".
var leftWords = set(`left quit exited departed`)

// leftWordBits are the bits of leftWords (mayHold).
var leftWordBits = setMask(leftWords)

// formerWords describe a performer before the title of earlier work:
// "Former Home and Away star X".
var formerWords = set(`former ex veteran one-time onetime legendary long-time longtime long-serving longstanding long-standing`)

// formerWordBits are the bits of formerWords (mayHold).
var formerWordBits = setMask(formerWords)

// joinedTitleBefore is where the title that ends at j starts, read as one
// title where titlesBefore joins two one-word halves ("Home and Away
// star X"); j when no title ends there.
func (x *extractor) joinedTitleBefore(j int) int {
	ts := x.titleBefore(j)
	if ts < j && ts >= 2 && (x.tok(ts-1).low == "and" || x.tok(ts-1).text == "&") && j-ts == 1 {
		if tl := x.titlesBefore(j); len(tl) == 1 && tl[0] == x.span(ts-2, j) {
			return ts - 2
		}
	}
	return ts
}

// titleStarOpener is where the name starts in a sentence that opens, at
// st, with a title of the person's and a performer's noun: "Former Home
// and Away star X has joined", "Glee actress Y will play" (where the
// article credits Glee). It returns st where no such title opens the
// sentence.
func (x *extractor) titleStarOpener(st int) int {
	m := st
	if t := x.tok(m); formerWordsIDs.has(t.id) {
		m++
	}
	if !x.titleStarts(m) {
		return st
	}
	for k := m + 1; k < m+7 && k < len(x.toks); k++ {
		w := x.tok(k)
		if w.kind == tPunct && !isQuote(w.text) {
			return st
		}
		if w.cap || !titleStarNounWords.mayHold(w) || !titleStarNounsIDs.has(w.id) {
			continue
		}
		if jt := x.joinedTitleBefore(k); (jt == m || m > st && jt == st) && x.personAt(k+1) > k+1 && (m > st || x.isShow(x.span(m, k))) { // "Former T star" read as one title too
			return k + 1 // after "Former", or a title the article credits
		}
		return st
	}
	return st
}
