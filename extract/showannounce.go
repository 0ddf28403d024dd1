package extract

// A show that announces its own cast in the article's first sentence.

// newCastWords are the nouns of new cast an announcement names: "two new
// actors will be joining their cast", "has confirmed three new cast
// members", "revealed its new faces".
var newCastWords = set(`cast actors actresses members faces newcomers additions`)

// announcesCast reports whether the words after the announcing verb at v
// tell of the cast of the title before it: "T announced on Friday that two
// new actors will be joining their cast", "T has confirmed two new cast
// members". A person announcing their own part ("X announced that she
// will join the cast") speaks of herself, so a pronoun of a person stops
// it, as does "the cast of T2" (another show's); the title is two words
// or more, or named again (not a one-word outlet: "Deadline revealed").
func (x *extractor) announcesCast(e, v int) bool {
	if e < 2 && x.wordCount(x.span(0, e)) < 2 {
		return false
	}
	cast := false
	for m := v + 1; m < len(x.toks) && m < v+25; m++ {
		switch t := &x.toks[m]; {
		case t.low == "he" || t.low == "she" || t.low == "his" || t.low == "her" || t.low == "i":
			return false
		case t.low == "cast" && x.tok(m+1).low == "of":
			return false
		case newCastWordsIDs.has(t.id) && !t.cap:
			cast = true
		}
	}
	return cast
}
