package extract

import "strings"

// A person's earlier works in a phrase fronted by "After" or "Following":
// "After T1, T2 and T3, X returns to television", "Following T1 and T2, Y
// directs T". A list reader takes the titles and the subject after the
// phrase's comma as one list of names; they are the subject's works.
// And earlier works in a participle clause after a comma: "X is no
// stranger to the genre, having starred in T1 and T2" (havingAt).

// frontedWorks reads the items of a list that starts after a sentence's
// opening "After" or "Following" and runs past the phrase's comma to the
// subject: each item before the subject is a title, the subject's credit
// (the kind open: the subject's other credits settle it). It reports
// whether it read them.
func (x *extractor) frontedWorks(start int, items []item) bool {
	if start != 1 || len(items) < 2 {
		return false
	}
	if l := x.toks[0].low; l != "after" && l != "following" {
		return false
	}
	subj := items[len(items)-1]
	if x.tok(subj.start-1).text != "," {
		return false // "After A and B left the show": people, no phrase of titles
	}
	if v := x.tok(subj.end); v.kind != tWord || v.cap || v.low == "and" || v.low == "or" {
		return false // the subject's verb after it: "X returns"
	}
	person := x.resolve(x.itemName(subj))
	if !hasByte(person, ' ') {
		return false // a full name, or a surname the article gives one for
	}
	var titles []string
	for _, it := range items[:len(items)-1] {
		ti := unquote(x.itemName(it))
		if x.isNetwork(ti) || describes(ti) {
			return false
		}
		titles = append(titles, ti)
	}
	for _, ti := range titles {
		x.add("", person, ti, "", "")
	}
	return true
}

// havingAt is where the comma before "having" (and an adverb) before the
// verb at k stands, "X is no stranger to the genre, having starred in T",
// "X appeared in T1, having previously starred in T2": the subject of the
// participle is the clause's before the comma; else 0.
func (x *extractor) havingAt(k int) int {
	h := k - 1
	if l := x.tok(h).low; strings.HasSuffix(l, "ly") && len(l) > 4 || l == "also" || l == "already" {
		h-- // "having previously starred in T"
	}
	if x.tok(h).low != "having" || x.tok(h).cap || h < 2 || x.tok(h-1).text != "," {
		return 0
	}
	return h - 1
}
