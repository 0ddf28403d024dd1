package graph

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces s to the form names are compared in: accents removed, lower
// case, curly quotes and every other punctuation dropped, words separated by
// one space. "Lee Min-jae" and "lee min jae" fold alike, as do "Weak Hero:
// Class 2" and "Weak Hero Class 2".
func Fold(s string) string {
	if v, ok := foldPlain(s); ok {
		return v
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accent: drop
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '.':
			// apostrophes and dots join: "O'Brien" = "OBrien", "K." = "K"
		default:
			space = true
		}
	}
	return b.String()
}

// foldPlain is Fold for plain text (AppendFoldPlain); ok is false for any
// other text, which takes the long way.
func foldPlain(s string) (string, bool) {
	b, same, ok := AppendFoldPlain(make([]byte, 0, len(s)), s)
	switch {
	case !ok:
		return "", false
	case same:
		return s, true
	}
	return string(b), true
}

// AppendFoldPlain appends Fold(s) to b when s is plain text: ASCII and the
// curly quotes and dashes of news copy, which normalization leaves as they
// are. same says that Fold(s) is s itself; then, as for text that is not
// plain (ok false: call Fold), b is returned unchanged. The fold is never
// longer than s, so a b with room for len(s) more bytes is not grown. It is
// for callers that fold many names into buffers of their own.
func AppendFoldPlain(b []byte, s string) (out []byte, same, ok bool) {
	start := len(b)
	space := false
	same = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '’', '‘': // apostrophes join
			case '“', '”', '–', '—':
				space = true
			default:
				return b[:start], false, false
			}
			same = false
			i += n - 1
			continue
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			same = false
		case c == '\'' || c == '.':
			same = false
			continue
		default:
			space, same = true, false
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	if same {
		return b[:start], true, true
	}
	return b, false, true
}

// PersonKey is the identity of a person named name.
func PersonKey(name string) string { return Fold(name) }

// ShowKey is the identity of a show titled title: folded, with a trailing
// season qualifier dropped ("Squid Game Season 2" is "squid game").
func ShowKey(title string) string {
	t, _ := SplitSeasons(title)
	return Fold(t)
}

// CharacterKey is the identity of a character: a character belongs to a show.
func CharacterKey(show, character string) string {
	return ShowKey(show) + "/" + Fold(character)
}

// seasonTail matches a trailing season qualifier: "Season 2", "Seasons 2 and
// 3", "Series 4", "S2", with an optional separator before it.
var seasonTail = regexp.MustCompile(`(?i)\s*[:,(\-–—]?\s*\b(?:seasons?|series|s)\s*(\d{1,3}(?:\s*(?:,|and|&|-|–|—)\s*\d{1,3})*)\)?\s*$`)

var seasonNums = regexp.MustCompile(`\d{1,3}|-|–|—`)

// SplitSeasons splits a title into the title without a trailing season
// qualifier and the seasons the qualifier names: "Squid Game Seasons 2 and 3"
// gives "Squid Game" and [2 3]; "X (Season 3): Season 2" gives "X" and
// [2 3]. A title that is only a qualifier is kept.
func SplitSeasons(title string) (string, []int) {
	title = CleanSpace(title)
	if !endsInNumber(title) {
		// The qualifier ends in a number, perhaps then ")": most titles
		// do not, and the expression, anchored at the end, tries every
		// position of the title before it says so.
		return title, nil
	}
	m := seasonTail.FindStringSubmatchIndex(title)
	if m == nil || m[0] == 0 {
		return title, nil
	}
	var seasons []int
	prev, rng := -1, false
	for _, tok := range seasonNums.FindAllString(title[m[2]:m[3]], -1) {
		if tok == "-" || tok == "–" || tok == "—" {
			rng = true
			continue
		}
		n, _ := strconv.Atoi(tok)
		if rng && prev >= 0 && n > prev && n-prev < 50 {
			for s := prev + 1; s < n; s++ {
				seasons = append(seasons, s)
			}
		}
		seasons = append(seasons, n)
		prev, rng = n, false
	}
	// The rest may end in another qualifier ("X (Season 3): Season 2"):
	// take it too, so that splitting a title already split changes nothing.
	rest, more := SplitSeasons(strings.TrimSpace(title[:m[0]]))
	return rest, MergeSeasons(more, seasons)
}

// endsInNumber reports whether s, with no space at its end, ends in a digit
// or in a digit and ")".
func endsInNumber(s string) bool {
	s = strings.TrimSuffix(s, ")")
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// MergeSeasons returns the sorted union of a and b without duplicates.
func MergeSeasons(a, b []int) []int {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := make([]int, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// CleanSpace trims s and collapses runs of white space to one space.
func CleanSpace(s string) string {
	if spaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaced reports whether s is already as CleanSpace leaves it: no space at
// either end, and only single ASCII spaces between words.
func spaced(s string) bool {
	prevSpace := true // a space at the start is not clean
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
			prevSpace = false
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// MatchScore says how well a search text matches a name, both folded by Fold
// first: 1 for the whole name, 0.75 for a prefix of it, 0.5 for whole words
// inside it, 0.25 for a prefix of a word inside it, and 0 for no match.
//
// A season qualifier at the end of text is ignored: "squid game season 2"
// matches "Squid Game" whole.
func MatchScore(text, name string) float64 {
	return MatchFolded(SearchKey(text), Fold(name))
}

// SearchKey is the form of a search text that MatchFolded compares: folded,
// without a trailing season qualifier. A store that scores many names
// against one text computes it once.
func SearchKey(text string) string {
	t, _ := SplitSeasons(text)
	return Fold(t)
}

// MatchFolded is MatchScore for a search key q (SearchKey) and a folded
// name c (Fold).
func MatchFolded(q, c string) float64 {
	switch {
	case q == "" || c == "":
		return 0
	case c == q:
		return 1
	case strings.HasPrefix(c, q):
		return 0.75
	case strings.Contains(" "+c+" ", " "+q+" "):
		return 0.5
	case strings.Contains(" "+c, " "+q):
		return 0.25
	}
	return 0
}
