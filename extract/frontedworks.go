package extract

import "strings"

// A person's earlier works in a phrase fronted by "After" or "Following":
// "After T1, T2 and T3, X returns to television", "Following T1 and T2, Y
// directs T". A list reader takes the titles and the subject after the
// phrase's comma as one list of names; they are the subject's works.
// And earlier works in a participle clause after a comma: "X is no
// stranger to the genre, having starred in T1 and T2" (havingAt).

// frontedWorks reads the items of a list that starts after a sentence's
// opening "After" or "Following" (or "Besides", "In addition to", "Apart
// from", "Aside from": "In addition to T1, X has starred in T2", where the
// titles are no people and give no credit) and runs past the phrase's comma to the
// subject: each item before the subject is a title, the subject's credit
// (the kind open: the subject's other credits settle it). It reports
// whether it read them.
func (x *extractor) frontedWorks(start int, items []item) bool {
	op := frontedOpener(x.toks)
	if len(items) < 2 || op < 0 || start != op && !(start < op && op > 1 && items[0].pend > op) {
		return false // (the first reading may take "Apart from" into the first item)
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
		it.pstart = max(it.pstart, op)
		ti := unquote(x.itemName(it))
		if x.isNetwork(ti) || describes(ti) {
			return false
		}
		if start > 1 || x.toks[0].low == "besides" {
			// "In addition to A, B joins the cast": people, no titles
			if x.startsName(it.pstart) && x.personShaped(it.pstart, it.pend) && !x.isShow(ti) {
				return false
			}
		}
		titles = append(titles, ti)
	}
	if (start > 1 || x.toks[0].low == "besides") && !x.first {
		// "In addition to T1, X has starred in T2": no person, and no
		// credit; the first reading learns T1 as a show, so that no rule
		// after takes it for a subject
		return true
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

// frontedOpener is where the list after a sentence's opening "After",
// "Following", "Besides", "In addition to", "Apart from" or "Aside from"
// starts, or -1.
func frontedOpener(t []token) int {
	if len(t) < 4 {
		return -1
	}
	switch t[0].low {
	case "after", "following", "besides":
		return 1
	case "apart", "aside":
		if t[1].low == "from" {
			return 2
		}
	case "in":
		if t[1].low == "addition" && t[2].low == "to" {
			return 3
		}
	}
	return -1
}

// frontedWorksRule reads "After T1, T2 and T3, X returns" where the list
// reader does not take the fronted phrase's titles and the subject as one
// list (a title the article makes a show is read as a mention first):
// each title before the phrase's comma is the subject's credit (the kind
// open).
func (x *extractor) frontedWorksRule() {
	t := x.toks
	op := frontedOpener(t)
	if op != 1 || t[0].low == "besides" {
		return // only "After" and "Following": "In addition to T1, X ..." gives no credit in T1
	}
	// the subject: a name after a comma, its verb after it
	comma, e := -1, -1
	for k := op; k < len(t) && k < op+24; k++ {
		if tk := &t[k]; tk.kind == tWord && !tk.cap && !tk.has(cTitleGlue) && tk.low != "and" || tk.kind == tPunct && tk.text != "," && !isQuote(tk.text) && tk.text != "&" && tk.text != "-" && tk.text != ":" {
			return // "After T wrapped, X took a break": a clause, no list of titles
		}
		if t[k].text != "," || x.closeQuote(k+1) {
			continue
		}
		m := k + 1
		for m < len(t) && m < k+5 && t[m].kind == tWord && t[m].cap {
			m++
		}
		if v := x.tok(m); v.kind == tWord && !v.cap && v.low != "and" && v.low != "or" && x.personShaped(k+1, m) {
			comma, e = k, m
			break
		}
	}
	if comma <= op {
		return
	}
	person := x.resolve(x.span(comma+1, e))
	if !hasByte(person, ' ') || x.isShow(person) || !x.startsName(comma+1) && x.knownPerson(person) == "" {
		return // "Following Ghosted, Family Guy opened": a show, no person
	}
	var titles []string
	from := op
	for k := op; k <= comma; k++ {
		if k < comma && t[k].text != "," && t[k].low != "and" {
			continue
		}
		if k < comma && t[k].low == "and" && !x.tok(k-1).cap && !isQuote(x.tok(k-1).text) {
			continue // "Law and Order": "and" inside a title
		}
		ti := unquote(x.span(from, k))
		if ti == "" || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" && !x.isShow(ti) || x.startsName(from) && x.personShaped(from, k) && !x.isShow(ti) {
			return // "In addition to A, B joins the cast": people, no titles
		}
		titles = append(titles, ti)
		from = k + 1
	}
	for _, ti := range titles {
		x.add("", person, ti, "", "")
	}
}

// frontedWorksOpeners are the first words frontedWorksRule reads at.
var frontedWorksOpeners = wordMask("after", "following")
