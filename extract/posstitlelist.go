package extract

// A title with a possessive inside, one word on each side, in a bracket
// list of titles: "X (Harker's Moon, Brightwater)" credits X in "Harker's
// Moon", not the character Moon in a show Harker.

// possInTitleList reports whether the bracket part pi..pj, of the bracket
// i..j, is "A's B", one word each, and another part of the bracket is a
// title with no possessive.
func (x *extractor) possInTitleList(i, j, pi, pj int) bool {
	if pj-pi != 3 || x.toks[pi+1].kind != tPoss || !x.toks[pi].cap || !x.toks[pi+2].cap || x.toks[pi+2].kind != tWord {
		return false
	}
	start := i
	for k := i; k <= j && k < len(x.toks); k++ {
		if k < j && x.toks[k].text != "," && x.toks[k].text != ";" {
			continue
		}
		if start != pi && k > start && x.toks[start].cap {
			poss := false
			for m := start; m < k; m++ {
				poss = poss || x.toks[m].kind == tPoss
			}
			if !poss {
				return true
			}
		}
		start = k + 1
	}
	return false
}
