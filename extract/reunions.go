package extract

import "github.com/castgraph/castgraph/graph"

// Pairs that work together again in a named title: "A and B reunite in the
// drama series “T”", and the title of their earlier pairing, "After their
// well-received pairing in “T1,” A and B reunite ...".

// reuniteInRule reads "A and B reunite in T" (also "for T", past "the" and
// genre words): each subject is credited in T, the kind open (their other
// credits settle it). A sentence that opens "After their pairing in T1," or
// "Following their team-up in T1," credits them in T1 too.
func (x *extractor) reuniteInRule() {
	if !x.sentHas(cReunion) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].low != "reunite" && t[k].low != "reunites" && t[k].low != "reunited" || t[k].cap || x.inBr[k] {
			continue
		}
		title := ""
		// "reunite in T", "will reunite on screen for the first time in 17
		// years in director X's upcoming film “T”": the first place word
		// past lower-case words that a title follows
		for m := k + 1; m < len(t) && m < k+14 && title == ""; m++ {
			if t[m].kind == tPunct || t[m].cap {
				break
			}
			if p := t[m].low; p == "in" || p == "for" || p == "on" {
				title = x.reunionTitleAt(m + 1)
			}
		}
		if title == "" {
			continue
		}
		people := x.pairBefore(k)
		if len(people) == 0 {
			continue
		}
		for _, p := range people {
			x.add("", p, title, "", "")
		}
		if earlier := x.earlierPairing(); earlier != "" && x.skey(earlier) != x.skey(title) {
			for _, p := range people {
				x.add("", p, earlier, "", "")
			}
		}
		return
	}
}

// reunionTitleAt reads the title of "reunite in" at at: past "the", an
// owner ("director X's") and genre words, "the drama series “T”"; a title
// needs a genre word or quotes ("reunite in Paris" names none), unless the
// article names it as a show elsewhere. It returns "" where there is none.
func (x *extractor) reunionTitleAt(at int) string {
	if l := x.tok(at).low; l == "the" || l == "a" || l == "an" {
		at++
	}
	if x.tok(at).has(cJobNoun) && !x.tok(at).cap {
		if pe := x.personAt(at + 1); pe > at+1 && x.tok(pe).kind == tPoss {
			at = pe + 1 // "director X's upcoming film"
		}
	}
	kind := false
	for m := 0; m < 4 && x.tok(at).kind == tWord && !x.tok(at).cap && (x.tok(at).has(cGenreNouns|cFormatWords|cDescribe) || titleAdjectivesIDs.has(x.tok(at).id) || !x.tok(at).has(cStopWords|cAuxWords) && x.tok(at+1).has(cGenreNouns) && !x.tok(at+1).cap); m++ {
		kind = kind || x.tok(at).has(cGenreNouns|cFormatWords)
		at++ // "the drama series", "a new romantic comedy", "upcoming film", "the period drama"
	}
	if !kind && !isQuote(x.tok(at).text) {
		if e := x.titleAt(at, false); e > at && x.isShow(unquote(x.span(at, e))) {
			return x.creditTitleAt(at) // a show the article names elsewhere
		}
		return ""
	}
	return x.creditTitleAt(at)
}

