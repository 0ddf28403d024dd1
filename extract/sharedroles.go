package extract

// sharedRole reports whether the subjects of the play verb at k, several
// people joined by "and", share the verb's one character: "A and B will
// portray C", "A and B join forces to voice C". The verb's subject is the
// whole list, which ends right before the verb or its auxiliaries.
func (x *extractor) sharedRole(k int, subjects []string) bool {
	if len(subjects) < 2 || len(subjects) > 3 || x.tok(k).low == "role" {
		return false
	}
	v := k - 1
	for v > 0 && (x.tok(v).has(cAuxWords) || x.tok(v).low == "also" || x.tok(v).low == "to" || x.tok(v).low == "forces" || x.tok(v).low == "join" || x.tok(v).low == "set") {
		v--
	}
	if x.tok(v).text == ")" {
		if o := x.openOf(v); o >= 0 && o < v {
			v = o - 1 // "and Justin Briner (My Hero Academia's Izuku) will portray"
		}
	}
	// the last subject's name ends at v; "and" stands between the names
	pe := x.personBefore(v + 1)
	return pe <= v && x.tok(pe-1).low == "and"
}
