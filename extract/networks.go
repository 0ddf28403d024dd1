package extract

import (
	"strings"
	"unicode/utf8"
)

// Networks and companies: the generic category of broadcasters, streaming
// services and production companies, never a person and never a show in a
// credit.

func (x *extractor) isNetwork(s string) bool {
	n := x.memo.lookup(s)
	if n.has&hasNet == 0 {
		n.net = isNetwork(s) || isCompany(s)
		n.has |= hasNet
	}
	return n.net
}

// companyEnds end a company's name, and no show's in the corpus:
// "Matchbox Pictures", "Ambience Entertainment", "Stark Production", "Show
// TV", and the same words in other languages ("Ay Yapım", "Argos
// Producciones").
var companyEnds = set(`pictures studios productions production entertainment films studio media group company festival
	screen television animation cinema filme movies tv channel yapım yapim producciones produções produzioni`)

// isCompany reports whether s names a production company: two words or
// more, the last a company word. A company is no show ("a third season of
// Matchbox Pictures’ Nowhere Boys").
func isCompany(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || i == 3 && (s[:3] == "The" || s[:3] == "the") {
		return false // "The Group", "The Company": a title, no company named
	}
	return hasLower(companyEnds, trimPunct(s[i+1:]))
}

func isNetwork(s string) bool {
	var buf [32]byte
	words := 0
	named := false // a network word, not only the glue between them
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := runeAt(s, j)
			if isSpace(r2) {
				break
			}
			j += n2
		}
		words++
		w := trimPunct(s[i:j])
		i = j
		if len(w) > len(buf) {
			return false // longer than any network word
		}
		low, ok := asciiLower(buf[:0], w)
		if !ok {
			low = []byte(strings.ToLower(w))
		}
		if !networks[string(low)] {
			switch string(low) {
			case "+", "and", "&", "one", "two", "the":
			default:
				return false
			}
		} else {
			named = true
		}
	}
	return words > 0 && named // not "And", "One" alone: glue words name no network
}

// asciiLower appends ASCII s in lower case to b; ok is false for other
// text.
func asciiLower(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}
