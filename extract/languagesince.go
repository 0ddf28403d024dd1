package extract

// "A incarne depuis 2005 C dans T", "A interpreta desde 2019 a C", "A
// spielt seit 2010 C": a year after "since" between a verb of playing and
// the part is dropped, so that the verb reads as "plays C in T".

// sinceWords are the words for "since" before a year.
var sinceWords = map[string]bool{"depuis": true, "desde": true, "seit": true, "dal": true, "sinds": true}

// sinceAfterPlay reports whether the word at k is one of sinceWords after a
// verb read as "plays" or "played" (the last of the n tokens kept from
// first) and before a number: the two are dropped.
func sinceAfterPlay(toks []token, first, n, k int) bool {
	if n == first || k+2 >= len(toks) || toks[k+1].kind != tNum || !sinceWordsIDs.has(toks[k].id) {
		return false
	}
	l := toks[n-1].low
	return l == "plays" || l == "played"
}

// capIn are the words of foreignIn that no English or name reads: "in"
// before a capitalized word too ("A incarne C dans Engrenages": "A plays C
// in Engrenages").
var capIn = map[string]bool{"dans": true, "nella": true, "nel": true}
