package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// cleanSpace is graph.CleanSpace without allocating for clean input. It
// reads eight ASCII bytes at a time: those are clean where each is a
// printable character or a space, and no two spaces meet.
func cleanSpace(s string) string {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	prevSpace := true // the previous byte was a space; as if one came before s
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s, i)
		if w&highs != 0 {
			break // a byte past ASCII: read on a byte at a time
		}
		// each byte is below 0x80: adding to it carries into no other byte
		low := ^(w + (0x80-0x21)*ones) & highs              // the bytes below '!'
		spaces := ^((w ^ ' '*ones) + (0x80-1)*ones) & highs // the spaces
		if low != spaces || spaces&(spaces<<8) != 0 || prevSpace && spaces&0x80 != 0 {
			// a tab, a newline or another control byte, two spaces in a row,
			// or a space after a space (or at the start): read it a byte at a
			// time
			break
		}
		prevSpace = spaces>>63 != 0
	}
	prev := byte('x')
	if prevSpace {
		prev = ' '
	}
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < utf8.RuneSelf:
		case c == ' ':
			if prev == ' ' {
				return graph.CleanSpace(s)
			}
		case c < ' ':
			if '\t' <= c && c <= '\r' {
				return graph.CleanSpace(s)
			}
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return graph.CleanSpace(s)
			}
			i += n - 1
			c = 'x' // a rune that is not a space
		}
		prev = c
	}
	if prev == ' ' && s != "" {
		return graph.CleanSpace(s)
	}
	return s
}
