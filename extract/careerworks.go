package extract

// A performer's work told in prose, in profiles and casting roundups:
// "T was her most recent work", "he has been busy recently with T1, T2 and
// T3", "reached stardom by playing a bad guy in T", "she is next seen in
// the big-budget Disney+ series, T, opposite Y".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// recentWorkWords stand between "her" and the noun of "T was her most
// recent work": which of the person's works it was.
var recentWorkWords = set(`most recent latest last previous first best-known biggest breakout breakthrough major big`)

// recentWorkNouns end "T was her most recent work"; the kind is open
// unless the noun says a performance.
var recentWorkNouns = map[string]string{
	"work": "", "project": "", "film": "", "movie": "", "drama": "", "series": "", "show": "",
	"role": graph.KindCast, "appearance": graph.KindCast, "outing": graph.KindCast, "performance": graph.KindCast,
}

// reviewPraise are a review's words for a performance, before "as a
// ruthless assassin" (praiseWords and more).
var reviewPraise = set(reviewPraiseWords)

const reviewPraiseWords = `excellent great terrific brilliant superb memorable outstanding fantastic wonderful phenomenal dynamite
	electric magnetic riveting mesmerizing mesmerising captivating compelling convincing stellar remarkable sensational delightful
	hilarious chilling menacing perfect impressive effective heartbreaking luminous delight revelation standout scene-stealer`

// careerCueWords are the words careerWorkRule reads at.
var careerCueWords = setMask(set(`was is occupied busy playing seen narrate narrated narrates narrating narration dubbing dubbed dubs back
	topbill topbills topbilled headline headlines headlined headlining topline toplines toplined ` + reviewPraiseWords))

