package graph

import (
	"slices"
	"strings"
	"testing"
)

func TestFuzzyScore(t *testing.T) {
	long := strings.Repeat("x", FuzzyMaxRunes)
	for _, c := range []struct {
		text, name string
		want       float64
	}{
		{"squid gme", "Squid Game", 0.175},                 // inserted: 0.2 × (1 − 1/8)
		{"sqiud game", "Squid Game", 0.178},                // swapped
		{"squid gamme", "Squid Game", 0.18},                // deleted
		{"squid gane", "Squid Game", 0.178},                // replaced
		{"squidd gamme", "Squid Game", 0.164},              // one edit in each word
		{"SQUID GAEM season 2", "Squid Game", 0.178},       // folded, without the season
		{"sqiud", "Squid Game", 0.08},                      // some of the words: 0.1 × (1 − 1/5)
		{"gaem", "Squid Game", 0.075},                      // the last word
		{"kim", "Jim Carrey", 0.067},                       // three runes may have a typo
		{"squid game", "Squid Game", 0.2},                  // no typo at all (MatchScore's case)
		{"sqiudd game", "Squid Game", 0},                   // two edits in a word
		{"kim", "Ki Hoon", 0},                              // the name's word is too short
		{"ki", "Kit Harington", 0},                         // the search word is too short
		{"game squid", "Squid Game", 0},                    // out of order
		{"squid gme", "Squid", 0},                          // more words than the name
		{"a b c d e squid gme", "a b c d e Squid Game", 0}, // too many words
		{long + "y", long + "z", 0},                        // too long
		{long[1:] + "y", long[1:] + "z", 0.192},            // 24 runes, still allowed: 0.2 × (1 − 1/24)
	} {
		if got := FuzzyScore(c.text, c.name); got != c.want {
			t.Errorf("FuzzyScore(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

func TestSearchScore(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       float64
	}{
		{"squid", "Squid Game", 0.75},
		{"sqiud", "Squid Game", 0.08},
		{"squid game", "Squid Game", 1},
		{"nothing", "Squid Game", 0},
	} {
		if got := SearchScore(c.text, c.name); got != c.want {
			t.Errorf("SearchScore(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

func TestFuzzyKey(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"squid gme", true},
		{"iu", false},
		{"a b c d e squid", true},
		{"a b c d e f squid", false},
		{strings.Repeat("x", FuzzyMaxRunes+1), false},
	} {
		if got := NewFuzzyKey(c.q).Fuzzy(); got != c.want {
			t.Errorf("NewFuzzyKey(%q).Fuzzy() = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestSuggestions(t *testing.T) {
	hits := []SearchHit{{Name: "A"}, {Name: "B"}, {Name: "A"}, {Name: "C"}, {Name: "D"}}
	if got := Suggestions(hits); !slices.Equal(got, []string{"A", "B", "C"}) {
		t.Errorf("Suggestions = %q, want A, B, C", got)
	}
	if got := Suggestions(nil); got != nil {
		t.Errorf("Suggestions(nil) = %q, want nil", got)
	}
	for _, c := range []struct {
		names []string
		want  string
	}{
		{nil, `no show titled "X"`},
		{[]string{"A"}, `no show titled "X"; did you mean "A"?`},
		{[]string{"A", "B"}, `no show titled "X"; did you mean "A" or "B"?`},
		{[]string{"A", "B", `C "c"`}, `no show titled "X"; did you mean "A", "B" or "C \"c\""?`},
	} {
		e := NotFound(c.names, "no show titled %q", "X")
		if e.Code != ENOTFOUND || e.Message != c.want || !slices.Equal(e.Suggestions, c.names) {
			t.Errorf("NotFound(%q) = %+v, want code %s, message %s", c.names, e, ENOTFOUND, c.want)
		}
	}
}
