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
