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

// asciiLower lowers ASCII text after what b holds, and refuses other text;
// isNetwork reads the words strings.Fields splits.
func TestAsciiLowerAndIsNetwork(t *testing.T) {
	strs := []string{"", "Netflix", "HBO Max", "BBC One", "The CW", "Apple TV+", "and", "One", "Jane Smith", "NETFLIX", "Amazon Prime Video",
		"BBC\u00a0One", "Disney+", "ITV’s", "Ünïcode", "\xffbad", "bbc  two", " Hulu ", "(Netflix)", "HBO & Max", strings.Repeat("x", 40), "Kelvin \u212a"}
	for _, s := range strs {
		for _, prefix := range []string{"", "ab"} {
			var buf [8]byte
			b := append(buf[:0], prefix...)
			got, ok := asciiLower(b, s)
			ascii := true
			for i := 0; i < len(s); i++ {
				ascii = ascii && s[i] < 0x80
			}
			if ok != ascii || ok && string(got) != prefix+strings.ToLower(s) {
				t.Errorf("asciiLower(%q, %q) = %q, %v", prefix, s, got, ok)
			}
		}
		if got, want := isNetwork(s), isNetworkByFields(s); got != want {
			t.Errorf("isNetwork(%q) = %v, want %v", s, got, want)
		}
	}
}

// isNetworkByFields is isNetwork read with the strings functions.
func isNetworkByFields(s string) bool {
	words, named := 0, false
	for _, f := range strings.Fields(s) {
		words++
		w := trimPunct(f)
		if len(w) > 32 {
			return false
		}
		switch low := strings.ToLower(w); {
		case networks[low]:
			named = true
		case low == "+" || low == "and" || low == "&" || low == "one" || low == "two" || low == "three" || low == "four" || low == "the":
		default:
			return false
		}
	}
	return words > 0 && named
}
