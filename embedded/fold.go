package embedded

import (
	"strings"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// The functions below give exactly the results of their namesakes in package
// graph, with a fast path for the common case (plain ASCII, no season
// qualifier) so that bulk loads do not pay for Unicode normalisation and
// regular expressions on every name.

// fold is graph.Fold.
func fold(s string) string {
	var buf [128]byte
	b, same, ok := graph.AppendFoldPlain(buf[:0], s)
	switch {
	case !ok:
		return graph.Fold(s)
	case same:
		return s
	}
	return string(b)
}

// keyBuf holds the folded keys of a chunk of facts in a few large buffers
// rather than one small allocation each. A buffer is never grown in place:
// the keys already handed out point into it.
type keyBuf struct{ b []byte }

// fold is graph.Fold, the result kept in kb when it is not s itself.
func (kb *keyBuf) fold(s string) string {
	if cap(kb.b)-len(kb.b) < len(s) {
		kb.b = make([]byte, 0, max(64<<10, len(s)))
	}
	start := len(kb.b)
	var same, ok bool
	kb.b, same, ok = graph.AppendFoldPlain(kb.b, s)
	switch {
	case !ok:
		return graph.Fold(s)
	case same:
		return s
	}
	if len(kb.b) == start {
		return ""
	}
	return unsafe.String(&kb.b[start], len(kb.b)-start)
}

// showKey is graph.ShowKey of a title that is already clean (normalize).
func (kb *keyBuf) showKey(title string) string {
	if mayHaveSeasons(title) {
		return graph.ShowKey(title)
	}
	return kb.fold(title)
}

// cleanSpace is graph.CleanSpace.
//
// A string is clean when it is ASCII with single spaces between words and
// none at either end; most are, and cleanSpace returns them as they are,
// checking eight bytes at a time while they hold no byte below a space
// (a tab, a line break) and none above 0x7f. Anything else goes to
// graph.CleanSpace.
func cleanSpace(s string) string {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	prevSpace := true
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// With no byte above 0x7f, adding 0x60 to each carries into no other
		// byte, and leaves the high bit clear only in bytes below 0x20.
		if w&highs != 0 || ^(w+0x60*ones)&highs != 0 {
			break // the bytes one at a time from here
		}
		x := w ^ 0x20*ones
		sp := ^((x &^ highs) + 0x7f*ones | x) & highs // the high bit of each space
		if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
			return graph.CleanSpace(s) // two spaces in a row, or a leading one
		}
		prevSpace = sp>>63 != 0
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return graph.CleanSpace(s)
		}
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if sp && (prevSpace || c != ' ') {
			return graph.CleanSpace(s)
		}
		prevSpace = sp
	}
	if prevSpace && len(s) > 0 {
		return graph.CleanSpace(s)
	}
	return s
}

// mayHaveSeasons reports whether a clean title could end in a season
// qualifier: every qualifier ends in a digit or a closing parenthesis.
func mayHaveSeasons(title string) bool {
	if title == "" {
		return false
	}
	c := title[len(title)-1]
	return c >= '0' && c <= '9' || c == ')'
}

// showKey is graph.ShowKey.
func showKey(title string) string {
	t := cleanSpace(title)
	if mayHaveSeasons(t) {
		return graph.ShowKey(title)
	}
	return fold(t)
}

// normalize is graph.Fact.Normalize.
func normalize(f graph.Fact) graph.Fact {
	f.Person = cleanSpace(f.Person)
	f.Character = cleanSpace(f.Character)
	f.Job = cleanSpace(f.Job)
	if hasUpper(f.Job) {
		f.Job = strings.ToLower(f.Job)
	}
	t := cleanSpace(f.Show)
	if mayHaveSeasons(t) {
		var seasons []int
		t, seasons = graph.SplitSeasons(f.Show)
		f.Seasons = graph.MergeSeasons(f.Seasons, seasons)
	} else {
		f.Seasons = graph.MergeSeasons(f.Seasons, nil)
	}
	f.Show = t
	f.Evidence = cleanSpace(f.Evidence)
	f.Article = strings.TrimSpace(f.Article)
	return f
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// validate is f.Validate for a normalized fact whose person and show keys
// are already known; the common case is checked here, anything unusual is
// left to f.Validate for its exact message.
func validate(f *graph.Fact, pkey, skey string) error {
	ok := (f.Kind == graph.KindCast && f.Job == "" || f.Kind == graph.KindCrew && f.Character == "") &&
		pkey != "" && skey != "" && (f.Date == "" || graph.ValidDate(f.Date))
	for _, s := range f.Seasons {
		ok = ok && s >= 0 && s <= graph.MaxSeason
	}
	if ok {
		return nil
	}
	return f.Validate()
}
