// Jobs given one to each person in order: "A and B will be the showrunner
// and executive producer of the series, respectively".

package extract

// respectivelyAfter reports whether "respectively" stands at or after k in
// the sentence.
func (x *extractor) respectivelyAfter(k int) bool {
	if !x.sentHasWord(bitRespectively) {
		return false
	}
	for m := max(k, 0); m < len(x.toks); m++ {
		if x.toks[m].low == "respectively" && !x.toks[m].cap {
			return true
		}
	}
	return false
}
