package extract

import "unicode/utf8"

// cutByte is strings.Cut(s, string(c)) for a separator of one ASCII byte,
// read by a loop its callers inline: names and words are short, and
// strings.Cut reaches the byte through strings.Index and IndexByte, about
// three times the instructions for a name of two words.
func cutByte(s string, c byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// hasByte is strings.Contains(s, string(c)) for one ASCII byte, read as
// cutByte reads it: for names and words, not whole sentences.
func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// isQuote reports whether s is a quotation mark: “ ” " ‘ ’ or '. It reads
// the bytes: "“", "”", "‘" and "’" are E2 80 followed by 9C, 9D, 98, 99.
func isQuote(s string) bool {
	switch len(s) {
	case 1:
		return s[0] == '"' || s[0] == '\''
	case 3:
		return s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x98 || s[2] == 0x99)
	}
	return false
}

// charSet is a set of characters for index: ASCII ones, and the quotes ‘ ’
// “ ” (E2 80 followed by 98, 99, 9C, 9D), whose bytes stand for nothing
// else in UTF-8.
type charSet struct {
	ascii  [2]uint64 // a bit for each ASCII byte
	quotes uint8     // a bit for each quote, by its last byte - 0x98
}

// newCharSet is the set of chars.
func newCharSet(chars string) *charSet {
	cs := new(charSet)
	for _, r := range chars {
		switch r {
		case '‘', '’', '“', '”':
			cs.quotes |= 1 << (string(r)[2] - 0x98)
		default:
			if r >= utf8.RuneSelf {
				panic("extract: charSet of " + string(r))
			}
			cs.ascii[r>>6] |= 1 << (r & 63)
		}
	}
	return cs
}

// index is strings.IndexAny(s, the set's characters), read a byte at a
// time: IndexAny reads a short string, or any with a character past ASCII
// in its set, rune by rune, a search of the set for each.
func (cs *charSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if cs.ascii[c>>6]&(1<<(c&63)) != 0 {
				return i
			}
		} else if c == 0xe2 && cs.quotes != 0 && i+2 < len(s) && s[i+1] == 0x80 {
			if q := s[i+2] - 0x98; q < 8 && cs.quotes&(1<<q) != 0 {
				return i
			}
		}
	}
	return -1
}

// has is strings.ContainsAny(s, the set's characters).
func (cs *charSet) has(s string) bool { return cs.index(s) >= 0 }

// the sets of characters hot callers search a name or a line for
var (
	apostrophes    = newCharSet("’'")
	dotQuotes      = newCharSet(".\"“”")
	hyphenDot      = newCharSet("-.")
	spaceQuotes    = newCharSet(" “”\"‘")
	clauseStops    = newCharSet(",.;")
	spaceDotHyphen = newCharSet(" .-")
	spaceHyphen    = newCharSet(" -")
	singleQuotes   = newCharSet("'‘")
)
