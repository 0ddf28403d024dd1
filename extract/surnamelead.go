package extract

// surnameLeads reports whether the name from ps to j, before a bracket
// that holds the name p, is the person of the pair: the article opens a
// sentence with its last word and never with the bracket's, as a cast
// retrospective does under each "Actor (Character)" heading ("Jenna
// Morales (Casey Whitfield)" over "Morales played the show's heroine").
// News calls a person by surname, a character rarely.
func (x *extractor) surnameLeads(ps, j int, p part) bool {
	if j-ps < 2 || p.j-p.i < 2 {
		return false
	}
	outer, inner := x.tok(j-1).text, x.tok(p.j-1).text
	if outer == inner {
		return false
	}
	opens := false
	for i := range x.sents {
		t := x.sents[i].toks
		if len(t) < 2 || t[1].kind == tWord && t[1].cap {
			continue // "Morales Jones": a full name, not the surname alone
		}
		switch t[0].text {
		case inner:
			return false
		case outer:
			opens = true
		}
	}
	return opens
}
