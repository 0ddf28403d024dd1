package extract

// This file cuts a title read back from "starring" where a maker follows
// it after "from": "Paatal Lok from Clean Slate Entertainment starring X",
// "The Last Hour from Asif Kapadia starring Y" (the title is what stands
// before "from"; the maker is no part of it).

// fromMakerEnd returns the start and end of the title read back from j to
// ts: the title before a "from" whose words up to j are a company's name
// (ending in a company word) or a person's name, else ts and j. A title
// with "from" in it ("Far From Home") keeps it: what follows is neither.
func (x *extractor) fromMakerEnd(ts, j int) (int, int) {
	for m := ts + 1; m < j-1; m++ {
		if w := x.tok(m); w.low != "from" || w.cap {
			continue
		}
		company := x.tok(j - 1).has(cCompanyWords)
		for c := m + 1; c < j && company; c++ {
			company = x.tok(c).cap && x.tok(c).kind == tWord
		}
		if company || x.personAt(m+1) == j && j-m > 2 && (x.startsName(m+1) || x.personShaped(m+1, j)) {
			if s := x.titleBefore(m); s < m {
				return s, m
			}
		}
		return ts, j
	}
	return ts, j
}
