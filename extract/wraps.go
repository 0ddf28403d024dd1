package extract

// Earlier and coming work told by what a pair does together or what a
// person has just finished or started: "A and B are set to reunite on
// screen for Y's upcoming thriller", "X, who recently wrapped up T", "X has
// started shooting for T".

import "github.com/castgraph/castgraph/graph"

// reuniteOnScreen reads "X and Y are set to reunite on screen for Z's
// upcoming thriller" at the verb k: performers in the sentence's show (or
// in the title after "for"), Z its maker.
func (x *extractor) reuniteOnScreen(k int) {
	at := x.onScreenFor(k + 1)
	if j := x.tok(at); !j.cap && (j.has(cJobNoun) || j.low == "filmmaker" || j.low == "filmmakers") {
		at++ // "for filmmaker Y's thriller"
	}
	titles := x.titleList(at)
	if owner := x.ownerWorkAt(at); owner != "" && x.sshow != "" {
		titles = []string{x.sshow}
		x.add(graph.KindCrew, owner, x.sshow, "", "")
	}
	for _, p := range x.subjectsBefore(k, 0) {
		for _, ti := range titles {
			if !x.isNetwork(ti) {
				x.add(graph.KindCast, p, ti, "", "")
			}
		}
	}
}

// wrappedUp reads "X, who recently wrapped up T", "X just wrapped filming
// on T" at the verb k: earlier work, in front of the camera or behind it
// (the kind left open).
func (x *extractor) wrappedUp(k int) {
	for _, p := range x.subjectsBefore(k, 0) {
		for _, ti := range x.titleList(x.wrappedUpAt(k + 1)) {
			if !x.isNetwork(ti) {
				x.add("", p, ti, "", "")
			}
		}
	}
}

// onScreenFor returns where the work starts after "on screen for" (or
// "onscreen for", "on-screen for") at k, or 0 when no such words are there.
func (x *extractor) onScreenFor(k int) int {
	switch {
	case x.tok(k).low == "on" && x.tok(k+1).low == "screen" && x.tok(k+2).low == "for":
		return k + 3
	case (x.tok(k).low == "onscreen" || x.tok(k).low == "on-screen") && x.tok(k+1).low == "for":
		return k + 2
	}
	return 0
}

// wrappedUpAt returns where the work starts after "wrapped" ("wrapped up
// T", "wrapped up filming on T", "wrapped filming T", "wrapped shooting
// for T"), or 0 when its words are not there or no title follows them.
func (x *extractor) wrappedUpAt(k int) int {
	if x.tok(k).low == "up" {
		k++
	}
	if l := x.tok(k + 1).low; x.tok(k).low == "the" && !x.tok(k).cap && (l == "shoot" || l == "filming" || l == "shooting") {
		k++ // "wrapped up the shoot of T"
	}
	shoot := false // the work named after a shoot: "the shoot of his upcoming film"
	if l := x.tok(k).low; l == "filming" || l == "shooting" || l == "shoot" || l == "production" || l == "work" {
		k++
		if l := x.tok(k).low; l == "on" || l == "for" || l == "of" {
			k++
			shoot = true
		}
	}
	if l := x.tok(k).low; (l == "the" || shoot && (l == "her" || l == "his" || l == "their" || l == "a" || l == "an")) && !x.tok(k).cap {
		m := k + 1
		for shoot && m < k+4 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns) {
			m++ // "his upcoming", "the new"
		}
		if x.tok(m).has(cGenreNouns) && !x.tok(m).cap {
			k = m + 1 // "wrapped up the drama “T”", "the shoot of his upcoming film 'T'"
			if l := x.tok(k).low; l == "titled" || l == "called" {
				k++
			}
		}
	}
	if !x.titleStarts(k) || x.tok(k).has(cStopWords|cDateWords|cWeekday) && (x.tok(k+1).kind == tWord && !x.tok(k+1).cap || x.tok(k).has(cDateWords|cWeekday) && !x.tok(k+1).cap) {
		return 0 // "start shooting on THIS day", "started shooting on Monday": a day, no title
	}
	return k
}

// startVerbs start a shoot: "X has started shooting for T".
var startVerbs = set(`started starts start began begins begin commenced commences resumed resumes kicked kicks`)

// startVerbWords are the bits of startVerbs (mayHold).
var startVerbWords = setMask(startVerbs)

// startedShootAt returns where the work starts after a verb of starting
// ("started shooting for T", "began filming T", "kicked off the shoot of
// T", "started shooting for her debut film T"), or 0 when no shoot is
// named or no title follows.
func (x *extractor) startedShootAt(k int) int {
	if x.tok(k).low == "off" {
		k++ // "kicked off"
	} else if x.tok(k-1).low == "kicked" || x.tok(k-1).low == "kicks" {
		return 0
	}
	if x.tok(k).low == "the" {
		k++
	}
	if l := x.tok(k).low; l != "filming" && l != "shooting" && l != "shoot" || x.tok(k).cap {
		return 0
	}
	k++
	if l := x.tok(k).low; l == "on" || l == "for" || l == "of" {
		k++
	}
	if l := x.tok(k).low; l == "her" || l == "his" || l == "their" || l == "the" || l == "a" || l == "an" {
		m := k + 1
		for m < k+4 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns) {
			m++ // "her debut", "his next big-budget"
		}
		if !x.tok(m).has(cGenreNouns) || x.tok(m).cap {
			return 0
		}
		k = m + 1
		if l := x.tok(k).low; l == "titled" || l == "called" || l == "named" {
			k++ // "a new film titled 'T'"
		}
	}
	if !x.titleStarts(k) || x.tok(k).has(cStopWords|cDateWords|cWeekday) && (x.tok(k+1).kind == tWord && !x.tok(k+1).cap || x.tok(k).has(cDateWords|cWeekday) && !x.tok(k+1).cap) {
		return 0 // "start shooting on THIS day", "started shooting on Monday": a day, no title
	}
	return k
}

// startedShoot credits the subjects of the verb of starting at k in the
// work the shoot is of: on screen or off it, as the article says.
func (x *extractor) startedShoot(k int) {
	for _, p := range x.subjectsBefore(k, 0) {
		for _, ti := range x.titleList(x.startedShootAt(k + 1)) {
			if !x.isNetwork(ti) {
				x.add("", p, ti, "", "")
			}
		}
	}
}
