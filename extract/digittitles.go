package extract

// A title may open with digits run into letters: "7de Laan", "2gether",
// "9jaFlix". Such a word is lower-case to the tokenizer, but reads as a
// title's word where a capital would.

// digitTitleWord reports whether the word t starts with a digit and goes on
// in letters that make no ordinal ("20th"), decade ("1990s"), unit or time
// ("3D", "4K", "10pm", "50cm"): at least two letters after the digits; or
// is one digit and two or more hyphenated ones ("9-1-1").
//
// Its first test, three bytes or more opening with a digit, is made in the
// caller, inlined: most words it is asked of are none.
func digitTitleWord(t *token) bool {
	return len(t.low) >= 3 && t.low[0]-'0' <= 9 && digitTitleRest(t)
}

// digitTitleRest is digitTitleWord past its first test.
func digitTitleRest(t *token) bool {
	l := t.low
	if t.kind != tWord || len(l) < 3 || l[0] < '0' || l[0] > '9' {
		return false
	}
	i := 1
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	rest := l[i:]
	if len(rest) >= 4 && rest[0] == '-' && i == 1 {
		return digitCode(rest) // "9-1-1"
	}
	if len(rest) < 2 || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	switch rest {
	case "st", "nd", "rd", "th", "am", "pm", "km", "cm", "mm", "kg", "mb", "gb", "tb", "hz", "fps", "mph", "ers", "bn", "mn", "yo", "hr", "hrs", "min", "mins":
		return false
	}
	return true
}

// digitCode reports whether rest, after a word's first digit, is two or
// more hyphens each before one digit: "9-1-1", an emergency number's title;
// not a score ("3-2"), a range or a date ("12-05-24").
func digitCode(rest string) bool {
	if len(rest)%2 != 0 {
		return false
	}
	for k := 0; k < len(rest); k += 2 {
		if rest[k] != '-' || rest[k+1] < '0' || rest[k+1] > '9' {
			return false
		}
	}
	return true
}

// yearPhrase reports whether s opens with a year and a word in lower case:
// "2011 at the Royal Albert Hall" of "returned in 2011 at the Royal Albert
// Hall concert", a date and a place, no title.
func yearPhrase(s string) bool {
	if len(s) < 7 || s[4] != ' ' || s[5] < 'a' || s[5] > 'z' || s[0] < '1' || s[0] > '2' {
		return false
	}
	for _, c := range []byte(s[1:4]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
