package extract

// Crew credits in trade and festival copy: words that make a film of the
// noun after them, and the checks that keep a place or a company from
// standing as a maker.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// featureOrders, before "feature", make it a noun for a film: "her debut
// feature", "his second feature", "the new feature".
var featureOrders = set(`debut first second third fourth fifth sophomore new latest next upcoming`)

var bitFeature = wordBit("feature")

// jobShow is the show a job noun with no title of its own credits: the film
// a possessive names later in the sentence ("director X will open the
// festival with her debut feature “T”"), or else the sentence's show.
func (x *extractor) jobShow(k int) string {
	if x.rosterBefore(k) {
		return "" // "Other directors chosen for the competition include filmmaker X"
	}
	if ti := x.titleFromJob(k); ti != "" {
		return ti // "'T' from director X"
	}
	if !x.sentHasWord(bitFeature) {
		return x.sshow
	}
	for m := k + 1; m+2 < len(x.toks); m++ {
		if t := &x.toks[m]; t.low == "feature" && featureOrdersIDs.has(x.toks[m-1].id) && !t.cap {
			if p := x.tok(m - 2).low; p != "her" && p != "his" && p != "their" {
				break
			}
			if e := x.titleAt(m+1, false); e > m+1 && x.titleStarts(m+1) && !x.isNetwork(x.span(m+1, e)) {
				return unquote(x.span(m+1, e))
			}
			break
		}
	}
	return x.sshow
}

// execProducerAt reads "executive producer" at i: it returns the index
// after it, or 0.
func (x *extractor) execProducerAt(i int) int {
	if l := x.tok(i).low; l != "executive" && l != "co-executive" {
		return 0
	}
	if l := x.tok(i + 1).low; l != "producer" && l != "producers" {
		return 0
	}
	return i + 2
}

// kindTitleAfter is where the title starts after "the new series T" or
// "the popular sitcom, “T”" at i (a genre noun, a comma, a quoted title);
// else 0.
func (x *extractor) kindTitleAfter(i int) int {
	if at := x.kindTitleAt(i); at > 0 {
		if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" {
			return at
		}
		return 0
	}
	m := i
	if x.tok(m).low != "the" || x.tok(m).cap {
		return 0
	}
	m++
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && (titleAdjectivesIDs.has(x.tok(m).id) || x.tok(m).has(cDescribe)); q++ {
		m++ // "popular", "hit"
	}
	if !x.tok(m).has(cGenreNouns) || x.tok(m).cap || x.tok(m+1).text != "," || !isQuote(x.tok(m+2).text) {
		return 0
	}
	if e := x.titleAt(m+2, false); e > m+2 && x.titleStarts(m+2) && !x.isNetwork(x.span(m+2, e)) {
		return m + 2
	}
	return 0
}

// pastAccolade skips, at i, a prize word before a job noun: "penned by
// Emmy-winning writer X", "by Oscar-nominated director X". It returns i
// where no job noun follows.
func (x *extractor) pastAccolade(i int) int {
	l := x.tok(i).low
	if x.tok(i).kind != tWord || !(strings.HasSuffix(l, "-winning") || strings.HasSuffix(l, "-nominated")) || !x.tok(i+1).has(cJobNoun) || x.tok(i+1).cap {
		return i
	}
	return i + 1
}

// pastJobComma skips the comma between a job noun and the name after it:
// "penned by writer and producer, X, who".
func (x *extractor) pastJobComma(i int) int {
	if x.tok(i).text != "," || !x.tok(i-1).has(cJobNoun) || !x.startsName(i+1) {
		return i
	}
	if pe := x.personAt(i + 1); pe > i+1 && (x.tok(pe).kind == tPunct || pe == len(x.toks)) {
		return i + 1 // the name in apposition ends at a comma or a full stop
	}
	return i
}

// behindWord holds the word behindRule reads at.
var behindWord = wordMask("behind")

// behindGroups are the nouns of a group of makers: "A and B, the duo
// behind T".
var behindGroups = set(`duo pair team trio partnership`)

