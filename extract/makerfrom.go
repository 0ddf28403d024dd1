package extract

// This file cuts a title read back from "starring" where a maker follows
// it after "from": "Paatal Lok from Clean Slate Entertainment starring X",
// "The Last Hour from Asif Kapadia starring Y" (the title is what stands
// before "from"; the maker is no part of it).

import "strings"

// fromMakerEnd returns the start and end of the title read back from j to
// ts: the title before a "from" whose words up to j are a company's name
// (ending in a company word, or any capitalized words where the title is
// an item of a list split by semicolons) or a person's name, else ts and
// j. A title
// with "from" in it ("Far From Home") keeps it: what follows is neither.
func (x *extractor) fromMakerEnd(ts, j int) (int, int) {
	for m := ts + 1; m < j-1; m++ {
		if w := x.tok(m); w.low != "from" || w.cap {
			continue
		}
		// a company's name ends in a company word; in a list split by
		// semicolons ("; and Gormint from Only Much Louder starring X")
		// each item's maker follows its title, whatever its words
		company := x.tok(j-1).has(cCompanyWords) || x.laterClauseItem(ts)
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

// titleBeforeStarring reports whether a list's last item, ending at end,
// is a title that a casting participle follows, itself or past its maker:
// "Other series include T starring X, Y", "include T from Y Entertainment
// starring X": a person is not "starring" a name; a title is ("X starring
// in T", "X starring as C" stay the person's).
func (x *extractor) titleBeforeStarring(end int) bool {
	e := end
	if w := x.tok(e); w.low == "from" && !w.cap {
		for e++; e < len(x.toks) && e < end+7 && x.toks[e].cap && x.toks[e].kind == tWord; e++ {
		}
		if e == end+1 {
			return false
		}
	}
	w, n := x.tok(e), x.tok(e+1)
	return (w.low == "starring" || w.low == "co-starring" || w.low == "featuring") && !w.cap && n.cap && n.kind == tWord
}

// laterClauseItem reports whether the title at ts opens a clause of a
// sentence split at its semicolons, past the first: "...; and T from M
// starring X" (text.go's clauses).
func (x *extractor) laterClauseItem(ts int) bool {
	if x.s == nil || x.s.whole == "" || strings.HasPrefix(x.s.whole, x.s.text) {
		return false
	}
	return ts == 0 || ts == 1 && x.tok(0).low == "and"
}
