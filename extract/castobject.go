package extract

// choosingVerbs choose an actor for a part: "director X cast her as C".
var choosingVerbs = set(`cast casts recast chose picked tapped hired`)

// castObjectSubject reads "X cast her as C" with "as" at k: the one who
// plays C is the pronoun's person, not X, who cast them. It returns that
// person (the person the article's lead names, where the pronoun fits
// them) and true; false where no pronoun object stands before "as".
func (x *extractor) castObjectSubject(k int) ([]string, bool) {
	p := x.tok(k - 1).low
	if p != "her" && p != "him" || x.tok(k-1).cap || !choosingVerbsIDs.has(x.tok(k-2).id) {
		return nil, false
	}
	if m := x.mainPerson(); m != "" && (p == "her" && x.leadGender() == 'f' || p == "him" && x.leadGender() == 'm') {
		return []string{m}, true
	}
	return nil, true
}