// earlierPairing reads the title of an opening "After their (well-received)
// pairing in T1," or "Following their team-up on T1,", or "".
func (x *extractor) earlierPairing() string {
	st := x.introEnd()
	if l := x.tok(st).low; l != "after" && l != "following" || x.tok(st+1).low != "their" {
		return ""
	}
	for m := st + 2; m < len(x.toks) && m < st+7; m++ {
		l := x.toks[m].low
		if l != "in" && l != "on" {
			if x.toks[m].kind != tWord || x.toks[m].cap {
				return ""
			}
			continue
		}
		e := x.titleAt(m+1, false)
		if e <= m+1 || !x.titleStarts(m+1) {
			return ""
		}
		title := unquote(x.span(m+1, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			return ""
		}
		return title
	}
	return ""
}

// pairBefore reads the people named before the verb at k, each with the
// describing words before the name: "Asia’s Multimedia Star A and
// award-winning actress B".
func (x *extractor) pairBefore(k int) []string {
	var people []string
	j := k
	for q := 0; q < 2 && x.tok(j-1).has(cAuxWords) && !x.tok(j-1).cap; q++ {
		j-- // "A and B will reunite"
	}
	for len(people) < 4 {
		ps := x.personBefore(j)
		if ps == j {
			break
		}
		people = append(people, x.resolve(x.span(ps, j)))
		m := ps
		for q := 0; q < 3 && x.tok(m-1).kind == tWord && !x.tok(m-1).cap && !x.tok(m-1).has(cStopWords); q++ {
			m-- // "award-winning actress"
		}
		if l := x.tok(m - 1).low; l != "and" && x.tok(m-1).text != "," {
			break
		}
		j = m - 1
	}
	return people
}

// playedByBefore reports whether "played by" or "portrayed by" stands
// before the list at start, past two describing words at most: "portrayed
// by talented actresses".
func (x *extractor) playedByBefore(start int) bool {
	m := start
	for q := 0; q < 2 && x.tok(m-1).kind == tWord && !x.tok(m-1).cap && !x.tok(m-1).has(cStopWords); q++ {
		m--
	}
	return x.tok(m-1).low == "by" && (x.tok(m-2).low == "played" || x.tok(m-2).low == "portrayed")
}

// groupCastRule reads a sentence that opens with "They" or "The trio" (duo,
// pair) and a casting verb, after a sentence that opened with a list of
// people: "A, B and C are teaming up. The trio will headline T." Each of
// them is cast in the sentence's show.
func (x *extractor) groupCastRule() {
	t := x.toks
	if len(t) < 3 || len(x.prevGroup()) < 2 || x.sshow == "" {
		return
	}
	v, n := 1, 0 // n: how many the noun says, 0 for "they"
	switch {
	case t[0].low == "they":
	case t[0].low == "the" && !t[1].cap:
		switch t[1].low {
		case "duo", "pair", "two", "couple":
			n = 2
		case "trio", "three":
			n = 3
		default:
			return
		}
		v = 2
	default:
		return
	}
	if n > 0 && n != len(x.prevGroup()) {
		return
	}
	for v < len(t) && (t[v].has(cAuxWords) || t[v].low == "also") && !t[v].cap {
		v++
	}
	if v >= len(t) || t[v].cap || !t[v].has(cCastVerbs) || t[v].has(cPlayVerbs) && t[v].low != "lead" {
		return // "They play C1 and C2" is read by the role rules
	}
	for _, p := range x.prevGroup() {
		x.add(graph.KindCast, p, x.sshow, "", "")
	}
}

// asWellAsRule reads the people a cast sentence adds after "as well as":
// "The cast includes A and B, as well as C", "A and B are part of the
// cast, as well as the ex-wife C and the daughter, D". A describing noun
// before each name is no part of it.
func (x *extractor) asWellAsRule() {
	if !x.castWords || x.crewSentence || x.sshow == "" || !x.sentHas(cCastVerbs|cCastNouns|cListTriggers) || !x.sentHasWord(bitWell) {
		return // no ", as well as"
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].low != "as" || t[k+1].low != "well" || t[k+2].low != "as" || t[k-1].text != "," {
			continue
		}
		m := k + 3
		for n := 0; n < 6 && m < len(t); n++ {
			for q := 0; q < 4 && m < len(t) && (t[m].kind == tWord && !t[m].cap && (!t[m].has(cStopWords) || t[m].low == "the" || t[m].low == "his" || t[m].low == "her") || t[m].text == "," && q > 0); q++ {
				m++ // "the ex-wife", "the daughter,"
			}
			pe := x.personAt(m)
			if pe <= m || x.tok(pe).kind == tPoss || x.tok(pe).text == "(" && x.tok(pe+1).cap || !x.personShaped(m, pe) || !x.startsName(m) {
				return // not "as well as with Dracula actresses X", "the dub actors for T"
			}
			x.add(graph.KindCast, x.span(m, pe), x.sshow, "", "")
			switch {
			case x.tok(pe).low == "and":
				m = pe + 1
			case x.tok(pe).text == "," && x.tok(pe+1).low == "and":
				m = pe + 2
			case x.tok(pe).text == ",":
				m = pe + 1
			default:
				return
			}
		}
		return
	}
}

// whoseListAt reports whether the list at start is the object of a
// "whose credits include" clause: "X, whose film credits include T1 and
// T2, stars in the series" lists titles, no cast.
func (x *extractor) whoseListAt(start int) bool {
	for m := start - 1; m >= 0 && m >= start-6; m-- {
		switch t := &x.toks[m]; {
		case t.low == "whose" && !t.cap:
			return true
		case t.kind == tPunct:
			return false
		}
	}
	return false
}

// creditTitleAt reads the title that starts at at, unquoted, where it can
// take a credit: no network, person, description or heading. It returns ""
// otherwise.
func (x *extractor) creditTitleAt(at int) string {
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) {
		return ""
	}
	title := unquote(x.span(at, e))
	if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.noCreditName(title) {
		return ""
	}
	return title
}
