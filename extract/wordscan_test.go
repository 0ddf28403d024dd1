package extract

import "testing"

// TestAlnumEnd checks alnumEnd against a byte at a time, at every start of
// strings that mix ASCII letters, digits, marks and bytes past ASCII.
func TestAlnumEnd(t *testing.T) {
	var every []string // each byte value, inside a run of letters
	for c := 0; c < 256; c++ {
		every = append(every, "abcdefg"+string([]byte{byte(c)})+"hijklmnop")
	}
	for _, s := range append(every,
		"", "a", "Ana Selo", "Harbor-9 and Ana's", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
		"@[`{/:09az AZ", "Zoë Harbor", "Selo’s Harbor 2024.", "x\x7fy\x80z", "Ä", "abcdefgh-ijklmnop",
	) {
		for j := 0; j <= len(s); j++ {
			want := j
			for want < len(s) && alnumByte[s[want]] {
				want++
			}
			if got := alnumEnd(s, j); got != want {
				t.Errorf("alnumEnd(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
}
