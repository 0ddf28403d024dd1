package extract

// Co-stars and pairings: "he starred alongside A in movie T1 and with B in
// 1981 film T2", "A and B shared screen space in T", "T will have X
// paired opposite Y", "T, in which he starred opposite Y".

import "github.com/castgraph/castgraph/graph"

// coStarChainRule reads the co-stars after the first of a chain: "he
// starred alongside A in movie T1 and with Oscar winner B in 1981 film
// T2": B and the subject are cast in T2 (the first pair is read by the
// list rules).
func (x *extractor) coStarChainRule() {
	if !x.sentHas(cCastVerbs) || !x.sentHasWord(bitWith) && !x.sentHasAnyWord(coStarWords) {
		return // no token it reads
	}
	t := x.toks
	v := -1 // the verb that opens the chain: "starred alongside"
	for k := 1; k+4 < len(t); k++ {
		w := &t[k]
		if w.cap || !coStarPrepWords.mayHold(w) || !coStarPrepsIDs.has(w.id) {
			continue
		}
		if v < 0 {
			if p := &t[k-1]; p.has(cCastVerbs) && !p.cap && (p.low == "starred" || p.low == "appeared" || p.low == "co-starred" || p.low == "acted" || p.low == "starring") {
				v = k - 1
			}
			continue
		}
		if t[k-1].low != "and" {
			continue
		}
		m := x.awardPrefixEnd(k + 1) // "with Oscar winner B"
		for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cJobNoun); q++ {
			m++ // "with fellow newcomer B", not "with director B"
		}
		pe := x.personAt(m)
		if pe <= m+1 || x.tok(pe).low != "in" || !x.personShaped(m, pe) {
			continue
		}
		at := pe + 1
		for q := 0; q < 3 && (x.tok(at).kind == tNum || x.tok(at).low == "the" && !x.tok(at).cap || x.tok(at).has(cGenreNouns) && !x.tok(at).cap); q++ {
			at++ // "in 1981 film T2", "in the movie T2"
		}
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			continue
		}
		title := unquote(x.span(at, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			continue
		}
		x.add(graph.KindCast, x.resolve(x.span(m, pe)), title, "", "")
		for _, s := range x.subjectsBefore(v, 1) {
			x.add(graph.KindCast, s, title, "", "")
		}
	}
}

// coStarPreps name a co-star: "starred alongside A", "opposite B", "with C".
var coStarPreps = set(`alongside opposite with`)

// coStarPrepWords are the bits of coStarPreps (mayHold).
var coStarPrepWords = setMask(coStarPreps)

// coStarWords are the bits of coStarPreps (sentHasAnyWord).
var coStarWords = setMask(coStarPreps)

// screenShareRule reads "A and B shared screen space in T", "X will share
// the screen with Y in the film T", "for T, where he will share the screen
// with Y": the people of the sentence and the partner are cast in T (the
// title after "in" or "for", else the one before "where", else the
// sentence's show).
func (x *extractor) screenShareRule() {
	if !x.sentHasWord(bitScreen) {
		return // no token it reads at
	}
	t := x.toks
	for k := 2; k < len(t); k++ {
		if t[k].low != "screen" || t[k].cap {
			continue
		}
		v := k - 1
		for q := 0; q < 2 && v > 0 && (t[v].low == "the" || t[v].low == "big" || t[v].low == "small") && !t[v].cap; q++ {
			v--
		}
		switch t[v].low {
		case "share", "shares", "shared", "sharing":
		default:
			continue
		}
		m := k + 1
		if x.tok(m).low == "space" {
			m++
		}
		var people []string
		if x.tok(m).low == "with" {
			for _, it := range x.parseList(m + 1) {
				people = append(people, x.resolve(x.itemName(it)))
				m = it.end
			}
			if len(people) == 0 {
				continue
			}
		}
		show := ""
		if l := x.tok(m).low; l == "in" || l == "for" || l == "on" {
			at := x.titlePrefix(m + 1)
			if g := x.kindTitleAt(m + 1); g > 0 {
				at = g // "in the action film T"
			}
			if e := x.titleAt(at, false); e > at && x.titleStarts(at) {
				show = unquote(x.span(at, e))
			}
		} else {
			for c := v - 1; c > 0 && c > v-5; c-- {
				if x.tok(c).low != "where" {
					continue
				}
				c-- // "for ‘T’ where he will share the screen with Y"
				if x.tok(c).text == "," {
					c--
				}
				if isQuote(x.tok(c).text) {
					if ts := x.quotedTitlesBefore(c + 1); len(ts) == 1 {
						show = unquote(ts[0])
					}
				} else if ts := x.titleBefore(c + 1); ts <= c {
					show = unquote(x.span(ts, c+1))
				}
				break
			}
		}
		if show == "" || x.isNetwork(show) || x.knownPerson(show) != "" || describes(show) {
			continue
		}
		w := v
		for w > 0 && (t[w-1].has(cAuxWords) || t[w-1].low == "also") && !t[w-1].cap {
			w--
		}
		if l := x.tok(w - 1).low; l == "he" || l == "she" || l == "they" {
			if p := x.pronounOwnerAt(w - 1); p != "" {
				people = append(people, p)
			}
		} else if st := x.introEnd(); st > 0 && x.parseListEnds(st, w) {
			for _, it := range x.parseList(st) {
				people = append(people, x.resolve(x.itemName(it))) // "Earlier, A and B shared"
			}
		} else {
			people = append(people, x.subjectsBefore(v, 0)...)
		}
		for _, p := range people {
			x.add(graph.KindCast, p, show, "", "")
		}
	}
}

