package extract

// Earlier work named with an award, a guest part or a debut: "X, who won
// acting Emmys for the miniseries “T1” and “T2”", "X has appeared as a
// guest in episodes of Showtime's “T”", "X did voices for an episode each
// of “T1” and “T2”", "X made his debut with one of the most acclaimed
// films of 2017, T".

import "github.com/castgraph/castgraph/graph"

// guestRule reads the earlier work of the people a sentence opens with
// that an award or a guest part names.
func (x *extractor) guestRule() {
	if !x.sentHas(cGuestCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].cap || x.inBr[k] {
			continue
		}
		at, kind := -1, ""
		switch t[k].low {
		case "won", "wins", "win":
			// "won acting Emmys for the miniseries “T1” (1978) and “T2”"
			for m := k + 1; m < len(t) && m < k+5; m++ {
				if t[m].low == "acting" {
					kind = graph.KindCast
				}
				if t[m].low == "for" {
					at = x.titlePrefix(m + 1)
					break
				}
			}
			if kind == "" || at < 0 || !isQuote(x.tok(at).text) && !x.tok(at-1).has(cGenreNouns) {
				continue
			}
		case "guest", "cameo":
			// "has appeared as a guest in episodes of Showtime's “T”"
			if x.tok(k-1).low != "a" || x.tok(k-2).low != "as" || (x.tok(k+1).low != "in" && x.tok(k+1).low != "on") {
				continue
			}
			at = k + 2
			if x.tok(at).low == "episodes" && x.tok(at+1).low == "of" {
				at += 2
			}
			at, kind = x.titlePrefix(at), graph.KindCast
		case "pre-production", "post-production", "development":
			// "He is also in pre-production on another series, T": his work
			if x.tok(k-1).low != "in" || x.tok(k+1).low != "on" {
				continue
			}
			at = k + 2
			if l := x.tok(at).low; l == "another" || l == "a" || l == "the" || l == "his" || l == "her" {
				m := at + 1
				for m < len(t) && m < at+4 && t[m].kind == tWord && !t[m].cap {
					m++
				}
				if x.tok(m).text == "," {
					m++
				}
				at = m
			}
			kind = graph.KindCrew
			if !x.titleStarts(at) {
				continue
			}
			subj := x.subjectsBefore(k-1, 0)
			if len(subj) == 0 && (x.tok(0).low == "he" || x.tok(0).low == "she") && x.subject() != "" {
				subj = []string{x.subject()}
			}
			for _, p := range subj {
				for _, ti := range x.titleList(at) {
					if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
						x.add(kind, p, ti, "", "")
					}
				}
			}
			continue
		case "star", "appear":
			// "X will direct and star in the film", "X will exec produce as
			// well as star in the film": the maker acts in the show too
			if x.tok(k+1).low != "in" || !x.projectObject(k+2) || x.sshow == "" {
				continue
			}
			m := k - 1
			switch {
			case x.tok(m).low == "and":
				m--
			case x.tok(m).low == "as" && x.tok(m-1).low == "well" && x.tok(m-2).low == "as":
				m -= 3
			default:
				continue
			}
			verb := false
			for m >= 0 && x.toks[m].kind == tWord && !x.toks[m].cap {
				if x.toks[m].has(cJobVerb | cWriteVerb) {
					verb = true
				}
				m--
			}
			if ps := x.personBefore(m + 1); verb && ps <= m {
				x.add(graph.KindCast, x.span(ps, m+1), x.sshow, "", "")
			}
			continue
		case "debut":
			if x.tok(k+1).low == "of" && !t[k].cap {
				x.debutOf(k) // "which marked the Bollywood debut of A, B and C"
				continue
			}
			// "Adele will be making her motion picture debut.": in the
			// sentence's show, as cast
			if x.sshow == "" || x.tok(k+1).kind != tPunct || x.tok(k+1).text == "(" {
				continue
			}
			acting, mk := false, -1
			for m := k - 1; m >= 0 && m >= k-6; m-- {
				switch x.toks[m].low {
				case "picture", "film", "acting", "screen", "big-screen", "movie", "feature":
					acting = true
				case "directorial", "directing", "writing", "producing":
					acting = false
					m = -1
				case "making", "make", "makes", "made":
					mk = m
				}
			}
			if !acting || mk < 0 {
				continue
			}
			subj := x.subjectsBefore(mk, 0)
			if len(subj) == 0 && mk > 0 && x.toks[mk-1].has(cAuxWords) {
				subj = x.subjectsBefore(mk-1, 0)
			}
			if len(subj) == 0 && mk > 1 && x.toks[mk-1].text == "," {
				subj = x.personBeforeAside(mk - 1) // "will see X, from the hit series T, make his acting debut"
			}
			for _, p := range subj {
				x.add(graph.KindCast, p, x.sshow, "", "")
			}
			continue
		case "voices", "voice":
			// "did voices for an episode each of “T1” and “T2”"
			if x.tok(k-1).low != "did" || x.tok(k+1).low != "for" {
				continue
			}
			m := k + 2
			for m < len(t) && m < k+7 && t[m].low != "of" {
				m++
			}
			if x.tok(m).low != "of" {
				continue
			}
			at, kind = x.titlePrefix(m+1), graph.KindCast
		default:
			continue
		}
		if !x.titleStarts(at) {
			continue
		}
		subj := x.subjectsBefore(k-1, 0)
		if len(subj) == 0 && x.subjectEnd() > 0 && x.subjectEnd() < k {
			subj = []string{x.subject()} // the person the sentence opens with
		}
		x.castInTitles(subj, x.titleList(at))
	}
}

