package extract

// A festival's or a line-up's opening and closing titles: "The festival
// will close with “T.”", "The closing film is “T”", "The opening title will
// be T by X": T is the sentence's show, and "the film" of the sentences
// after it is T, not the line-up's first film.

var openCloseMask = wordMask("open", "opens", "close", "closes", "opening", "closing")

// festivalEndsTitle reads "will open with “T”", "closes with “T”": a
// quoted title right after "with" and a verb of opening or closing. It
// returns the title, or "".
func (x *extractor) festivalEndsTitle() string {
	if !x.sentHasWord(bitWith) || !x.sentHasAnyWord(openCloseMask) {
		return ""
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		switch t[k].low {
		case "open", "opens", "close", "closes":
		default:
			continue
		}
		if t[k].cap || t[k+1].low != "with" || !isQuote(t[k+2].text) {
			continue
		}
		if title := x.quotedTitleAfter(k + 1); title != "" {
			return title
		}
	}
	return ""
}

// kindIsTitle reads a genre noun (or "title") at k in a sentence that opens
// with it, "the" and plain words (no "of", no person's job), and "is" or "will be" and a title after it up
// to the sentence's end or a comma or dash: "The closing film is “T.”",
// "The opening night film is T", "The opening title will be T by X". It
// returns the title, or "".
func (x *extractor) kindIsTitle(k int) string {
	t := x.toks
	if t[k].cap || t[k].low != "title" && !t[k].has(cGenreNouns) {
		return ""
	}
	st := x.introEnd()
	if l := x.tok(st).low; l != "the" && l != "this" && l != "its" && l != "their" {
		return ""
	}
	for m := st + 1; m < k; m++ {
		if t[m].kind != tWord || t[m].cap || t[m].has(cGenreNouns|cStopWords|cJobNoun|cCastNouns) {
			return "" // not "A's new film is T", "The director of the series is X", "At the core of the series is C"
		}
	}
	at := k + 1
	switch {
	case x.tok(at).low == "is":
		at++
	case x.tok(at).low == "will" && x.tok(at+1).low == "be":
		at += 2
	default:
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at {
		return ""
	}
	if a := x.tok(e); !(e >= len(t)-1 || a.text == "," || isDash(a.text) || a.low == "by" || x.closeQuote(e-1)) {
		return ""
	}
	title := unquote(x.span(at, e))
	if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(at, e) && x.startsName(at) {
		return ""
	}
	return title
}
