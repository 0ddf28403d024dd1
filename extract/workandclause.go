package extract

// workAndClauseOpeners open a clause about the title just named: "the drama
// A and B which features", "the film A and B starring X".
var workAndClauseOpeners = set(`which that starring from written directed created penned`)

// oneWorkAndClause reports whether the word at k, right after "A and B"
// read after a singular work noun, opens a clause about that one title
// rather than going on with the list or the sentence: "new BBC One drama
// Harrow and Harrow which features", "the film Tide and Stone starring".
// The word is in lower case ("Which" opening a title is no cue).
func (x *extractor) oneWorkAndClause(k int) bool {
	t := x.tok(k)
	return t.kind == tWord && !t.cap && workAndClauseOpeners[t.low]
}
