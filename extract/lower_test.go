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

// firstTwoFields gives strings.Fields' first two fields, and
// calledCompanyIn reads what it read lower-casing every mention's rest.
func TestFirstTwoFieldsAndCalledOpening(t *testing.T) {
	for _, s := range []string{"", " ", " a", " a b c", "\ta\u00a0b", "a\u2003 b\u0085c", "\xff b", " É  Ü ", "ab\vcd\fef", " Film\u3000x"} {
		a, b, n := firstTwoFields(s)
		f := strings.Fields(s)
		want := f[:min(len(f), 2)]
		if n != len(want) || n > 0 && a != want[0] || n > 1 && b != want[1] {
			t.Errorf("firstTwoFields(%q) = %q, %q, %d; want %q", s, a, b, n, want)
		}
	}
	for _, rest := range []string{" is a studio", " IS AN agency", " İs a company", " was One Of the", " is", " is one of", " isa", " Was one of the labels"} {
		low := strings.ToLower(rest)
		want := strings.HasPrefix(low, " is one of ") || strings.HasPrefix(low, " is a ") || strings.HasPrefix(low, " is an ") || strings.HasPrefix(low, " was one of ")
		if want && !calledOpening(rest) {
			t.Errorf("calledOpening(%q) = false; lower-cased, it opens with one", rest)
		}
	}
}

func TestTrimCommaColon(t *testing.T) {
	for _, s := range []string{"", ",", ",;:", "X,", ":X Y;", ",,X,,", "X", "é,", ";é"} {
		if got, want := trimCommaColon(s), strings.Trim(s, ",;:"); got != want {
			t.Errorf("trimCommaColon(%q) = %q, want %q", s, got, want)
		}
	}
}
