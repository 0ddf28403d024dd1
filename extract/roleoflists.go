package extract

// Names listed after "the role of", "the roles of": "will take on the
// roles of C1 (O1) and C2 (O2), respectively": the names are characters,
// and their brackets no shows.

// roleOfList reports whether the name at ps is an item of a list that
// "the role of", "the roles of" or "the characters of" opens: read back
// over capitalized words, "," and "and", and whole brackets, to "of".
func (x *extractor) roleOfList(ps int) bool {
	i := ps - 1
	for n := 0; i >= 1 && n < 40; n++ {
		t := x.tok(i)
		switch {
		case t.text == ")":
			o := x.openOf(i)
			if o < 0 || o >= i {
				return false
			}
			i = o - 1
			continue
		case t.cap && t.kind == tWord, t.text == ",", t.low == "and":
			i--
			continue
		case t.low == "of":
			switch x.tok(i - 1).low {
			case "role", "roles", "characters", "parts":
				return true
			}
		}
		return false
	}
	return false
}
