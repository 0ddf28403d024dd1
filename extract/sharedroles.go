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

// appositiveChar reads, after a play verb's object at i that opens with a
// possessive or an article, the character an appositive names: "embodies
// her comedic other half, disgraced young comedy writer Ava", "plays his
// rival, ambitious detective Sam Hale". It returns the name's span, or
// i, i.
func (x *extractor) appositiveChar(i int) (int, int) {
	switch x.tok(i).low {
	case "her", "his", "their", "a", "an", "the":
	default:
		return i, i
	}
	if x.tok(i).cap {
		return i, i
	}
	m := i + 1
	for m < len(x.toks) && m < i+6 && x.tok(m).kind == tWord && !x.tok(m).cap {
		m++
	}
	if x.tok(m).text != "," || m == i+1 {
		return i, i
	}
	m++
	d := m
	for d < len(x.toks) && d < m+5 && x.tok(d).kind == tWord && !x.tok(d).cap && !x.tok(d).has(cStopWords) {
		d++
	}
	if d == m {
		return i, i // the name must follow describing words: "her sister, Ava"
	}
	e := x.charAt(d)
	if e <= d || !x.boundary(e) || x.knownPerson(x.span(d, e)) != "" {
		return i, i
	}
	return d, e
}

// playedJob reports whether the job noun at k describes a character a
// play verb before it names: "embodies her other half, disgraced young
// comedy writer Ava", "plays a struggling writer named Lowen".
func (x *extractor) playedJob(k int) bool {
	for m := k - 1; m >= 0 && m > k-12; m-- {
		t := x.tok(m)
		if t.has(cPlayVerbs) && !t.cap {
			return true
		}
		if t.cap && m > 0 || t.kind == tPunct && t.text != "," {
			return false
		}
	}
	return false
}
