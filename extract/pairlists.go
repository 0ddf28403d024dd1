package extract

// Cast lists of actor-character pairs that end in a name with no
// character: "Supporting cast members include A as C1, B as C2, and
// veteran actress D".

// pairListBefore reports whether the "as" at k follows another pair of
// the same list: "A as C1, B as" (a comma, a name, and an "as" before it).
func (x *extractor) pairListBefore(k int) bool {
	ps := x.personBefore(k)
	if ps >= k || x.tok(ps-1).text != "," {
		return false
	}
	for m := ps - 2; m > 0 && m > ps-8; m-- {
		switch t := &x.toks[m]; {
		case t.low == "as" && !t.cap:
			return true
		case t.kind == tPunct:
			return false
		}
	}
	return false
}

// nameInNP returns where a person's name starts in the noun phrase from i
// to e, past describing words and a performer's noun ("veteran actress
// D"), or -1 when the phrase is no person's name.
func (x *extractor) nameInNP(i, e int) int {
	for i < e && !x.toks[i].cap && x.toks[i].kind == tWord {
		i++
	}
	if i < e && x.personAt(i) == e && x.personShaped(i, e) && x.startsName(i) {
		return i
	}
	return -1
}

// performerAfter reports whether a character phrase after the first of
// spans is a performer's noun and a name: "A as C1 and veteran actress D".
func (x *extractor) performerAfter(spans [][2]int) bool {
	for _, sp := range spans[1:] {
		if w := x.tok(sp[0] - 1); w.has(cCastNouns) && !w.cap && x.nameInNP(sp[0], sp[1]) == sp[0] {
			return true // the phrase read from the name on
		}
		for m := sp[0]; m < sp[1] && !x.toks[m].cap && x.toks[m].kind == tWord; m++ {
			if x.toks[m].has(cCastNouns) && x.nameInNP(m+1, sp[1]) == m+1 {
				return true
			}
		}
	}
	return false
}