// debut: "X makes her streaming debut with the Hindi show T, starring ...".
// A directorial debut is a director's credit; a debut beside a list of the
// show's stars is a crew credit without a job; an acting debut, or one with
// no other cast named, is left to the person's other credits.
func (x *extractor) debut(k int) {
	mk := -1
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		switch x.toks[m].low {
		case "makes", "made", "making", "make", "marks", "marked":
			mk = m
		}
	}
	if mk < 0 {
		return
	}
	a := k + 2 // where the work is named after "with" or "in"
	if y := x.tok(a); y.kind == tNum && len(y.text) == 4 && (x.tok(a+1).low == "with" || x.tok(a+1).low == "in") {
		a += 2 // "made her directorial debut in 1970 with T"
	}
	var title string
	for m := a; m < len(x.toks) && m < a+6; m++ {
		if t := &x.toks[m]; t.has(cGenreNouns) && !t.cap {
			if e := x.titleAt(m+1, false); e > m+1 {
				title = x.span(m+1, e)
			}
			break
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	if title == "" && x.tok(a).low == "one" && x.tok(a+1).low == "of" {
		// "made his debut with one of the most acclaimed films of 2017, T"
		for m := a + 2; m+1 < len(x.toks) && m < a+14; m++ {
			if x.toks[m].text == "," && x.titleStarts(m+1) {
				if e := x.titleAt(m+1, false); e > m+1 && x.tok(e).kind == tPunct {
					title = unquote(x.span(m+1, e))
				}
				break
			}
		}
	}
	if title == "" {
		if ts := x.titleList(a); len(ts) > 0 {
			title = ts[0]
		}
	}
	if title == "" && x.tok(a).low == "the" && x.tok(a+1).has(cGenreNouns) && !x.tok(a+1).cap && x.sshow != "" {
		title = x.sshow // "X will make her debut with the film": the sentence's show
	}
	if title == "" {
		return
	}
	kind, job := "", ""
	acting := false
	for m := mk; m < k; m++ {
		switch x.toks[m].low {
		case "directorial", "directing":
			kind, job = graph.KindCrew, graph.JobDirector
		case "acting", "screen":
			kind, acting = graph.KindCast, true
		case "film", "television", "tv":
			kind = graph.KindCast
		}
	}
	if j := x.makerSubject(mk); kind == graph.KindCast && !acting && j != "" {
		kind, job = graph.KindCrew, j // "The filmmaker made his feature film debut with T"
	}
	if kind == "" {
		for _, t := range x.toks[k:] {
			if t.low == "starring" || t.low == "featuring" || t.low == "stars" {
				kind = graph.KindCrew
				break
			}
		}
	}
	for _, p := range x.pronounOr(x.subjectsBefore(mk, 0)) {
		x.add(kind, p, title, "", job)
	}
}

// debutOf reads "T marked the (Bollywood, acting) debut of A, B and C", the
// debut noun at k: the people are T's cast, T the title before ", which"
// or the sentence's show. A directorial or writing debut is crew, read
// elsewhere.
func (x *extractor) debutOf(k int) {
	mk := -1
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		switch l := x.toks[m].low; l {
		case "mark", "marks", "marked", "marking":
			mk = m
		case "directorial", "directing", "writing", "screenwriting", "producing":
			return
		}
	}
	if mk < 0 || x.tok(mk+1).low != "the" {
		return
	}
	items := x.parseList(k + 2)
	if len(items) == 0 {
		return
	}
	show := x.sshow
	w := mk - 1
	for w > 0 && x.tok(w).has(cAuxWords) && x.tok(w).low != "that" {
		w--
	}
	if l := x.tok(w).low; l == "which" || l == "that" {
		te := w
		if x.tok(w-1).text == "," {
			te = w - 1
		} else if x.tok(w-2).text == "," && x.closeQuote(w-1) {
			te = w - 2 // "'T,' which marked"
		}
		if ts := x.titleBefore(te); ts < te && !x.isNetwork(x.span(ts, te)) && x.knownPerson(x.span(ts, te)) == "" {
			show = unquote(x.span(ts, te))
		}
	}
	if show == "" {
		return
	}
	for _, it := range items {
		x.add(graph.KindCast, x.itemName(it), show, "", "")
	}
}

