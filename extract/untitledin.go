package extract

// A new work that a cast joins, named by its kind alone: "X will appear in
// a new comedy series.", "A, B and C join forces in new crime comedy",
// "Netflix has commissioned a new true crime drama starring X". Like
// untitledNew's works, it is no show the text was about: the sentence
// speaks of a work with no title yet. In the headline and the lead, and in
// a heading of an article with no sections for several shows, the new work
// is the article's own show, named later.

// untitledInVerbs stand before "in" and a new work's kind: "appear in a
// new drama", or take it as object: "commissioned a new drama".
var untitledInVerbs = set(`star stars starring appear appears appearing seen forces commissioned commissions ordered orders releasing greenlit`)

// untitledInWords are the bits of untitledInVerbs (mayHold).
var untitledInWords = setMask(untitledInVerbs)

// untitledInAfter may follow the kind of such a work: "a new drama that
// follows", "a new drama starring X".
var untitledInAfter = set(`that which about set starring featuring`)

// untitledNewIn reports whether the sentence puts its people in a new work
// named by its kind alone, "new" and the genre noun, with no title after.
func (x *extractor) untitledNewIn() bool {
	if !x.sentHasAnyWord(untitledInWords) || !x.sentHas(cGenreNouns) || x.s == nil || x.s.para <= 1 {
		return false // "ITV has announced a new crime thriller starring X" in the lead: the article's show
	}
	if x.s.head && len(x.headingKeys) < 2 {
		return false // "X to star in new ITV thriller" over a section of the article's show, not of a roundup's
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !untitledInWords.mayHold(&t[k]) || t[k].cap || !untitledInVerbsIDs.has(t[k].id) {
			continue
		}
		a := k + 1
		if x.tok(a).low == "in" {
			a++
		}
		if x.tok(a).low == "a" || x.tok(a).low == "an" {
			a++
		}
		if x.tok(a).low != "new" {
			continue
		}
		g := 0
		for m := a + 1; m < len(t) && m < a+6; m++ {
			w := &t[m]
			if w.has(cGenreNouns) && !w.cap {
				g = m
				continue
			}
			if g > 0 || w.kind != tWord || !w.cap && w.has(cStopWords) {
				break
			}
		}
		if g == 0 {
			continue
		}
		switch n := x.tok(g + 1); {
		case g+1 >= len(t), n.text == ".", n.kind == tWord && !n.cap && untitledInAfterIDs.has(n.id):
			return !x.titleNamedAfter(g + 1)
		}
	}
	return false
}

// titleNamedAfter reports whether the words from k name a title: "titled
// T", "called T", or a quoted title.
func (x *extractor) titleNamedAfter(k int) bool {
	for m := k; m < len(x.toks); m++ {
		w := &x.toks[m]
		if isQuote(w.text) || (w.low == "titled" || w.low == "called" || w.low == "entitled") && !w.cap {
			return true
		}
	}
	return false
}

// untitledStarring reports whether the list at start follows "starring"
// after a work named by its kind and its maker alone: "included a film
// with Remo Dass starring X", "an untitled movie by Y starring X": a work
// with no title, no credit in the sentence's show.
func (x *extractor) untitledStarring(start int) bool {
	v := start - 1
	if l := x.tok(v).low; l != "starring" && l != "featuring" {
		return false
	}
	ps := x.personBefore(v)
	if ps >= v {
		return false
	}
	if p := x.tok(ps - 1).low; p != "with" && p != "by" && p != "from" {
		return false
	}
	g := ps - 2
	if w := x.tok(g); !w.has(cGenreNouns) || w.cap {
		return false
	}
	for m := g - 1; m >= 0 && m >= g-3; m-- {
		switch w := x.tok(m); {
		case w.low == "a" || w.low == "an":
			// not "T is a film by Y starring X", "T, a film by Y starring X": T's
			b := x.tok(m - 1)
			return b.kind == tWord && !b.cap && b.low != "is" && b.low != "was" && b.low != "are" && b.low != "were" && b.low != "be" && b.low != "as"
		case w.kind != tWord || w.cap:
			return false
		}
	}
	return false
}
