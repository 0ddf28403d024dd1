package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Shows that are no title: the last look at an article's facts, refusing a
// credit whose show is a word or phrase that never names a work, whatever
// rule read it.
//
//   - a number word: "... hanging in the balance at $40 Million" (a
//     month alone is not refused: "October", "June" are films' titles);
//   - a clock time: "Across The Line (April 2, 8:15 pm)";
//   - a field of a fact box, a label and a number: "Episodes: 42";
//   - only media and languages, joined: "TV & Film actor X", "Marathi &
//     Hindi plays";
//   - a title run on into prose past an ellipsis: "(A, B, Rock... to name a
//     few of his films)", where the four words or more after the dots are
//     the sentence's, all lower case, and no title's ("Once Upon a Time...
//     in the West" keeps its capitalized word).
//
// Each test asks a show's own words, and first a cheap one (its length, a
// byte it must hold), so most shows are passed at a glance.

// refuseNoTitles drops, in place, the facts whose show is no title. A
// fact kept stays where it is until one is dropped before it.
func refuseNoTitles(facts []graph.Fact) []graph.Fact {
	k := 0
	last, no := "", false // the facts of one show come together: its answer is kept
	for i := range facts {
		if s := facts[i].Show; s != last || i == 0 {
			last, no = s, noTitleShow(s)
		}
		if no {
			continue
		}
		if k != i {
			facts[k] = facts[i]
		}
		k++
	}
	return facts[:k]
}

// noTitleMonths are the one-word shows refused: number words.
var noTitleMonths = set(`million billion crore crores lakh lakhs`)

// noTitleFields are the labels of a fact box that a number follows.
var noTitleFields = set(`episodes episode eps runtime duration length seasons season year years genre rating`)

// noTitleMedia are the media and languages a career is told in, never a
// title when a show is made only of them.
var noTitleMedia = set(`tv television film films movie movies cinema theatre theater stage radio web ott serials serial plays
	hindi marathi tamil telugu malayalam kannada bengali punjabi gujarati urdu bhojpuri odia assamese english`)

// noTitleShow reports whether show is no title (see the file's comment).
func noTitleShow(show string) bool {
	if len(show) < 3 || len(show) > 80 {
		return false
	}
	if (strings.IndexByte(show, '&') > 0 || strings.IndexByte(show, '/') > 0) && mediaOnly(show) {
		return true
	}
	sp := strings.IndexByte(show, ' ')
	if sp < 0 {
		if c := show[0] | 0x20; c != 'm' && c != 'b' && c != 'c' && c != 'l' {
			return false // no number word: million, billion, crore, lakh
		}
		var buf [32]byte
		if len(show) > len(buf) {
			return false
		}
		return noTitleMonths[string(lowerInto(buf[:0], show))] // no string made for the lookup
	}
	if c := show[0]; '0' <= c && c <= '9' && clockShow(show) {
		return true
	}
	if i := strings.IndexByte(show, ':'); i > 0 && i == sp-1 {
		// "Episodes: 42": one word, a colon, and a number alone
		rest := strings.TrimSpace(show[i+1:])
		if rest != "" && allDigits(rest) && noTitleFields[strings.ToLower(show[:i])] {
			return true
		}
	}
	if strings.Contains(show, "...") || strings.Contains(show, "…") {
		return runOnPastDots(show)
	}
	return false
}

// clockShow reports whether show is a clock time: "8:15 pm", "10 p.m.".
func clockShow(show string) bool {
	h, m, _ := strings.Cut(strings.ToLower(show), " ")
	m = strings.TrimSuffix(m, ".")
	return (m == "pm" || m == "am" || m == "p.m" || m == "a.m") && clockTime(h+strings.ReplaceAll(m, ".", ""))
}

// mediaOnly reports whether show is two media or languages or more and
// nothing else but the glue between them: "TV & Film", "Marathi/Hindi".
func mediaOnly(show string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(show, func(r rune) bool { return r == ' ' || r == '&' || r == '/' || r == ',' }) {
		lw := strings.ToLower(w)
		if lw == "and" {
			continue
		}
		if !noTitleMedia[lw] {
			return false
		}
		n++
	}
	return n >= 2
}

// runOnPastDots reports whether the words after show's ellipsis are prose:
// four or more, all of them lower case.
func runOnPastDots(show string) bool {
	i := strings.Index(show, "...")
	w := 3
	if j := strings.Index(show, "…"); j >= 0 && (i < 0 || j < i) {
		i, w = j, len("…")
	}
	words := strings.Fields(show[i+w:])
	if len(words) < 4 {
		return false
	}
	for _, x := range words {
		if c := x[0]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