// behindRule: "X, the director behind T1 and T2, returns with T3": X's job
// on each title of the aside, and on the title X returns with. "directed
// by A and penned by B, the duo behind T": each of the group, with no job.
func (x *extractor) behindRule() {
	if !x.sentHasAnyWord(behindWord) {
		return // no token it reads
	}
	t := x.toks
	for k := 3; k+1 < len(t); k++ {
		if !behindWord.holds(&t[k]) || t[k-1].cap || x.inBr[k] {
			continue
		}
		group := behindGroupsIDs.has(t[k-1].id)
		job, ok := jobNounsIDs.lookup(t[k-1].id)
		if !ok && !group || job == graph.JobOriginalAuthor || !x.titleStarts(k+1) {
			continue
		}
		d := k - 2 // "the director behind", "the acclaimed director behind"
		for q := 0; q < 2 && t[d].kind == tWord && !t[d].cap && (titleAdjectivesIDs.has(t[d].id) || t[d].has(cDescribe) || group && teamJobsIDs.get(t[d].id) != ""); q++ {
			if group && teamJobsIDs.get(t[d].id) != "" {
				job = teamJobsIDs.get(t[d].id) // "A and B, the writing team behind T"
			}
			d--
		}
		if x.tok(d).low != "the" || x.tok(d-1).text != "," {
			continue
		}
		ps := x.personBefore(d - 1)
		if ps == d-1 || ps > 0 && objectPrepsIDs.has(x.tok(ps-1).id) {
			continue
		}
		person := x.span(ps, d-1)
		people := []string{person}
		if group || pluralNounsIDs.has(t[k-1].id) {
			// "A and B, the duo behind T", "A and B, the writers behind T"
			if a := x.groupPartner(ps); a != "" {
				people = append(people, a)
			} else if group {
				continue // a group of one: not said who else
			}
		}
		for _, ti := range x.titleList(k + 1) {
			title := unquote(ti)
			if x.isNetwork(title) || isCompany(title) || hasLowerWord(placeWords, placeNameWords, title) || describes(title) || x.knownPerson(title) != "" {
				break
			}
			for _, p := range people {
				x.add(graph.KindCrew, p, title, "", job)
			}
		}
		if group {
			continue
		}
		c := k + 1 // the aside's closing comma, then "returns with T3"
		for c < len(t) && c < k+20 && t[c].text != "," {
			c++
		}
		v := c + 1
		if isQuote(x.tok(v).text) {
			v++ // “T1,” returns with
		}
		if l := x.tok(v).low; l == "is" && x.tok(v+1).low == "back" || l == "comes" && x.tok(v+1).low == "back" {
			v++
		} else if l != "returns" && l != "returned" {
			continue
		}
		if x.tok(v+1).low == "with" {
			at := v + 2
			if l := x.tok(at).low; l == "his" || l == "her" || l == "their" {
				at++
			}
			if !x.titleStarts(at) {
				if a := x.kindTitleAt(at); a > 0 {
					at = a // "returns with the thriller T", "returns with his new film T"
				}
			}
			if e := x.titleAt(at, false); e > at && x.titleStarts(at) && !x.isNetwork(x.span(at, e)) {
				x.add(graph.KindCrew, person, unquote(x.span(at, e)), "", job)
			}
		}
	}
}

// groupPartner is the person joined by "and" to the one at ps, in "A
// and B" or "directed by A and penned by B"; or "".
func (x *extractor) groupPartner(ps int) string {
	a := ps - 1
	if x.tok(a).low == "by" && crewByParticiple(x.tok(a-1)) {
		a -= 2 // "directed by A and penned by B"
	}
	if x.tok(a).low != "and" {
		return ""
	}
	if ps2 := x.personBefore(a); ps2 < a {
		return x.span(ps2, a)
	}
	return ""
}

var bitRespectively = wordBit("respectively")

// respectiveShows gives each of n people their show: the titles listed at
// at, in order, where the sentence says "respectively" and lists as many
// titles as people ("A and B serve as producers on T1 and T2,
// respectively"); else show for each.
func (x *extractor) respectiveShows(at int, show string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = show
	}
	if at < 0 || n < 2 || !x.sentHasWord(bitRespectively) {
		return out
	}
	titles := x.titleList(at)
	if len(titles) != n {
		return out
	}
	for k := range x.toks {
		if x.toks[k].low == "respectively" {
			for i, ti := range titles {
				out[i] = unquote(ti)
			}
			break
		}
	}
	return out
}

// lineupWords name a festival's line-up: "Other directors chosen for the
// competition include X" lists people in it, no credit in a show.
var lineupWords = set(`competition line-up lineup selection festival programme program`)

var lineupMask = setMask(lineupWords)

