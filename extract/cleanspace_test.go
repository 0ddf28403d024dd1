package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// cleanSpaceBytes is cleanSpace read a byte at a time: what cleanSpace
// must agree with.
func cleanSpaceBytes(s string) string {
	prev := byte(' ') // the previous byte; as if a space came before s
	for i := 0; i < len(s); i++ {
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

// TestCleanSpace checks cleanSpace against cleanSpaceBytes on names,
// sentences and random text, and that it returns clean input itself.
func TestCleanSpace(t *testing.T) {
	cases := []string{"", " ", "a", "Ana Lee", " Ana Lee", "Ana Lee ", "Ana  Lee", "Ana\tLee", "Ana\u00a0Lee", "Zoë Kravitz",
		"Kim Hye-soo and Han Suk-kyu star in the drama", "12345678", "1234567 ", "12345678 ", " 12345678", "1234567  8",
		"abcdefg\x01hijklmno", "abcdefgh ijklmnop qrstuvwx", "abcdefgh  ijklmnop", "abcdefg  hijklmno", "abcdefgh\u2003ijklmnop"}
	pieces := []string{"a", "Z", " ", "  ", ".", "\t", "\n", "\x01", "\x7f", "é", "\u00a0", "\u2003", "“", "Lee", "12345678", "-"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for n := r.Intn(30); n > 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		got, want := cleanSpace(s), cleanSpaceBytes(s)
		if got != want {
			t.Errorf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
		if want == s && s != "" && unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("cleanSpace(%q) copies clean input", s)
		}
	}
}