// pronounOwnerAt is the person "he" or "she" at j names inside a clause:
// the person the sentence opens with, else the one an earlier sentence
// opened with; or "".
func (x *extractor) pronounOwnerAt(j int) string {
	if x.subjectEnd() > 0 && x.subjectEnd() <= j {
		return x.subject()
	}
	return x.sectionPronoun()
}

// parseListEnds reports whether a list of names starts at i and ends at j.
func (x *extractor) parseListEnds(i, j int) bool {
	items := x.parseList(i)
	return len(items) > 0 && items[len(items)-1].end == j
}

// partnerTitle is the title a co-star list after "opposite" or
// "alongside" at start names: after it ("alongside Y in T"), or before
// the relative clause it ends ("T, in which he starred opposite Y"); else
// "".
func (x *extractor) partnerTitle(start, end int) string {
	if title := x.titleAfterList(end); title != "" {
		return title
	}
	v := start - 2
	if !x.tok(v).has(cCastVerbs) || x.tok(v).cap {
		return ""
	}
	if l := x.tok(v - 1).low; l != "he" && l != "she" {
		return ""
	}
	if x.tok(v-2).low != "which" || x.tok(v-3).low != "in" {
		return ""
	}
	return x.relTitleBefore(v - 3)
}

// relTitleBefore is the title before the comma that ends before i, in
// "T, in which he played C", "T, where he played C"; else "".
func (x *extractor) relTitleBefore(i int) string {
	c := i
	if x.tok(c-1).text != "," {
		return ""
	}
	c--
	if ts := x.titleBefore(c); ts < c && !x.isNetwork(x.span(ts, c)) && x.knownPerson(x.span(ts, c)) == "" && !describes(x.span(ts, c)) {
		return unquote(x.span(ts, c))
	}
	if isQuote(x.tok(c - 1).text) {
		if ts := x.quotedTitlesBefore(c); len(ts) == 1 {
			return unquote(ts[0])
		}
	}
	return ""
}

// pairedRule reads a pairing: "T will have X paired opposite Y", "X is
// paired with Y in T", "X has been pitted against Y": both are cast in
// the title after the partner, else the sentence's show.
func (x *extractor) pairedRule() {
	if !x.sentHasAnyWord(pairedWords) {
		return // no token it reads at
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !pairedWords.holds(&t[k]) || t[k].cap {
			continue
		}
		switch t[k+1].low {
		case "opposite", "with", "alongside", "against":
		default:
			continue
		}
		pe := x.personAt(k + 2)
		if pe <= k+3 && !(pe == k+3 && x.know.person(x.fold(x.span(k+2, pe)))) || x.tok(pe).kind == tPoss {
			continue
		}
		partner := x.resolve(x.span(k+2, pe))
		show := x.titleAfterList(pe)
		if show == "" {
			show = x.sshow
		}
		if show == "" || x.skey(show) == x.skey(partner) {
			continue
		}
		var people []string
		if ps := x.personBefore(k); ps < k && x.tok(ps-1).low == "have" || ps < k && x.tok(ps-1).low == "has" {
			people = []string{x.resolve(x.span(ps, k))} // "T will have X paired opposite Y"
		} else {
			people = x.subjectsBefore(k, 1) // "X has been paired with Y"
		}
		if len(people) == 0 {
			continue
		}
		x.add(graph.KindCast, partner, show, "", "")
		for _, p := range people {
			x.add(graph.KindCast, p, show, "", "")
		}
	}
}

// pairedWords are the participles pairedRule reads at.
var pairedWords = wordMask("paired", "pitted")
