package graph

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// Typos. A search text that matches a name by MatchScore finds it as that
// score says. Failing that, it may still find the name with a typo in each
// of its words: the rule below, which every store applies to the candidates
// it gathers (the embedded store scans its names; Neo4j asks its full-text
// index for every term one edit away from each word), so that stores agree.
//
// The words of the search key (SearchKey) must be, in order, consecutive
// words of the folded name, each either the same word or, when both words
// have FuzzyMinRunes to FuzzyMaxRunes runes, one edit away from it: one rune
// inserted, deleted or replaced, or two adjacent runes swapped (the optimal
// string alignment distance, which counts a swap as one edit). A shorter or
// longer word must be the same ("kim" may find "Jim" or "Kin" with a
// typo, never "Ki"), and a text of more than FuzzyMaxWords
// words never matches so. Such a match scores
//
//	0.2 × (1 − edits/runes)   when the words are the whole name,
//	0.1 × (1 − edits/runes)   when they are some of its words,
//
// rounded to three decimals, where runes counts the runes of the search
// key's words: always less than the 0.25 of the weakest MatchScore, so exact
// and prefix matches come first. A node scores its best spelling.
const (
	FuzzyMinRunes = 3  // shorter words must be spelt right
	FuzzyMaxRunes = 24 // longer words must be spelt right
	FuzzyMaxWords = 6  // a longer text matches no name with typos
)

// MaxSuggestions is the most names a not-found error suggests.
const MaxSuggestions = 3

// FuzzyWord reports whether a word of a search key may be one edit away
// from the name's word it matches, and a name's word from the search word.
func FuzzyWord(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= FuzzyMinRunes && n <= FuzzyMaxRunes
}

// FuzzyKey is a search key prepared for FuzzyScore, for a store that scores
// many names against one text.
type FuzzyKey struct {
	words []string
	runes int
}

// NewFuzzyKey prepares the search key q (SearchKey).
func NewFuzzyKey(q string) FuzzyKey {
	k := FuzzyKey{words: strings.Fields(q)}
	for _, w := range k.words {
		k.runes += utf8.RuneCountInString(w)
	}
	return k
}

// Words returns the words of the key.
func (k FuzzyKey) Words() []string { return k.words }

// Fuzzy reports whether the key can match a name with a typo at all: it has
// at most FuzzyMaxWords words, and FuzzyWord allows one of them. A store
// need not look for typos otherwise.
func (k FuzzyKey) Fuzzy() bool {
	if len(k.words) > FuzzyMaxWords {
		return false
	}
	for _, w := range k.words {
		if FuzzyWord(w) {
			return true
		}
	}
	return false
}

// Score scores the folded name c (Fold) by the typo rule above; 0 when it
// does not match so.
func (k FuzzyKey) Score(c string) float64 {
	if len(k.words) == 0 || len(k.words) > FuzzyMaxWords {
		return 0
	}
	var buf [16]string
	cw := appendFields(buf[:0], c)
	best := 0.0
	for start := 0; start+len(k.words) <= len(cw); start++ {
		edits, ok := 0, true
		for i, w := range k.words {
			switch d := wordEdits(w, cw[start+i]); d {
			case 0:
			case 1:
				edits++
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		base := 0.1
		if start == 0 && len(k.words) == len(cw) {
			base = 0.2
		}
		best = max(best, math.Round(1000*base*(1-float64(edits)/float64(k.runes)))/1000)
	}
	return best
}

// appendFields appends the space-separated words of s to ws.
func appendFields(ws []string, s string) []string {
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return append(ws, s)
		}
		if i > 0 {
			ws = append(ws, s[:i])
		}
		s = s[i+1:]
	}
	return ws
}

// wordEdits returns 0 when the query word w is the name word c, 1 when it
// may match c with one edit (both FuzzyWord), and 2 otherwise.
func wordEdits(w, c string) int {
	if w == c {
		return 0
	}
	if d := utf8.RuneCountInString(w) - utf8.RuneCountInString(c); d < -1 || d > 1 || !FuzzyWord(w) || !FuzzyWord(c) {
		return 2
	}
	return min(edlib.OSADamerauLevenshteinDistance(w, c), 2)
}

// FuzzyScore is FuzzyKey.Score for one search text and one name, both
// folded by Fold first (the text as SearchKey does).
func FuzzyScore(text, name string) float64 {
	return NewFuzzyKey(SearchKey(text)).Score(Fold(name))
}

// SearchScore is the score Search gives a name for a text: MatchScore, or
// FuzzyScore when that is 0.
func SearchScore(text, name string) float64 {
	if s := MatchScore(text, name); s > 0 {
		return s
	}
	return FuzzyScore(text, name)
}

// Suggestions returns the names a not-found error offers: the display names
// of hits, in order, each once, at most MaxSuggestions. hits are the
// store's Search hits for the unknown name, of the kinds the lookup wanted.
func Suggestions(hits []SearchHit) []string {
	var out []string
	for _, h := range hits {
		if len(out) == MaxSuggestions {
			break
		}
		if !slices.Contains(out, h.Name) {
			out = append(out, h.Name)
		}
	}
	return out
}

// NotFoundFor returns NotFound's error for the unknown name, suggesting
// the hits that search (a store's Search, limited to the kinds the lookup
// wanted) finds for it, at most MaxSuggestions. A name with no letters or
// digits, or a search that fails, gives no suggestions.
func NotFoundFor(name string, search func(text string, limit int) ([]SearchHit, error), format string, args ...any) *Error {
	var suggest []string
	if strings.TrimSpace(Fold(name)) != "" {
		if hits, err := search(name, MaxSuggestions); err == nil {
			suggest = Suggestions(hits)
		}
	}
	return NotFound(suggest, format, args...)
}

// NotFound returns an ENOTFOUND error whose message is the formatted one,
// followed by `; did you mean "A"?` (or `"A" or "B"`, `"A", "B" or "C"`)
// when there are suggestions, which it also keeps in Suggestions.
func NotFound(suggestions []string, format string, args ...any) *Error {
	e := Errorf(ENOTFOUND, format, args...)
	if len(suggestions) == 0 {
		return e
	}
	e.Suggestions = suggestions
	quoted := make([]string, len(suggestions))
	for i, s := range suggestions {
		quoted[i] = strconv.Quote(s)
	}
	list := quoted[len(quoted)-1]
	if len(quoted) > 1 {
		list = strings.Join(quoted[:len(quoted)-1], ", ") + " or " + list
	}
	e.Message += "; did you mean " + list + "?"
	return e
}
