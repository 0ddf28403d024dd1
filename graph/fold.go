package graph

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
// other text, which takes the long way. The fold is made in one buffer that
// becomes the string: no copy.
func foldPlain(s string) (string, bool) {
	b, same, ok := AppendFoldPlain(make([]byte, 0, len(s)), s)
	switch {
	case !ok:
		return "", false
	case same:
		return s, true
	case len(b) == 0:
		return "", true
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// Byte classes of plain text, as AppendFoldPlain reads them.
const (
	foldSep   = iota // punctuation and space: a word ends
	foldKeep         // a to z, 0 to 9: kept
	foldUpper        // A to Z: kept in lower case
	foldJoin         // an apostrophe or a full stop: dropped, words join
	foldWide         // the first byte of a rune past ASCII
)

var foldClass = func() (c [256]uint8) {
	for i := range c {
		switch {
		case i >= utf8.RuneSelf:
			c[i] = foldWide
		case 'a' <= i && i <= 'z', '0' <= i && i <= '9':
			c[i] = foldKeep
		case 'A' <= i && i <= 'Z':
			c[i] = foldUpper
		case i == '\'' || i == '.':
			c[i] = foldJoin
		}
	}
	return c
}()

// foldTo is each byte as AppendFoldPlain writes it, a letter or digit in
// lower case, or for the others their class: foldToSep, foldToJoin and
// foldToWide, each below any letter or digit.
var foldTo = func() (t [256]byte) {
	for i := range t {
		switch foldClass[i] {
		case foldSep:
			t[i] = foldToSep
		case foldJoin:
			t[i] = foldToJoin
		case foldWide:
			t[i] = foldToWide
		case foldKeep:
			t[i] = byte(i)
		case foldUpper:
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

const (
	foldToSep = iota
	foldToJoin
	foldToWide
)

// AppendFoldPlain appends Fold(s) to b when s is plain text: ASCII and the
// curly quotes and dashes of news copy, which normalization leaves as they
// are. same says that Fold(s) is s itself; then, as for text that is not
// plain (ok false: call Fold), b is returned unchanged. The fold is never
// longer than s, so a b with room for len(s) more bytes is not grown. It is
// for callers that fold many names into buffers of their own.
func AppendFoldPlain(b []byte, s string) (out []byte, same, ok bool) {
	start := len(b)
	i := 0
	for i < len(s) && foldClass[s[i]] == foldKeep {
		i++ // a fold of itself so far
	}
	if i == len(s) {
		return b, true, true
	}
	b = slices.Grow(b, len(s))
	w := b[start : start+len(s)] // the fold is never longer than s
	n := copy(w, s[:i])
	space := false
	for ; i < len(s); i++ {
		c := foldTo[s[i]]
		if c > foldToWide {
			// a letter or digit, in lower case: most bytes of a name
			if space && n > 0 {
				w[n] = ' '
				n++
			}
			space = false
			w[n] = c
			n++
			continue
		}
		switch c {
		case foldToJoin:
			continue
		case foldToSep:
			space = true
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '’', '‘': // apostrophes join
		case '“', '”', '–', '—':
			space = true
		default:
			return b[:start], false, false
		}
		i += size - 1
	}
	return b[:start+n], false, true
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
	start, ns, ne, ok := seasonTailAt(title)
	if !ok || start == 0 {
		return title, nil
	}
	var seasons []int
	prev, rng := -1, false
	for i := ns; i < ne; {
		// the numbers and dashes of the qualifier, as seasonNums reads them
		switch c := title[i]; {
		case '0' <= c && c <= '9':
			j := i + 1
			for j < ne && j < i+3 && '0' <= title[j] && title[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(title[i:j])
			if rng && prev >= 0 && n > prev && n-prev < 50 {
				for s := prev + 1; s < n; s++ {
					seasons = append(seasons, s)
				}
			}
			seasons = append(seasons, n)
			prev, rng = n, false
			i = j
			continue
		case c == '-':
			rng = true
		case strings.HasPrefix(title[i:], "–") || strings.HasPrefix(title[i:], "—"):
			rng = true
			i += len("–")
			continue
		}
		i++
	}
	// The rest may end in another qualifier ("X (Season 3): Season 2"):
	// take it too, so that splitting a title already split changes nothing.
	rest, more := SplitSeasons(strings.TrimSpace(title[:start]))
	return rest, MergeSeasons(more, seasons)
}

// seasonTailAt finds seasonTail's match in title, a title with no space at
// its end: where the match starts, and the span of its numbers (the
// expression's group). It reads the title backwards from its end, where the
// match must end, instead of trying the expression at every position.
func seasonTailAt(title string) (start, ns, ne int, ok bool) {
	if strings.Contains(title, "ſ") {
		// the long s, which (?i) matches for s: the expression decides
		m := seasonTail.FindStringSubmatchIndex(title)
		if m == nil {
			return 0, 0, 0, false
		}
		return m[0], m[2], m[3], true
	}
	ne = len(title)
	if ne > 0 && title[ne-1] == ')' {
		ne--
	}
	// The numbers: runs of one to three digits joined by separators, back
	// from the end. A run next to a longer one, or a separator with no run
	// before it, ends them; what stands before them must be the season word.
	ns = -1
	for i := ne; ; {
		j := i
		for j > 0 && isDigit(title[j-1]) {
			j--
		}
		if j == i || i-j > 3 {
			break
		}
		ns = j
		k, sep := sepBefore(title, spaceBefore(title, j))
		if !sep {
			break
		}
		i = spaceBefore(title, k)
	}
	if ns < 0 {
		return 0, 0, 0, false
	}
	// the season word, which starts at a word boundary: "seasons",
	// "season", "series" or "s", in any case
	p := spaceBefore(title, ns)
	w := -1
	switch {
	case hasSuffixFoldASCII(title[:p], "seasons"):
		w = p - len("seasons")
	case hasSuffixFoldASCII(title[:p], "season") || hasSuffixFoldASCII(title[:p], "series"):
		w = p - len("season")
	case p > 0 && title[p-1]|0x20 == 's':
		w = p - 1
	}
	if w < 0 || w > 0 && isWordByte(title[w-1]) {
		// "seasons" after a word character: its final "s" alone is no
		// match either, after "n"
		return 0, 0, 0, false
	}
	// and before it, a separator and space, as far back as they go
	start = spaceBefore(title, w)
	if k, sep := sepOpenBefore(title, start); sep {
		start = spaceBefore(title, k)
	}
	return start, ns, ne, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte reports whether c is a word character of \b: an ASCII letter,
// digit or underscore.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// spaceBefore is where the run of \s characters that ends at i starts.
func spaceBefore(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n' || s[i-1] == '\f' || s[i-1] == '\r') {
		i--
	}
	return i
}

// sepBefore reads a separator of season numbers that ends at i: ",", "and"
// in any case, "&", "-", "–" or "—". It returns where it starts.
func sepBefore(s string, i int) (int, bool) {
	switch {
	case i >= 1 && (s[i-1] == ',' || s[i-1] == '&' || s[i-1] == '-'):
		return i - 1, true
	case strings.HasSuffix(s[:i], "–") || strings.HasSuffix(s[:i], "—") || hasSuffixFoldASCII(s[:i], "and"):
		return i - 3, true
	}
	return i, false
}

// sepOpenBefore reads the separator that may open a season qualifier,
// ending at i: ":", ",", "(", "-", "–" or "—". It returns where it starts.
func sepOpenBefore(s string, i int) (int, bool) {
	switch {
	case i >= 1 && (s[i-1] == ':' || s[i-1] == ',' || s[i-1] == '(' || s[i-1] == '-'):
		return i - 1, true
	case strings.HasSuffix(s[:i], "–") || strings.HasSuffix(s[:i], "—"):
		return i - 3, true
	}
	return i, false
}

// hasSuffixFoldASCII reports whether s ends in lower, a lower-case ASCII
// word, in any ASCII case.
func hasSuffixFoldASCII(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	s = s[len(s)-len(lower):]
	for i := 0; i < len(lower); i++ {
		if s[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
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
