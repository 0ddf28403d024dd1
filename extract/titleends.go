package extract

// Where titleAt's loop stops without asking its cases: the word in lower
// case after a title ("T stars X", "the T series"), where most titles end.

// endsTitle reports whether t ends a title titleAt is reading whatever
// comes before it: a word in lower case that none of the loop's cases
// reads on past. Those are a glue word ("of", "the": cTitleGlue), a
// season's or a part's word before a number, "to be", "by", "is", "and",
// and a word that starts with a digit ("My 20th Century", "2gether"); a
// case that reads a word in capitals, a possessive or a mark is asked of
// no word in lower case.
func endsTitle(t *token) bool {
	if t.kind != tWord || t.cap || t.class&cTitleGlue != 0 {
		return false
	}
	switch t.low {
	case "season", "seasons", "part", "to", "by", "is", "and":
		return false
	}
	return t.low == "" || t.low[0] < '0' || t.low[0] > '9'
}
