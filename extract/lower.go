package extract

import "strings"

// lowerInto is strings.ToLower(w), written into buf when w is ASCII, so
// that a caller that only looks the result up ("set[string(low)]") or
// passes it on as a short string allocates nothing.
func lowerInto(buf []byte, w string) []byte {
	if low, ok := asciiLower(buf[:0], w); ok {
		return low
	}
	return []byte(strings.ToLower(w))
}

// hasLower reports whether set holds strings.ToLower(s).
func hasLower(set map[string]bool, s string) bool {
	var buf [64]byte
	return set[string(lowerInto(buf[:0], s))]
}
