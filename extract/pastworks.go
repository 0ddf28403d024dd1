package extract

import (
	"cmp"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Works a person made before, named by a reunion ("X will be reteaming
// with Y again after T1 and T2", "T will mark X's fourth collaboration
// with the director, after T1, T2, and T3": each person in each title, the
// kind open, their other credits settle it), by a date ("X's first feature
// directorial work since T"), by a co-star ("his T1 and T2 co-star Y"), by
// a list of releases ("Paula Patton comedy Baggage Claim (4)") or by a
// performer noun ("The Heathers star sat down").

// reunionWords are the words of working together again.
var reunionWords = set(`reteaming reteam reteams reteamed reuniting reunite reunites reunited collaboration collaborations`)

// reunionRule reads the titles after "after" or "following" in a reunion's
// clause, and credits the people the reunion names: the subject or the
// possessive before the word, and the partner after "with".
func (x *extractor) reunionRule() {
	if !x.sentHas(cReunion) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !t[k].has(cReunion) || t[k].cap || x.inBr[k] { // reunionWords
			continue
		}
		at := -1 // where the earlier titles start
		for m := k + 1; m < len(t) && m < k+14; m++ {
			if t[m].text == "." || t[m].text == ";" || t[m].text == "(" {
				break
			}
			if (t[m].low == "after" || t[m].low == "following") && !t[m].cap && x.titleStarts(m+1) {
				at = m + 1
				break
			}
		}
		if at < 0 {
			continue
		}
		var people []string
		// "X's fourth collaboration": the owner before the count
		o := k - 1
		for q := 0; q < 2 && o > 0 && t[o].kind == tWord && !t[o].cap && (ordinalsIDs.get(t[o].id) > 0 || t[o].low == "first" || t[o].low == "second" || t[o].low == "third" || t[o].low == "latest" || t[o].low == "next"); q++ {
			o--
		}
		if t[o].kind == tPoss {
			if ps := x.personBefore(o); ps < o {
				people = append(people, x.resolve(x.span(ps, o)))
			}
		} else if t[k].low != "collaboration" && t[k].low != "collaborations" {
			v := k
			for v > 0 && (t[v-1].has(cAuxWords) || t[v-1].low == "be") {
				v--
			}
			people = append(people, x.subjectsBefore(v, 0)...)
		}
		if x.tok(k+1).low == "between" && len(people) == 0 {
			// "the third collaboration between Ranveer and Zoya after T1 and T2"
			for _, it := range x.parseList(k + 2) {
				people = append(people, x.resolve(x.itemName(it)))
			}
		}
		if len(people) == 0 {
			continue
		}
		// the partner: "with Khalid again"
		if x.tok(k+1).low == "with" {
			if pe := x.personAt(k + 2); pe > k+2 && x.tok(pe).kind != tPoss {
				people = append(people, x.resolve(x.span(k+2, pe)))
			}
		}
		for _, ti := range x.titleList(at) {
			ti = unquote(ti)
			if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
				continue
			}
			for _, p := range people {
				x.add("", p, ti, "", "")
			}
		}
	}
}

// sinceWorkNouns end the phrase of a person's first work of a kind before
// "since": "Park's first feature directorial work since T".
var sinceWorkNouns = set(`work film feature movie project series drama outing venture`)

// sinceRule reads "X's first feature directorial work since T": X made T,
// with the job the phrase names (directorial, writing, acting), else open.
func (x *extractor) sinceRule() {
	if !x.sentHas(cPastCue) {
		return // no word it reads at
	}
	t := x.toks
	for k := 3; k+1 < len(t); k++ {
		if t[k].low != "since" || t[k].cap || x.inBr[k] || !sinceWorkNounsIDs.has(t[k-1].id) || t[k-1].cap || !x.titleStarts(k+1) {
			continue
		}
		kind, job := "", ""
		owner := ""
		for m := k - 2; m > 0 && m > k-7; m-- {
			w := &t[m]
			if w.kind == tPoss {
				if ps := x.personBefore(m); ps < m {
					owner = x.resolve(x.span(ps, m))
				}
				break
			}
			if w.cap || w.kind != tWord {
				break
			}
			switch w.low {
			case "directorial", "directing":
				kind, job = graph.KindCrew, graph.JobDirector
			case "writing", "screenwriting":
				kind, job = graph.KindCrew, graph.JobWriter
			case "acting", "starring":
				kind = graph.KindCast
			}
		}
		if !hasByte(owner, ' ') {
			continue // "Park's" where two of the article's people are Parks
		}
		e := x.titleAt(k+1, false)
		ti := unquote(x.span(k+1, e))
		if e <= k+1 || x.tok(e).kind == tPoss || x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
			continue
		}
		x.add(kind, owner, ti, "", job)
	}
}

