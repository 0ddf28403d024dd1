package extract

// A new work named by its kind alone: "Italian writers X and Y are working
// on the first-ever Italian Prime Original drama series." The show the text
// was about stays behind, as with an owner's untitled next work
// (nextwork.go): the sentence and those after it speak of a work with no
// title yet, until one is named.

// untitledWorkWords holds the verbs of making a work: "working on", "is
// developing", "are writing".
var untitledWorkWords = setMask(set(`working developing writing`))

// untitledAfter are the words that may follow the kind of an untitled work:
// "a comedy series for BBC Three", "a thriller set in Oslo".
var untitledAfter = set(`for about set that which based with from`)

// untitledNew reports whether the sentence makes a new work named by its
// kind alone: "working on a new comedy series.", "is developing a thriller
// set in Oslo", "are writing the first-ever Italian drama series for
// Amazon". Not "working on a new series, T", "a drama called T", "working
// on the series": the show the text is about.
func (x *extractor) untitledNew() bool {
	if !x.sentHasAnyWord(untitledWorkWords) || !x.sentHas(cGenreNouns) {
		return false
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !untitledWorkWords.holds(&t[k]) || t[k].cap {
			continue
		}
		a := k + 1
		if t[k].low == "working" {
			if x.tok(a).low != "on" {
				continue
			}
			a++
		}
		switch l := x.tok(a).low; {
		case l == "a" || l == "an":
		case l == "the" && (x.tok(a+1).low == "first" || x.tok(a+1).low == "first-ever"):
		default:
			continue
		}
		// the kind's words up to its genre noun, then none: "the first-ever
		// Italian Prime Original drama series."
		g := 0
		for m := a + 1; m < len(t) && m < a+8; m++ {
			w := &t[m]
			if w.has(cGenreNouns) && !w.cap {
				g = m
				continue
			}
			if g > 0 || w.kind != tWord || !w.cap && w.has(cStopWords) && w.low != "first" && w.low != "new" && w.low != "original" {
				break
			}
		}
		if g == 0 {
			continue
		}
		switch n := x.tok(g + 1); {
		case g+1 >= len(t), n.text == ".", n.text == ";", n.kind == tWord && !n.cap && untitledAfterIDs.has(n.id):
			return true
		}
	}
	return false
}
