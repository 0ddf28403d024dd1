package extract

// Awards: "X won best actress for T", "X won the Emmy for outstanding lead
// actor in a drama series for his role in T", "Best director went to X for
// T". The category says whether the winner acted or did crew work; the
// work is named after the last "for".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// bitNamedBest is the bit of "named", as in "X was named best director for
// T".
var bitNamedBest = wordBit("named")

// awardRule reads an award won for a work.
func (x *extractor) awardRule() {
	if !x.sentHas(cAwardCue) && !x.sentHasWord(bitNamedBest) {
		return // no word it reads at
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].cap || x.inBr[k] {
			continue
		}
		switch t[k].low {
		case "won", "wins", "win", "winning", "scooped", "bagged", "clinched", "took", "takes", "earned", "earns", "nabbed", "received", "receives", "picked", "nominated", "shortlisted", "named":
			from := k + 1
			if t[k].low == "named" && x.tok(from).low != "best" {
				continue // "was named best director for T", not "a man named C"
			}
			if t[k].low == "picked" || t[k].low == "took" {
				if x.tok(from).low == "up" || x.tok(from).low == "home" {
					from++ // "picked up best actor", "took home the Emmy"
				} else if t[k].low == "picked" {
					continue
				}
			}
			kind, job, at := x.awardCategory(from, len(t))
			if at < 0 {
				continue
			}
			subjects := x.pronounSubject(k) // "X won", "She earned an Emmy nod for T"
			if len(subjects) == 0 && t[k].low == "winning" {
				continue
			}
			x.awardCredits(subjects, kind, job, at)
		case "went", "goes", "go":
			// "Best director went to X for T"
			if x.tok(k+1).low != "to" {
				continue
			}
			pe := x.personAt(k + 2)
			if pe <= k+2 {
				continue
			}
			winners := []string{x.resolve(x.span(k+2, pe))}
			if items := x.parseList(k + 2); len(items) > 1 && x.tok(items[len(items)-1].end).low == "for" {
				// "The screenplay award went to A and B for T"
				winners, pe = winners[:0], items[len(items)-1].end
				for _, it := range items {
					winners = append(winners, x.resolve(x.itemName(it)))
				}
			}
			if x.tok(pe).low != "for" {
				continue
			}
			st := k - 1
			for st > 0 && t[st-1].kind != tPunct {
				st--
			}
			kind, job, _ := x.awardCategory(st, k)
			if kind == "" {
				continue
			}
			if at := x.awardWork(pe + 1); at > 0 {
				x.awardCredits(winners, kind, job, at)
			}
		}
	}
}

// awardCategory reads the words from i up to end, or to the clause's end,
// as an award's category: cast for an actor's or actress's prize, crew
// with a job for a director's or a writer's. It returns where the work
// starts after the category's last "for" (-1 when none follows).
func (x *extractor) awardCategory(i, end int) (kind, job string, at int) {
	at = -1
	award := false
	for m := i; m < end && m < i+16; m++ {
		t := x.tok(m)
		if t.kind == tPunct && t.text != "-" && t.text != "'" && t.text != "’" {
			break
		}
		if k, j, ok := categoryCredit(t.low, kind, job); ok {
			kind, job = k, j
			if l := x.tok(m - 1).low; castCategoryWordsIDs.has(t.id) && t.low != "performance" && (l == "lead" || l == "supporting") {
				award = true // "won lead actor in a drama series for T": an Emmy's category
			}
			continue
		}
		switch t.low {
		case "best", "outstanding", "award", "awards", "prize", "emmy", "oscar", "bafta", "globe", "trophy", "honour", "honor":
			award = true
		case "for":
			if l := x.tok(m + 1).low; (l == "best" || l == "outstanding") && (m == i || categoryAfterBest(x.tok(m+2).low)) {
				continue // "nominated for Best Young Performer at the awards", "won the Reel Award for Best Actress": the category, no work
			}
			if a := x.awardWork(m + 1); a > 0 {
				at = a
			}
		}
	}
	if !award {
		return "", "", -1
	}
	return kind, job, at
}

// awardWork returns where the work starts after "for" at i ("for T", "for
// her role in T", "for his performance in the film T"), or 0 when no title
// does.
func (x *extractor) awardWork(i int) int {
	if l := x.tok(i).low; l == "her" || l == "his" || l == "their" {
		switch x.tok(i + 1).low {
		case "role", "performance", "turn", "work", "portrayal":
			if p := x.tok(i + 2).low; p == "in" || p == "on" {
				i += 3
			} else {
				return 0 // "for her role as C": the character, read by roleRule
			}
		default:
			return 0
		}
	}
	if x.tok(i).has(cPlayVerbs) && !x.tok(i).cap {
		return 0 // "for playing C in T": the role, read by roleRule
	}
	p := x.titlePrefix(i)
	if !x.titleStarts(p) {
		return 0
	}
	if e := x.titleAt(p, false); e <= p || x.isNetwork(x.span(p, e)) || x.knownPerson(unquote(x.span(p, e))) != "" || x.tok(e).kind == tPoss || x.prizeName(p, e) {
		return 0
	}
	return i
}

