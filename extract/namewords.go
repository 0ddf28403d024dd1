package extract

import "strings"

// weekdaySurname reports whether the capitalized weekday at k is the last
// word of a name in a list of names: "Joy Sunday" in "Emma Myers, Joy
// Sunday, Naomi Ogawa". A given name stands before it, a comma or the
// list's start before that, and a comma or "and" after it; "announced
// Monday" and "on Sunday" stay dates.
func (x *extractor) weekdaySurname(k int) bool {
	if k < 2 || k+1 >= len(x.toks) {
		return false
	}
	t, first := &x.toks[k], &x.toks[k-1]
	if !t.cap || t.kind != tWord || !weekdays[t.low] || len(t.low) < 6 || !isName(first) || !nameStarts[first.low] {
		return false
	}
	if p := x.toks[k-2].text; p != "," && x.toks[k-2].low != "and" {
		return false
	}
	next := x.toks[k+1]
	if next.text != "," && next.low != "and" {
		return false
	}
	// the list goes on with a name after the comma or "and"
	m := k + 2
	if next.text == "," && m < len(x.toks) && x.toks[m].low == "and" {
		m++
	}
	return m < len(x.toks) && isName(&x.toks[m])
}

// givenNames maps the folded given name of each Korean name written in
// three spaced syllables ("Park Seo Joon") to the name, from the full
// names the article mentions: a later mention may use the given name
// alone ("Seo Joon will be playing"). A given name two names share maps
// to "".
func (x *extractor) givenNames(mentions map[string]string) map[string]string {
	given := map[string]string{}
	for _, full := range mentions {
		w := strings.Fields(full)
		if len(w) != 3 || !koreanFamily[strings.ToLower(w[0])] || strings.Contains(full, "-") {
			continue
		}
		g := x.fold(w[1] + " " + w[2])
		if prev, ok := given[g]; ok && x.fold(prev) != x.fold(full) {
			given[g] = ""
		} else if !ok {
			given[g] = full
		}
	}
	return given
}

// givenAt reports whether a Korean given name the article knows starts at
// i with a syllable that is also a function word: "So Hee" for Han So Hee.
func (x *extractor) givenAt(i int) bool {
	if i+1 >= len(x.toks) || x.know == nil || len(x.know.given) == 0 {
		return false
	}
	t, n := &x.toks[i], &x.toks[i+1]
	if !t.cap || t.kind != tWord || isName(t) || !isName(n) || len(t.low) > 3 {
		return false
	}
	return x.know.given[x.fold(x.s.text[t.start:n.end])] != ""
}
