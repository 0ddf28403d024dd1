package extract

// Crew cues for more constructions: a maker's part done by someone ("The
// music will be done by X"), a job noun beside a name ("X is the director
// of the film", "X (creator of T)", "X, author of “T”"), a plan given up,
// and the objects of writing verbs.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// dutyDoneBy reads, before "by" at k, a maker's part and a verb of doing
// it: "The music will be done by X", "Cinematography is handled by X",
// "the film's editing has been taken care of by X", "The score, by X,".
// It gives the part's job.
func (x *extractor) dutyDoneBy(k int) (string, bool) {
	m := k - 1
	switch x.tok(m).low {
	case ",":
		// "The score, by X, is mostly strings": the part, then its maker
		// in an aside
		if x.tok(m-2).low != "the" || x.tok(m-1).cap {
			return "", false
		}
	case "done", "handled", "provided":
	case "is", "are", "was", "were":
		// "Editing is by X", "The music is by Y": the part, then its maker
	case "of":
		if x.tok(m-1).low != "care" || x.tok(m-2).low != "taken" {
			return "", false
		}
		m -= 2
	default:
		return "", false
	}
	m--
	for q := 0; q < 3 && x.tok(m).has(cAuxWords) && !x.tok(m).cap; q++ {
		m-- // "will be", "has been"
	}
	n := x.tok(m)
	job, ok := dutyNounsIDs.lookup(n.id)
	if !ok && (n.has(cScriptWords) || n.low == "adaptation") {
		job, ok = graph.JobWriter, true // "the adaptation is being handled by X"
	}
	if !ok || m < k-6 || x.tok(m-1).low == "a" || x.tok(m-1).low == "an" || n.cap && x.tok(m-1).cap && x.tok(m-1).kind == tWord {
		return "", false // not "a script will be provided by the studio"
	}
	return job, true
}

// asCharacterAfter reports whether a character's name follows the person
// ending at e after "as": "The cast includes filmmaker X as Damaris", a
// trade before a performer, no crew ("director X as executive producer"
// and "as Head of Drama" are jobs).
func (x *extractor) asCharacterAfter(e int) bool {
	if a := x.tok(e); a.low != "as" || a.cap {
		return false
	}
	c := x.tok(e + 1)
	return c.cap && c.kind == tWord && !c.has(cJobNoun) && !officeWordsIDs.has(c.id) && x.charAt(e+1) > e+1
}

// castClauseAfter reports whether a cast clause follows the people listed
// before e: "has been added to the cast", "joins the cast", "will star",
// "are all set to make their acting debut".
func (x *extractor) castClauseAfter(e int) bool {
	m := e
	for q := 0; q < 5 && (x.tok(m).has(cAuxWords) || x.tok(m).low == "all" || x.tok(m).low == "to"); q++ {
		m++
	}
	if m == e && x.tok(m).low != "joins" && x.tok(m).low != "stars" {
		return false
	}
	switch v := x.tok(m); {
	case v.cap:
		return false
	case v.low == "added" && x.tok(m+1).low == "to" && x.tok(m+2).low == "the" && x.tok(m+3).low == "cast":
		return true
	case v.low == "join" || v.low == "joins" || v.low == "joined":
		switch x.tok(m + 2).low { // "joins the cast", not "joins the team"
		case "cast", "ensemble", "lineup", "line-up":
			return true
		}
	case v.low == "star" || v.low == "stars":
		return true
	case v.low == "make" || v.low == "making":
		for q := m + 1; q < m+5; q++ {
			if x.tok(q).low == "debut" {
				return x.tok(q-1).low != "directorial" && x.tok(q-1).low != "writing"
			}
		}
	}
	return false
}

