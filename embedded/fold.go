package embedded

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// The functions below give exactly the results of their namesakes in package
// graph, with a fast path for the common case (plain ASCII, no season
// qualifier) so that bulk loads do not pay for Unicode normalisation and
// regular expressions on every name.

// fold is graph.Fold.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return graph.Fold(s)
		}
	}
	// ASCII: NFKD changes nothing and there are no combining marks.
	var buf [128]byte
	b := buf[:0]
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
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	if same {
		return s
	}
	return string(b)
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
