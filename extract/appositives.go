// An appositive between a person and a relative clause of credits: "X, the
// new master of American horror whose previous credits include T1 and T2".

package extract

import "strings"

// appositiveOwner is the person an appositive at "whose" (w) describes: a
// name, a comma, then "the", "a" or "an" and a noun phrase of lower-case
// words, "of" and describing words ("American") right up to "whose". It is
// "" when the words between are not such a phrase. crew says a plural job
// noun before the name lists the person among makers: "Other directors
// chosen include A, and X, the ...".
func (x *extractor) appositiveOwner(w int) (person string, crew bool) {
	if x.tok(w).low != "whose" {
		return "", false
	}
	for j := w - 1; j > 1 && j > w-12; j-- {
		t := x.tok(j)
		switch {
		case t.text == ",":
			return "", false
		case t.kind != tWord || x.inBr[j]:
			return "", false
		case t.cap && !describesWord(t.low):
			return "", false
		case !t.cap && (t.low == "the" || t.low == "a" || t.low == "an") && x.tok(j-1).text == ",":
			if j == w-1 {
				return "", false // "X, the whose": no noun
			}
			if ps := x.personBefore(j - 1); ps < j-1 {
				return x.span(ps, j-1), x.makersBefore(ps)
			}
			return "", false
		case t.has(cAuxWords|cClauseVerbs) || t.low == "who" || t.low == "which" || t.low == "that" || t.low == "and":
			return "", false // a clause of its own, or a list
		}
	}
	return "", false
}

// makersBefore reports whether a plural job noun in lower case stands
// before k in the sentence: "Other directors chosen for the competition
// include A, and X".
func (x *extractor) makersBefore(k int) bool {
	for i := 0; i < k; i++ {
		if t := x.tok(i); t.has(cJobNoun) && !t.cap && strings.HasSuffix(t.low, "s") {
			return true
		}
	}
	return false
}

// creditsOwnerWord is where "whose" stands before "credits" at k, past up
// to two lower-case words ("whose previous credits", "whose recent film
// credits"), or -1.
func (x *extractor) creditsOwnerWord(k int) int {
	if x.tok(k).low != "credits" {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := x.tok(j)
		if t.low == "whose" && !t.cap {
			return j
		}
		if t.kind != tWord || t.cap || t.has(cStopWords) {
			return -1
		}
	}
	return -1
}