// formerPlan reports whether the crew verb at v was a plan given up: "X was
// initially attached to write", "with X originally slated to direct".
func (x *extractor) formerPlan(v int) bool {
	if x.tok(v-1).low != "to" {
		return false
	}
	switch x.tok(v - 2).low {
	case "attached", "slated", "set", "tapped", "due", "hired", "signed", "supposed", "expected", "meant":
	default:
		return false
	}
	for m := v - 3; m >= v-5 && m >= 0; m-- {
		switch x.tok(m).low {
		case "originally", "initially", "previously", "once", "first", "earlier":
			return true
		}
	}
	return false
}

// hiredAs reports whether "as" at k follows a verb of taking someone on
// and comes before a crew job: "X was hired as the new showrunner", "Y was
// named as director", "Z has been tapped as co-writer".
func (x *extractor) hiredAs(k int) bool {
	switch x.tok(k - 1).low {
	case "hired", "named", "tapped", "appointed", "installed", "promoted", "enlisted", "recruited", "chosen", "picked", "confirmed", "announced", "attached":
	default:
		return false
	}
	for m := k + 1; m < len(x.toks) && m < k+5; m++ {
		w := x.tok(m)
		if w.has(cJobNoun) && !w.cap {
			return w.low != "executive" || x.tok(m+1).low == "producer"
		}
		if w.kind != tWord || w.cap || !(w.has(cStopWords) || w.has(cDescribe) || titleAdjectivesIDs.has(w.id)) {
			return false
		}
	}
	return false
}

