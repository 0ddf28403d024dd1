package extract

// pastApposedNoun reads "A veteran actor, X, has died": where the describing
// words base..st end in a cast noun and a comma sets off a full name, the
// name's start; else st.
func (x *extractor) pastApposedNoun(st, base int) int {
	if st > base && x.tok(st).text == "," && x.tok(st-1).has(cCastNouns) {
		if e := x.personAt(st + 1); e > st+2 && x.tok(e).text == "," {
			return st + 1
		}
	}
	return st
}