// careerWorkRule reads a performer's works named in prose.
func (x *extractor) careerWorkRule() {
	if !x.sentHasAnyWord(careerCueWords) {
		return // no word it reads at
	}
	t := x.toks
	if len(t) > 2 && t[0].low == "narrated" && t[1].low == "by" && x.sshow != "" {
		x.narrators(2) // "Narrated by actress X, the film ..."
	}
	if n := len(t); n > 3 && t[n-2].low == "narrate" && t[n-1].kind == tPunct {
		x.narrateTo(n - 2) // "with X set to narrate."
	}
	if len(t) > 2 && t[0].low == "narration" && x.sshow != "" {
		x.narrationBy(0) // "Narration is provided by actor X"
	}
	if n := len(t) - 2; n > 1 && t[n+1].kind == tPunct && x.sshow != "" && !t[n].cap {
		// the loop below stops short of the sentence's last word
		switch t[n].low {
		case "narration":
			x.narrationBy(n) // "X provides the narration."
		case "narrates":
			if ps := x.subjectsBefore(n, 1); len(ps) == 1 {
				x.add(graph.KindCast, ps[0], x.sshow, "", "") // "X narrates."
			}
		}
	}
	for k := 1; k+2 < len(t); k++ {
		if t[k].cap || x.inBr[k] || !careerCueWords.mayHold(&t[k]) {
			continue // each reading below starts at one of careerCueWords
		}
		switch l := t[k].low; {
		case t[k+1].low == "as" && reviewPraiseIDs.has(t[k].id) && (t[k+2].low == "a" || t[k+2].low == "an" || t[k+2].low == "the") && (t[k-1].low == "is" || t[k-1].low == "was" || (t[k-1].low == "a" || t[k-1].low == "an") && (x.tok(k-2).low == "is" || x.tok(k-2).low == "was")) && x.sshow != "":
			// "X is dynamite as a ruthless assassin": a role described,
			// not named ("as" is asked before the praise word: a map
			// lookup at every word of the sentence costs more)
			if x.tok(k+3).cap || x.tok(k+3).kind != tWord {
				continue // "as The Joker": a character, read by roleRule
			}
			v := k - 1
			if t[v].low == "a" || t[v].low == "an" {
				v-- // "X is a delight as the villain"
			}
			if ps := x.subjectsBefore(v, 1); len(ps) == 1 {
				x.add(graph.KindCast, ps[0], x.sshow, "", "")
			}
		case l == "dubbing" && t[k-1].low == "the" && t[k+1].low == "for" && x.tok(k-2).kind == tWord && !x.tok(k-2).cap:
			// "X did the dubbing for Hanuman in Hanuman Da' Damdaar": a
			// voice role, in the title after "in"
			ce := x.charAt(k + 2)
			if ce <= k+2 || x.tok(ce).low != "in" {
				continue
			}
			if ps := x.subjectsBefore(k-2, 1); len(ps) == 1 && x.playedInTitle(ce) != "" {
				x.add(graph.KindCast, ps[0], x.playedInTitle(ce), x.span(k+2, ce), "")
			}
		case (l == "dubbed" || l == "dubs") && t[k+1].low == "for" && x.titleStarts(x.titlePrefix(k+2)):
			// "X, who dubbed for The Despicable Me 3": a voice in it
			at := x.titlePrefix(k + 2)
			if e := x.titleAt(at, false); e > at && x.tok(e).low == "in" && x.playedInTitle(e) != x.sshow {
				// "dubbed for the robot superhero Optimus Prime in 'T'": the
				// character, then its title
				if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
					x.add(graph.KindCast, ps[0], x.playedInTitle(e), x.span(at, e), "")
				}
			} else if ce := x.charAt(e + 1); e > at && x.tok(e).kind == tPoss && x.personShaped(at, e) && x.startsName(at) && ce > e+1 && x.tok(ce).low == "in" && x.titleStarts(x.titlePrefix(ce+1)) && x.playedInTitle(ce) != "" {
				// "X dubbed for Y's Captain Joe in 'T'": the character Y plays
				if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
					x.add(graph.KindCast, ps[0], x.playedInTitle(ce), x.span(e+1, ce), "")
				}
			} else if ce := x.charAt(at); at == k+2 && ce > at && (x.tok(ce).kind == tPunct || ce == len(t)) && x.sshow != "" && !x.isShow(x.span(at, ce)) && x.tok(at).low != "the" && x.fold(x.span(at, ce)) != x.sshowFold {
				// "Child actor X dubs for Brightbill, the orphaned gosling": a
				// character of the sentence's show
				if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
					x.add(graph.KindCast, ps[0], x.sshow, x.span(at, ce), "")
				}
			} else if e > at && x.tok(e).kind != tPoss && x.tok(e).low != "in" {
				if title := unquote(x.span(at, e)); x.coStarTitle(title) {
					if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
						x.add(graph.KindCast, ps[0], title, "", "")
					}
				}
			}
		case topBillBits.mayHold(&t[k]) && topBillVerbsIDs.has(t[k].id) && (isQuote(t[k+1].text) || x.careerTitleAt(k+1) > 0 || x.topBillsTitle(k)):
			// "A and B topbill “T,” a family drama", "topbill the new drama
			// T", "X headlines T": the title after the verb, not the
			// sentence's show
			at := k + 1
			if c := x.careerTitleAt(k + 1); c > 0 {
				at = c
			}
			e := x.titleAt(at, false)
			if e <= at || x.tok(e).kind == tPoss {
				continue
			}
			if title := unquote(strings.TrimRight(unquote(x.span(at, e)), ",.")); x.coStarTitle(title) {
				x.castInTitles(x.subjectsBefore(k, 0), []string{title})
			}
		case l == "narrated" && t[k+1].low == "by" && x.sshow != "":
			// "The film will be narrated by X (C in T)": the narrator is
			// cast, with no character
			x.narrators(k + 2)
		case (l == "narrated" || l == "narrates") && !t[k].cap && x.tok(k+1).low != "by" && x.careerTitleAt(k+1) > 0:
			// "X, who previously narrated the BBC series T": the narrator is
			// T's cast
			at := x.careerTitleAt(k + 1)
			if e := x.titleAt(at, false); e > at && x.tok(e).kind != tPoss {
				if title := unquote(x.span(at, e)); !x.isNetwork(title) && !describes(title) {
					x.castInTitles(x.subjectsBefore(k, 0), []string{title})
				}
			}
		case l == "narrate" && x.tok(k+1).low == "the" && x.tok(k+2).has(cGenreNouns|cFormatWords):
			x.narrateTo(k) // "X is to narrate the series"
		case l == "narration" && x.sshow != "":
			x.narrationBy(k) // "with narration by X", "X provides the narration"
		case l == "narrates" && x.sshow != "" && (x.tok(k+1).kind == tPunct && x.tok(k+1).text != "(" || k+1 == len(t)):
			// "X narrates.", "X narrates, and Y produces"
			if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
				x.add(graph.KindCast, ps[0], x.sshow, "", "")
			}
		case (l == "narrates" || l == "narrating") && x.tok(k+1).low == "the" && x.tok(k+2).has(cGenreNouns|cFormatWords) && x.sshow != "":
			// "X narrates the series"
			if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
				x.add(graph.KindCast, ps[0], x.sshow, "", "")
			}
		case (l == "was" || l == "is") && x.titleStarts(k+1) && recentWorkNounsIDs.get(x.tok(k-1).id) != graph.KindCast && recentWorkWordsIDs.has(x.tok(k-2).id):
			// "Her most recent work was T", "X's latest film is T"
			m := k - 2
			for m > 0 && recentWorkWordsIDs.has(x.tok(m-1).id) {
				m--
			}
			owner := ""
			if o := x.tok(m - 1); (o.low == "her" || o.low == "his") && m-1 == x.introEnd() {
				owner = x.careerOwner()
			} else if o.kind == tPoss {
				if ps := x.personBefore(m - 1); ps < m-1 {
					owner = x.resolve(x.span(ps, m-1))
				}
			}
			if _, ok := recentWorkNounsIDs.lookup(x.tok(k - 1).id); !ok || owner == "" {
				continue
			}
			if e := x.titleAt(k+1, false); e > k+1 && x.tok(e).kind != tPoss {
				if title := unquote(x.span(k+1, e)); x.coStarTitle(title) {
					x.add(recentWorkNounsIDs.get(x.tok(k-1).id), owner, title, "", "")
				}
			}
		case l == "was" && t[k+1].low == "in" && x.titleStarts(k+2) && (x.tok(k-1).low == "she" || x.tok(k-1).low == "he"):
			// "As for Han, she was in T1 and T2": two titles or more, a
			// filmography (not "was in Seoul")
			if titles := x.titleList(k + 2); len(titles) >= 2 {
				if o := x.careerOwnerBefore(k); o != "" {
					x.castInTitles([]string{o}, titles)
				}
			}
		case l == "back" && x.tok(k-1).low == "be" && (t[k+1].low == "in" || (t[k+1].low == "too" || t[k+1].low == "again") && x.tok(k+2).low == "in"):
			// "and will be back too in T": a coming role
			at := k + 2
			if t[k+1].low != "in" {
				at++
			}
			if !x.titleStarts(at) || !x.returnsInShow(at) && len(x.titleList(at)) != 1 {
				continue
			}
			if e := x.titleAt(at, false); e > at && x.tok(e).kind != tPoss && x.tok(e).kind == tPunct {
				if title := unquote(x.span(at, e)); x.coStarTitle(title) && !x.tok(at).has(cMonth) {
					if o := x.careerOwnerBefore(k); o != "" {
						x.add(graph.KindCast, o, title, "", "")
					}
				}
			}
		case l == "was" && (t[k+1].low == "her" || t[k+1].low == "his") && !x.inBr[k-1]:
			// "Jirisan was her most recent work"
			m := k + 2
			for q := 0; q < 3 && m < len(t) && recentWorkWordsIDs.has(t[m].id); q++ {
				m++
			}
			kind, ok := recentWorkNounsIDs.lookup(x.tok(m).id)
			if m == k+2 || !ok || x.tok(m).cap || !x.boundary(m+1) && x.tok(m+1).low != "and" {
				continue
			}
			ts := x.titleBefore(k)
			if x.closeQuote(k - 1) {
				if o := x.openQuoteOf(k - 1); o >= 0 {
					ts = o
				}
			}
			if ts >= k || ts != x.introEnd() {
				continue // the title opens the sentence
			}
			title := unquote(x.span(ts, k))
			if owner := x.careerOwner(); owner != "" && x.coStarTitle(title) && x.knownPerson(title) == "" {
				x.add(kind, owner, title, "", "")
			}
		case (l == "occupied" || l == "busy") && t[k+1].low == "with" || (l == "occupied" || l == "busy") && t[k+1].low == "recently" && t[k+2].low == "with":
			// "he has been occupied recently with T1, T2 and T3"
			at := k + 2
			if t[k+1].low == "recently" {
				at++
			}
			if !x.tok(k-1).has(cAuxWords) && x.tok(k-1).low != "been" || !x.titleStarts(at) || x.personAt(at) > at && x.knownPerson(x.span(at, x.personAt(at))) != "" {
				continue
			}
			titles := x.titleList(at)
			if len(titles) < 2 {
				continue // "busy with Netflix": one name is no list of works
			}
			if o := x.careerOwnerBefore(k); o != "" {
				x.castInTitles([]string{o}, titles)
			}
		case l == "playing" && (t[k+1].low == "a" || t[k+1].low == "an") && x.careerOwnerBefore(k) != "":
			// "reached stardom by playing a bad guy in T", "when playing a
			// nightclub singer in the TV series T": a role described, its
			// title
			m := k + 2
			for q := 0; q < 4 && m < len(t) && t[m].kind == tWord && !t[m].cap && !t[m].has(cStopWords); q++ {
				m++
			}
			if m == k+2 || x.tok(m).low != "in" {
				continue
			}
			at := m + 1
			if c := x.careerTitleAt(at); c > 0 {
				at = c
			}
			if !x.titleStarts(at) || x.tok(at).has(cStopWords) && !isQuote(x.tok(at).text) && x.tok(at).low != "the" {
				continue
			}
			if e := x.titleAt(at, false); e > at {
				if title := unquote(x.span(at, e)); x.coStarTitle(title) && x.tok(e).kind != tPoss {
					x.add(graph.KindCast, x.careerOwnerBefore(k), title, "", "")
				}
			}
		case l == "seen" && t[k+1].low == "in" && x.careerTitleAt(k+2) > 0 || l == "seen" && t[k-1].low == "next" && t[k+1].low == "in" && x.careerTitleAt(k+2) > 0:
			// "she is next seen in the big-budget Disney+ series, T,
			// opposite Y": both in T
			at := x.careerTitleAt(k + 2)
			e := x.titleAt(at, false)
			if e <= at {
				continue
			}
			title := unquote(x.span(at, e))
			if !x.coStarTitle(title) {
				continue
			}
			var people []string
			if o := x.careerOwnerBefore(k); o != "" {
				people = append(people, o)
			}
			if x.tok(e).text == "," {
				e++
			}
			if x.tok(e).low == "opposite" {
				if pe := x.personAt(e + 1); pe > e+1 {
					people = append(people, x.resolve(x.span(e+1, pe)))
				}
			}
			x.castInTitles(people, []string{title})
		}
	}
}

