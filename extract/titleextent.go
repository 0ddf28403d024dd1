package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a title ends, as the article settles it: a title in title case
// runs over small words in lower case ("and the", "of", "in the") between
// capitalized ones where the article writes the longer form as one run
// again ("The Wren and the Heron is one of the winter's films", "her
// debut in The Wren and the Heron.").

// settledEnd returns where the title read from i to e ends when the
// article settles a longer form of it: the small words in lower case at e
// (one to three) and the capitalized words after them, up to three such
// runs, are written with the title as one run at least twice in the
// article (runCount). The words after the small ones name no network or
// date ("T on Netflix", "T in March"). Where the shorter title is written
// without the rest too, they name no person or place either, and the
// small words are more than one preposition ("T in London", "T with Ana
// Selo" end a title written alone elsewhere); "and" alone is no title's
// ("Fargo and Lost" written twice are two). The longest such form is
// taken; else e. "Ana Selo and the Cold War" written once is no title.
func (x *extractor) settledEnd(i, e int) int {
	t := x.toks
	n := len(t)
	if e <= i || e+1 >= n || isQuote(t[i].text) || t[e].kind != tWord || t[e].cap || !(t[e].has(cTitleGlue) || conjWord(&t[e])) {
		return e
	}
	if l := &t[e-1]; !(l.kind == tWord && l.cap || l.kind == tNum) {
		return e // a title that ends on its own capitalized word or number
	}
	short := x.wordCount(x.span(i, e))
	if short < 2 {
		return e // the title itself written once: nothing repeats
	}
	best, k := e, e
	for run := 0; run < 3 && k < n; run++ {
		g := k
		for k < n && k-g < 3 && t[k].kind == tWord && !t[k].cap && (t[k].has(cTitleGlue) || conjWord(&t[k])) {
			k++
		}
		if k == g || k >= n || k == g+1 && conjWord(&t[g]) {
			break // no small words, or "and" alone: "T1 and T2", as often as one title
		}
		c := k
		for k < n && k-c < 4 && (t[k].kind == tWord && t[k].cap && !isQuote(t[k].text) || k > c && t[k].kind == tNum) {
			k++
		}
		if k == c || x.barredAfterGlue(c, k) {
			break
		}
		if k < n && t[k].kind == tWord && t[k].cap {
			break // more capitalized words than a title's run here
		}
		whole := x.runCount(i, k)
		if whole < 2 {
			continue // a longer form may be the one written twice
		}
		if whole < short && (k-g == 1 && t[g].low != "of" || x.namedAfterGlue(c, k)) {
			break
		}
		best = k
	}
	return best
}

// runCount counts the times the article writes the tokens i..k as one
// run: as the sentence writes them, and with their words in lower case
// capitalized, as a title-case headline writes them ("The Wren And The
// Heron").
func (x *extractor) runCount(i, k int) int {
	s := x.span(i, k)
	n := x.wordCount(s)
	var b strings.Builder
	at := int(x.toks[i].start)
	lower := false
	for m := i; m < k; m++ {
		w := &x.toks[m]
		if w.kind != tWord || w.cap || w.text == "" || w.text[0] < 'a' || w.text[0] > 'z' {
			continue
		}
		b.WriteString(x.s.text[at:w.start])
		b.WriteByte(w.text[0] - 'a' + 'A')
		at = int(w.start) + 1
		lower = true
	}
	if !lower {
		return n
	}
	b.WriteString(x.s.text[at:x.toks[k-1].end])
	return n + x.wordCount(b.String())
}

// barredAfterGlue reports whether the capitalized words c..k after a
// title's small words name a network or a date: "T on Netflix", "T in
// March" written twice are still T.
func (x *extractor) barredAfterGlue(c, k int) bool {
	t := x.toks
	for m := c; m < k; m++ {
		if t[m].has(cDateWords) {
			return true
		}
	}
	return x.isNetwork(x.span(c, k)) || t[c].has(cNetworks) && !t[c].has(cGenreNouns)
}

// namedAfterGlue reports whether the capitalized words c..k after a
// title's small words name a person or a place, which may end a title
// written alone elsewhere: "Ana Selo and Bram Vell", "T in the Bronx".
func (x *extractor) namedAfterGlue(c, k int) bool {
	t := x.toks
	if x.startsName(c) && x.personAt(c) >= c+2 || x.knownPerson(x.span(c, k)) != "" {
		return true
	}
	for m := c; m < k; m++ {
		if placeWords[t[m].low] {
			return true
		}
	}
	return false
}

// conjWord reports whether w is "and" or "or", which join two titles as
// often as they run inside one ("starred in Fargo and Lost"): a title runs
// over them only with another small word after them ("and the").
func conjWord(w *token) bool { return w.low == "and" || w.low == "or" }

