package extract

// Items of a cast list that are no cast: a name whose bracket holds only a
// job off screen (crew), and titles that "return for a second season".

// jobOnlyBracket reports whether the bracket opened at br holds a crew job
// and nothing else: "(executive producer)", "(director)", "(writer and
// director)", "(co-creator/showrunner)".
func (x *extractor) jobOnlyBracket(br int) bool {
	c := x.closeOf(br)
	if c <= br+1 || c > br+5 {
		return false
	}
	job := false
	for m := br + 1; m < c; m++ {
		t := x.tok(m)
		switch {
		case t.has(cJobNoun) && jobNounsIDs.get(t.id) != "":
			job = true
		case t.low == "and" || t.text == "/" || t.text == "," || t.low == "co" || t.text == "-":
		default:
			return false
		}
	}
	return job
}

// returnsForSeason reports whether the list that item ends at e belongs to
// is the subject of "return(s) for a (second, new) season" or "for
// another series": what returns for a season is a show, unless a name
// says a person; "for a second season of T" and "for season 2" are
// people's.
func (x *extractor) returnsForSeason(e int) bool {
	for m := e; m < e+12 && m < len(x.toks); m++ {
		t := x.tok(m)
		if t.low != "return" && t.low != "returns" || t.cap {
			if t.kind == tPunct && t.text != "," || t.has(cPlayVerbs) {
				return false
			}
			continue
		}
		if x.tok(m+1).low != "for" {
			return false
		}
		for q := m + 2; q < m+6 && q < len(x.toks); q++ {
			if isSeasonWord(x.tok(q).low) || x.tok(q).low == "seasons" {
				return x.tok(q+1).low != "of" && x.tok(q+1).kind != tNum // not "for a second season of T", "for season 2": people
			}
		}
		return false
	}
	return false
}
