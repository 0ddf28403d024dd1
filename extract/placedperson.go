package extract

// A person's name opening a sentence that says where the person shone:
// "A B was a hit in the film T", "A B is a regular on the show". The
// genre noun after the preposition names the work A B was in, not what A
// B is, so A B is no title of the sentence.

// placeWordsBefore are the prepositions that put a description's subject in
// a work: "a hit in the film", "a regular on the show".
var placeWordsBefore = set(`in on opposite alongside with`)

// placedPerson reports whether the words from st to e are a person's name
// and the description after the verb at a puts them in a work: a
// preposition comes before the first genre noun.
func (x *extractor) placedPerson(st, e, a int) bool {
	for m := a + 2; m < len(x.toks) && m < a+10; m++ {
		t := &x.toks[m]
		if t.has(cGenreNouns) && !t.cap {
			return false
		}
		if placeWordsBeforeIDs.has(t.id) && !t.cap {
			return x.personShaped(st, e) && x.startsName(st)
		}
	}
	return false
}