// careerOwner is the person a sentence that opens with a title speaks of
// through "her" or "his": the person the sentences before opened with.
func (x *extractor) careerOwner() string {
	if x.subject() == "" && x.s.first || x.subjectEnd() > 0 && x.workOpener() {
		// "He will be seen with Y in T" opening a paragraph, "T was her
		// latest work" read as opening with a person: the person the
		// sentence before spoke of
		return x.prevSubject()
	}
	return x.subject()
}

// workOpener reports whether the sentence opens with a title that
// noteSubject took for its person: "Jirisan was her most recent work".
func (x *extractor) workOpener() bool {
	st := x.introEnd()
	for e := st + 1; e < len(x.toks) && e < st+8; e++ {
		if t := &x.toks[e]; t.low == "was" && !t.cap {
			return x.tok(e+1).low == "her" || x.tok(e+1).low == "his"
		} else if !t.cap && !isQuote(t.text) && !t.has(cTitleGlue) {
			return false
		}
	}
	return false
}

// careerOwnerBefore is the performer of a verb at k: the people before it,
// else the person a "he" or "she" opening its clause names; or "".
func (x *extractor) careerOwnerBefore(k int) string {
	if ps := x.subjectsBefore(k, 1); len(ps) == 1 && !x.workOpener() {
		return ps[0]
	}
	for m := k - 1; m >= 0 && m > k-16; m-- {
		switch x.toks[m].low {
		case "he", "she":
			return x.careerOwner()
		}
		if x.toks[m].cap && m > 0 && x.personAt(m) > m && x.knownPerson(x.span(m, x.personAt(m))) != "" {
			return "" // another person's clause
		}
	}
	return ""
}

