package extract

import (
	"strings"
	"testing"
)

// The fast helpers of lower.go give what the strings functions they stand
// for give.
func TestLowerHelpers(t *testing.T) {
	for _, s := range []string{"", ".", "“Hello,”", "(BBC)", "’x’", "a\xffb.", "\xff.", ".\xff", "“", "\xe2\x80", "x\xe2\x80",
		"...", "It’s", "“A” B”", "É.", ".é", "\"\"x\"\"", "()", "İstanbul", "SEASON", "Kelvin \u212a", strings.Repeat("Ab", 40)} {
		if got, want := trimPunct(s), strings.Trim(s, ".,:;!?'’\"“”()"); got != want {
			t.Errorf("trimPunct(%q) = %q, want %q", s, got, want)
		}
		var buf [32]byte
		if got, want := string(lowerInto(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestHasOpenQuote(t *testing.T) {
	for _, s := range []string{"", "a", "“", "x\"y", "\xe2\x80", "\xe2\xe2\x80\x9c", "\xf0\xe2\x80\x9c", "”", "‘x’", "a“b"} {
		if got, want := hasOpenQuote(s), strings.ContainsAny(s, "“\""); got != want {
			t.Errorf("hasOpenQuote(%q) = %v, want %v", s, got, want)
		}
	}
}
