package extract

// A slate or list story's sentence that puts a place in the list first and
// its title after the verb: "Leading the list is “T,” which reunites A and
// B", "Rounding out the slate is T, starring C".

// frontedOpeners open such a sentence besides an -ing verb ("Leading",
// "Topping", "Rounding out").
var frontedOpeners = set(`also next first last then finally among`)

// frontedTitle reads a sentence whose subject, a title in quotes, comes
// after "is" and a fronted phrase of plain words: "Leading the
// list is “Hiram na Pangarap,” which ...". It returns the title, or "".
func (x *extractor) frontedTitle() string {
	if !x.sentHasWord(bitIs) {
		return "" // no "is"
	}
	st := x.introEnd()
	f := x.tok(st)
	if !f.cap || f.kind != tWord || !frontedOpeners[f.low] && !(len(f.low) > 4 && f.low[len(f.low)-3:] == "ing") {
		return ""
	}
	for k := st + 1; k < len(x.toks)-2 && k < st+9; k++ {
		w := x.tok(k)
		if w.kind != tWord || w.cap && !w.has(cStopWords) {
			return "" // a name or a title before the verb: the subject is there
		}
		if w.low != "is" {
			continue
		}
		if !isQuote(x.tok(k + 1).text) {
			return ""
		}
		e := x.titleAt(k+1, false)
		if e <= k+2 || !x.closeQuote(e-1) {
			return ""
		}
		if a := x.tok(e); !(e == len(x.toks) || a.kind == tPunct || a.low == "which" || a.low == "starring" || a.low == "with") {
			return ""
		}
		title := unquote(x.span(k+1, e))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(k+2, e-1) && x.startsName(k+2) {
			return ""
		}
		return title
	}
	return ""
}
