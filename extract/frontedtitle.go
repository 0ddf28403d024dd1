package extract

// A slate or list story's sentence that puts a place in the list first and
// its title after the verb: "Leading the list is “T,” which reunites A and
// B", "Rounding out the slate is T, starring C", "Another fascinating show
// is “T”, which will air in 2023"; in the Romance languages, "Outra estreia
// é de “T”", "Otro estreno es “T”", "Autre nouveauté est « T »", so that
// "No elenco do filme estão A e B" after it is T's cast.

// frontedOpeners open such a sentence besides an -ing verb ("Leading",
// "Topping", "Rounding out").
var frontedOpeners = set(`also next first last then finally among another one outra outro otra otro autre altra altro`)

// frontedVerbs are the copulas after the fronted phrase: "is", and
// Portuguese "é", Spanish "es", French "est", Italian "è".
var frontedVerbs = set(`is é es est è`)

// frontedVerbWords are the bits of frontedVerbs (sentHasAnyWord).
var frontedVerbWords = wordMask("is", "é", "es", "est", "è")

// frontedOpenerWords are the bits of frontedOpeners (mayHold).
var frontedOpenerWords = setMask(frontedOpeners)

// frontedTitle reads a sentence whose subject, a title in quotes, comes
// after "is" and a fronted phrase of plain words: "Leading the
// list is “Hiram na Pangarap,” which ...". It returns the title, or "".
func (x *extractor) frontedTitle() string {
	if !x.sentHasAnyWord(frontedVerbWords) {
		return "" // no "is", "é", "es", "est", "è"
	}
	st := x.introEnd()
	f := x.tok(st)
	if !f.cap || f.kind != tWord || !(frontedOpenersIDs.has(f.id)) && !(len(f.low) > 4 && f.low[len(f.low)-3:] == "ing") {
		return ""
	}
	for k := st + 1; k < len(x.toks)-2 && k < st+9; k++ {
		w := x.tok(k)
		if w.kind != tWord || w.cap && !w.has(cStopWords|cDateWords) {
			return "" // a name or a title before the verb: the subject is there; not "Premiering in March is “T”"
		}
		if !frontedVerbs[w.low] {
			continue
		}
		if x.tok(k+1).low == "de" && isQuote(x.tok(k+2).text) {
			k++ // "Outra estreia é de “T”": Portuguese puts "de" before the title
		}
		if !isQuote(x.tok(k + 1).text) {
			return ""
		}
		e := x.titleAt(k+1, false)
		if e <= k+2 || !x.closeQuote(e-1) {
			return ""
		}
		if a := x.tok(e); !(e == len(x.toks) || a.kind == tPunct || a.low == "which" || a.low == "starring" || a.low == "with" || x.tok(e-2).text == ",") { // “T,” a drama about
			return ""
		}
		title := unquote(x.span(k+1, e))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(k+2, e-1) && x.startsName(k+2) {
			return ""
		}
		return title
	}
	return ""
}

var bitVia = wordBit("via")

// viaWords, a few words before "via", say that a person comes to a show
// through it: "returns to primetime via “T”", "makes her comeback via T".
var viaWords = set(`returns return returning returned comeback debut primetime topbills topbill topbilling back stars star starring`)

// viaTitle reads the show a Philippine outlet's sentence names after "via":
// "X, meanwhile, returns to primetime via “T,” opposite Y, under the
// direction of Z". It returns the title, quoted, or "".
func (x *extractor) viaTitle() string {
	if !x.sentHasWord(bitVia) {
		return ""
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if t[k].low != "via" || t[k].cap || !isQuote(t[k+1].text) {
			continue
		}
		cue := false
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			cue = cue || viaWordsIDs.has(t[m].id) && !t[m].cap
		}
		if !cue {
			continue
		}
		if title := x.quotedTitleAfter(k); title != "" {
			return title
		}
	}
	return ""
}

var airMask = wordMask("air", "airs", "launch", "launches")

// airedTitle reads the show a network's sentence will air, quoted after
// the verb: "For the afternoon block, the network will air “T,” a remake
// of the 1998 hit." It returns the title, or "".
func (x *extractor) airedTitle() string {
	if !x.sentHasAnyWord(airMask) {
		return ""
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		switch t[k].low {
		case "air", "launch":
			if w := t[k-1].low; w == "also" || w == "soon" {
				w = x.tok(k - 2).low // "will also air “T”"
				if w != "will" && w != "to" {
					continue
				}
			} else if w != "will" && w != "to" {
				continue
			}
		case "airs", "launches":
		default:
			continue
		}
		if t[k].cap || !isQuote(t[k+1].text) {
			continue
		}
		if title := x.quotedTitleAfter(k); title != "" {
			return title
		}
	}
	return ""
}

// quotedTitleAfter is the quoted title that opens at k+1 ("“T,” a remake"),
// when it names no network nor person; else "".
func (x *extractor) quotedTitleAfter(k int) string {
	e := x.titleAt(k+1, false)
	if e <= k+2 || !x.closeQuote(e-1) {
		return ""
	}
	if title := unquote(x.span(k+1, e)); title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" {
		return title
	}
	return ""
}

var bitStart = wordBit("start")

// startWithTitle reads a roundup entry that opens by saying where the list
// starts: "Let's start off with “T”.", "We start with “T”", "Let us start
// with ‘T’, which ...": the quoted title is the sentence's show, and the
// sentences after it ("It's directed by X") speak of it. It returns the
// title, or "".
func (x *extractor) startWithTitle() string {
	if !x.sentHasWord(bitStart) {
		return ""
	}
	t := x.toks
	for k := 1; k < len(t)-2 && k <= 3; k++ {
		if t[k].low != "start" || t[k].cap {
			continue
		}
		if !(t[0].low == "let" || t[0].low == "we" || t[0].low == "we'll" || t[0].low == "i'll") {
			return "" // "Let's", "Let us", "We", "We'll": the writer starts the list
		}
		w := k + 1
		if x.tok(w).low == "off" {
			w++
		}
		if x.tok(w).low != "with" || !isQuote(x.tok(w+1).text) {
			return ""
		}
		e := x.titleAt(w+1, false)
		if e <= w+2 || !x.closeQuote(e-1) {
			return ""
		}
		if a := x.tok(e); !(e == len(t) || a.kind == tPunct || a.low == "which") {
			return ""
		}
		return x.quotedTitleAfter(w)
	}
	return ""
}
