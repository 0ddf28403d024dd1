package extract

// A line with no closing punctuation is a heading, but a long one in
// sentence case under the headline is prose, a standfirst that states a
// credit as a sentence would: "‘T’, starring X, is the latest production
// to reach the platforms"; so is a line with "fame is" ("X of T fame is
// editor").

// proseHeading reports whether the heading s, below the headline, reads as
// a sentence: ten words or more, two in three of them in lower case.
func proseHeading(s *sentence) bool {
	if s.para > 0 && s.first && s.classes&cFame != 0 && fameClause(s.toks) {
		return true // "X of T fame is editor": a line of a crew list, a sentence with no full stop
	}
	if s.para == 0 || len(s.toks) < 10 || !s.first {
		return false
	}
	words, lower := 0, 0
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != tWord {
			continue
		}
		words++
		if !t.cap {
			lower++
		}
	}
	return words >= 10 && 3*lower >= 2*words
}

// fameClause reports whether "fame" stands before "is" or "was" in t, past
// a capitalized word: "X of T fame is the screenplay writer".
func fameClause(t []token) bool {
	for k := 2; k+1 < len(t); k++ {
		if t[k].low == "fame" && t[k-1].cap && (t[k+1].low == "is" || t[k+1].low == "was") {
			return true
		}
	}
	return false
}

// proseHeadingSentence applies every rule to the heading s when it reads as
// a sentence, as to a sentence of the body.
func (x *extractor) proseHeadingSentence(s *sentence) {
	if !proseHeading(s) || creditLine(s) {
		return
	}
	s.head = false
	x.sentence(s)
	s.head = true
}
