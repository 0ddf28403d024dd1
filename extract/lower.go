package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerInto is strings.ToLower(w), written into buf, so that a caller
// that only looks the result up ("set[string(low)]") or passes it on as a
// short string allocates nothing. Past ASCII each rune is lowered as
// strings.ToLower lowers it (unicode.ToLower; a byte that is no UTF-8 reads
// as utf8.RuneError).
func lowerInto(buf []byte, w string) []byte {
	if low, ok := asciiLower(buf[:0], w); ok {
		return low
	}
	low := buf[:0]
	for _, r := range w {
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	return low
}

// hasLower reports whether set holds strings.ToLower(s).
func hasLower(set map[string]bool, s string) bool {
	var buf [64]byte
	return set[string(lowerInto(buf[:0], s))]
}

// hasLowerWord is hasLower for a set of words whose bits m holds
// (setMask): one hash of the lower case, and the set looked up only where
// its bit is set.
func hasLowerWord(set map[string]bool, m wordSet, s string) bool {
	var buf [64]byte
	low := lowerInto(buf[:0], s)
	b := hashBit(classHashBytes(low))
	return m.wordBits[b>>6]&(1<<(b&63)) != 0 && set[string(low)]
}

// plainEnds reports whether s starts and ends with an ASCII byte that is no
// space: strings.TrimSpace(s) is s.
func plainEnds(s string) bool {
	return s != "" && ' ' < s[0] && s[0] < utf8.RuneSelf && ' ' < s[len(s)-1] && s[len(s)-1] < utf8.RuneSelf
}

// trimPunct is strings.Trim(s, ".,:;!?'’\"“”()"), the punctuation around a
// word of a title, without reading the cut set at each call.
func trimPunct(s string) string {
	for s != "" {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !titlePunct(r) {
			break
		}
		s = s[n:]
	}
	for s != "" {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !titlePunct(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

func titlePunct(r rune) bool {
	switch r {
	case '.', ',', ':', ';', '!', '?', '\'', '’', '"', '“', '”', '(', ')':
		return true
	}
	return false
}

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// plainFirstWord returns the first word of s in lower case, and its word
// classes, when s opens with ASCII letters ended by a space or by the end
// of s: then that word is s's first field, as strings.Fields and
// cutByte(s, ' ') give it. ok is false for any other s, which its
// callers read the long way.
//
// One loop reads the letters and writes their lower case to buf.
func plainFirstWord(buf []byte, s string) (low []byte, c uint64, ok bool) {
	low = buf[:0]
	i := 0
	for ; i < len(s); i++ {
		b := s[i] | 0x20 // the lower case of a letter
		if b < 'a' || b > 'z' {
			break
		}
		low = append(low, b)
	}
	if i == 0 || i < len(s) && s[i] != ' ' {
		return nil, 0, false
	}
	return low, wordClasses.getBytes(low), true
}

// hasSequel is strings.Contains(text, "sequel") || strings.Contains(text,
// "Sequel"): it looks for the rare "q" and reads the letters around it,
// once through the text.
func hasSequel(text string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "quel")
		if j < 0 {
			return false
		}
		if k := i + j; k >= 2 && text[k-1] == 'e' && (text[k-2] == 's' || text[k-2] == 'S') {
			return true
		}
		i += j + 1
	}
	return false
}
