package extract

// The title a co-star list after "alongside", "opposite" or "together
// with" belongs to, when the clause names it before the list: "X starred
// in “T” together with Y".

// partnerTitleStart is where the title that ends at te starts: a quoted
// title's opening mark ("starred in “T” alongside Y"), else the start of
// the capitalized words before te; te where there is none.
func (x *extractor) partnerTitleStart(te int) int {
	if !x.closeQuote(te - 1) {
		return x.titleBefore(te)
	}
	for o := te - 2; o >= 0 && o > te-14; o-- {
		switch x.toks[o].text {
		case "“", "\"", "‘", "'":
			if o < te-2 {
				return o
			}
			return te
		}
	}
	return te
}

// partnerCue is the index of "alongside", "opposite" or the "with" of
// "together with" before the co-star list at start, past a few describing
// words ("together with his on-screen love team Y", "alongside a young
// Y"); 0 where there is none. Past describing words the cue needs a
// casting verb before it (castCue), as the list trigger does for the bare
// cue (trigger).
func (x *extractor) partnerCue(start int, trigger bool) int {
	for m := start - 1; m > 1 && m >= start-6; m-- {
		t := x.tok(m)
		switch {
		case t.low == "alongside" || t.low == "opposite" || t.low == "with" && x.tok(m-1).low == "together":
			if m == start-1 && !trigger || m < start-1 && !x.castVerbBefore(m) {
				return 0
			}
			return m
		}
		if t.cap || t.kind != tWord || t.has(cCastVerbs) || t.has(cStopWords) && !(describingDeterminersIDs.has(t.id)) {
			return 0
		}
	}
	return 0
}

// describingDeterminers may open the describing words between a co-star
// cue and the name: "alongside a young Y", "together with his partner Y".
var describingDeterminers = set(`a an the his her their`)

// describingDeterminerBits are describingDeterminers' word bits (mayHold).
var describingDeterminerBits = setMask(describingDeterminers)

// castVerbBefore reports whether a casting verb in lower case stands in
// the few words before m: "starred in the 2017 series T together with".
func (x *extractor) castVerbBefore(m int) bool {
	for q := m - 1; q >= 0 && q >= m-12; q-- {
		if t := x.tok(q); t.has(cCastVerbs) && !t.cap {
			return true
		} else if t.kind == tPunct && t.text != "“" && t.text != "”" && t.text != "‘" && t.text != "’" && t.text != "'" && t.text != "\"" {
			return false
		}
	}
	return false
}