// isTheJobOf reads "X is the director of the film", "X, ..., is the
// director and screenwriter of the film", "X will be the writer of T" at
// the job noun k: X's credit in the film (the sentence's show) or T.
func (x *extractor) isTheJobOf(k int) bool {
	w := x.tok(k)
	if !w.has(cJobNoun) || x.jury {
		return false
	}
	d := k - 1 // "the", past "head", "new"
	if x.tok(d).low == "executive" {
		d--
	}
	if w.cap && !staffVerb(x.tok(d).low) {
		return false // "Director X": a job before a name
	}
	for q := 0; q < 2 && (jobModifiersIDs.has(x.tok(d).id) || ordinalWordsIDs.has(x.tok(d).id)) && !x.tok(d).cap; q++ {
		d-- // "the new showrunner", "the fourth showrunner"
	}
	if l := x.tok(d - 1).low; x.tok(d).low == "also" && (l == "are" || l == "were") && strings.HasSuffix(w.low, "s") {
		d-- // "A and B are also executive producers"
	}
	if l := x.tok(d).low; (l == "are" || l == "were") && strings.HasSuffix(w.low, "s") {
		d++ // "A and B are executive producers", "A and B are Executive Producers"
	} else if (l == "is" || l == "was") && x.tok(k+1).low == "and" && x.tok(k+2).has(cJobNoun) {
		d++ // "X is executive producer and showrunner": two jobs, no article
	} else if l != "the" {
		return false
	}
	knownAs := -1 // "X, best known as the creator of T,": the comma before
	if l := x.tok(d - 2).low; x.tok(d-1).low == "also" && (l == "is" || l == "was" || l == "be") {
		d-- // "X is also the director of the film": the verb before "also"
	}
	switch x.tok(d - 1).low {
	case "is", "was", "be", "are", "were":
	case "as":
		c := d - 3
		if x.tok(d-2).low != "known" {
			return false
		}
		if l := x.tok(c).low; l == "best" || l == "well" || l == "also" {
			c--
		}
		if l := x.tok(c).low; l == "perhaps" || l == "probably" || l == "arguably" || l == "also" {
			c--
		}
		switch l := x.tok(c).low; {
		case x.tok(c).text == ",":
			knownAs = c
		case (l == "is" || l == "was" || l == "be" || l == "remains") && !x.tok(c).cap:
			d = c + 1 // "He was best known as the creator of T": the verb's subject
		default:
			return false
		}
	default:
		return false
	}
	jobs := []string{jobNounsIDs.get(w.id)}
	next := k + 1
	for x.tok(next).low == "and" && x.tok(next+1).has(cJobNoun) && (!x.tok(next+1).cap || w.cap) {
		if j := x.execProducerAt(next + 1); j > 0 {
			jobs = append(jobs, graph.JobProducer) // "the writer and executive producer of T"
			next = j
			continue
		}
		jobs = append(jobs, jobNounsIDs.get(x.tok(next+1).id))
		next += 2
	}
	if slices.Contains(jobs, graph.JobOriginalAuthor) {
		return false
	}
	show, more := "", []string(nil)
	if ti := x.jobOnTitle(next); ti != "" {
		show = ti // "A and B are writers on T"
	} else if n := x.tok(next); n.low != "of" {
		// "X is the showrunner.", "A and B are the creators, and"
		if !(n.kind == tPunct && n.text != "(" && n.kind != tPoss || next >= len(x.toks) || (n.low == "on" || n.low == "for") && x.projectObject(next+1)) {
			return false
		}
		show = x.sshow
	} else if l := x.tok(next + 1).low; l == "photography" || l == "cinematography" {
		show, jobs = x.sshow, []string{""} // "X was the director of photography"
	} else if at := x.kindTitleAfter(next + 1); at > 0 {
		show = unquote(x.span(at, x.titleAt(at, false))) // "the writer of the popular sitcom, “T”"
	} else if x.projectObject(next+1) && x.tok(next+1).low != "it" {
		show = x.sshow
	} else if at := max(next+1, x.genreRunTitle(next+1)); x.titleAt(at, false) > at && x.titleStarts(at) {
		e := x.titleAt(at, false) // "X is the creator of hit dramas T1 and T2"
		if ti := unquote(x.span(at, e)); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" && !isCompany(ti) {
			show, more = ti, x.moreTitles(e) // "X is the creator of T1 and T2"
		}
	}
	if show == "" {
		return false
	}
	if knownAs > 0 {
		if ps := x.personBefore(knownAs); ps < knownAs {
			for _, j := range jobs {
				x.add(graph.KindCrew, x.span(ps, knownAs), show, "", j)
			}
			return true
		}
		return false
	}
	v := d - 1
	for q := 0; q < 3 && x.tok(v-1).has(cAuxWords); q++ {
		v--
	}
	if p := x.tok(v - 1); p.kind == tWord && !p.cap && p.low != "who" {
		return false // "X, whose mother is the writer": not X
	}
	subjects := x.subjectsBefore(v, 0)
	if l := x.tok(0).low; len(subjects) == 0 && v == 1 && (l == "he" || l == "she") {
		if p := cmp.Or(x.pronounPerson(0), x.prevSubject()); p != "" {
			subjects = []string{p} // "She was the creator of the series T"
		}
	}
	if len(subjects) == 0 && x.tok(v-1).text == "," {
		// "X, “T” lead voice actor, is the director": past an aside
		for m := v - 2; m > 0 && m > v-14; m-- {
			if x.toks[m].text == "," {
				if ps := x.personBefore(m); ps < m && ps <= bulletEnd(x.toks) {
					subjects = []string{x.span(ps, m)}
				}
				break
			}
		}
	}
	if len(jobs) > 1 && len(subjects) == len(jobs) && x.respectivelyAfter(next) {
		for i, s := range subjects {
			x.add(graph.KindCrew, s, show, "", jobs[i]) // "A and B will be the showrunner and executive producer, respectively"
		}
		return true
	}
	for _, s := range subjects {
		for _, j := range jobs {
			x.add(graph.KindCrew, s, show, "", j)
			for _, ti := range more {
				x.add(graph.KindCrew, s, ti, "", j)
			}
		}
	}
	if len(subjects) > 0 {
		x.predecessors(next, show, jobs)
	}
	return len(subjects) > 0
}