// rosterBefore reports whether the words before i say that the names from
// i are a festival line-up's: "Other directors chosen for the premier
// competition include X", "Filmmakers in the line-up are X and Y".
func (x *extractor) rosterBefore(i int) bool {
	if !x.sentHasAnyWord(lineupMask) {
		return false
	}
	verb := -1
	for m := i - 1; m >= 0 && m >= i-8; m-- {
		if l := x.toks[m].low; l == "include" || l == "includes" || l == "including" || l == "are" {
			verb = m
			break
		}
	}
	if verb < 0 {
		return false
	}
	roster, people := false, false
	for m := verb - 1; m >= 0 && m >= verb-8; m-- {
		w := &x.toks[m]
		if w.kind == tPunct && w.text != "-" {
			break
		}
		roster = roster || lineupWordsIDs.has(w.id)
		people = people || w.has(cJobNoun) || w.low == "filmmakers" || w.low == "names"
	}
	return roster && people
}

// addOwnerCredit credits the owner from k to pe of a possessive before title: the
// maker's, or the star's where a performer's noun in capitals stands
// before the name ("Superstar X's 'T'", "Actor Y's T").
func (x *extractor) addOwnerCredit(k, pe int, title, job string) {
	if w := x.tok(k); w.cap && w.has(cPrefixNouns) && job == "" && pe-k >= 2 && x.startsName(k+1) {
		x.add(graph.KindCast, x.span(k+1, pe), title, "", "")
		return
	}
	x.add(graph.KindCrew, x.span(k, pe), title, "", job)
}

// jobBracketRule: "when I heard the writer (X) was in her early 30s", "the
// show's director (X)": the person in brackets after a job noun holds that
// job in the sentence's show.
func (x *extractor) jobBracketRule() {
	if !x.sentHas(cJobNoun) || x.sshow == "" || x.jury {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k+1].text != "(" || !t[k].has(cJobNoun) || t[k].cap || x.inBr[k] {
			continue
		}
		job, ok := jobNounsIDs.lookup(t[k].id)
		if !ok || job == graph.JobOriginalAuthor {
			continue
		}
		d := k - 1
		if t[d].low == "executive" {
			d--
		}
		if l := t[d].low; l != "the" && l != "its" && !(t[d].kind == tPoss && x.tok(d-1).has(cGenreNouns) && x.tok(d-2).low == "the") {
			continue // "the writer (X)", "the show's director (X)"; not "writer Y (T)"
		}
		if pe := x.personAt(k + 2); pe > k+2 && x.tok(pe).text == ")" && x.personShaped(k+2, pe) {
			x.add(graph.KindCrew, x.span(k+2, pe), x.quotedBefore(k), "", job)
		}
	}
}

