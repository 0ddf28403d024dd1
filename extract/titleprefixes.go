package extract

// A title is not opened by the words that name an adaptation of it:
// "Filme Live-Action de T", "the live-action film of T", "the film
// adaptation of T". The title starts after "of" (or a Romance "de", "do",
// "da", "del", "di", "du").

// adaptOfWords are the words that join an adaptation's kind to its source.
var adaptOfWords = set(`of de do da del di du`)

// adaptedKindWords may stand between "live-action" and "of".
var adaptedKindWords = set(`adaptation adaptations film films movie movies version series remake drama`)

// adaptationPrefix returns the index of the first token after a prefix
// "live-action [film|adaptation|...] of" or "live action of" at i, or i
// where none stands there.
func (x *extractor) adaptationPrefix(i int) int {
	t := x.toks
	if i+2 >= len(t) {
		return i
	}
	k := i
	switch {
	case t[k].low == "live-action":
		k++
	case t[k].low == "live" && t[k+1].low == "action":
		k += 2
	default:
		return i
	}
	if k+1 < len(t) && adaptedKindWordsIDs.has(t[k].id) {
		k++
	}
	if k+1 < len(t) && adaptOfWordsIDs.has(t[k].id) && x.titleStarts(k+1) {
		return k + 1
	}
	return i
}

// pastAdaptation returns adaptationPrefix(i) for a token "live-action" or
// "live" at i, else i.
func (x *extractor) pastAdaptation(i int) int {
	if l := x.tok(i).low; l == "live-action" || l == "live" {
		return x.adaptationPrefix(i)
	}
	return i
}
