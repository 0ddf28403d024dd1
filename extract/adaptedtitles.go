package extract

// An adaptation keeps its source's title: the article's show is the title
// of the novel or manga an adaptation is "of".

// adaptedSourceTitle returns the title of the source an adaptation at k is
// made of, or "": "BBC One's adaptation of David Nicholls' novel Us", "the
// live-action adaptation film of A's popular novel about the anime
// industry, T, has announced" (the title set off by commas after the
// source noun and what it is about).
func (x *extractor) adaptedSourceTitle(k int) string {
	t := x.toks
	of := k + 1
	if x.tok(of).has(cGenreNouns) && !x.tok(of).cap {
		of++ // "the adaptation film of"
	}
	if t[k].low != "adaptation" || x.tok(of).low != "of" {
		return ""
	}
	for m := of + 1; m+1 < len(t) && m < of+14; m++ {
		if !t[m].has(cSourceNouns) || t[m].cap {
			continue
		}
		if e := x.titleAt(m+1, false); e > m+1 {
			return x.span(m+1, e)
		}
		return x.commaTitleAfter(m + 1)
	}
	return ""
}

// commaTitleAfter reads, after a source noun, a title set off by commas,
// with at most a short "about ..." phrase before it: "novel, T, has",
// "novel about the anime industry, T, has". It returns the title, or "".
func (x *extractor) commaTitleAfter(m int) string {
	c := m
	if x.tok(m).low == "about" {
		for c = m + 1; c < m+7 && c < len(x.toks) && x.toks[c].kind == tWord && !x.toks[c].cap; c++ {
		}
	}
	if x.tok(c).text != "," || !x.titleStarts(c+1) {
		return ""
	}
	e := x.titleAt(c+1, false)
	if e > c+1 && x.tok(e).text == "!" {
		e++ // "Haikyu!": the title's own exclamation mark
	}
	if e <= c+1 || x.tok(e).text != "," || x.isNetwork(x.span(c+1, e)) || x.personShaped(c+1, e) && x.startsName(c+1) {
		return ""
	}
	return x.span(c+1, e)
}