// jobsJoined gives job and the jobs of the job nouns joined to the first
// one after i by "and" or a comma: "as writer and executive producer",
// "as co-creator, writer and showrunner".
func (x *extractor) jobsJoined(i int, job string) []string {
	jobs := []string{job}
	m := i
	for m < len(x.toks) && m < i+4 && !x.tok(m).has(cJobNoun) {
		m++
	}
	for q := 0; q < 4 && x.tok(m).has(cJobNoun); q++ {
		n := m + 1
		if x.tok(m).low == "executive" && (x.tok(n).low == "producer" || x.tok(n).low == "producers") {
			n++
		}
		if l := x.tok(n).low; l != "and" && l != "," || x.tok(n+1).low == "and" && x.tok(n).text != "," {
			break
		}
		if x.tok(n).text == "," && x.tok(n+1).low == "and" {
			n++
		}
		m = n + 1
		if x.tok(m).low == "co" || x.tok(m).low == "the" {
			m++
		}
		if j, ok := jobNounsIDs.lookup(x.tok(m).id); ok && !x.tok(m).cap && j != graph.JobOriginalAuthor && !slices.Contains(jobs, j) {
			jobs = append(jobs, j)
		}
	}
	return jobs
}

// writtenWork reports whether the word at m, the object of a writing verb,
// is a written part of a show: "will pen the adaptation", "wrote the first
// two episodes".
func (x *extractor) writtenWork(m int) bool {
	w := x.tok(m)
	if w.cap {
		return false
	}
	switch w.low {
	case "adaptation", "episode", "episodes", "finale", "premiere":
		return true
	}
	return false
}

// writesAndDirects reads a writing verb at k before a second crew verb:
// "X wrote and directed the film", "X is writing and directing": X is the
// writer of what the second verb's rule credits (its title object, else
// the sentence's show).
func (x *extractor) writesAndDirects(k int) bool {
	if x.tok(k+1).low != "and" || !x.tok(k+2).has(cJobVerb) || x.tok(k+2).cap {
		return false
	}
	show := x.otherTitleObject(k + 3)
	if show == "" {
		show = x.sshow
	}
	if show == "" || x.jury {
		return false
	}
	for _, s := range x.subjectsBefore(k, 0) {
		x.add(graph.KindCrew, s, show, "", graph.JobWriter)
	}
	return true
}

// sourceObject reports whether the words at i, the object of "adapted",
// name a source work or the project: "the novel", "her own book", "it".
func (x *extractor) sourceObject(i int) bool {
	if x.projectObject(i) {
		return true
	}
	if pe := x.personAt(i); pe > i && x.tok(pe).kind == tPoss {
		i = pe // "adapted Jane Austen's novel"
	} else {
		switch x.tok(i).low {
		case "the", "his", "her", "their", "its":
		default:
			return false
		}
	}
	for m := i + 1; m < i+4; m++ {
		w := x.tok(m)
		if w.has(cSourceNouns) && !w.cap {
			return true
		}
		if w.kind != tWord || w.cap {
			return false
		}
	}
	return false
}

// jobModifiers may stand between "the" and a job noun: "the head writer",
// "the new showrunner".
var jobModifiers = set(`head lead new sole main original co chief supervising`)

// pastEpisodesOf skips, at i, words that name a part of a show before "of"
// and its title: "episodes of T", "several episodes of T", "the first
// season of T", "the pilot of T". It returns i when none stand there.
func (x *extractor) pastEpisodesOf(i int) int {
	m := i
	for q := 0; q < 3 && m < len(x.toks); q++ {
		w := x.tok(m)
		switch {
		case w.cap || w.kind != tWord && w.kind != tNum:
			return i
		case w.low == "episode" || w.low == "episodes" || w.low == "season" || w.low == "seasons" || w.low == "pilot" || w.low == "finale":
			if x.tok(m+1).low == "of" && x.titleStarts(m+2) {
				return m + 2
			}
			return i
		case w.low == "the" || w.low == "an" || w.low == "a" || countWordsIDs.has(w.id) || ordinalsIDs.get(w.id) > 0 || w.kind == tNum || w.low == "first" || w.low == "last" || w.low == "final" || w.low == "opening":
			m++
		default:
			return i
		}
	}
	return i
}

