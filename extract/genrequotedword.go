package extract

// A one-word title that the word lists take for no title: "Soap" is a
// genre noun, "Scheda" a heading noun (Italian "scheda", a fact sheet),
// so a credit in either was thrown away, and with it every credit of an
// article about that show. Where the article itself sets the word as a
// title, between quotes straight after a genre noun ("the ABC sitcom
// “Soap,” …", "Serial „Scheda” już na HBO Max"), the word is the show's
// name there, and a credit in it stands. A word only quoted, or only after
// a genre noun ("the drama Soap"), is still read as the lists read it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// genreQuotedWord reports whether show is one capitalized word, no
// network, that the article writes between quotes right after a genre
// noun. noCreditName keeps its answer for the article.
func (x *extractor) genreQuotedWord(show string) bool {
	if !capitalizedWord(show) || strings.IndexAny(x.a.Text, `"“”„«'‘`) < 0 {
		return false
	}
	return !x.isNetwork(show) && genreQuotedIn(x.a.Text, show)
}

// genreQuotedIn says whether text holds word between an opening and a
// closing quote (a comma or full stop may come before the closing one),
// with a genre noun as the word before the opening quote.
func genreQuotedIn(text, word string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return false
		}
		at := from + i
		end := at + len(word)
		from = end
		open, size := utf8.DecodeLastRuneInString(text[:at])
		if at == 0 || !strings.ContainsRune(`"“„«‘'`, open) {
			continue
		}
		rest := text[end:]
		if rest != "" && (rest[0] == ',' || rest[0] == '.') {
			rest = rest[1:]
		}
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !strings.ContainsRune(`"”“»’'`, r) {
			continue
		}
		before := strings.TrimRightFunc(text[:at-size], unicode.IsSpace)
		if len(before) == len(text[:at-size]) {
			continue // no space before the quote
		}
		j := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
		prev := strings.ToLower(before[j+1:])
		if genreNouns[prev] {
			return true
		}
	}
}

// entryField reports whether heading i is a label and its value
// ("Premieredato: 5. mars", "Release: Friday") on the line under another
// heading: a field of the entry that heading titles, not a column's new
// section. A genre noun in the field under it ("Sjanger: Drama") speaks
// of the entry's own show, and the show stays the lines' focus. Only
// where the heading above was read as the section's show: under a heading
// read as no title, the focus is still the article's, and is let go.
func (x *extractor) entryField(i int) bool {
	return i > 0 && x.section != "" && x.focus == x.section && labelLine(x.sents[i].toks) && x.sents[i-1].head && x.sents[i-1].para == x.sents[i].para-1
}
