package extract

// Film news: the title a clause about a film names just before its
// participle or its maker, "held off 'T', starring X", "'T' from director
// X", where the sentence's show is another film.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// quotedEndBefore is where a title read back from a comma at j ends: before
// the closing quote that stands against the comma ("'T', starring X"), or
// at j.
func quotedEndBefore(x *extractor, j int) int {
	if x.tok(j).text == "," && x.closeQuote(j-1) {
		return j - 1
	}
	return j
}

// titleBeforeComma reads back a title that ends at a comma at j: the span
// of a quotation that ends against the comma ("held off “T @ U”, starring
// X"), else titleBefore's.
func (x *extractor) titleBeforeComma(j int) (int, int) {
	if e := quotedEndBefore(x, j); e < j {
		for o := e - 1; o > 0 && o > e-14; o-- {
			if isQuote(x.toks[o].text) {
				if o+1 < e && x.toks[o+1].cap {
					return o + 1, e
				}
				break
			}
		}
	}
	return x.titleBefore(j), j
}

// titleFromJob is the title before "from" that a job noun at k follows,
// "'Paper Moon' from director X", "T, from writer-director Y": the film
// the job is on; else "".
func (x *extractor) titleFromJob(k int) string {
	f := k - 1
	if w := x.tok(f); w.low != "from" || w.cap || x.inBr[f] || f < 1 {
		return ""
	}
	e := quotedEndBefore(x, f-boolInt(x.tok(f-1).text == ","))
	ts := x.titleEndingAt(e)
	if x.closeQuote(e - 1) {
		// a quotation: the title from its opening mark
		if ts >= e-1 {
			return ""
		}
	} else if ts >= e || ts == 0 && e-ts == 1 {
		return "" // not "Coming from director X"
	}
	ti := unquote(x.span(ts, e))
	if x.sshow != "" && strings.HasSuffix(ti, x.sshow) {
		return "" // "Stan Original Series T, from creators X and Y": the sentence's show
	}
	if ti == "" || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || isCompany(ti) || x.startsName(ts) && x.personShaped(ts, e) {
		return ""
	}
	return ti
}

// clauseAfterAnd reports whether ", and" before k starts a clause of its
// own rather than a list's last item: the list, at first, follows a word
// in lower case ("helmed by X, and Y plays a police officer", "starring A,
// and B stars as C"), and the name at k is followed by a verb of playing or
// casting. A list of subjects ("A, B, and C star in T") is not asked.
func (x *extractor) clauseAfterAnd(first, k int) bool {
	if p := x.tok(first - 1); p.cap || p.kind != tWord || !x.tok(k).cap {
		return false
	}
	it, ok := x.parseItem(k)
	if !ok || it.pend <= it.pstart {
		return false
	}
	e := it.end
	for m := 0; m < 3 && x.tok(e).has(cAuxWords) && !x.tok(e).cap; m++ {
		e++
	}
	v := x.tok(e)
	return !v.cap && v.has(cPlayVerbs|cCastVerbs) && !strings.HasSuffix(v.low, "ing")
}

// pastAgent is p, the end of a name before ", and" in a list of subjects,
// or -1 when the name follows "by" or "from" in lower case: the agent of a
// clause before (", and" after it starts a clause of its own, "helmed by
// X, and Y plays C").
func (x *extractor) pastAgent(p int) int {
	if p < 1 || !x.toks[p].cap {
		return p
	}
	if ps := x.personBefore(p + 1); ps <= p {
		if w := x.tok(ps - 1); !w.cap && (w.low == "by" || w.low == "from") {
			return -1
		}
	}
	return p
}

// titleItem reports whether the name-shaped words from ps to end, read
// back past a comma from a subject, are a title: after a capitalized "The"
// that opens no sentence, after "in" or "on" before the comma ("After her
// role in T, A starred in U"), or the sentence's show ("In X's The Winter
// Tenants, A plays a farmer").
func (x *extractor) titleItem(ps, end int) bool {
	if p := x.tok(ps - 1); p.text == "The" && ps > 1 || (p.text == "in" || p.text == "on") && x.tok(end).text == "," {
		return true // "After her role in T, X starred in U": the title of "role in" before the comma
	}
	return x.sshow != "" && x.fold(x.span(ps, end)) == x.sshowFold
}

