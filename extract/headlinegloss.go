package extract

// A headline that opens with a title and its translation in brackets, and
// a question headline about a work.

import "strings"

// glossHeadline reads a headline that opens with a title and its
// translation in brackets before a colon, a dash or a headline's verb:
// "Kalbin Yolu (The Road of the Heart): X and Y lead the cast", "Kalbin
// Yolu (The Road of the Heart) adds X". The bracket holds two words or
// more, no number, network, genre noun or place ("(Netflix film)", "(2024)",
// "(Istanbul)"). It returns the title as the headline writes it first, or
// "".
func (x *extractor) glossHeadline() string {
	t, n := x.toks, len(x.toks)
	if !x.s.head || n < 6 {
		return ""
	}
	e := x.titleAt(0, false)
	if e <= 0 || e+3 >= n || t[e].text != "(" || !x.titleStarts(e+1) {
		return ""
	}
	r := e + 1
	for r < n && r < e+14 && t[r].text != ")" {
		if w := &t[r]; w.kind == tNum || w.has(cNetworks|cGenreNouns|cFormatWords) || isSeasonWord(w.low) {
			return "" // "(Netflix film)", "(Season 2)": no translation
		}
		r++
	}
	if r >= n-1 || t[r].text != ")" || r-(e+1) < 2 {
		return ""
	}
	if nx := &t[r+1]; nx.text != ":" && !isDash(nx.text) && !headlineVerbsIDs.has(nx.id) && !nx.has(cCastVerbs) {
		return ""
	}
	title, gloss := unquote(x.span(0, e)), unquote(x.span(e+1, r))
	if x.isNetwork(title) || describes(title) || notTitle(title) || x.personShaped(0, e) && x.startsName(0) || x.knownPerson(title) != "" ||
		x.knownPerson(gloss) != "" || placeWords[strings.ToLower(gloss)] {
		return ""
	}
	return title
}

// questionWords open a headline that asks about a show: "Where was T
// filmed?", "Is T based on a true story?", "How does T end?".
var questionWords = set(`where who what when how why is was does did will`)

// questionCues ask about a work: where it was filmed, what it is based on,
// how it ends, when it comes out, who is in its cast.
var questionCues = set(`filmed shot based end ends ending cast release released out return returning renewed premiere streaming watch real true`)

// questionHeadline reads a headline that asks a question about a title,
// "Where was T filmed?", "Who is in the cast of T?", "How does T end? The
// finale explained": the first title after the question's word, without
// the question's mark, where the question has a cue word of a work
// (questionCues; not "What happened to X?") and the title names no
// person, network or description. It returns the title, or "".
func (x *extractor) questionHeadline() string {
	t, n := x.toks, len(x.toks)
	if !x.s.head || n < 3 || !t[0].cap || !questionWordsIDs.has(t[0].id) {
		return ""
	}
	q, cue := 1, false
	for q < n && t[q].text != "?" {
		cue = cue || questionCuesIDs.has(t[q].id) && !t[q].cap
		q++
	}
	if q == n || !cue {
		return "" // no question about a work: "What happened to X?"
	}
	for k := 1; k < q; k++ {
		if !t[k].cap && !isQuote(t[k].text) || t[k].has(cStopWords) && !isQuote(t[k].text) {
			continue
		}
		e := x.titleAt(k, false)
		if e <= k || x.tok(e).kind == tPoss {
			return ""
		}
		title := strings.TrimSpace(strings.TrimRight(unquote(x.span(k, min(e, q))), "?"))
		if title == "" || x.isNetwork(title) || describes(title) || notTitle(title) || x.personShaped(k, e) && x.startsName(k) || x.knownPerson(title) != "" || placeWords[strings.ToLower(title)] {
			return ""
		}
		return title
	}
	return ""
}
