package extract

import (
	"strings"
	"testing"
)

// TestAlnumEnd checks alnumEnd against a byte at a time, at every start of
// strings that mix ASCII letters, digits, marks and bytes past ASCII.
func TestAlnumEnd(t *testing.T) {
	var every []string // each byte value, inside a run of letters
	for c := 0; c < 256; c++ {
		every = append(every, "abcdefg"+string([]byte{byte(c)})+"hijklmnop")
	}
	for _, s := range append(every,
		"", "a", "Ana Selo", "Harbor-9 and Ana's", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
		"@[`{/:09az AZ", "Zoë Harbor", "Selo’s Harbor 2024.", "x\x7fy\x80z", "Ä", "abcdefgh-ijklmnop",
	) {
		for j := 0; j <= len(s); j++ {
			want := j
			for want < len(s) && alnumByte[s[want]] {
				want++
			}
			if got := alnumEnd(s, j); got != want {
				t.Errorf("alnumEnd(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
}

// TestIndexRare checks indexRare against strings.Index at every start of
// texts that write their words often, seldom and overlapping, with words
// whose rarest byte is first, inside and last.
func TestIndexRare(t *testing.T) {
	text := strings.Repeat("the lion and the lioness saw Lion Lune, a lull; ", 3) + "lolol lullaby zoë Zoë l-ion lion"
	words := []string{"lion", "Lion", "lull", "lol", "lolol", "ion", "lullaby", "zoë", "Zoë", "l-ion", "the lion", "lion", "absent", "nz", "a", "", "Lune, a"}
	for _, s := range []string{text, strings.Repeat("ab", 100) + "abz", strings.Repeat("x", 80) + "lion", strings.Repeat("a", 100) + "ea" + strings.Repeat("a", 70)} {
		for from := 0; from <= len(s); from++ {
			for _, w := range append(words, "abz", "bz", "xxxl", "xlion", "ea", "eaa") {
				if got, want := indexRare(s[from:], w), strings.Index(s[from:], w); got != want {
					t.Errorf("indexRare(%q, %q) = %d, want %d", s[from:], w, got, want)
				}
			}
		}
	}
}
