package extract

// A title of one word that the article writes only as a word of its
// prose: in lower case inside a sentence ("you can win a double pass",
// "elle a écrit") and in capitals only where a sentence or line opens
// ("Win a double pass to see …", "« Elle s'appelle Jo. »"), never inside
// a sentence as a name and never between quotes. Such a word is the
// headline's or the quote's first word, not the show the article is
// about; a one-word title ("Lion", "Taken") is written as a name, in
// capitals, after the sentence's first word somewhere in the article.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// proseWordOnly says whether title is one word that the article text
// writes in lower case at least once and in capitals only at the opening
// of a sentence or line, never quoted.
func proseWordOnly(text, title string) bool {
	title = strings.TrimSpace(title)
	n := utf8.RuneCountInString(title)
	if n < 2 || n > 24 {
		return false
	}
	for _, r := range title {
		if !unicode.IsLetter(r) {
			return false // "19-2", "Spy Kids": not a plain word
		}
	}
	lowTitle := strings.ToLower(title)
	first, size := utf8.DecodeRuneInString(title)
	if !unicode.IsUpper(first) || title[size:] != lowTitle[size:] {
		return false // "FIRES", "iZombie": a title's own capitals
	}
	lower := false
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return false // a lower case of another width: offsets would not line up
	}
	for from := 0; ; {
		i := strings.Index(low[from:], lowTitle)
		if i < 0 {
			break
		}
		at := from + i
		end := at + len(lowTitle)
		from = end
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // inside a longer word
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		w := text[at:end]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			lower = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && strings.ContainsRune(`"'”’»“‘*_`, r) {
			return false // "“Elle”": a quoted title
		}
		if strings.ToUpper(w) == w {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " ")); unicode.IsLower(r) {
				return false // "FIRES is a drama": a title set in capitals
			}
			continue // "WIN A DOUBLE PASS": a line in capitals says nothing
		}
		if !opensSentence(text[:at]) {
			return false // "stars in Lion": a name inside a sentence
		}
	}
	return lower
}

// opensSentence says whether what comes before a word, past opening
// quotes and brackets, ends a sentence or a line.
func opensSentence(before string) bool {
	before = strings.TrimRight(before, " \t\u00a0«“‘\"'([¿¡—–-")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?…\n\r", r)
}

// proseWordFact says whether f's show or person is a word of the
// article's prose (proseWordOnly): "Je joue une enquêteuse" read as a
// person, "Elle s'appelle Jo" as a show.
func (x *extractor) proseWordFact(f *graph.Fact) bool {
	return proseWordOnly(x.a.Text, unquote(f.Show)) || proseWordOnly(x.a.Text, f.Person)
}
