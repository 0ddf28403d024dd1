package extract

// A roundup whose entries each open with a line that is one quoted title
// and nothing else, "‘T1’", then a paragraph on it, "This drama is about
// ... The main leads are A and B": each such line heads its entry even
// where the article names its title only there.

// loneQuotedLine reports whether sentence j is a line of its own, past the
// headline, that opens and ends with a quote mark (the shape quotedHeading
// reads).
func (x *extractor) loneQuotedLine(j int) bool {
	s := &x.sents[j]
	n := len(s.toks)
	return s.para > 0 && s.first && n >= 3 && n <= 14 && isQuote(s.toks[0].text) && isQuote(s.toks[n-1].text) &&
		(j+1 == len(x.sents) || x.sents[j+1].para != s.para)
}

// quotedLinesRoundup reports whether the article has another line of one
// quoted title than sentence i, so that i heads an entry of a roundup. The
// lines are looked for only where a line i has that shape and a title
// named once.
func (x *extractor) quotedLinesRoundup(i int) bool {
	for j := range x.sents {
		if j != i && x.loneQuotedLine(j) {
			return true
		}
	}
	return false
}
