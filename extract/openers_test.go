package extract

import (
	"strings"
	"testing"
)

// TestCastForOpensSentence checks that a sentence opening with "cast for"
// reads without a word before "cast" (the dub's "English dub cast for T").
func TestCastForOpensSentence(t *testing.T) {
	a, err := Parse("test", strings.NewReader("Cast for Quillon Reach was announced on Monday.\n\nCast for the dub of Quillon Reach includes Mera Vost."))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a, Options{})
}