// coStarOwner is the person a pronoun before the titles of a co-star noun
// at k names: "X has joined the cast, reuniting with his My Best Friend's
// Wedding and August: Osage County co-star Julia Roberts" (X acted in both
// too); else "".
func (x *extractor) coStarOwner(k int) string {
	if l := x.toks[k].low; l != "co-star" && l != "co-stars" {
		return ""
	}
	for m := k - 1; m > 0 && m >= k-16; m-- {
		w := &x.toks[m]
		if w.cap || w.kind == tNum || w.kind == tPoss || w.text == ":" || w.text == "," || w.low == "and" || isQuote(w.text) {
			continue
		}
		if w.low == "his" || w.low == "her" {
			return x.pronounOwner(m)
		}
		return ""
	}
	return ""
}

// listedVehicle reports whether a person's name at ps..k, before the
// genre noun at k, is an entry of a list of releases with its title after
// the noun: "Other new wide releases included Paula Patton comedy Baggage
// Claim (4) and Joseph Gordon-Levitt comedy Don Jon (5)".
func (x *extractor) listedVehicle(ps, k int) bool {
	switch p := x.tok(ps - 1); {
	case p.low == "included" || p.low == "includes" || p.low == "including" || p.low == "and" || p.text == ",":
	default:
		return false
	}
	if !x.titleStarts(k+1) || isQuote(x.tok(k+1).text) {
		return false
	}
	e := x.titleAt(k+1, false)
	return e > k+1 && (x.tok(e).text == "(" || x.tok(e).text == "," || x.tok(e).low == "and" || x.tok(e).low == "with")
}

// theTitleStar is the person "the T star" (actor, actress) names where a
// verb or the sentence's end follows ("The Heathers star sat down for an
// interview", "the ‘Family Man’ actor shared a picture", "opposite the
// Sacred Games star."): the person of the section's heading, or the one an
// earlier sentence of the paragraph, or the article's lead, opened with;
// else "".
func (x *extractor) theTitleStar(k int, titles []string) string {
	if l := x.toks[k].low; len(titles) != 1 || !titleStarNouns[l] || x.toks[k].cap || describes(strings.TrimPrefix(titles[0], "The ")) {
		return "" // not "The Chinese star": a nationality
	}
	b := k - 1
	if x.closeQuote(b) {
		b--
	}
	b -= len(strings.Fields(titles[0])) - 1
	if b > 0 && isQuote(x.toks[b-1].text) {
		b--
	}
	if x.tok(b).low != "the" {
		b--
	}
	if l := x.tok(b).low; (l == "former" || l == "ex" || l == "one-time" || l == "onetime") && !x.tok(b).cap {
		b-- // "The former Hollyoaks actor will play C"
	}
	if b < 0 || x.tok(b).low != "the" || b == 0 && !x.toks[0].cap {
		return "" // "The Heathers star", "The The Crown star", "the ‘T’ actor"
	}
	if n := x.tok(k + 1); k+1 == len(x.toks)-1 && n.text == "." {
		if x.headPerson != "" {
			return x.headPerson // "opposite the Sacred Games star."
		}
		return x.mainPerson()
	} else if n.kind != tWord || n.cap || n.has(cStopWords) && !n.has(cAuxWords) {
		return "" // a verb after the noun, not "The Heathers star and ..."
	}
	for _, p := range []string{x.headPerson, x.prevSubject(), x.mainPerson(), x.lastCast()} {
		if p != "" && hasByte(p, ' ') {
			return p
		}
	}
	return ""
}

// titleStarAt is the person "the T actor" names whose noun is at j, or "".
func (x *extractor) titleStarAt(j int) string {
	if t := &x.toks[j]; t.cap || !(titleStarNounsIDs.has(t.id)) || j < 2 || !x.toks[j-1].cap && !x.closeQuote(j-1) {
		return ""
	}
	if ts := x.titlesBefore(j); len(ts) == 1 {
		return x.theTitleStar(j, ts)
	}
	return ""
}

