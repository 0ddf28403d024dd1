package extract

// A job verb some copy capitalizes as a title is: "X will Executive
// Produce both dramas", "Y is set to Direct the film".

// capJobVerb reports whether the capitalized job verb at k follows a
// lower-case auxiliary or "to", directly or after "Executive": the verb of
// a sentence in sentence case, no word of a title or a name.
func (x *extractor) capJobVerb(k int) bool {
	if !x.toks[k].has(cJobVerb) {
		return false
	}
	p := k - 1
	if x.tok(p).low == "executive" && x.tok(p).cap {
		p--
	}
	a := x.tok(p)
	return !a.cap && (a.has(cAuxWords) || a.low == "to") && x.tok(k+1).kind == tWord && !x.tok(k+1).cap
}
