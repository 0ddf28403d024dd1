package extract

import "unsafe"

// Reality and competition shows list their contestants with what they do
// and where they come from: "This year's contestants include 24-year-old
// nurse Chloe Adams from Leeds, personal trainer Jamal Reid, 27, and former
// footballer Tom Bexley."

var contestantMask = wordMask("contestants", "participants", "housemates", "islanders", "competitors", "finalists", "hopefuls", "singles", "contenders")

// pastContestantNoun skips, at k in a sentence about contestants, the
// words in lower case that say what a contestant does before the name:
// "nurse Chloe Adams", "personal trainer Jamal Reid". It returns k when no
// name follows them.
func (x *extractor) pastContestantNoun(k int) int {
	if s := x.s; s != nil && s.contestants == 1 && len(s.toks) == len(x.toks) && unsafe.SliceData(s.toks) == unsafe.SliceData(x.toks) {
		return k // the sentence read before: no contestants in it
	}
	return x.pastContestantNounAt(k)
}

// pastContestantNounAt is pastContestantNoun past its test of a sentence
// already read.
func (x *extractor) pastContestantNounAt(k int) int {
	if !x.contestantSentence() {
		return k
	}
	m := k
	for m < k+3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cAuxWords|cCastVerbs|cListTriggers|cClauseVerbs) {
		m++
	}
	if m > k && x.startsName(m) && x.personAt(m) > m+1 {
		return m
	}
	return k
}

// pastHometown skips, at k after a contestant's name, "from" and the place
// the contestant comes from, where the list goes on after it: "Chloe Adams
// from Leeds, Y".
func (x *extractor) pastHometown(k int) int {
	if uint(k) >= uint(len(x.toks)) || x.toks[k].low != "from" {
		return k // most items: tested in the caller, inlined
	}
	return x.pastHometownFrom(k)
}

// pastHometownFrom is pastHometown at a "from".
func (x *extractor) pastHometownFrom(k int) int {
	if !x.contestantSentence() {
		return k
	}
	m := k + 1
	for m < k+4 && x.tok(m).kind == tWord && x.tok(m).cap {
		m++
	}
	if m > k+1 && (x.tok(m).text == "," || x.tok(m).low == "and") {
		return m
	}
	return k
}

// contestantSentence reports whether the sentence speaks of contestants,
// kept in the sentence: list items ask it again and again.
func (x *extractor) contestantSentence() bool {
	s := x.s
	if s == nil || len(s.toks) == 0 || len(s.toks) != len(x.toks) || &s.toks[0] != &x.toks[0] {
		return x.sentHasAnyWord(contestantMask) && x.contestantWord()
	}
	if s.contestants == 0 {
		s.contestants = 1
		if x.sentHasAnyWord(contestantMask) && x.contestantWord() { // the word bits first: most sentences have no such word
			s.contestants = 2
		}
	}
	return s.contestants == 2
}

// contestantWord reports whether a token of the sentence is a contestant
// noun.
func (x *extractor) contestantWord() bool {
	for i := range x.toks {
		if contestantMask.holds(&x.toks[i]) {
			return true
		}
	}
	return false
}
