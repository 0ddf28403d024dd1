package extract

// A roundup's entry as a bare title on its own line over a label line of
// its credits: "Harbor Lights" over "Cast: A, B" or "Main roles: A and B".
// The label line opens the entry's credits, as "Starring A" does.

// creditLabelNouns label a line of credits before its colon.
var creditLabelNouns = set(`cast roles starring stars leads director directors writer writers creator creators`)

// creditLabelLine reports whether a sentence opens with a label of credits,
// one to three words in a row, the last of creditLabelNouns, and a colon:
// "Cast:", "Main roles:", "Director:".
func creditLabelLine(t []token) bool {
	for k := 0; k < len(t) && k < 3; k++ {
		if t[k].kind != tWord {
			return false
		}
		if k+1 < len(t) && t[k+1].text == ":" {
			return creditLabelNounsIDs.has(t[k].id)
		}
	}
	return false
}

// labelEntry reports whether heading i, in an article with no show of its
// own, stands over a label line of credits in the next paragraph: a
// roundup's entry whose title was not read, so the credits under it go to
// no show rather than the entry's before.
func (x *extractor) labelEntry(i int) bool {
	if x.show != "" || i+1 >= len(x.sents) {
		return false
	}
	next := &x.sents[i+1]
	return next.para == x.sents[i].para+1 && creditLabelLine(next.toks)
}