// glueTailFull returns the longer form of the article's show title that
// the article settles, as settledEnd does for a title read in a sentence:
// title, small words in lower case after it and capitalized words after
// them, written so at least twice ("The Wren" chosen by a headline's
// reading, "The Wren and the Heron" written twice below). It returns "" where
// there is none.
func (x *extractor) glueTailFull(title string) string {
	text := x.a.Text
	if title == "" || len(title) > 60 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(title[strings.LastIndexByte(title, ' ')+1:]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "" // a title that ends on its own capitalized word or number
	}
	short := wordCount(text, title)
	if short < 2 {
		return ""
	}
	best := ""
	seen := 0
	for from := 0; from < len(text) && seen < 8; {
		i := strings.Index(text[from:], title)
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isAlnumUnicode(r) {
				continue
			}
		}
		seen++
		if full := x.glueTailAt(text, i, len(title), short); len(full) > len(best) {
			best = full
		}
	}
	return best
}

// glueTailAt reads, after the title at text[i:i+n], up to three runs of
// small words in lower case and capitalized words, and returns the
// longest form of the title with them that the article writes at least
// twice and settledEnd's conditions allow, or "".
func (x *extractor) glueTailAt(text string, i, n, short int) string {
	p := i + n
	best := ""
	for run := 0; run < 3; run++ {
		glue, first, conj := 0, "", false
		q := p
		for glue < 3 {
			w, end, stop := wordAfter(text, q)
			if w == "" || stop || !(titleGlue[w] || w == "and" || w == "or") {
				break
			}
			if glue == 0 {
				first, conj = w, w == "and" || w == "or"
			}
			glue++
			q = end
		}
		if glue == 0 || glue == 1 && conj {
			return best
		}
		capStart, caps := q, 0
		var last bool
		for caps < 4 && !last {
			w, end, stop := capWordAfter(text, q)
			if w == "" {
				break
			}
			caps++
			q, last = end, stop
		}
		if caps == 0 {
			return best
		}
		if !last {
			if w, _, _ := capWordAfter(text, q); w != "" {
				return best // more capitalized words than a title's run
			}
		}
		after := strings.TrimSpace(text[capStart:q])
		if x.isNetwork(after) || hasDateWord(after) {
			return best
		}
		full := text[i:q]
		whole := wordCount(text, full) + wordCount(text, titleCaseGlue(full[n:], full[:n]))
		if whole >= 2 {
			if whole < short && (glue == 1 && first != "of" || x.knownPerson(after) != "" || hasPlaceWord(after)) {
				return best
			}
			best = full
		}
		if last {
			return best
		}
		p = q
	}
	return best
}

// wordAfter returns the word after one space at text[q:] in lower case
// when it is written in lower case, where it ends, and whether a mark
// ends it; "" where no such word is there.
func wordAfter(text string, q int) (string, int, bool) {
	if q >= len(text) || text[q] != ' ' {
		return "", q, false
	}
	q++
	e := q
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e == q || e < len(text) && text[e] != ' ' {
		return "", q, false
	}
	return text[q:e], e, false
}

// capWordAfter returns the capitalized word after one space at text[q:],
// where it ends (before a mark that closes it) and whether a mark ends
// it; "" where no such word is there.
func capWordAfter(text string, q int) (string, int, bool) {
	if q >= len(text) || text[q] != ' ' {
		return "", q, false
	}
	q++
	r, _ := utf8.DecodeRuneInString(text[q:])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "", q, false
	}
	e := q
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if !isAlnumUnicode(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		e += size
	}
	for e > q && (text[e-1] == '\'' || text[e-1] == '-') {
		e--
	}
	if e == q {
		return "", q, false
	}
	stop := e < len(text) && text[e] != ' '
	return text[q:e], e, stop
}

// titleCaseGlue is title and tail with the words in lower case of tail
// capitalized, as a title-case headline writes them ("The Wren And The
// Heron").
func titleCaseGlue(tail, title string) string {
	b := []byte(tail)
	for k := 1; k < len(b); k++ {
		if b[k-1] == ' ' && b[k] >= 'a' && b[k] <= 'z' {
			b[k] -= 'a' - 'A'
		}
	}
	return title + string(b)
}

// hasDateWord reports whether a word of s is a date's word ("March",
// "Friday").
func hasDateWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if hasLower(dateWords, w) {
			return true
		}
	}
	return false
}

// hasPlaceWord reports whether a word of s names a place ("London").
func hasPlaceWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if hasLower(placeWords, w) {
			return true
		}
	}
	return false
}

// gluedTitle reports whether the words from start to e are a title of
// four words or more over small words in lower case between capitalized
// ones ("The Wren and the Heron"), which the article-show guess takes
// where the article names it twice, as it does a title of two words.
func gluedTitle(t []token, start, e int) bool {
	if e-start < 4 || t[e-1].kind != tWord || !t[e-1].cap || !t[start].cap {
		return false
	}
	for k := start + 1; k < e-1; k++ {
		if t[k].kind == tWord && !t[k].cap && t[k].has(cTitleGlue) {
			return true
		}
	}
	return false
}
