package extract

// A headline in sentence case that gives its person a part in a title:
// "X to play C in T", "X lands lead role in T", "X signs on for T", "X
// stars in T", "X to direct T". T is the article's show, where the body
// says "the drama" or "the film" and never names it again.

// headlineRoleTitle reads such a headline, the sentence i (the first, a
// line of its own): T, or "". The verb is in lower case ("to play", not
// title case's "To Play", where a description runs in capitals too: "X to
// Play Villain in Live Adaptation of a Popular Manga"), a person is its
// subject, and T ends the headline or goes on as the same show ("as C",
// "T season 2"): "X to play C in T director's next film" is another's.
func (x *extractor) headlineRoleTitle(i int) string {
	if i != 0 || !x.s.head || !lowerHeadline(x.toks) {
		return ""
	}
	t := x.toks
	n := len(t)
	for k := 1; k+1 < n; k++ {
		if t[k].cap || t[k].kind != tWord || x.inBr[k] {
			continue
		}
		v, at := k, -1 // the verb group's first word, the title's
		switch l := t[k].low; {
		case l == "stars" && t[k+1].low == "in":
			at = k + 2 // "X stars in T"
		case (l == "play" || l == "voice" || l == "portray") && (t[k-1].low == "to" || t[k-1].low == "will"):
			v = k - 1
			at = x.roleIn(k+1, 6) // "X to play C in T", "X will voice C in T"
		case (l == "direct" || l == "helm") && (t[k-1].low == "to" || t[k-1].low == "will"):
			v, at = k-1, k+1 // "X to direct T"
		case headlineLandsRole[l]:
			at = x.roleIn(k+1, 4) // "X lands lead role in T", "X bags the part in T"
			if at > 0 && !headlineRoleNouns[t[at-2].low] {
				at = -1
			}
		case (l == "signs" || l == "sign") && t[k+1].low == "on" && x.tok(k+2).low == "for":
			at = k + 3 // "X signs on for T"
		case headlineForVerbs[l] && t[k+1].low == "for":
			at = k + 2 // "X tapped for T", "X set for T", "X to return for T"
			if l == "return" && t[k-1].low == "to" {
				v = k - 1
			}
		case l == "cast" && t[k+1].low == "as":
			at = x.roleIn(k+2, 5) // "X cast as lead in T"
		}
		if at < 0 || at >= n || x.personBefore(v) >= v || len(x.subjectsBefore(v, 0)) == 0 || t[at].has(cDateWords) {
			continue // "T anime set for April": no person's part, a date
		}
		at = x.skipOwner(at)
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		title := x.span(at, e)
		if x.runNoShow(at, e, title) || describes(unquote(title)) || festivalWords[t[at].low] || x.personBeforeIn(at, e) ||
			!headlineTitleEnds(x.s.text, title) {
			continue // a place ("X stars in Paris"), a festival ("X set for Cannes"), a co-star ("X to direct Y in T")
		}
		return unquote(title)
	}
	return ""
}

// personBeforeIn reports whether the title from at to e opens with a
// person's name before "in": "X to direct Y in T" names a co-star first.
func (x *extractor) personBeforeIn(at, e int) bool {
	for m := at + 1; m < e; m++ {
		if x.toks[m].low == "in" && !x.toks[m].cap {
			return x.personShaped(at, m)
		}
	}
	return false
}

// roleIn returns where the title starts after "in" that follows a part
// within the next max words from k ("C in T", "lead role in T"), or -1.
func (x *extractor) roleIn(k, max int) int {
	for m := k; m < len(x.toks) && m < k+max; m++ {
		if x.toks[m].low == "in" && !x.toks[m].cap && m > k {
			return m + 1
		}
		if x.toks[m].kind == tPunct && x.toks[m].text != "'" && x.toks[m].text != "’" {
			return -1
		}
	}
	return -1
}

// headlineLandsRole are a headline's verbs of getting a part: "X lands
// lead role in T".
var headlineLandsRole = set(`lands bags scores gets nabs wins snags`)

// headlineRoleNouns end the part a headline's person gets: "lead role",
// "the part".
var headlineRoleNouns = set(`role part lead`)

// headlineForVerbs take "for" before the show: "X tapped for T", "X set for
// T", "X to return for T".
var headlineForVerbs = set(`tapped set confirmed return returns picked`)
