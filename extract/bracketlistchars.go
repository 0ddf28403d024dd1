package extract

// A one-word bracket after a person in a sentence whose earlier bracket
// already held a person's character: the same list goes on naming
// characters, not shows.

// listedCharBracket reports whether the bracket's part p after the person
// from ps to j is one more character of a list whose earlier bracket held
// a character (actorChar): "A (Mete) ... and experienced actress B
// (Despina)", where the name is a list item, after "," or "and" and at most
// two lower-case words describing the person.
func (x *extractor) listedCharBracket(ps, j int, p part, actorChar bool) bool {
	if !actorChar || p.j-p.i != 1 || x.tok(p.i).kind != tWord || j-ps < 2 || ps == 0 {
		return false
	}
	for i := ps - 1; i >= 0 && i >= ps-3; i-- {
		w := x.tok(i)
		if w.text == "," || w.low == "and" {
			return true
		}
		if w.cap || w.kind != tWord {
			return false
		}
	}
	return false
}