// jobBracket reads a job noun alone in a bracket after a name: "A
// (director) and B (writer) return", "X (executive producer)".
func (x *extractor) jobBracket(k int) {
	m := k + 1
	if x.tok(m).low == "executive" && (x.tok(m+1).low == "producer" || x.tok(m+1).low == "producers") {
		m++
	}
	w := x.tok(m)
	job, ok := jobNoun(w)
	show := x.sshow
	if l := x.tok(k + 1).low; l == "who" || l == "the" && x.tok(k+2).has(cJobNoun) {
		m++ // "(who created T)", "(the director of T)"
		w = x.tok(m)
		job, ok = jobNounsIDs.lookup(w.id)
		if l == "who" {
			job, ok = crewVerbTitleIDs.lookup(w.id)
		}
	}
	if !ok || w.cap || job == graph.JobOriginalAuthor || x.jury {
		return
	}
	switch {
	case x.tok(m+1).text == ")":
	case x.tok(m+1).low == "of" || x.tok(k+1).low == "who":
		// "(creator of T)", "(who created T)": T's
		at := m + 1 + boolInt(x.tok(m+1).low == "of")
		e := x.titleAt(at, false)
		if e <= at || x.tok(e).text != ")" || !x.titleStarts(at) {
			return
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" {
			return
		}
		show = ti
	default:
		return
	}
	if ps := x.personBefore(k); ps < k && show != "" {
		x.add(graph.KindCrew, x.span(ps, k), show, "", job)
	}
}

// authorOf reads "X, author of “T1”, “T2”" and "X is the author of the
// novel" at the noun k: X's works (crew with no job: a writer's show or a
// novel), or the source of the sentence's show.
func (x *extractor) authorOf(k int) bool {
	if l := x.tok(k).low; l != "author" && l != "novelist" || x.tok(k).cap || x.tok(k+1).low != "of" || x.jury {
		return false
	}
	d := k - 1
	if x.tok(d).low == "the" {
		d--
	}
	switch {
	case x.tok(d).text == ",":
		ps := x.personBefore(d)
		if ps == d {
			return false
		}
		at := k + 2
		if !isQuote(x.tok(at).text) {
			return false // quoted titles only: "author of a memoir"
		}
		titles := x.titleList(at)
		for _, ti := range titles {
			if ti = unquote(ti); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" {
				x.add(graph.KindCrew, x.span(ps, d), ti, "", "")
			}
		}
		return len(titles) > 0
	case x.tok(d).low == "is" || x.tok(d).low == "was":
		// "X is the author of the novel": the source of the sentence's show
		if x.tok(k+2).low != "the" || !x.tok(k+3).has(cSourceNouns) || x.tok(k+3).cap || x.sshow == "" {
			return false
		}
		for _, s := range x.subjectsBefore(d, 0) {
			x.add(graph.KindCrew, s, x.sshow, "", graph.JobOriginalAuthor)
		}
		return true
	}
	return false
}

