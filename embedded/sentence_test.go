package embedded

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTemplate checks that a sentence's template reads back as the sentence,
// and that names are referred to where they should be.
func TestTemplate(t *testing.T) {
	names := creditNames{"Kim Tae-ri", "Mr. Sunshine", "Go Ae-sin", ""}
	for _, c := range []struct{ s, tmpl string }{
		{"Kim Tae-ri plays Go Ae-sin in Mr. Sunshine.", "\x00\x01 plays \x00\x03 in \x00\x02."},
		{"No names here.", "No names here."},
		{"", ""},
		{"Kim Tae-ri, Kim Tae-ri!", "\x00\x01, \x00\x01!"},
		{"a\x00b Mr. Sunshine\x00", "a\x00\x00b \x00\x02\x00\x00"},
		{"Kim Tae-r", "Kim Tae-r"},
	} {
		var b []byte
		b = appendTemplate(b, c.s, &names)
		if string(b) != c.tmpl {
			t.Errorf("template of %q = %q, want %q", c.s, b, c.tmpl)
		}
		if got := expandTemplate(string(b), &names); got != c.s {
			t.Errorf("template of %q reads back as %q", c.s, got)
		}
	}
	// Overlapping names: the one that starts first wins, the longer when
	// two start together.
	over := creditNames{"Sherlock", "Sherlock Holmes", "Holmes", "lock"}
	if b := appendTemplate(nil, "Sherlock Holmes as Sherlock", &over); string(b) != "\x00\x02 as \x00\x01" {
		t.Errorf("overlapping names: %q", b)
	}
	// Short names stay in the text.
	short := creditNames{"Al", "", "", "dp"}
	if b := appendTemplate(nil, "Al is the dp", &short); string(b) != "Al is the dp" {
		t.Errorf("short names: %q", b)
	}
	// Random text over a small alphabet, so that names and NULs turn up
	// everywhere, overlapping.
	r := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteByte("ab \x00"[r.IntN(4)])
		}
		return sb.String()
	}
	for range 20000 {
		n := creditNames{word(r.IntN(6)), word(r.IntN(6)), word(r.IntN(6)), word(r.IntN(6))}
		s := word(r.IntN(40))
		b := appendTemplate(nil, s, &n)
		if got := expandTemplate(string(b), &n); got != s {
			t.Fatalf("names %q: %q -> %q -> %q", n, s, b, got)
		}
		if len(b) > 2*len(s) {
			t.Fatalf("template of %q is %d bytes", s, len(b))
		}
	}
	// A damaged template reads back as something, never a crash.
	for _, tmpl := range []string{"\x00", "ab\x00\x09c", "\x00\x05"} {
		expandTemplate(tmpl, &names)
	}
}
