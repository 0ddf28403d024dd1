package extract

// "the cast of A and B": after "cast of", a list of people, not a title.

// castOfPeople reports whether at..e, read as a title after "cast of", is
// the first name of a list of people: a full name followed by "and" or ","
// and another full name ("the previously announced cast of A and B").
func (x *extractor) castOfPeople(at, e int) bool {
	if l := x.tok(e).low; l != "and" && l != "," || !x.startsName(at) || !x.personShaped(at, e) {
		return false
	}
	pe := x.personAt(e + 1)
	return pe > e+2 && x.personShaped(e+1, pe)
}
