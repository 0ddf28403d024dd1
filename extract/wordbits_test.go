package extract

import "testing"

// TestWordBitsSpread checks that short words get bits of their own: with
// the top bits of the word hash unmixed, every word of two letters had the
// same bit, and a word set holding one passed every sentence with "of".
func TestWordBitsSpread(t *testing.T) {
	words := []string{"of", "in", "is", "as", "on", "by", "at", "an", "be", "it", "he", "to", "or", "so", "we", "a", "i"}
	bits := map[uint16]string{}
	for _, w := range words {
		bits[wordBit(w)] = w
	}
	if len(bits) < len(words)-2 {
		t.Errorf("%d words have %d bits among them: %v", len(words), len(bits), bits)
	}
}
