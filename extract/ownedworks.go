package extract

// pastOwner returns the title item from k to e of a list, or, where a
// possessive ends it and an owner's work and its title follow
// (ownedWorkAt), that title's start and end: "Peru's popular telenovela
// T", "Peru's 2023 Oscar submission, T".
func (x *extractor) pastOwner(k, e int) (int, int) {
	if e > k && x.tok(e).kind == tPoss {
		if at := x.ownedWorkAt(e + 1); at > e {
			return at, x.titleAt(at, false)
		}
	}
	return k, e
}

// ownedWorkAt reads, at i after a possessive, the describing words of an
// owner's work and the title after them: "popular telenovela T", "2023
// Oscar submission, T". It returns the title's start, or -1 where no
// title follows them or the possessive opens a title ("Grey's Anatomy").
func (x *extractor) ownedWorkAt(i int) int {
	if t := x.tok(i); t.cap && t.kind == tWord || t.kind != tWord && t.kind != tNum {
		return -1
	}
	at := i
	for m := 0; m < 5; m++ {
		t := x.tok(at)
		if t.kind == tNum || t.kind == tWord && !t.cap && (!t.has(cStopWords) || titleAdjectivesIDs.has(t.id)) || m > 0 && t.kind == tWord && t.cap && !x.tok(at+1).cap && x.tok(at+1).kind == tWord {
			at++ // "2023 Oscar submission": a year, an award, a noun
			continue
		}
		break
	}
	if at == i || x.tok(at-1).cap {
		return -1
	}
	if x.tok(at).text == "," {
		at++ // "Peru's 2023 Oscar submission, T"
	} else if !x.tok(at - 1).has(cGenreNouns) {
		return -1 // "T's second season": the show's own part
	}
	if !x.titleStarts(at) {
		return -1
	}
	return at
}
