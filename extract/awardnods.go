package extract

// Nominations that name the category before the nominee: "nine nods,
// including best director for X and best actress for Y", "the writing team
// of A and B for T". The category says cast or crew, as in awardRule.

var bestMask = wordMask("best", "outstanding")

// categoryNomineeRule reads "best CATEGORY for X": X is credited, by the
// category's kind and job, in the title that follows X ("for X for T", "for
// X in T") or else in the sentence's show.
func (x *extractor) categoryNomineeRule() {
	if !x.sentHasAnyWord(bestMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 0; k+3 < len(t); k++ {
		if !bestMask.holds(&t[k]) {
			continue
		}
		kind, job := "", ""
		m := k + 1
		for ; m < len(t) && m < k+7 && t[m].kind == tWord && t[m].low != "for"; m++ {
			kind, job, _ = categoryCredit(t[m].low, kind, job)
		}
		if kind == "" || x.tok(m).low != "for" || !x.startsName(m+1) || x.personAt(m+1) <= m+1 {
			continue
		}
		items := x.parseList(m + 1)
		if len(items) == 0 {
			continue
		}
		var names []string
		for _, it := range items {
			names = append(names, x.resolve(x.itemName(it)))
		}
		end := items[len(items)-1].end
		show := x.sshow
		if l := x.tok(end).low; l == "for" || l == "in" {
			if e := x.titleAt(end+1, false); e > end+1 && !x.isNetwork(x.span(end+1, e)) {
				show = unquote(x.span(end+1, e)) // "best actor for X in T"
			}
		}
		if show == "" {
			continue
		}
		for _, n := range names {
			x.add(kind, n, show, "", job)
		}
		k = end
	}
}