// careerTitleAt reads, at i, describing words, a network and a genre noun
// before a title: "the big-budget Disney+ series, T", "the TV series T",
// "the Netflix period drama T". It returns where the title starts, or 0.
func (x *extractor) careerTitleAt(i int) int {
	m := i
	if l := x.tok(m).low; (l == "the" || l == "a" || l == "an") && !x.tok(m).cap {
		m++
	}
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cGenreNouns|cFormatWords); q++ {
		m++ // "big-budget", "upcoming"
	}
	if e := x.titleAt(m, false); e > m && e < m+3 && x.isNetwork(x.span(m, e)) {
		m = e // "Disney+", "TV"
	} else if x.tok(m).cap && (x.tok(m).has(cNetworks) || x.isNetwork(x.tok(m).text)) {
		m++ // "Disney+"
	}
	for q := 0; q < 3 && x.tok(m).kind == tWord && (!x.tok(m).cap && (x.tok(m).has(cGenreNouns|cFormatWords) || !x.tok(m).has(cStopWords)) || x.hyphenGenre(m)); q++ {
		m++ // "period drama", "K-drama", "series"
	}
	if g := x.tok(m - 1); !(g.has(cGenreNouns|cFormatWords) && !g.cap || x.hyphenGenre(m-1)) {
		return 0
	}
	if x.tok(m).text == "," && x.titleStarts(m+1) {
		m++ // "the Disney+ series, T,"
	}
	if !x.titleStarts(m) || strings.HasPrefix(x.tok(m).low, "and") {
		return 0
	}
	return m
}

