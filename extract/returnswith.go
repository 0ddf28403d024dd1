package extract

// "French auteur X returns with T", "director Y is back with her new film
// T", "Z competes with T": the title after "with" is the work the sentence
// speaks of, the maker's new one, not the show the text was about before.

// returnsWithMask holds the verbs before "with" and the new work.
var returnsWithMask = setMask(set(`returns returned returning competes competing back`))

// returnsWithTitle returns the title of "returns with T", "is back with
// his new film T", "competes with T", or "". Not "returns with A and B",
// a cast, nor "returns with a new season".
func (x *extractor) returnsWithTitle() string {
	if !x.sentHasWord(bitWith) || !x.sentHasAnyWord(returnsWithMask) {
		return ""
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !returnsWithMask.holds(&t[k]) || t[k].cap || t[k+1].low != "with" || x.inBr[k] {
			continue
		}
		if t[k].low == "back" && !t[k-1].has(cAuxWords) && t[k-1].low != "comes" && t[k-1].low != "came" {
			continue // "is back with", "comes back with"
		}
		if v := x.tok(k - 1 - boolInt(t[k].low == "back")); v.has(cGenreNouns) && !v.cap || v.low == "it" {
			continue // "The legal drama returns with X as C": the show itself returns, with its cast
		}
		at := k + 2
		if l := x.tok(at).low; l == "his" || l == "her" || l == "their" {
			at++
		}
		if !x.titleStarts(at) {
			a := x.kindTitleAt(at) // "returns with the thriller T", "with his new film T"
			if a <= 0 {
				continue
			}
			at = a
		}
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			continue
		}
		title := x.span(at, e)
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.noCreditName(title) || x.personShaped(at, e) && x.startsName(at) || x.tok(e).kind == tPoss || x.tok(e).low == "as" {
			continue
		}
		return unquote(title)
	}
	return ""
}
