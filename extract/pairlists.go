package extract

import "strings"

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

// namesAfterPart reports whether the phrases after the first of spans, the
// phrases read after "as" at k, are all full names while one person stands
// before "as": "It stars A as C, B and D", "A as C, B and D also star" (B
// and D are more of the cast, not more of A's parts).
func (x *extractor) namesAfterPart(k int, spans [][2]int) bool {
	if !x.castWords {
		return false // no casting word in the sentence
	}
	for _, sp := range spans[1:] {
		if sp[1]-sp[0] < 2 || x.nameInNP(sp[0], sp[1]) != sp[0] {
			return false
		}
	}
	return len(x.subjectsBefore(k, 0)) == 1
}

// pluralCastVerb reports whether the word at e is a casting or play verb
// in the plural present: "A, B and C as C1, C2 and C3 round out the cast"
// (C3 ends the list of parts, whose people are the verb's subject).
func (x *extractor) pluralCastVerb(e int) bool {
	v := x.tok(e)
	return v.kind == tWord && !v.cap && v.has(cCastVerbs|cPlayVerbs) && !strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ed") && !strings.HasSuffix(v.low, "ing")
}
