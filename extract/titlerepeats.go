package extract

// A title in sentence case read short: the article's show read as its
// capitalized first words ("Nous" of "Le tournage de Nous sommes seuls a
// démarré") where every time the article names it, the same lower-case
// words follow ("Nous sommes seuls en cours", "Nous sommes seuls devrait
// arriver"): those words are the title's own.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tailStops are the classes of a lower-case word that no title in
// sentence case carries after its first words: news copy's verbs and nouns
// ("T cast", "T is", "T stars", "T series", "T on Friday").
const tailStops = cNetworks | cGenreNouns | cSourceNouns | cFormatWords | cStageWords | cCastVerbs | cAuxWords | cListTriggers | cCastNouns |
	cJoinNouns | cReturnWords | cScriptWords | cPlayVerbs | cJobNoun | cJobVerb | cWriteVerb | cDateWords | cSays | cCastCue | cShowWord | cFameVerb

// newsTailVerbs are English verbs of news copy that follow a show's title
// at a sentence's end ("The series titled T arrives."), as genreTitleStops
// are of other languages.
var newsTailVerbs = set(`arrives premieres returns debuts begins starts launches airs streams drops lands continues ends`)

// tailNouns name a part of a show, which follows its title: "T season 2",
// "T episode 4".
var tailNouns = set(`season seasons episode episodes part finale premiere trailer teaser poster recap review`)

// repeatedTailFull returns title and the one to four lower-case words
// that follow it every time the article names it, at least three times,
// with other words after them in two of the namings, or "".
// The words are none of news copy's (tailStops, stop words other than a
// title's glue, adverbs that end a title in sentence case), and the title
// does not end on glue ("Nous sommes seuls", not "Harbor cast").
func (x *extractor) repeatedTailFull(title string) string {
	text := x.a.Text
	if title == "" || len(title) > 60 {
		return ""
	}
	var tail [4]string
	n := -1 // words of tail shared by every naming so far; -1 before the first
	times := 0
	var rests [4]string // the text after each of the first namings' words
	diverge := false    // two namings go on differently after the shared words
	for i := range indexes(text, title) {
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isAlnumUnicode(r) {
				continue // inside a longer word
			}
		}
		rest := text[i+len(title):]
		if rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); isAlnumUnicode(r) {
				continue // a longer word
			}
		}
		k := 0
		for k < 4 && (n < 0 || k < n) {
			w, after, ok := lowerWordAfter(rest)
			if !ok || n >= 0 && w != tail[k] {
				break
			}
			if n < 0 {
				if c := wordClasses.get(w); c&tailStops != 0 || c&cStopWords != 0 && c&cTitleGlue == 0 || sentenceCaseStops[w] || tailNouns[w] || foreignNouns[w] != "" {
					break
				}
				tail[k] = w
			}
			rest = after
			k++
		}
		if k == 0 {
			return "" // named once without the words
		}
		if n >= 0 && k < n {
			diverge = true // the words end sooner here: the namings part after them
		}
		n = k
		if times < len(rests) {
			rests[times] = rest
		}
		times++
	}
	if times < 3 {
		return "" // named fewer than three times (or never where it stands alone)
	}
	for _, r := range rests[1:min(times, len(rests))] {
		if !diverge && nextSign(r) != nextSign(rests[0]) {
			diverge = true // "T en cours", "T a démarré": not a headline repeated in the lead
		}
	}
	for n > 0 && wordClasses.get(tail[n-1])&cTitleGlue != 0 {
		n-- // "T de" before a place: glue ends no title
	}
	if n <= 0 || !diverge {
		return ""
	}
	return title + " " + strings.Join(tail[:n], " ")
}

// lowerWordAfter reads, after one space at the start of s, a word of
// lower-case letters (inner apostrophes and hyphens kept), and returns it
// and the text after it.
func lowerWordAfter(s string) (w, rest string, ok bool) {
	if len(s) < 2 || s[0] != ' ' {
		return "", s, false
	}
	r, _ := utf8.DecodeRuneInString(s[1:])
	if !unicode.IsLower(r) {
		return "", s, false
	}
	e := 1
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		if unicode.IsLetter(r) || (r == '-' || r == '\'' || r == '’') && e+size < len(s) && isLetterAt(s[e+size:]) {
			e += size
			continue
		}
		break
	}
	return s[1:e], s[e:], true
}

// isLetterAt reports whether s opens with a letter.
func isLetterAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// titledEnd extends a title after "titled" that ends at e across a comma
// when the sentence ends after the next capitalized run: "tentatively
// titled Main Aaoonga UP, Bihar Lootne."
func (x *extractor) titledEnd(e int) int {
	if e2 := x.lowerTitleTail(e); e2 > e {
		return e2 // "titled Velkaro no Hoshi kara kite (A star far away)"
	}
	if x.tok(e).text != "," || !x.titleStarts(e+1) {
		return e
	}
	if e2 := x.titleAt(e+1, false); e2 > e+1 && (e2 == len(x.toks) || x.tok(e2).text == "." && e2 == len(x.toks)-1) {
		return e2
	}
	return e
}

// lowerTitleTail returns the end of the one to three lower-case words at
// e that end an unquoted title in sentence case before a bracket or the
// sentence's end, or e: "titled Velkaro no Hoshi kara kite (A star far
// away)". The words are none of news copy's (tailStops,
// stop words other than glue) and the last is no glue.
func (x *extractor) lowerTitleTail(e int) int {
	if x.tok(e-1).kind != tWord {
		return e // a quoted title ends at its mark
	}
	m := e
	for ; m < e+4; m++ {
		w := x.tok(m)
		if w.kind != tWord || w.cap || w.has(tailStops) || w.has(cStopWords) && !w.has(cTitleGlue) || sentenceCaseStopsIDs.has(w.id) || !hasLetter(w.text) || genreTitleStopsIDs.has(w.id) || newsTailVerbsIDs.has(w.id) {
			break // "titled T arrives.", "intitolata T arriva.": a verb of news copy, no part of the title
		}
	}
	if m == e || m == e+4 || x.tok(m-1).has(cTitleGlue) {
		return e
	}
	if end := x.tok(m); end.text != "(" && !(end.text == "." && m == len(x.toks)-1) && m != len(x.toks) {
		return e
	}
	return m
}

// nextSign is what opens s after a title's words: a lower-case word, "A"
// for a capitalized one, or "" for a mark or the text's end.
func nextSign(s string) string {
	if w, _, ok := lowerWordAfter(s); ok {
		return w
	}
	if len(s) > 1 && s[0] == ' ' {
		if r, _ := utf8.DecodeRuneInString(s[1:]); unicode.IsUpper(r) {
			return "A"
		}
	}
	return ""
}