// headingPerson is the full name a section heading gives alone, with or
// without its number ("3. Ana Lee"), or "": a roundup of actors, one a
// section.
func (x *extractor) headingPerson(s *sentence) string {
	x.ready(s)
	st := 0
	if x.tok(0).kind == tNum && x.tok(1).text == "." {
		st = 2
	}
	e := x.personAt(st)
	if e != len(x.toks) || e-st < 2 {
		return ""
	}
	name := x.span(st, e)
	if x.isShow(name) || x.isNetwork(name) {
		return ""
	}
	return name
}

// awaitRule reads "X is awaiting the release of T", "The actor is also
// waiting for the release of a film titled T": X's coming work, on screen.
func (x *extractor) awaitRule() {
	if !x.sentHas(cPastCue) {
		return // no word it reads at
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if l := t[k].low; t[k].cap || l != "awaiting" && l != "waiting" && l != "awaits" {
			continue
		}
		m := k + 1
		if t[k].low == "waiting" {
			if t[m].low != "for" {
				continue
			}
			m++
		}
		if x.tok(m).low != "the" || x.tok(m+1).low != "release" || x.tok(m+2).low != "of" {
			continue
		}
		at := m + 3
		if l := x.tok(at).low; l == "a" || l == "an" || l == "the" {
			// "a film titled T", "the film T"
			q := at + 1
			for q < len(t) && q < at+4 && t[q].kind == tWord && !t[q].cap {
				q++
			}
			if q == at+1 || !x.titleStarts(q) {
				continue
			}
			at = q
		}
		if !x.titleStarts(at) {
			continue
		}
		e := x.titleAt(at, false)
		ti := unquote(x.span(at, e))
		if e <= at || x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
			continue
		}
		v := k
		for v > 0 && (t[v-1].has(cAuxWords) || t[v-1].low == "also" || t[v-1].low == "currently" || t[v-1].low == "eagerly") {
			v--
		}
		for _, p := range x.subjectsBefore(v, 0) {
			x.add(graph.KindCast, p, ti, "", "")
		}
	}
}

// fameVerbs rise to fame: "X rose to fame in T", "Y shot to stardom with U".
var fameVerbs = set(`rose rise rises risen shot catapulted`)

var becameFamousMask = wordMask("famous", "fame", "remembered", "name", "attention", "prominence", "start", "breakthrough")

// fameTail reads, at k, the phrase of becoming known: "rose to fame",
// "shot to stardom", "became famous", "found fame", "is best remembered",
// "made his name", "made a name for herself":
// it returns where the words after it start, or -1.
func (x *extractor) fameTail(k int) int {
	t := x.toks
	if t[k].cap && k > 0 {
		return -1
	}
	switch l, n := t[k].low, t[k+1].low; {
	case t[k].has(cFameVerb) && n == "to": // fameVerbs
		if l := t[k+2].low; l == "fame" || l == "stardom" || l == "prominence" {
			return k + 3
		}
	case (l == "became" || l == "become" || l == "becoming") && n == "famous",
		(l == "found" || l == "finding") && n == "fame":
		return k + 2
	case l == "best" && n == "remembered" && k > 0 && (t[k-1].low == "is" || t[k-1].low == "was" || t[k-1].text == "," || t[k-1].has(cCastNouns) && !t[k-1].cap): // "X, the actor best remembered for T"
		return k + 2
	case (l == "made" || l == "making") && (n == "his" || n == "her" || n == "their") && x.tok(k+2).low == "name":
		return k + 3 // "who made his name in T"
	case (l == "made" || l == "making") && n == "a" && x.tok(k+2).low == "name" && x.tok(k+3).low == "for" && strings.HasSuffix(x.tok(k+4).low, "self"):
		return k + 5 // "made a name for herself in T"
	case (l == "came" || l == "come" || l == "comes" || l == "coming") && n == "to":
		a := k + 2
		if w := x.tok(a).low; w == "public" || w == "national" || w == "wider" || w == "international" {
			a++
		}
		if w := x.tok(a).low; w == "attention" || w == "prominence" || w == "fame" {
			return a + 1 // "first came to attention in the 2009 film T"
		}
	case (l == "got" || l == "get" || l == "gets" || l == "getting") && (n == "his" || n == "her" || n == "their") && x.tok(k+2).low == "start":
		return k + 3 // "got his start on the teen drama T"
	case l == "breakthrough" && n == "came" && k == 1 && (t[0].low == "his" || t[0].low == "her"):
		return k + 2 // "His breakthrough came with the drama T"
	}
	return -1
}

