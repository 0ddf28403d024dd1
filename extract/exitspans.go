package extract

// A performer's time on a show measured before the part: "X is leaving T
// after 12 years as C", "after six years playing C", "X returns to T as
// C": the subject of the clause is the part's player, and the show the
// verb names is the part's.

import "strings"

// yearsAfterSpan reports whether the tokens from i to k are a span of time
// before "as" or a playing verb at k, after "after": "12 years as",
// "nearly a decade playing", "nine years of playing".
func (x *extractor) yearsAfterSpan(i, k int) bool {
	if k >= len(x.toks) || i < 0 {
		return false
	}
	if l := x.toks[k].low; l != "as" && !strings.HasSuffix(l, "ing") {
		return false
	}
	if x.spanOfTime(i, k) {
		return true
	}
	if k-i < 2 || k-i > 4 || !timeNounsIDs.has(x.toks[k-1].id) && x.toks[k-1].low != "decade" {
		return false
	}
	for m := i; m < k-1; m++ {
		if t := &x.toks[m]; t.kind != tNum && !t.has(cNumberWord) && t.low != "a" && t.low != "over" && t.low != "more" && t.low != "than" && t.low != "nearly" && t.low != "almost" {
			return false
		}
	}
	return true
}

// returnsTo reports whether the "to" at q follows a return: "X returns to
// T as C", "is returning to", "comes back to".
func (x *extractor) returnsTo(q int) bool {
	if q < 1 || x.toks[q].low != "to" || x.toks[q].cap {
		return false
	}
	switch x.toks[q-1].low {
	case "return", "returns", "returning", "returned", "back":
		return !x.toks[q-1].cap
	}
	return false
}

// exitNotShow are the words after a verb of leaving that start no show.
var exitNotShow = set(`after amid as for over with in on from following ahead because due before at`)

// exitObject returns where the show starts after a headline's verb of
// leaving or coming back at k, "X quits T", "X to leave T", "X returns to
// T", "X bows out of T", "X written out of T", or -1 where none can.
func (x *extractor) exitObject(k int) int {
	switch x.toks[k].low {
	case "returns", "return":
		if x.tok(k+1).low == "to" {
			return k + 2
		}
	case "bows", "written":
		if x.tok(k+1).low == "out" && x.tok(k+2).low == "of" {
			return k + 3
		}
	default:
		if exitNotShowIDs.has(x.tok(k + 1).id) {
			return -1 // "X Quits After 12 Years", "X Exits Amid Row"
		}
		if x.titleStarts(k+1) || isQuote(x.tok(k+1).text) {
			return k + 1
		}
	}
	return -1
}

// starNewsVerb reports whether the headline's word at k, after "T star",
// is the verb of the star's news: "T star quits", "T star to leave", "T
// Star Confirms Exit", "T actress reveals".
func (x *extractor) starNewsVerb(k int) bool {
	t := x.tok(k)
	if t.kind != tWord {
		return false
	}
	if t.low == "to" && !t.cap {
		t = x.tok(k + 1)
		return exitVerbsIDs.has(t.id) || t.low == "return" || t.low == "join" || t.low == "rejoin"
	}
	return exitVerbsIDs.has(t.id) || headlineVerbsIDs.has(t.id) || t.low == "rejoins" || t.low == "teases" || t.low == "opens" || t.low == "bows"
}

// bodyKindRefs are the words "the soap", "the series" ... that take up, in
// the body, the show a headline named.
var bodyKindRefs = [...]string{" the soap", " the show", " the series", " the drama", " the serial", " the telenovela", " the teleserye", " the sitcom"}

// kindNamedBelow reports whether the body takes up a show by its kind,
// "the soap", "the series": the show "X quits T" names only in the
// headline is the article's.
func (x *extractor) kindNamedBelow() bool {
	body := x.a.Text
	if len(x.sents) > 0 {
		if at := strings.Index(body, x.sents[0].text); at >= 0 {
			body = body[at+len(x.sents[0].text):]
		}
	}
	for _, k := range bodyKindRefs {
		if strings.Contains(body, k) {
			return true
		}
	}
	return false
}

// seenAsNamed reports whether "the", a describing word or two and a
// character's name start at m, after "will be seen as": "the grown-up
// Vihaan", "the older Mira Castell"; not "the frontrunner".
func (x *extractor) seenAsNamed(m int) bool {
	if x.tok(m).low != "the" || x.tok(m).cap {
		return false
	}
	for n := m + 1; n < len(x.toks) && n <= m+3; n++ {
		t := x.tok(n)
		if t.cap && t.kind == tWord {
			return n > m+1 && x.charAt(n) > n
		}
		if t.kind != tWord || t.has(cStopWords) {
			return false
		}
	}
	return false
}

// seasonNamedTitle reports whether the title at..te opens with a date word
// and goes on with a word that is none: "Summer Cove", "Winter Orchard" are
// titles, "Summer 2024" and "May" are not.
func (x *extractor) seasonNamedTitle(at, te int) bool {
	n := x.tok(at + 1)
	return te > at+1 && n.kind == tWord && n.cap && !n.has(cDateWords)
}

// arrivalObject returns, in the first sentence, where the show a newcomer comes to
// starts after "on her way to" or "heading to" at k: "A newcomer is on
// their way to T", "X heading to T"; else -1.
func (x *extractor) arrivalObject(k int) int {
	if x.tok(k+1).low != "to" {
		return -1
	}
	if x.toks[k].low == "way" {
		if l := x.tok(k - 1).low; k < 2 || x.toks[k-2].low != "on" || l != "his" && l != "her" && l != "their" && l != "its" {
			return -1
		}
	}
	if x.titleStarts(k+2) || isQuote(x.tok(k+2).text) {
		return k + 2
	}
	return -1
}
