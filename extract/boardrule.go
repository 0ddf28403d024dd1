package extract

// boardWords are the words boardRule reads at.
var boardWords = wordMask("board", "aboard")

// boardRule: "X has come on board for Y's T", "X is on board for T", "X
// climbed aboard T": X works on T, on screen or off it as the article says
// ("on board to direct" is crew, read by the list rules).
func (x *extractor) boardRule() {
	if !x.sentHas(cCrewWorkCue) || !x.sentHasAnyWord(boardWords) {
		return // no token it reads ("board" and "aboard" share a class with "in" and "on")
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		v := k // where the phrase starts: "on" of "on board", or "aboard"
		switch {
		case t[k].low == "board" && t[k-1].low == "on" && !t[k].cap:
			v = k - 1
		case t[k].low == "aboard" && !t[k].cap:
		default:
			continue
		}
		at := k + 1
		if t[k].low == "aboard" && x.titleStarts(at) {
			// "climbed aboard T"
		} else if x.tok(at).low == "for" {
			at++
		} else {
			continue
		}
		at = x.skipOwner(at)
		if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss && x.titleStarts(pe+1) {
			at = pe + 1 // "for Aditya Dhar's Dhurandhar": the maker's title (possRule credits the maker)
		}
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(at, e) && x.startsName(at) {
			continue
		}
		if n := x.tok(e); n.kind == tWord && !n.cap && !isQuote(x.tok(e-1).text) && !n.has(cStopWords|cAuxWords|cClauseVerbs) {
			continue // "a sailor aboard U.S. Navy destroyers": the capitals name the noun after them, no title
		}
		for _, s := range x.subjectsBefore(v, 0) {
			x.add("", s, ti, "", "")
		}
	}
}
