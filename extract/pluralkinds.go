package extract

// This file reads the kind of work that opens a list of titles when its
// plural is a word titlePrefix does not pass over: "series" (a stop word,
// its plural the same as its singular) and "productions".

// pluralKindAt returns where the titles start after "series such as",
// "productions like" or "series including" at k, or k when no such kind
// and cue stand there: "appeared in television series such as T1, T2 or
// T3", "participated in productions such as T1 and T2".
func (x *extractor) pluralKindAt(k int) int {
	if t := x.tok(k); t.cap || t.low != "series" && t.low != "productions" {
		return k
	}
	switch l := x.tok(k + 1).low; {
	case l == "such" && x.tok(k+2).low == "as":
		return x.titlePrefix(k + 3)
	case l == "like" || l == "including":
		return x.titlePrefix(k + 2)
	}
	return k
}