// roseToFameRule reads "X rose to fame after grabbing eyeballs in the 2020
// k-drama T", "Y, who rose to fame in talent contest U", "Z rose to fame
// after replacing W in 2017's action crime drama V": the work that made
// the person known (the kind open: "director X, who rose to fame with T"
// made it).
func (x *extractor) roseToFameRule() {
	if !x.sentHas(cFameVerb) && !x.sentHasAnyWord(becameFamousMask) {
		return // no token it reads
	}
	t := x.toks
	for k := 0; k+3 < len(t); k++ {
		tail := x.fameTail(k)
		if tail < 0 {
			continue
		}
		for m := tail; m+1 < len(t) && m < k+12; m++ {
			if pe := x.personAt(m); t[m].cap && pe > m+1 {
				m = pe - 1 // "after replacing Chitrangada Singh in T"
				continue
			}
			if t[m].kind == tPunct || t[m].cap {
				break
			}
			if l := t[m].low; l != "in" && l != "with" && l != "on" && l != "for" {
				continue
			}
			at := x.titlePrefix(m + 1)
			if at == m+1 && !isQuote(t[m+1].text) && !x.tok(m+1).cap {
				continue // "rose to fame in 2010", "in a series of roles"
			}
			titles := x.titleList(at)
			if len(titles) == 0 || x.knownPerson(titles[0]) != "" || placeWords[strings.ToLower(titles[0])] {
				break
			}
			people := x.subjectsBefore(k, 0)
			if l := t[0].low; len(people) == 0 && k <= 2 && (l == "he" || l == "she" || l == "his" || l == "her") {
				if p := cmp.Or(x.prevSubject(), x.paragraphPerson()); p != "" {
					people = []string{p} // "He rose to fame with T", "His breakthrough came with T"
				}
			}
			for _, p := range people {
				if p = x.resolve(p); !hasByte(p, ' ') && !x.know.person(x.fold(p)) {
					continue // "Bag, 26, rose to fame": a surname the article gives no full name for
				}
				for _, ti := range titles {
					if ti = unquote(ti); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" && !countryName(ti) { // not "on U.K. and U.S. TV shows"
						x.add("", p, ti, "", "") // a director's debut too: the person's other credits settle it
					}
				}
			}
			break
		}
	}
}

// shortOwner reports whether the one word st..k before a possessive and a
// quoted title, or a title in capitals, is a person the article names in
// full: "Dingdong’s ‘Alyas Robin Hood’" where it credits Dingdong Dantes,
// "Kim's NIGHT TRAIN" where it credits Kim Ji-ho.
func (x *extractor) shortOwner(st, k int) bool {
	if k-st != 1 || !isQuote(x.tok(k+1).text) && !x.capsTitleAt(k+1) {
		return false
	}
	full := x.resolve(x.toks[st].text)
	return hasByte(full, ' ') && x.know.person(x.fold(full))
}

// titleBeforeNoun reports whether the sentence opens "The", lower-case
// describing words, then a title that ends at the performer noun at n:
// "The former Hollyoaks actor".
func (x *extractor) titleBeforeNoun(n int) bool {
	f := 1
	for f < n && x.toks[f].kind == tWord && !x.toks[f].cap {
		f++
	}
	return f < n && x.titleAt(f, false) == n
}

// capsTitleAt reports whether a title written in capitals starts at i, as
// charts and some outlets write every title: "NIGHT TRAIN kept on strong".
func (x *extractor) capsTitleAt(i int) bool {
	t := x.tok(i)
	if t.kind != tWord || len(t.text) < 2 || !isUpperCase(t.text) || t.has(cNetworks) {
		return false
	}
	e := x.titleAt(i, false)
	for m := i; m < e; m++ {
		if w := x.tok(m); w.kind == tWord && !isUpperCase(w.text) {
			return false
		}
	}
	return e > i
}
