package extract

// A person's age in brackets after the name, as Japanese, Korean and
// British papers write it: "Juri Kosaka (19)", "Sakura Ando (39)
// (Manpuku)". The age is no title and stands between a name and the
// bracket of the person's work.

// ageBracket reports whether tokens o..o+2 are "(", a number of one to
// three digits and ")": a person's age in brackets.
func (x *extractor) ageBracket(o int) bool {
	if x.tok(o).text != "(" || x.tok(o+2).text != ")" {
		return false
	}
	n := x.tok(o + 1)
	if n.kind != tNum || len(n.text) > 3 {
		return false
	}
	for _, r := range n.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pastWords, before the subject of "include", say that the list names
// people of earlier shows: "past heroines include X (T)", "former leads
// include Y".
var pastWords = set(`past previous former earlier`)
