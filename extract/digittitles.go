package extract

// A title may open with digits run into letters: "7de Laan", "2gether",
// "9jaFlix". Such a word is lower-case to the tokenizer, but reads as a
// title's word where a capital would.

// digitTitleWord reports whether the word t starts with a digit and goes on
// in letters that make no ordinal ("20th"), decade ("1990s"), unit or time
// ("3D", "4K", "10pm", "50cm"): at least two letters after the digits.
func digitTitleWord(t *token) bool {
	l := t.low
	if t.kind != tWord || len(l) < 3 || l[0] < '0' || l[0] > '9' {
		return false
	}
	i := 1
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	rest := l[i:]
	if len(rest) < 2 || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	switch rest {
	case "st", "nd", "rd", "th", "am", "pm", "km", "cm", "mm", "kg", "mb", "gb", "tb", "hz", "fps", "mph", "ers", "bn", "mn", "yo", "hr", "hrs", "min", "mins":
		return false
	}
	return true
}