// latestFrom reads the makers after "the latest from", "the brainchild
// of": "T is the brainchild of X" (creator), "the latest from T director
// X" (X's credit in the sentence's show; T's is read by jobNounRule).
func (x *extractor) latestFrom(k int) bool {
	job := ""
	switch l := x.tok(k).low; {
	case l == "brainchild" && x.tok(k+1).low == "of", (l == "mind" || l == "minds") && x.tok(k+1).low == "of" && x.tok(k-1).low == "the" && x.tok(k-2).low == "from":
		job = graph.JobCreator // "from the mind of X"
	case (l == "latest" || l == "newest") && x.tok(k+1).low == "from" && x.tok(k-1).low == "the":
	default:
		return false
	}
	if x.sshow == "" || x.jury {
		return false
	}
	at := k + 2
	if e := x.titleAt(at, false); e > at && x.tok(e).has(cJobNoun) && !x.tok(e).cap && x.personAt(e+1) > e+1 {
		at = e // "the latest from Bleak Night director X"
	}
	if w := x.tok(at); w.has(cJobNoun) && !w.cap {
		if j := jobNounsIDs.get(w.id); job == "" && j != graph.JobOriginalAuthor {
			job = j
		}
		at++
	}
	items := slices.Clone(x.parseList(at))
	for _, it := range items {
		x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
	}
	return len(items) > 0
}

// wroteSource reads a writing verb at k before a source work: "X, who
// wrote the original webtoon, said", "X wrote the novel": the source's
// author of the sentence's show.
func (x *extractor) wroteSource(k int) bool {
	if l := x.tok(k).low; l != "wrote" && l != "penned" && l != "written" || x.sshow == "" || x.jury {
		return false
	}
	m := k + 1
	if l := x.tok(m).low; l != "the" && l != "his" && l != "her" && l != "their" {
		return false
	}
	m++
	for q := 0; q < 2 && (x.tok(m).low == "original" || x.tok(m).has(cDescribe) || x.tok(m).low == "bestselling" || x.tok(m).low == "best-selling") && !x.tok(m).cap; q++ {
		m++
	}
	if w := x.tok(m); !w.has(cSourceNouns) || w.cap || x.tok(m+1).low == "for" || x.tok(m+1).low == "on" {
		return false // not "wrote the story for T", "wrote the book on X"
	}
	for _, s := range x.subjectsBefore(k, 0) {
		x.add(graph.KindCrew, s, x.sshow, "", graph.JobOriginalAuthor)
	}
	return true
}

// jobRanks before a job noun after "as" name a rank of the job: "as
// assistant director", "as associate producer".
var jobRanks = set(`assistant associate chief supervising lead head`)

// asRankedJob reads "X (T) as assistant director", "Y as associate
// producer" at "as" k: the name before (past a bracket) has the job.
func (x *extractor) asRankedJob(k int) bool {
	if x.tok(k).low != "as" || x.tok(k).cap || !jobRanksIDs.has(x.tok(k+1).id) || x.sshow == "" || x.jury {
		return false
	}
	job, ok := jobNounsIDs.lookup(x.tok(k + 2).id)
	if !ok || x.tok(k+2).cap || job == graph.JobOriginalAuthor {
		return false
	}
	p := k
	if x.tok(p-1).text == ")" {
		for p = k - 2; p > 0 && x.toks[p].text != "("; p-- {
		}
	}
	ps := x.personBefore(p)
	if ps == p {
		return false
	}
	x.add(graph.KindCrew, x.span(ps, p), x.sshow, "", job)
	return true
}

// possTitleBefore reads a title before the possessive at p, other than
// the sentence's show, that is no network and no person: "Red Sky's
// creator X". It gives "" otherwise.
func (x *extractor) possTitleBefore(p int) string {
	if p <= 0 || x.tok(p).kind != tPoss {
		return ""
	}
	ts := x.titleBefore(p)
	if ts >= p {
		return ""
	}
	ti := unquote(x.span(ts, p))
	if x.isNetwork(ti) || isCompany(ti) || describes(ti) || x.knownPerson(ti) != "" || x.startsName(ts) && x.personShaped(ts, p) || x.skey(ti) == x.skey(x.sshow) {
		return ""
	}
	return ti
}