// quotedBefore is the last title in quotes before k in the sentence ("when
// I read the pilot for “T,” and heard the writer (X) was"), or else the
// sentence's show.
func (x *extractor) quotedBefore(k int) string {
	for m := k - 1; m >= 0; m-- {
		if !isQuote(x.toks[m].text) || m+1 >= k {
			continue
		}
		if e := x.titleAt(m, false); e > m+1 && e <= k && x.titleStarts(m) {
			if ti := unquote(x.span(m, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" {
				return ti
			}
		}
	}
	return x.sshow
}

// pronounCrewRule: "The film is directed by X. He previously directed
// 'T'": a sentence that opens with "He" or "She" and a crew verb in the past
// credits the person of the last credit read before it with that job in
// the titles after the verb; one that opens with "They", each of the
// people the sentence before listed (prevGroup: "produced by A, B and C.
// They have in the past produced T").
func (x *extractor) pronounCrewRule() {
	t := x.toks
	if len(t) < 3 || t[0].low != "he" && t[0].low != "she" && t[0].low != "they" || !x.sentHas(cCrewVerb) {
		return // no token it reads
	}
	m := 1
	for q := 0; q < 4 && m < len(t) && !t[m].cap && (t[m].low == "previously" || t[m].low == "also" || t[m].low == "earlier" || t[m].low == "has" || t[m].low == "had" || t[m].low == "have" || t[m].low == "once" || t[m].low == "recently" || t[m].low == "together"); q++ {
		m++ // "He previously directed", "She has also written"
	}
	if t[m].low == "in" && x.tok(m+1).low == "the" && x.tok(m+2).low == "past" {
		m += 3 // "They have in the past produced"
	}
	job, ok := crewVerbTitleIDs.lookup(t[m].id)
	if !ok || t[m].cap || !strings.HasSuffix(t[m].low, "ed") && t[m].low != "wrote" && t[m].low != "co-wrote" && t[m].low != "written" || !x.titleStarts(m+1) {
		return
	}
	people := []string{x.lastPerson()}
	if t[0].low == "they" {
		people = x.prevGroup() // "produced by A, B and C. They have in the past produced T"
	}
	if len(people) == 0 || people[0] == "" {
		return
	}
	for _, ti := range x.titleList(m + 1) {
		title := unquote(ti)
		if x.isNetwork(title) || isCompany(title) || describes(title) || x.knownPerson(title) != "" || x.skey(title) == x.skey(people[0]) {
			break
		}
		for _, p := range people {
			x.add(graph.KindCrew, p, title, "", job)
		}
	}
}

// includingWord holds the word workIncludingRule reads at.
var includingWord = wordMask("including")

// gerundJobs are the gerunds before "work" that name a job: "his directing
// work, including T".
var gerundJobs = map[string]string{"directing": graph.JobDirector, "directorial": graph.JobDirector, "writing": graph.JobWriter, "screenwriting": graph.JobWriter, "producing": graph.JobProducer}

// workIncludingRule: "X is well-known for many of his directing work,
// including T1 and T2": the person the pronoun stands for holds the job in
// each title.
func (x *extractor) workIncludingRule() {
	if !x.sentHasAnyWord(includingWord) || !x.sentHas(cPronounCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		job, ok := gerundJobsIDs.lookup(t[k].id)
		if !ok || t[k].cap || t[k-1].low != "his" && t[k-1].low != "her" || x.inBr[k] {
			continue
		}
		m := k + 1
		if l := t[m].low; l != "work" && l != "works" && l != "credits" && l != "projects" && l != "ventures" {
			continue
		}
		m++
		if t[m].text == "," {
			m++
		}
		if !includingWord.holds(&t[m]) || !x.titleStarts(m+1) {
			continue
		}
		owner := x.pronounOwner(k - 1)
		if owner == "" {
			continue
		}
		for _, ti := range x.titleList(m + 1) {
			title := unquote(ti)
			if x.isNetwork(title) || isCompany(title) || describes(title) || x.knownPerson(title) != "" {
				break
			}
			x.add(graph.KindCrew, owner, title, "", job)
		}
	}
}

// directorialSeatRule: "X takes the directorial seat", "Y will take the
// directorial reins of T", "Z took over the directorial chair": the
// subject directs T, or the sentence's show.
func (x *extractor) directorialSeatRule() {
	if !x.sentHas(cVehicleCue) || x.jury {
		return // no "directorial" here
	}
	t := x.toks
	for k := 3; k+1 < len(t); k++ {
		if t[k].low != "directorial" || t[k].cap || t[k-1].low != "the" {
			continue
		}
		if l := t[k+1].low; l != "seat" && l != "reins" && l != "chair" && l != "helm" && l != "duties" {
			continue
		}
		v := k - 2
		if t[v].low == "over" {
			v-- // "took over the directorial reins"
		}
		switch t[v].low {
		case "take", "takes", "took", "taking", "taken", "assume", "assumes", "assumed", "assuming":
		default:
			continue
		}
		show := x.sshow
		if p := x.tok(k + 2).low; (p == "for" || p == "of" || p == "on") && x.titleStarts(k+3) {
			if e := x.titleAt(k+3, false); e > k+3 && !x.isNetwork(x.span(k+3, e)) && x.knownPerson(x.span(k+3, e)) == "" {
				show = unquote(x.span(k+3, e))
			}
		}
		if show == "" {
			continue
		}
		for _, s := range x.subjectsBefore(v, 0) {
			x.add(graph.KindCrew, s, show, "", graph.JobDirector)
		}
	}
}

// pastYearHit skips, at i, a decade or a year before "hit" and the title
// after it: "who co-created and wrote 1990s hit T", "2010 hit T". It
// returns i where no such words stand.
func (x *extractor) pastYearHit(i int) int {
	w := x.tok(i).text
	if len(w) < 4 || w[0] < '1' || w[0] > '2' || x.tok(i+1).low != "hit" || x.tok(i+1).cap || !x.titleStarts(i+2) {
		return i
	}
	for j := 0; j < 4; j++ {
		if w[j] < '0' || w[j] > '9' {
			return i
		}
	}
	if len(w) == 4 || len(w) == 5 && w[4] == 's' {
		return i + 2
	}
	return i
}

// teamJobs name a group's work before its noun: "the writing team behind
// T", "the producing duo behind T".
var teamJobs = map[string]string{"writing": graph.JobWriter, "directing": graph.JobDirector, "producing": graph.JobProducer}
