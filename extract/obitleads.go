package extract

// An obituary's or profile's lead: "Dame Ana Selo, the British-born
// actress whose career spanned eight decades, died": whom its pronouns name.

// apposedGender is the gender the noun of an aside at i after a lead's
// name gives: "the British-born actress", "a veteran actor"; or 0.
func (x *extractor) apposedGender(i int) byte {
	if l := x.tok(i).low; l != "the" && l != "a" && l != "an" {
		return 0
	}
	for m := i + 1; m < len(x.toks) && m < i+5; m++ {
		switch x.toks[m].low {
		case "actress", "actresses", "singer-actress":
			return 'f'
		case "actor", "singer-actor":
			return 'm'
		}
		if x.toks[m].kind != tWord {
			return 0
		}
	}
	return 0
}

// leadNounGender is the gender of the lead's person whose name spans st to
// e: the noun before it ("Actress X", "the actor X"), else the noun of an
// aside after it ("X, the British-born actress whose"); or 0.
func (x *extractor) leadNounGender(st, e int) byte {
	g := byte(0)
	for m := 0; m < st; m++ {
		switch x.toks[m].low {
		case "actress", "actresses", "heroine", "singer-actress":
			g = 'f'
		case "actor", "hero", "singer-actor":
			g = 'm'
		}
	}
	if g == 0 && x.tok(e).text == "," {
		g = x.apposedGender(e + 1)
	}
	return g
}

// pastKnighthood is where the name starts after "Dame" or "Sir" at st
// opening a name of two or more words; else st.
func (x *extractor) pastKnighthood(st int) int {
	if t := x.tok(st); t.cap && (t.low == "dame" || t.low == "sir") && x.personAt(st+1) > st+2 {
		return st + 1
	}
	return st
}