// hyphenGenre reports whether the word at k is a genre noun written with a
// hyphen and a capital, "K-drama", "J-Drama": in "the Disney K-drama T"
// the network and the genre stand before the title.
func (x *extractor) hyphenGenre(k int) bool {
	t := x.tok(k)
	return t.kind == tWord && t.cap && t.has(cGenreNouns) && strings.IndexByte(t.low, '-') > 0
}

// mannerBy reads, at i after "played", a review's words on how the part
// is played before "by": "again", "with aplomb", "brilliantly", "once
// more with relish". It returns the index of "by", or 0.
func (x *extractor) mannerBy(i int) int {
	for m := i; m < len(x.toks) && m < i+4; m++ {
		t := &x.toks[m]
		switch {
		case t.low == "by" && m > i:
			return m
		case t.kind != tWord || t.cap:
			return 0
		case t.low == "again" || t.low == "once" || t.low == "more" || t.low == "with" && m+1 < len(x.toks) && !x.toks[m+1].has(cStopWords) ||
			strings.HasSuffix(t.low, "ly") || m > i && x.toks[m-1].low == "with" || m > i+1 && x.toks[m-2].low == "with" && !t.has(cStopWords):
			// "with aplomb", "with flinty reserve"
		default:
			return 0
		}
	}
	return 0
}

// countedWorks stand before "of" and a plural noun of works: "a slew of
// dramas", "a string of hits", "a number of films".
var countedWorks = set(`slew string number host series handful couple lot raft range variety`)

// countedWorksAt reads, at i, a count of works and the word that lists
// them: "a slew of '80s dramas including", "several films such as",
// "many shows like"; or episodes of a title: "several episodes of T"
// (episodesOfAt). It returns where the first title starts, or 0.
func (x *extractor) countedWorksAt(i int) int {
	if at := x.episodesOfAt(i); at > 0 {
		return at
	}
	m := i
	switch l := x.tok(m).low; {
	case (l == "a" || l == "an" || l == "the") && countedWorksIDs.has(x.tok(m+1).id) && x.tok(m+2).low == "of":
		m += 3
	case (l == "a" || l == "an" || l == "the") && x.pastCountAdjective(m) > m:
		m = x.pastCountAdjective(m) + 2 // "a wide variety of", "a long (and stellar) string of"
	case l == "several" || l == "many" || l == "numerous" || l == "various" || l == "multiple" || l == "countless":
		m++
	case (l == "so" || l == "too") && x.tok(m+1).low == "many":
		m += 2 // "so many movies including"
	default:
		return 0
	}
	for q := 0; q < 3 && m < len(x.toks); q++ {
		if at := x.worksLike(m); at > 0 {
			return at
		}
		if w := x.tok(m); (w.kind == tPunct && w.text != "'" && w.text != "’" || w.has(cStopWords)) && !(w.low == "and" && q == 1) {
			return 0 // not "numerous films and dramas, including T"
		}
		m++ // "'80s", "hit"
	}
	return 0
}

