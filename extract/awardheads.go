package extract

// Nomination lists that put the category on a line of its own and one
// nominee a line under it: "Best Directing for a Drama Series" over "A,
// “T” (Episode: “Pilot”)" and "A and B, “T”". The category says cast or
// crew, and the job, as in awardRule; "Best Drama Series" over "“T”" names
// no one.

// categoryAbove reads the lines above sentence i, past other nominee
// lines, up to an award category's heading: "Best Actress in a Drama
// Series", "Outstanding Writing for a Comedy Series". It returns the
// category's kind and job (both empty for a category of works, "Best
// Drama Series"), and ok false when no such heading is there.
func (x *extractor) categoryAbove(i int) (kind, job string, ok bool) {
	for j := i - 1; j >= 0 && j > i-14; j-- {
		s := &x.sents[j]
		if s.para == 0 || !s.first || j+1 < len(x.sents) && x.sents[j+1].para == s.para && j+1 != i {
			return "", "", false // a headline, or a paragraph of prose
		}
		t := s.toks
		if n := len(t); n > 0 && (isQuote(t[n-1].text) || t[n-1].text == ")") {
			continue // another nominee's line
		}
		if len(t) < 2 || len(t) > 14 || t[0].low != "best" && t[0].low != "outstanding" {
			return "", "", false
		}
		for _, w := range t[1:] {
			if w.kind == tPunct && w.text != "-" && w.text != "–" {
				return "", "", false // a sentence, not a category
			}
			kind, job, _ = categoryCredit(w.low, kind, job)
		}
		return kind, job, true
	}
	return "", "", false
}

// categoryLineRule reads a nominee's line under an award category's
// heading: "A, “T”", "A and B, “T”", "A, “T” (Episode: “Pilot”)". Each
// person is credited in T by the category: a performer's category is
// cast, a director's or a writer's crew with that job.
func (x *extractor) categoryLineRule() {
	s := x.s
	if s == nil || !s.first || s.para == 0 || s.whole != "" || len(x.toks) < 4 || len(x.toks) > 30 {
		return
	}
	t := x.toks
	if l := t[len(t)-1].text; !t[0].cap || !isQuote(l) && l != ")" {
		return // not "A, “T”" nor "A, “T” (Episode: ...)"
	}
	kind, job, ok := x.categoryAbove(x.sentAt)
	if !ok || kind == "" {
		return
	}
	items := x.parseList(0)
	if len(items) == 0 || len(items) > 4 {
		return
	}
	end := items[len(items)-1].end
	if x.tok(end).text != "," || !isQuote(x.tok(end+1).text) {
		return
	}
	e := x.titleAt(end+1, false)
	if e <= end+2 || !x.closeQuote(e-1) || e < len(t) && t[e].text != "(" {
		return
	}
	title := unquote(x.span(end+1, e))
	if title == "" || x.isNetwork(title) {
		return
	}
	for _, it := range items {
		if x.personShaped(it.pstart, it.pend) {
			x.add(kind, x.resolve(x.itemName(it)), title, "", job)
		}
	}
}

// underCategory reports whether the sentence being read is a nominee's
// line under an award category that credits people, which
// categoryLineRule reads.
func (x *extractor) underCategory() bool {
	kind, _, ok := x.categoryAbove(x.sentAt)
	return ok && kind != ""
}

// juryGoesOn reports whether s, in the paragraph of a sentence about a
// festival jury, goes on about it: "The jury will be presided over by X.
// She will be joined by director Y (“T”) and producer Z." It opens with a
// pronoun or says who joins.
func juryGoesOn(s *sentence) bool {
	if len(s.toks) == 0 {
		return false
	}
	switch s.toks[0].low {
	case "she", "he", "they":
		return true
	}
	for i := range s.toks {
		if l := s.toks[i].low; l == "joined" || l == "joining" {
			return true
		}
	}
	return false
}
