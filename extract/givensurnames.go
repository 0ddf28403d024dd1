package extract

// A given name, then the surname in brackets and the person's job:
// "John (Morton), the writer,", as an interview's quote is filled in.

// givenSurname reads "First (Surname), the writer," where the name from ps
// to j is one given name and the bracket's only part one capitalized word
// that is no show the article knows, before ", the" and a job noun: the
// bracket completes the name, no show, and the lone given name is
// credited nothing.
func (x *extractor) givenSurname(ps, j int, parts []part) bool {
	if j-ps != 1 || len(parts) != 1 || !x.startsName(ps) {
		return false
	}
	p := parts[0]
	if p.j-p.i != 1 || p.poss || !x.tok(p.i).cap || x.tok(p.i).kind != tWord || x.tok(p.j).text != ")" {
		return false
	}
	c := p.j
	if x.tok(c+1).text != "," || x.tok(c+2).low != "the" {
		return false
	}
	if jobNounsIDs.get(x.tok(c+3).id) == "" || x.isShow(x.tok(p.i).text) {
		return false
	}
	return true
}
