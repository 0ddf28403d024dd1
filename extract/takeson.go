package extract

// takesOnAt reports whether the tokens ending at v are a form of "take on":
// "X takes on the character of C" names C as X's character, as "the role
// of C" does.
func (x *extractor) takesOnAt(v int) bool {
	if v < 1 || x.tok(v).low != "on" {
		return false
	}
	switch x.tok(v - 1).low {
	case "takes", "take", "took", "taking", "taken":
		return true
	}
	return false
}
