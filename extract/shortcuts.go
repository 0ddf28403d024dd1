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

// isQuote reports whether s is a quotation mark: “ ” " ‘ ’ or '. It reads
// the bytes: "“", "”", "‘" and "’" are E2 80 followed by 9C, 9D, 98, 99.
func isQuote(s string) bool {
	switch len(s) {
	case 1:
		return s[0] == '"' || s[0] == '\''
	case 3:
		return s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x98 || s[2] == 0x99)
	}
	return false
}
