package extract

// A second list of names in a sentence whose first list was its cast,
// each name with a bracket of past titles: "A (T1) and B (T2) take centre
// stage while C (T3) and D (T4) are first-grade support". The brackets
// are asides that introduce performers; the names are cast too.

// asideListAfterCast reports whether the list at start, ending at end,
// read after a list of the same sentence was read as its cast, opens a
// clause of its own after "while", "whereas" or "and" (a describing word
// or two between: "while local favourites C (T3)"), with every name
// followed by a bracket, and an auxiliary or a casting verb after it,
// not a verb of saying.
func (x *extractor) asideListAfterCast(start, end int, items []item) bool {
	m := start - 1
	for m > start-4 && x.tok(m).kind == tWord && x.tok(m).class&(cAuxWords|cCastVerbs|cStopWords) == 0 {
		m-- // "while local favourites", "and Aussie favourites"
	}
	if l := x.tok(m).low; l != "while" && l != "whereas" && l != "and" {
		return false
	}
	for _, it := range items {
		if it.br < 0 {
			return false
		}
	}
	v := end
	for ; v < end+4 && x.tok(v).has(cAuxWords); v++ {
		if sayVerbsIDs.has(x.tok(v).id) {
			return false // "while C (T3) said", "and D (T4) has said"
		}
	}
	return v > end && !sayVerbsIDs.has(x.tok(v).id) || x.tok(v).has(cCastVerbs|cPlayVerbs)
}

// favouritePeople reports whether the list at start, after "favourites"
// or "favorites" (a noun of works and of people), names people: each name
// starts like a person's and has a bracket of two titles or more after
// it, "local favourites C (T3, T4) and D (T5, T6)", not "fan favourites
// T1 (2019) and T2 (2021)"; a bracket of one name after "favourites"
// stays a returning character's ("fan favourites A (C1) and B (C2)").
func (x *extractor) favouritePeople(start int, items []item) bool {
	if l := x.tok(start - 1).low; l != "favourites" && l != "favorites" {
		return false
	}
	for _, it := range items {
		if it.br < 0 || x.tok(it.br+1).kind == tNum || !x.startsName(it.pstart) {
			return false
		}
		c, comma := x.closeOf(it.br), false
		for m := it.br + 2; m < c && !comma; m++ {
			comma = x.toks[m].text == ","
		}
		if !comma {
			return false
		}
	}
	return true
}

// namesAreBracketed reports whether the list at start, after "are",
// follows "names" or "faces" and opens with a name that has a bracket
// after it: "The most globally recognizable names are A (T1) and B (T2)",
// "The new faces are C (T3) and D (T4)": performers introduced by their
// past titles, the sentence's cast; not "The biggest names at the
// festival are A and B".
func (x *extractor) namesAreBracketed(start int) bool {
	if l := x.tok(start - 2).low; l != "names" && l != "faces" || x.tok(start-2).cap {
		return false
	}
	pe := x.personAt(start)
	return pe > start && x.tok(pe).text == "("
}

// numeralCompanyBehind reads backwards from j, a capitalized word, over a
// company whose name opens with a number, last in a list of people:
// "A (T1), B (T2), and 21 Laps will co-produce", "A and 3 Arts
// Entertainment produce". It gives the word before "and" (the comma
// before it skipped too), or -1.
func (x *extractor) numeralCompanyBehind(j int) int {
	m := j
	for m > j-3 && x.tok(m).cap && x.tok(m).kind == tWord {
		m--
	}
	if m == j || x.tok(m).kind != tNum || x.tok(m-1).low != "and" {
		return -1
	}
	m -= 2
	if x.tok(m).text == "," {
		m--
	}
	if m < 0 || x.tok(m).text != ")" && x.personBefore(m+1) > m {
		return -1
	}
	return m
}
