package extract

import (
	"strings"
	"testing"
)

// TestRegionalNetworkFail checks that regionalNetwork, told where
// networkWords stopped, answers as reading the network before the place
// anew does.
func TestRegionalNetworkFail(t *testing.T) {
	for _, s := range []string{
		"Netflix Naija", "Amazon Prime Video India", "Prime Video India", "Mara Quill India", "Netflix Mara India",
		"The Netflix India", "And India", "Netflix", "India", " Netflix India", "Netflix  India", "Netflix\tIndia",
		"BBC Four Scotland", "BBC Mara Scotland", "HBO and Max Korea", "Sky One UK", "Disney+ Hotstar India",
		"Apple TV+ Canada", "Vera Lindqvist", "Netflix Vera Lindqvist", "", " ", "Netflix India ", "ITV Studios",
	} {
		ok, fail := networkWords(s)
		if ok != isNetwork(s) {
			t.Errorf("networkWords(%q) = %v, isNetwork %v", s, ok, isNetwork(s))
		}
		i := strings.LastIndexByte(s, ' ')
		want := i > 0 && placeName(trimPunct(s[i+1:])) && isNetwork(s[:i])
		if got := regionalNetwork(s, fail); got != want {
			t.Errorf("regionalNetwork(%q, %d) = %v, want %v", s, fail, got, want)
		}
	}
}
