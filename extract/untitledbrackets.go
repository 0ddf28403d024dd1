package extract

// A one-word given name, then a bracket of a full name no title would
// hold: "Mara (Dara Devlin) is new in town", "Angela (Fabrizia Tovel,
// right)". The bracket's two or three capitalized words
// are none of the words two titles or more hold (titlewords.txt) nor
// function words, so they name the character's actor, even where the
// lists do not know the first word as a given name or the article names
// another person with the given name ("Mara Selo, the festival's
// director"): the actor plays the character in the sentence's show, the
// bracket is no show and the given name no person.

// untitledName reports whether the tokens i to j are two or three
// capitalized words, none a title word nor a function word: a person's
// name, not "Full House" nor "The Good Wife".
func (x *extractor) untitledName(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		t := &x.toks[k]
		if t.kind != tWord || !t.cap || t.has(cStopWords|cGenreNouns|cNetworks|cDateWords) || titleWords[t.low] || isUpperCase(t.text) {
			return false
		}
	}
	return !x.isShow(x.span(i, j)) && !x.isNetwork(x.span(i, j))
}

// givenUntitledBracket reports whether the bracket part i to j after the
// one name word at ps is an actor's full name after a character's given
// name: "Mara (Dara Devlin)"; not in a list after "the role of", whose
// brackets hold the original's characters ("the role of Thye (Dao Ming
// Si) and Kavin (Hua Zi Lei)", roleoflists.go).
func (x *extractor) givenUntitledBracket(ps, j, i, e int) bool {
	return j-ps == 1 && x.startsName(ps) && x.untitledName(i, e) && !x.roleOfList(ps)
}
