package extract

// Character trades: a job noun in the part a performer plays ("X plays a
// film director", "Y appears as an illustrious songwriter and producer",
// "Z stars as a struggling screenwriter") is the character's trade, no crew
// credit: the credit is a part with no character's name.

// characterJobAt reports whether the job noun in the object at obj of the
// role verb or "as" at k describes the part played: after a play verb
// ("plays", "portrayed", "voices") and "a", "an" or "the"; or after "stars
// as", "appears as", "cast as" and "a" or "an".
func (x *extractor) characterJobAt(k, obj int) bool {
	d := x.tok(obj).low
	if d != "a" && d != "an" && d != "the" {
		return false
	}
	if x.tok(k).low != "as" {
		return x.tok(k).has(cPlayVerbs) && !x.tok(k).cap
	}
	if d == "the" {
		return false // "X returns as the showrunner"
	}
	return characterAsVerbsIDs.has(x.tok(k - 1).id)
}

// characterAsVerbs are the verbs before "as" whose object is the part
// played.
var characterAsVerbs = set(`star stars starred starring co-star co-stars co-starred co-starring appear appears appeared appearing
	cast recast play plays played playing`)