// appositiveComma is the comma before a job noun at k that stands beside a
// name: "X, director of T", "X, the creator of T", "X, the Oscar-winning
// director of T" (describing words after "the"); else -1.
func (x *extractor) appositiveComma(k int) int {
	if s, _ := x.jobPair(k); s < k {
		k = s // "X, writer and director of T", "X, the co-showrunner and executive producer of T"
	} else if x.castPairBefore(k) {
		k -= 2 // "X, the lead actress and producer of the movie"
	}
	if x.tok(k-1).text == "," {
		return k - 1
	}
	d := k - 1
	for q := 0; q < 3 && d > 0 && (describesWord(x.tok(d).low) || !x.tok(d).cap && (titleAdjectivesIDs.has(x.tok(d).id) || leadRankWordsIDs.has(x.tok(d).id) || x.tok(d).low == "current")) && x.tok(d).low != "the"; q++ {
		d--
	}
	if (x.tok(d).low == "the" || x.tok(d).low == "a" || x.tok(d).low == "an") && x.tok(d-1).text == "," {
		return d - 1 // "X, the creator of T", "X, a former star of T"
	}
	if x.tok(d).low == "the" {
		return x.knownAsComma(d - 1)
	}
	return -1
}

// jobPair reads a pair of jobs that ends at the job noun at k, "writer
// and director", "co-showrunner and executive producer", "writer and
// executive producer": where the pair starts, and the first job; else k,
// "".
func (x *extractor) jobPair(k int) (int, string) {
	m := k - 1
	if l := x.tok(m).low; (l == "executive" || l == "co-executive") && x.tok(k).low == "producer" {
		m-- // "executive producer": one job
	}
	if l := x.tok(m).low; l != "and" && l != "&" || x.tok(m).cap {
		return k, ""
	}
	j := m - 1
	j2, ok := jobNounsIDs.lookup(x.tok(j).id)
	if !ok || j2 == "" || j2 == graph.JobOriginalAuthor || x.tok(j).low == "executive" {
		return k, ""
	}
	if l := x.tok(j - 1).low; l == "executive" || l == "co-executive" {
		j--
	}
	return j, j2
}

// reunionWith reports whether the titles before the job noun at k follow
// a verb of working together again: "reuniting with Parenthood creator X",
// "teaming up with Hamilton producer Y on a series": X works on the
// sentence's show too.
func (x *extractor) reunionWith(k int) bool {
	for m := k - 1; m > 0 && m >= k-9; m-- {
		w := x.tok(m)
		if w.low == "with" && !w.cap {
			switch p := x.tok(m - 1).low; p {
			case "reuniting", "reunites", "reunite", "reunited", "partnering", "partners", "collaborating":
				return true
			case "up":
				switch x.tok(m - 2).low {
				case "teaming", "teams", "team", "teamed":
					return true
				}
			}
			return false
		}
		if w.kind == tPunct && w.kind != tPoss && !isQuote(w.text) {
			return false
		}
	}
	return false
}

// jobOnTitle reads "on T", "for T" after a job noun (its index after the
// noun at i): the title the job is on, or "".
func (x *extractor) jobOnTitle(i int) string {
	if l := x.tok(i).low; l != "on" && l != "for" || !x.titleStarts(i+1) {
		return ""
	}
	e := x.titleAt(i+1, false)
	if e <= i+1 {
		return ""
	}
	ti := unquote(x.span(i+1, e))
	if x.isNetwork(ti) || isCompany(ti) || describes(ti) || x.knownPerson(ti) != "" || x.startsName(i+1) && x.personShaped(i+1, e) {
		return ""
	}
	return ti
}

// wroteProject reads a writing verb at k before the project itself: "X is
// penning the film", "X co-wrote the film with Y" (Y writes too).
func (x *extractor) wroteProject(k int) bool {
	if x.sshow == "" || x.jury || x.tok(k).low == "written" || x.tok(k+1).low == "it" || !x.projectObject(k+1) {
		return false // not "she wrote it in a letter"
	}
	return x.crewAndPartners(k, k+3, graph.JobWriter)
}

