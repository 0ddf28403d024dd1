package extract

import (
	"strings"
	"testing"
)

// TestLastFor checks lastFor against strings.LastIndex.
func TestLastFor(t *testing.T) {
	for _, s := range []string{"", " for ", "for ", " for", "Unforgiven for ITV1", "a for b for c", "x  for  y", "for for for ", " fo r ", "The Fortress"} {
		if got, want := lastFor(s), strings.LastIndex(s, " for "); got != want {
			t.Errorf("lastFor(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestHasSequel checks hasSequel against strings.Contains.
func TestHasSequel(t *testing.T) {
	for _, s := range []string{"", "sequel", "Sequel", "SEQUEL", "quel", "equel", "a sequel to", "the Sequel", "sequestered quell", "esquel sequel", "qu", "Squel", "xsequelx"} {
		want := strings.Contains(s, "sequel") || strings.Contains(s, "Sequel")
		if got := hasSequel(s); got != want {
			t.Errorf("hasSequel(%q) = %v, want %v", s, got, want)
		}
	}
}
