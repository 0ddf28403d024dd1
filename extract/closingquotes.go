package extract

// A title opened with the closing mark: Danish and Norwegian print set
// ’Havnefolk’ where English sets ‘Havnefolk’. The opening ’ is read as ‘,
// so every reading of a quoted title sees ‘T’.

// closingAsOpen reports whether the ’ of s at i (n bytes) opens a quote,
// toks being the tokens before it: "den nye krimi ’Havn’ med A". It does
// where no word is glued before it, a letter follows, and a ’ glued to a
// word and followed by no letter closes it on the same line within a few
// words; "’em", "rock ’n’ roll" and the Dutch "’t" are no quotes (a single
// letter, or no mark to close them).
func closingAsOpen(s string, i, n int, toks []token) bool {
	if k := len(toks) - 1; k >= 0 && toks[k].end == int32(i) && toks[k].text != "(" {
		return false
	}
	j := i + n
	if !letterAt(s, j) {
		return false
	}
	for m := j + 1; m < len(s) && m < j+64; m++ {
		switch s[m] {
		case '\n', '.', ';', '"':
			return false
		case 0xE2:
			if m+2 < len(s) && s[m+1] == 0x80 && s[m+2] == 0x99 {
				return m > j+1 && s[m-1] != ' ' && !letterAt(s, m+3)
			}
		}
	}
	return false
}