// lookNouns, before "at", make the name after it what is shown, no place:
// "the first look at X as C", "a sneak peek at Y as D".
var lookNouns = set(`look looks peek glimpse`)

// leadNounStart is where the words that say a person leads the film begin
// before a name at start, "lead", "leading man", "leading lady" ("opposite
// lead X", "Leading man A and ..."), or start.
func (x *extractor) leadNounStart(start int) int {
	p := x.tok(start - 1)
	if p.kind != tWord || !x.tok(start).cap {
		return start
	}
	if p.low == "lead" && (!p.cap || start == 1) {
		return start - 1
	}
	if q := x.tok(start - 2); (p.low == "man" || p.low == "lady") && !p.cap && q.low == "leading" && (!q.cap || start == 2) {
		return start - 2
	}
	return start
}

// coStarItem reports whether the item at start opens with "co-star" after
// "and", a comma or a possessive pronoun ("Leading man A and co-star B",
// "her co-star B"): a performer of the film the sentence is about, not of
// a title before the noun ("her Bridgerton co-star B").
func (x *extractor) coStarItem(start int) bool {
	if w := x.tok(start); w.low != "co-star" || w.cap || !x.tok(start+1).cap {
		return false
	}
	switch p := x.tok(start - 1); p.low {
	case "and", ",", "his", "her", "their":
		return !p.cap
	}
	return false
}

// listTrigger reports whether the words before a list at start make it the
// cast: "starring", "led by", "including" after a casting verb,
// "newcomer,"; "opposite lead X", "alongside leading lady X" past the noun
// of leading; a sentence that opens with "Leading man A and co-star B".
func (x *extractor) listTrigger(start int, castCue bool) bool {
	if s := x.leadNounStart(start); s == 0 && start > 0 || x.coStarItem(start) {
		return true
	} else if s < start {
		start = s
	}
	return x.listTriggerAt(start, castCue)
}

// titleMakerBracket reads a line-up's entry "'T' (X)", or "'T' (X,
// Country)", a quoted title and the one person in the bracket after it, in
// a sentence that lists two such entries or more ("Competing are 'T1' (A),
// 'T2' (B) and 'T3' (C)"): X made T, a crew credit with no job. It reports
// whether it read the bracket at k, which closes at c.
func (x *extractor) titleMakerBracket(k, c int) bool {
	ts, ok := x.quotedTitleEnding(k)
	if !ok || !x.makerInBracket(k, c) {
		return false
	}
	n := 0
	for m := 0; m < len(x.toks) && n < 2; m++ {
		if x.toks[m].text != "(" || m == k {
			continue
		}
		if cm := x.closeOf(m); cm > m {
			if _, ok := x.quotedTitleEnding(m); ok && x.makerInBracket(m, cm) {
				n++
			}
		}
	}
	title := x.span(ts, k-1)
	if n == 0 || x.isNetwork(title) || describes(title) || !x.festivalNews() {
		return false
	}
	x.add(graph.KindCrew, x.span(k+1, x.personAt(k+1)), title, "", "")
	return true
}