// pastCountAdjective reads a describing word in lower case, and an aside in
// brackets after it, between the article at i and a count of works: "a wide
// variety of", "a wide (and absolutely stellar) variety of". It returns
// where the count stands, before "of"; else i.
func (x *extractor) pastCountAdjective(i int) int {
	m := i + 1
	if w := x.tok(m); w.kind != tWord || w.cap || w.has(cStopWords) {
		return i
	}
	m++
	if x.tok(m).text == "(" {
		for q := 0; q < 8 && m < len(x.toks) && x.tok(m).text != ")"; q++ {
			m++
		}
		m++
	}
	if countedWorksIDs.has(x.tok(m).id) && x.tok(m+1).low == "of" {
		return m
	}
	return i
}

// thisGenre reads "this drama", "this fantasy romance" at i, the show the
// sentence is about: it returns the index of the genre noun, or 0.
func (x *extractor) thisGenre(i int) int {
	if x.tok(i).low != "this" {
		return 0
	}
	for m := i + 1; m < len(x.toks) && m < i+4; m++ {
		w := x.tok(m)
		if w.has(cGenreNouns) && !w.cap {
			return m
		}
		if w.kind != tWord || w.cap || w.has(cStopWords) {
			return 0
		}
	}
	return 0
}

// narrationBy reads the narrator of the sentence's show named with the
// noun "narration" at k: "Narration is provided by actor X", "with
// narration by X", "narration comes from X", "X provides the narration",
// "X will lend narration". The narrator is cast, with no character.
func (x *extractor) narrationBy(k int) {
	if k > 0 && !narrationLeadsIDs.has(x.tok(k-1).id) {
		return // "an audiobook narration by X": another work's narration
	}
	m := k + 1
	for q := 0; q < 3 && (x.tok(m).has(cAuxWords) || x.tok(m).low == "provided" || x.tok(m).low == "comes" || x.tok(m).low == "courtesy"); q++ {
		m++
	}
	if l := x.tok(m).low; l == "by" || l == "from" || l == "of" && x.tok(m-1).low == "courtesy" {
		x.narrators(m + 1)
		return
	}
	v := k - 1
	if l := x.tok(v).low; l == "the" || l == "a" || l == "his" || l == "her" || l == "its" {
		v--
	}
	if l := x.tok(v).low; l == "provides" || l == "provide" || l == "provided" || l == "lends" || l == "lend" || l == "lent" || l == "does" || l == "voices" {
		for q := 0; q < 3 && x.tok(v-1).has(cAuxWords); q++ {
			v--
		}
		if ps := x.subjectsBefore(v, 1); len(ps) == 1 {
			x.add(graph.KindCast, ps[0], x.sshow, "", "")
		}
	}
}

// narrationLeads are the words "narration" follows where it is the
// sentence's show's: "with narration by X", "X provides the narration".
var narrationLeads = set(`with the its and has have had features a his her their provides provide provided lends lend lent does voices also`)

// narrators credits the people listed at i, after "narrated by", as cast
// of the sentence's show, with no character.
func (x *extractor) narrators(i int) {
	for _, it := range x.parseList(i) {
		if it.pstart < it.pend && it.owner == "" {
			x.add(graph.KindCast, x.resolve(x.itemName(it)), x.sshow, "", "")
		}
	}
}

// narrateTo credits the person before "to narrate" at k as cast of the
// sentence's show: "with X set to narrate", "X is to narrate the series".
func (x *extractor) narrateTo(k int) {
	if x.sshow == "" || x.toks[k].cap || x.tok(k-1).low != "to" {
		return
	}
	if ps := x.subjectsBefore(k, 1); len(ps) == 1 {
		x.add(graph.KindCast, ps[0], x.sshow, "", "")
	}
}

// yearGenreItem reports whether a list item at i opens with "the", a year
// or not, and a genre noun before its title: "the 1989 drama T", "the 2005
// romantic comedy T", "the thriller T" ("starred in the sitcom T1, the
// thriller T2 and the documentary T3").
func (x *extractor) yearGenreItem(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	m := i + 1
	if yearToken(x.tok(m)) {
		m++
	}
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cGenreNouns); q++ {
		m++ // "romantic"
	}
	return x.tok(m).has(cGenreNouns) && !x.tok(m).cap && x.titleStarts(m+1)
}