// prizeName reports whether the title from p to e names a prize: a word
// after its first is "Award", "Prize", "Trophy" or "Medal" ("the Harbor
// Award for Best Supporting Actress", "the Golden Reel Prize").
func (x *extractor) prizeName(p, e int) bool {
	for m := p + 1; m < e; m++ {
		switch x.toks[m].low {
		case "award", "awards", "prize", "prizes", "trophy", "medal":
			return x.toks[m].cap
		}
	}
	return false
}

// awardCredits credits each winner in the titles at at.
func (x *extractor) awardCredits(winners []string, kind, job string, at int) {
	if at <= 0 || kind == "" && (len(winners) != 1 || !x.screenPrizeBefore(at)) {
		return
	}
	// "X, who won an Oscar for T": a screen prize with no category, the
	// kind left open for what the article says of X elsewhere (not "an
	// Olivier Award for T", a stage play's)
	titles := x.titleList(at)
	for n, ti := range titles {
		if n > 0 && x.winnerOpens(at, ti) {
			titles = titles[:n] // "for T, and Robert Downey Jr. won ...": the next winner
			break
		}
	}
	for _, w := range winners {
		for _, ti := range titles {
			if !x.isNetwork(ti) {
				x.add(kind, w, ti, "", job)
			}
		}
	}
}

// winnerOpens reports whether ti, read as a title of a list from at, is a
// name shaped like a person's that a verb follows: the next clause's
// subject, not a title ("Erin Brockovich" ends its list).
func (x *extractor) winnerOpens(at int, ti string) bool {
	for m := at; m < len(x.toks); m++ {
		if e := x.titleAt(m, false); e > m && strings.HasPrefix(x.span(m, e), ti) {
			v := x.tok(e)
			if v.text == "." {
				v = x.tok(e + 1) // "Robert Downey Jr. won"
			}
			return x.personShaped(m, e) && x.startsName(m) && v.kind == tWord && !v.cap && (v.has(cAuxWords|cCastVerbs) || winVerbsIDs.has(v.id))
		}
	}
	return false
}

// winVerbs win a prize: "X won best actor".
var winVerbs = set(`won wins win took takes scooped bagged clinched earned earns received receives picked nabbed`)

// screenPrizeBefore reports whether a screen prize (Oscar, Emmy, BAFTA,
// Golden Globe) is named in the few words before at.
func (x *extractor) screenPrizeBefore(at int) bool {
	for m := at - 1; m >= 0 && m >= at-6; m-- {
		switch x.toks[m].low {
		case "oscar", "oscars", "emmy", "emmys", "bafta", "baftas", "globe", "globes":
			return x.toks[m].cap
		}
	}
	return false
}

// castCategoryWords name a performer's prize category.
// categoryAfterBest reports whether w, after "Best" or "Outstanding",
// opens a prize's category: "Best Actress", "Best Drama Series", "Best
// Original Screenplay", never a title.
func categoryAfterBest(w string) bool {
	if _, _, ok := categoryCredit(w, "", ""); ok {
		return true
	}
	return bestCategoryWords[w]
}

var bestCategoryWords = set(`lead leading new drama comedy series film feature documentary picture motion ensemble original adapted young
	debut foreign international animated short television tv limited cinematography editing music score`)

var castCategoryWords = set(`actor actress actors performance performer supporting host hosts presenter presenters`)

// categoryCredit reads a word of a prize's category: a performer's word
// makes the credit cast; a director's or a writer's makes it crew with that
// job, unless a performer's word came first ("best actor in a film
// directed by"). It returns kind and job unchanged, and ok false, for any
// other word.
func categoryCredit(w, kind, job string) (string, string, bool) {
	if castCategoryWords[w] {
		return graph.KindCast, "", true
	}
	switch w {
	case "director", "directing", "direction":
		if kind == "" {
			return graph.KindCrew, graph.JobDirector, true
		}
		return kind, job, true
	case "screenplay", "writing", "writer":
		if kind == "" {
			return graph.KindCrew, graph.JobWriter, true
		}
		return kind, job, true
	}
	return kind, job, false
}

// awardPrefixEnd is where the name starts after an award's describing
// words at st: "Academy Award-winner Eric Roth", "Primetime Emmy
// Award-winner X", "Oscar-nominated Y" (capitals up to a word that ends in
// -winner, -winning or -nominated); else st.
func (x *extractor) awardPrefixEnd(st int) int {
	for m := st; m < len(x.toks) && m < st+4; m++ {
		t := &x.toks[m]
		if t.kind != tWord || !t.cap {
			return st
		}
		if w := t.low; strings.HasSuffix(w, "-winner") || strings.HasSuffix(w, "-winning") || strings.HasSuffix(w, "-nominated") {
			return m + 1
		}
		if n := x.tok(m + 1); !n.cap && n.kind == tWord && (n.low == "winner" || n.low == "nominee" || n.low == "winning" || n.low == "nominated") && x.tok(m+2).cap {
			return m + 2 // "Oscar winner X", "Emmy nominated Y"
		}
	}
	return st
}
