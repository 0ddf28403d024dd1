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
	if !isASCII(s) {
		return graph.Fold(s)
	}
	var buf [128]byte
	b, same := appendFoldASCII(buf[:0], s)
	if same {
		return s
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// appendFoldASCII appends graph.Fold(s) of an ASCII s to b (NFKD changes
// nothing and there are no combining marks) and reports whether it is s
// itself, in which case b is returned unchanged.
func appendFoldASCII(b []byte, s string) ([]byte, bool) {
	start := len(b)
	space, same := false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
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
		return b[:start], true
	}
	return b, false
}

// keyBuf holds the folded keys of a chunk of facts in a few large buffers
// rather than one small allocation each. A buffer is never grown in place:
// the keys already handed out point into it.
type keyBuf struct{ b []byte }

// fold is graph.Fold, the result kept in kb when it is not s itself.
func (kb *keyBuf) fold(s string) string {
	if !isASCII(s) {
		return graph.Fold(s)
	}
	if cap(kb.b)-len(kb.b) < len(s) {
		kb.b = make([]byte, 0, max(64<<10, len(s)))
	}
	start := len(kb.b)
	var same bool
	if kb.b, same = appendFoldASCII(kb.b, s); same {
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
func cleanSpace(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
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
		pkey != "" && skey != "" && (f.Date == "" || plainDate(f.Date))
	for _, s := range f.Seasons {
		ok = ok && s >= 0 && s <= 1000
	}
	if ok {
		return nil
	}
	return f.Validate()
}

// plainDate reports whether s is YYYY-MM-DD with a month and day in range.
func plainDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	m, d := int(s[5]-'0')*10+int(s[6]-'0'), int(s[8]-'0')*10+int(s[9]-'0')
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}
