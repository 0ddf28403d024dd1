package extract

// A headline that opens on an adaptation's kind names the adaptation:
// "Live-Action T Drama Series Info, Trailers Revealed", "Live-Action T
// Film Casts X". Title case gives no bound to the title but the kind noun
// after it.

// liveActionHeadline returns the title between a headline's opening
// "Live-Action" and the first kind noun after it (drama, series, film,
// movie, anime); else "".
func (x *extractor) liveActionHeadline() string {
	if !x.s.head || len(x.toks) < 3 || x.toks[0].low != "live-action" {
		return ""
	}
	t := x.toks
	for f := 2; f < len(t) && f < 10; f++ {
		if !t[f].has(cGenreNouns) {
			if t[f].kind != tWord || !t[f].cap {
				return "" // a mark or a lower-case word before the kind: no title
			}
			continue
		}
		if x.titleAt(1, false) < f {
			return ""
		}
		ti := x.span(1, f)
		if x.isNetwork(ti) || describes(ti) || x.personShaped(1, f) && x.startsName(1) {
			return ""
		}
		return ti
	}
	return ""
}
