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
	return capitalizedWord(title) && proseWordIn(text, title)
}

// capitalizedWord says whether s is one plain word of two to 24 letters,
// capitalized and otherwise in lower case: the only shape proseWordIn
// reads.
func capitalizedWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	if s[0] < utf8.RuneSelf { // byte by byte while the word is ASCII
		if s[0] < 'A' || s[0] > 'Z' {
			return false
		}
		i := 1
		for i < len(s) && 'a' <= s[i] && s[i] <= 'z' {
			i++
		}
		if i == len(s) {
			return len(s) <= 24 // "Win"
		}
		if s[i] < utf8.RuneSelf {
			return false // "Spy Kids", "FIRES", "19-2"
		}
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 24 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false // "19-2", "Spy Kids": not a plain word
		}
	}
	first, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && s[size:] == strings.ToLower(s[size:]) // not "FIRES", "iZombie": a title's own capitals
}

// proseWordIn is proseWordOnly for a title that is a capitalizedWord: it
// reads the whole text for the word in lower case, as written and in
// capitals.
func proseWordIn(text, title string) bool {
	lower := false
	for form, w := range [3]string{strings.ToLower(title), title, strings.ToUpper(title)} {
		if form == 1 && !lower {
			return false // never in lower case: a name, not a word of the prose
		}
		for from := 0; ; {
			i := indexRare(text[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			end := at + len(w)
			from = end
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue // inside a longer word
			}
			if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			if form == 0 {
				lower = true
				break // once in lower case is enough
			}
			if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && strings.ContainsRune(`"'”’»“‘*_`, r) {
				return false // "“Elle”": a quoted title
			}
			if form == 2 {
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " ")); unicode.IsLower(r) {
					return false // "FIRES is a drama": a title set in capitals
				}
				continue // "WIN A DOUBLE PASS": a line in capitals says nothing
			}
			if !opensSentence(text[:at]) {
				return false // "stars in Lion": a name inside a sentence
			}
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
	return x.proseWord(unquote(f.Show)) || x.proseWord(f.Person)
}

// proseWord is proseWordOnly over the article's text, its answers kept
// for the article: every fact asks it of its show and its person, and
// each answer reads the whole text.
func (x *extractor) proseWord(s string) bool {
	s = strings.TrimSpace(s)
	if !capitalizedWord(s) {
		return false
	}
	if v, ok := x.memo.prose[s]; ok {
		return v
	}
	if x.memo.prose == nil {
		x.memo.prose = map[string]bool{}
	}
	v := proseWordIn(x.a.Text, s)
	x.memo.prose[s] = v
	return v
}
