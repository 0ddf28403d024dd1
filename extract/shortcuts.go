package extract

// cutByte is strings.Cut(s, string(c)) for a separator of one ASCII byte,
// read by a loop its callers inline: names and words are short, and
// strings.Cut reaches the byte through strings.Index and IndexByte, about
// three times the instructions for a name of two words.
func cutByte(s string, c byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// hasByte is strings.Contains(s, string(c)) for one ASCII byte, read as
// cutByte reads it: for names and words, not whole sentences.
func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