// quotedTitleEnding is where the quoted title that ends before k starts
// (its first word), the closing mark just before k; ok is false when no
// quotation ends there.
func (x *extractor) quotedTitleEnding(k int) (int, bool) {
	q := x.tok(k - 1)
	if !x.closeQuote(k-1) && !(q.kind == tPoss && (q.text == "'" || q.text == "’")) {
		return 0, false
	}
	for o := k - 2; o >= 0 && o > k-14; o-- {
		if w := &x.toks[o]; isQuote(w.text) {
			if o+1 < k-1 && x.toks[o+1].cap && (o == 0 || x.toks[o-1].end < w.start) {
				return o + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// makerInBracket reports whether the bracket from k to c holds one person's
// name, with a country after a comma or not: "(Helka Raunio)", "(Helka
// Raunio, Finland)".
func (x *extractor) makerInBracket(k, c int) bool {
	pe := x.personAt(k + 1)
	if name := x.span(k+1, pe); pe <= k+2 || !x.personShaped(k+1, pe) || x.isShow(name) || x.isNetwork(name) || isCompany(name) {
		return false
	}
	return pe == c || x.tok(pe).text == "," && pe+2 == c && x.tok(pe+1).cap
}

// lineupNewsWords tell of a festival's line-up: "in competition", "the
// line-up", "the top prize", "Official Selection".
var lineupNewsWords = set(`festival competition competing line-up lineup selection sidebar prize programme gala`)

var festivalMask = wordMask("festival", "competition", "competing", "line-up", "lineup", "selection", "sidebar", "prize", "programme", "gala")

// festivalNews reports whether the sentence or the headline tells of a
// festival's line-up: where "'T' (X)" names T's maker, not its star.
func (x *extractor) festivalNews() bool {
	if x.sentHasAnyWord(festivalMask) {
		for i := range x.toks {
			if lineupNewsWordsIDs.has(x.toks[i].id) {
				return true
			}
		}
	}
	if len(x.sents) > 0 && x.sents[0].head {
		for i := range x.sents[0].toks {
			if lineupNewsWordsIDs.has(x.sents[0].toks[i].id) {
				return true
			}
		}
	}
	return false
}

// relationRoleAt reports whether the words at i, after "as", are a part
// named by the character's kin, "his wife", "her estranged brother", "their
// mother", that ends the clause: "A is matched by B as her estranged
// brother", a role with no name.
func (x *extractor) relationRoleAt(i int) bool {
	if l := x.tok(i).low; l != "his" && l != "her" && l != "their" {
		return false
	}
	m := i + 1
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !relationWordsIDs.has(x.tok(m).id); q++ {
		m++ // "her estranged brother", "his long-suffering wife"
	}
	if w := x.tok(m); !relationWordsIDs.has(w.id) || w.cap {
		return false
	}
	n := x.tok(m + 1)
	return m+1 == len(x.toks) || n.kind == tPunct && n.text != "'" || n.low == "in" || n.low == "and"
}

// pastMakerOwner moves a title read from at to e past a maker's possessive
// to the title it owns: "X Boards Ossian Valder's 'T'", "joins Y Z's
// Blackwater Hymn" (an owner of two words or more, or a quoted title
// after it; not "Grey's Anatomy").
func (x *extractor) pastMakerOwner(at, e int) (int, int) {
	if e <= at || x.tok(e).kind != tPoss || !x.titleStarts(e+1) {
		return at, e
	}
	if e-at < 2 && !isQuote(x.tok(e+1).text) {
		return at, e
	}
	if e2 := x.titleAt(e+1, false); e2 > e+1 {
		return e + 1, e2
	}
	return at, e
}

// quotedColonOpener reports whether the sentence opens with a quoted title
// and a colon after it: "'T': X Joins Y Thriller".
func (x *extractor) quotedColonOpener() bool {
	if len(x.toks) < 4 || !isQuote(x.toks[0].text) {
		return false
	}
	for m := 2; m < len(x.toks) && m < 14; m++ {
		if x.closeQuote(m) {
			return x.tok(m+1).text == ":" || x.tok(m).text == ":" || x.tok(m-1).text == ":"
		}
	}
	return false
}

// castingActs are verbs of a maker casting someone: "X has set A to lead
// his thriller T", "X has tapped B for her next film T".
var castingActs = set(`set sets cast casts tapped taps hired hires enlisted enlists recruited recruits`)

// castsOther is the kind of the credit of a sentence's subject in the work
// a pronoun before k gives it: crew where, before k, the subject casts
// another person ("X has set A to lead his thriller T"), else open ("").
func (x *extractor) castsOther(k int) string {
	for m := 1; m < k; m++ {
		if w := &x.toks[m]; castingActsIDs.has(w.id) && !w.cap && x.toks[m-1].has(cAuxWords) && x.personAt(m+1) > m+2 {
			return graph.KindCrew
		}
	}
	return ""
}
