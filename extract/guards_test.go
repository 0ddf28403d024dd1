package extract

import "testing"

// prizePlural skips the lookup for words longer than any of prizePlurals.
func TestPrizePluralLengths(t *testing.T) {
	for w := range prizePlurals {
		if !prizePlural(w) {
			t.Errorf("prizePlural(%q) = false: a word of prizePlurals is longer than it reads", w)
		}
	}
	if prizePlural("oscar winners") {
		t.Error(`prizePlural("oscar winners") = true`)
	}
}
