package extract

// A festival programme's or a slate's entry that names a title, its maker
// or a short description, and then its cast after "with": "The opening
// title will be T by X with A and B", "X's new film T, a psychological
// horror story, with A, B and C is due in September", "T by X, a Company
// production with A, B and C, is set in a field hospital".

// titleBeforeWith reads the title whose cast the list at start is, after
// "with" at start-1 and, before it, "by" and its maker or a described
// aside between commas (or both). It returns the title, or "" (a bare "T
// with A" is left to the other rules).
func (x *extractor) titleBeforeWith(start int) string {
	w := start - 1
	if x.tok(w).low != "with" || x.tok(w).cap {
		return ""
	}
	e := w
	if x.tok(e-1).text == "," {
		e--
	}
	cue := false
	if a := x.describedAsideBefore(e); a > 0 {
		e, cue = a, true // ", a psychological horror story,"
	}
	if ps := x.personBefore(e); ps < e && x.tok(ps-1).low == "by" && !x.tok(ps-1).cap && x.personShaped(ps, e) {
		e, cue = ps-1, true // "by X"
	}
	if !cue {
		return ""
	}
	ts := x.titleBefore(e)
	if ts >= e || ts == 0 && e-ts == 1 && !x.isShow(x.span(ts, e)) {
		return ""
	}
	title := unquote(x.span(ts, e))
	if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(ts, e) && x.startsName(ts) {
		return ""
	}
	return title
}

// describedAsideBefore reads an aside between commas that ends at the
// comma e and opens with "a" or "an": ", a psychological horror story,",
// ", a Kavac and Rai Cinema production". It returns where its opening
// comma stands, or 0.
func (x *extractor) describedAsideBefore(e int) int {
	for m := e - 1; m > 0 && m >= e-10; m-- {
		t := x.tok(m)
		if t.text == "," {
			if l := x.tok(m + 1).low; (l == "a" || l == "an") && m+2 < e {
				return m
			}
			return 0
		}
		if t.kind == tPunct && t.text != "&" && t.text != "-" {
			return 0
		}
	}
	return 0
}
