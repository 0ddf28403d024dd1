package extract

// What stands between a subject and its verb in subjectsBefore, besides
// the asides subjectasides.go reads: a relative clause (", who starred in
// T,") and a name in apposition to the noun before it ("The popular Tamil
// actor, X, will star in T").

// whoAsideStart is where a relative clause that the comma at j closes
// opens, ", who" or ", whose" with no comma or bracket between; else 0.
func (x *extractor) whoAsideStart(j int) int {
	for m := j - 1; m > 0 && m > j-30; m-- {
		switch x.toks[m].text {
		case ",":
			if l := x.tok(m + 1).low; (l == "who" || l == "whose") && m+2 < j {
				return m
			}
			if isQuote(x.tok(m+1).text) && (x.closeQuote(j+1) || x.closeQuote(j-1)) && m+2 < j {
				continue // "X, who starred in last year's winner, “T,” joins": a title's appositive inside the aside
			}
			return 0
		case "(", ")", ";", ":", "—", "–":
			return 0
		}
	}
	return 0
}

// apposedNoun reports whether the word at i is a performer's or maker's
// noun that a name between commas after it stands for: "The actor, X,
// will", "the director, Y, said".
func (x *extractor) apposedNoun(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && !t.cap && t.has(cPrefixNouns|cCastNouns|cJobNoun) && !pluralNounsIDs.has(t.id)
}