// possGenreTitle is where the title starts in "her upcoming flick 'T'", "his
// next film T" at i (a possessive pronoun, up to three lower-case words and
// a noun of the show's kind), or 0.
func (x *extractor) possGenreTitle(i int) int {
	if l := x.tok(i).low; l != "her" && l != "his" && l != "their" {
		return 0
	}
	for m := i + 1; m < i+5 && m < len(x.toks); m++ {
		t := &x.toks[m]
		if t.cap || t.kind != tWord {
			return 0
		}
		if t.has(cGenreNouns) {
			if x.titleStarts(m + 1) {
				return m + 1
			}
			return 0
		}
	}
	return 0
}

// makerSubject is the job a crew noun in the subject before the verb at mk
// gives ("The filmmaker made his feature film debut", "Director X made
// her film debut"), or "".
func (x *extractor) makerSubject(mk int) string {
	for m := mk - 1; m >= 0 && m >= mk-6; m-- {
		t := &x.toks[m]
		if t.kind == tPunct {
			return ""
		}
		if j, ok := jobNounsIDs.lookup(t.id); ok && t.has(cJobNoun) && !t.has(cCastNouns) && j != graph.JobOriginalAuthor {
			return j
		}
	}
	return ""
}

// personBeforeAside is the person named right before the aside that the
// comma at c closes: "X, from the hit series T," and "X, who starred in
// T,": the aside opens at the comma before c, at most 14 words back.
func (x *extractor) personBeforeAside(c int) []string {
	for o := c - 1; o > 0 && o >= c-14; o-- {
		if x.toks[o].text == "," {
			if ps := x.personBefore(o); ps < o && x.personShaped(ps, o) {
				return []string{x.resolve(x.span(ps, o))}
			}
			return nil
		}
	}
	return nil
}
