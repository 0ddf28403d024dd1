package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// A character's nickname read as a show: "she starred as schoolgirl
// ‘Plain Jane Brainbox’ Harlow in the soap, alongside A and B", where the
// quoted words stand inside a character's name, between "as" (and a noun
// for the part) and the surname after the closing quote. A title in
// quotes is followed by prose or a clause's end ("the ‘Harbor’ star",
// "in “Harbor”, A"), not by a name; and a quoted title of a list line
// ("Hong Kong’s “T” Ana Selo", a title and its maker) has no "as" before
// it.
//
// The show is refused where every place the article writes it is such a
// nickname. Only a show that its fact's sentence quotes is asked: one scan
// of the article per such show.

// nicknameShow reports whether f's show is, everywhere the article writes
// it, a nickname inside a character's name.
func nicknameShow(f *graph.Fact, text string) bool {
	s := f.Show
	i := strings.Index(f.Evidence, s)
	if i <= 0 || !openQuoteBefore(f.Evidence, i) {
		return false // the cheap test: the sentence quotes the show
	}
	n := 0
	for at := 0; at < len(text); {
		j := strings.Index(text[at:], s)
		if j < 0 {
			break
		}
		st := at + j
		at = st + len(s)
		if !openQuoteBefore(text, st) || !nicknameAt(text, st, at) {
			return false
		}
		n++
	}
	return n > 0
}

// openQuoteBefore reports whether an opening quote stands right before i.
func openQuoteBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '‘' || r == '“' || r == '\'' || r == '"'
}

// nicknameAt reports whether the quoted words text[st:e] stand inside a
// character's name: a closing quote and a capitalized word after them, and
// "as" one or two words before the opening quote.
func nicknameAt(text string, st, e int) bool {
	r, n := utf8.DecodeRuneInString(text[e:])
	if r != '’' && r != '”' && r != '\'' && r != '"' {
		return false
	}
	after := text[e+n:]
	if len(after) < 3 || after[0] != ' ' || after[1] < 'A' || after[1] > 'Z' || after[2] < 'a' || after[2] > 'z' {
		return false
	}
	_, q := utf8.DecodeLastRuneInString(text[:st])
	before := strings.Fields(text[max(0, st-q-40) : st-q])
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		w := before[k]
		if w == "as" || w == "As" {
			return true
		}
		if w[0] < 'a' || w[0] > 'z' {
			return false // "as Ana ‘X’ B": the nickname of a name the credit reads itself
		}
	}
	return false
}

// nicknameShows drops, in place, the facts whose show is a nickname by the
// article's own text (nicknameShow): a show of one capitalized word is not
// asked.
func nicknameShows(facts []graph.Fact, text string) []graph.Fact {
	if len(facts) == 0 || wrong59Off {
		return facts
	}
	out := facts[:0]
	for _, f := range facts {
		s := f.Show
		if len(s) >= 3 && strings.IndexByte(s, ' ') >= 0 && nicknameShow(&f, text) {
			continue
		}
		out = append(out, f)
	}
	return out
}
