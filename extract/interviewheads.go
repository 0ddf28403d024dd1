package extract

// An interview's headline: the person interviewed, "on", and the title
// they talk about, after an optional quotation of their words and a colon:
// "“I wanted the heat to be a character”: Ada Obi on Dry Orchard",
// "Director Ada Obi on ‘Dry Orchard’ and her next film", "‘Quote’: Ada Obi
// on the making of ‘Dry Orchard’" (lower-case words before a quoted title).

import "strings"

// interviewHeadline reads the headline as an interview's and returns the
// title the person talks about, when the article names it again, or "".
func (x *extractor) interviewHeadline() string {
	t := x.toks
	n := len(t)
	st := 0
	if st < n && isQuote(t[st].text) {
		// past the quotation and its colon
		for st++; st < n && !x.closeQuote(st); st++ {
		}
		if st+2 >= n || t[st+1].text != ":" {
			return ""
		}
		st += 2
	}
	if st+2 < n && t[st+1].text == ":" && interviewLabelsIDs.has(t[st].id) {
		st += 2 // "Interview: Ada Obi on Dry Orchard"
	}
	for st < n && t[st].has(cJobNoun) && !t[st].has(cStopWords) {
		st++ // "Director Ada Obi on"
	}
	if !x.sentHasWord(bitOnWord) {
		return "" // no "on" after the name
	}
	pe := x.personAt(st)
	if pe <= st+1 || pe+1 >= n || t[pe].low != "on" || t[pe].cap || !x.personShaped(st, pe) {
		return ""
	}
	at := pe + 1
	for at < n && at < pe+7 && t[at].kind == tWord && !t[at].cap {
		at++ // "X on the making of ‘T’", "X on playing a villain in ‘T’"
	}
	if at > pe+1 && (at >= n || !isQuote(t[at].text)) {
		return ""
	}
	e := x.titleAt(at, false)
	if e <= at {
		return ""
	}
	title := unquote(x.span(at, e))
	if title == "" || x.refusedTitle(title, at, e) ||
		strings.Count(x.a.Text, title) < 2 && !kindRefAfter(x.a.Text, len(x.sents[0].text)) {
		return ""
	}
	return title
}

// interviewLabels open an interview's headline before a colon.
var interviewLabels = set(`interview exclusive q&a`)

// kindRefAfter reports whether the text past its first n bytes speaks of
// a work by its kind alone, "the film", "the series", "the show": of the
// one title its headline names.
func kindRefAfter(text string, n int) bool {
	if n > len(text) {
		return false
	}
	rest := strings.ToLower(text[n:])
	for _, r := range [...]string{"the film", "the series", "the show", "the drama", "the movie"} {
		if i := strings.Index(rest, r); i >= 0 && (i+len(r) == len(rest) || !isLetterByte(rest[i+len(r)])) {
			return true
		}
	}
	return false
}