// epVerb reads "EP" used as a verb at k: "X will EP", "X is set to EP
// alongside Y", "X will also EP": a producer of the sentence's show.
func (x *extractor) epVerb(k int) bool {
	if l := x.tok(k).low; l != "ep" && l != "eps" || x.sshow == "" || x.jury {
		return false
	}
	switch x.tok(k - 1).low {
	case "will", "to", "also", "would", "and":
	default:
		return false
	}
	if n := x.tok(k + 1); n.cap && n.kind == tWord || isQuote(n.text) {
		return false // "her debut EP “Blue”": a record
	}
	v := k
	for q := 0; q < 3 && (x.tok(v-1).has(cAuxWords) || x.tok(v-1).low == "to"); q++ {
		v--
	}
	return x.crewAndPartners(v, k+1, graph.JobProducer)
}

// crewAndPartners credits the sentence's show with job to the people
// before token v and to the partners named from token at ("with Y",
// "alongside Y"), and reports whether anyone stood before v.
func (x *extractor) crewAndPartners(v, at int, job string) bool {
	subjects := x.subjectsBefore(v, 0)
	for _, s := range subjects {
		x.add(graph.KindCrew, s, x.sshow, "", job)
	}
	if p := x.partnersAt(at); p > 0 && len(subjects) > 0 {
		x.addPartners(p, job)
	}
	return len(subjects) > 0
}

// replacesAs reads "X replaces Y as showrunner", "X succeeds Y as
// director" at the verb k: X holds the job now (Y's is read at "as").
func (x *extractor) replacesAs(k int) bool {
	switch x.tok(k).low {
	case "replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding", "replace", "succeed":
	default:
		return false
	}
	pe := x.personAt(k + 1)
	if pe == k+1 || x.tok(pe).low != "as" || x.sshow == "" || x.jury {
		return false
	}
	m := pe + 1
	if l := x.tok(m).low; l == "the" || l == "its" || l == "co" {
		m++
	}
	job, ok := jobNounsIDs.lookup(x.tok(m).id)
	if !ok || x.tok(m).cap || job == graph.JobOriginalAuthor {
		return false
	}
	if x.tok(m).low == "executive" {
		job = graph.JobProducer
	}
	v := k
	for q := 0; q < 3 && x.tok(v-1).has(cAuxWords); q++ {
		v--
	}
	subjects := x.subjectsBefore(v, 0)
	for _, s := range subjects {
		x.add(graph.KindCrew, s, x.sshow, "", job)
	}
	return len(subjects) > 0
}

// pairedTitle reads "X will write and direct T" at the first verb k, of job
// job: X has both jobs in T, the title after the second verb. It reports
// whether it read so.
func (x *extractor) pairedTitle(k int, job string) bool {
	if x.tok(k+1).low != "and" || !x.tok(k+2).has(cJobVerb) || x.tok(k+2).cap {
		return false
	}
	ti := x.otherTitleObject(k + 3)
	if ti == "" {
		return false
	}
	for _, s := range x.subjectsBefore(k, 0) {
		x.add(graph.KindCrew, s, ti, "", job)
	}
	return true
}

// bareJobEnd reports whether the job noun at k, after "is" or "was" and
// without an article, ends its clause: "X (T) is co-creator.", "X is
// showrunner, and".
func (x *extractor) bareJobEnd(k int) bool {
	if l := x.tok(k - 1).low; l != "is" && l != "was" {
		return false
	}
	if _, ok := jobNounsIDs.lookup(x.tok(k).id); !ok || x.tok(k).cap {
		return false
	}
	n := x.tok(k + 1)
	return k+1 == len(x.toks) || n.text == "." || n.text == "," || n.text == ";"
}

// staffVerb reports whether l is a form of "to be" that names a job after
// it in a staff list: "X is Executive Producer", "A and B are Executive
// Producers".
func staffVerb(l string) bool {
	return l == "is" || l == "are" || l == "was" || l == "were"
}
