package extract

// More crew constructions: "overseen by T showrunner X", "X's script",
// "X's directorial debut T", "X is in charge of the music", "X is
// co-directing with Y".

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// overseerJob reads, after "overseen by" at i, a crew job noun in lower
// case that stands before a name within a few words ("overseen by Grey's
// Anatomy showrunner X") and gives its index, or 0: a studio office ("VP
// Production X") is no crew job.
func (x *extractor) overseerJob(i int) int {
	for m := i; m < len(x.toks) && m < i+9; m++ {
		w := x.tok(m)
		if w.kind == tPunct {
			return 0
		}
		if w.has(cJobNoun) && !w.cap && w.low != "executive" && jobNounsIDs.get(w.id) != "" && x.personAt(m+1) > m+1 {
			return m
		}
	}
	return 0
}

// workNouns name a maker's part of a work, after a possessive: "X's
// screenplay", "X's gorgeous cinematography".
var workNouns = map[string]string{
	"script": graph.JobWriter, "screenplay": graph.JobWriter, "teleplay": graph.JobWriter,
	"direction": graph.JobDirector, "cinematography": "", "score": "", "camerawork": "",
}

// debutNouns follow "directorial": "X's directorial debut", "her
// directorial venture".
var debutNouns = set(`debut effort venture outing feature`)

// debutJobs stand before a debut noun: "X's directorial debut", "X's
// screenwriting debut".
var debutJobs = map[string]string{"directorial": graph.JobDirector, "directing": graph.JobDirector, "writing": graph.JobWriter, "screenwriting": graph.JobWriter}

// crewWorkRule: "under X's direction", "X's script", "awash in X's
// gorgeous, warm cinematography", "X's directorial debut T" (T, else the
// sentence's show); "A and B are on board as producers"; dutyRule's verbs.
func (x *extractor) crewWorkRule() {
	t := x.toks
	if x.sentHasWord(bitDirectorial) {
		x.ownDebut()
	}
	if x.sentHasWord(bitMade) || x.sentHasWord(bitGave) {
		x.madeWork()
	}
	if x.sentHasAnyWord(siblingWords) && x.sentHasKind(tPoss) {
		x.siblingsRule() // "the Coen brothers' comedy T"
	}
	for k := 1; k < len(t); k++ {
		if t[k].kind == tWord && !t[k].has(cCrewWorkCue|cJobNoun) {
			continue // no bracket, possessive, "on board", "aboard" nor cue word: nothing below reads it
		}
		if t[k].text == "(" {
			x.jobBracket(k)
		}
		if x.inBr[k] {
			continue
		}
		// "A and B are on board as producers"
		if b := k + boolInt(t[k].low == "on"); (t[k].low == "on" && x.tok(b).low == "board" || t[k].low == "aboard") && !t[k].cap && x.tok(b+1).low == "as" && x.crewAfterBoard(b+1) && x.sshow != "" {
			m := b + 2
			for x.tok(m).has(cStopWords) && x.tok(m).low != "executive" {
				m++
			}
			job := jobNounsIDs.get(x.tok(m).id)
			v := k
			for q := 0; q < 4 && x.tok(v-1).has(cAuxWords); q++ {
				v--
			}
			if o := v - 1; x.tok(o).has(cCompanyWords) && x.tok(o).cap {
				for o > 0 && o > v-5 && x.tok(o).cap {
					o--
				}
				if x.tok(o).low == "of" {
					v = o // "A and B of Woodpecker Movies are on board"
				}
			}
			for _, s := range shareSurname(x.subjectsBefore(v, 0)) {
				x.add(graph.KindCrew, s, x.sshow, "", job)
			}
			continue
		}
		if t[k].has(cJobNoun) {
			x.reinsTo(k) // "showrunner X is handing off the reins to Y"
		}
		if t[k].has(cCrewWorkCue|cJobNoun) && (x.dutyRule(k) || x.isTheJobOf(k) || x.theJobWillBe(k) || x.authorOf(k) || x.latestFrom(k) || x.asRankedJob(k) || x.epVerb(k) || x.replacesAs(k)) {
			continue
		}
		if t[k].kind != tPoss {
			continue
		}
		var obuf [4]string
		owners := x.ownersBefore(obuf[:0], k)
		st := x.ownersStart(k)
		if len(owners) == 0 || st > 0 && t[st-1].low == "the" {
			continue
		}
		// describing words between: "X's gorgeous, warm cinematography",
		// "X's 2015 script", "X's Oscar-winning screenplay"
		m := k + 1
		for q := 0; q < 5 && m < len(t); q++ {
			w := x.tok(m)
			if _, ok := workNounsIDs.lookup(w.id); ok && !w.cap || debutJobsIDs.get(w.id) != "" && !w.cap && debutNounsIDs.has(x.tok(m+1).id) {
				break
			}
			if w.low == "black" && x.tok(m+1).low == "list" || w.low == "blacklist" {
				m += 1 + boolInt(w.low == "black") // "X's 2015 Black List script": the trade's list of scripts
				continue
			}
			if w.kind == tWord && (!w.cap || w.has(cDescribe)) && !w.has(cStopWords|cGenreNouns|cSourceNouns) || w.kind == tNum && len(w.text) == 4 || w.text == "," && x.tok(m+1).kind == tWord && !x.tok(m+1).cap ||
				!w.cap && (titleAdjectivesIDs.has(w.id) || w.low == "last" || w.low == "previous") { // "X's last directorial venture T"
				m++
				continue
			}
			break
		}
		w := x.tok(m)
		job, ok := workNounsIDs.lookup(w.id)
		end := m + 1
		if j := debutJobsIDs.get(w.id); j != "" && debutNounsIDs.has(x.tok(m+1).id) {
			job, ok, end = j, true, m+2 // "X's directorial debut", "her directing debut"
		}
		if !ok || w.cap {
			continue
		}
		show := x.sshow
		at := end
		if x.tok(at).low == "for" || x.tok(at).low == "of" || x.tok(at).text == "," && end == m+2 {
			at++ // "X's script for T", "X's directorial debut, T"
		} else if end != m+2 {
			at = -1 // a title right after: the debut's only
		}
		if at > 0 && x.titleStarts(at) {
			if e := x.titleAt(at, false); e > at {
				ti := unquote(x.span(at, e))
				if !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" && !(x.startsName(at) && x.personShaped(at, e)) {
					show = ti
				}
			}
		} else if end == m+2 {
			if ti := x.titleAppositive(st); ti != "" {
				show = ti // "“Wildlife,” X's directorial debut"
			}
		}
		if show == "" || x.jury {
			continue
		}
		for _, o := range owners {
			x.add(graph.KindCrew, o, show, "", job)
		}
	}
}

// crewAfterBoard reports whether the words at i, after "on board" or
// "aboard", give a crew job: "to helm", "to write and direct", "as
// producers", "as its executive producer".
func (x *extractor) crewAfterBoard(i int) bool {
	switch x.tok(i).low {
	case "to":
		_, ok := jobVerbsIDs.lookup(x.tok(i + 1).id)
		return ok || x.tok(i+1).low == "pen" || x.tok(i+1).low == "script"
	case "as":
		m := i + 1
		if l := x.tok(m).low; l == "a" || l == "an" || l == "the" || l == "its" || l == "co" {
			m++
		}
		if x.tok(m).low == "executive" {
			return true
		}
		_, ok := jobNounsIDs.lookup(x.tok(m).id)
		return ok && !x.tok(m).cap
	}
	return false
}

// dutyNouns name a maker's part of a film after a verb of taking it on:
// "in charge of the film's cinematography", "will handle the music".
var dutyNouns = map[string]string{
	"music": "", "cinematography": "", "editing": "", "camera": "", "score": "", "background": "",
	"lyrics": "", "choreography": "", "screenplay": graph.JobWriter, "script": graph.JobWriter,
	"dialogues": graph.JobWriter, "direction": graph.JobDirector, "scripts": graph.JobWriter, "screenplays": graph.JobWriter,
	"songs": "", "megaphone": graph.JobDirector, "composition": graph.JobWriter, "design": "", "designs": "",
	"mixing": "",
}

// dutyRule reads a verb of taking on a maker's part at k: "A and B are in
// charge of the film's cinematography and editing", "X will take care of
// editing", "X will crank the camera", "X is handling the music", "X has
// been brought on board for the music", "roped in for the music". The
// people before the verb are crew in the sentence's show.
func (x *extractor) dutyRule(k int) bool {
	t := x.toks
	o, v := 0, k // the object's start, the verb's
	switch l := t[k].low; {
	case t[k].cap:
		return false
	case l == "charge" && x.tok(k-1).low == "in" && x.tok(k+1).low == "of":
		o, v = k+2, k-1
	case l == "care" && x.tok(k+1).low == "of":
		switch x.tok(k - 1).low {
		case "take", "takes", "taking", "took", "taken":
			o, v = k+2, k-1
		}
	case l == "handle" || l == "handles" || l == "handling" || l == "handled" || l == "crank" || l == "cranking" || l == "cranks" ||
		l == "composed" || l == "compose" || l == "composes":
		o = k + 1 // "X has composed the songs"
	case (l == "provide" || l == "provides" || l == "providing" || l == "provided") && !(x.tok(k+2).low == "background" && x.tok(k+3).low != "music" && x.tok(k+3).low != "score"):
		o = k + 1 // "X will provide the character designs", "Y provides the music"; not "provides the background for the story"
	case (l == "wield" || l == "wields" || l == "wielding" || l == "wielded") && x.tok(k+1).low == "the" && x.tok(k+2).low == "megaphone":
		o = k + 2 // "X will wield the megaphone": the director
	case l == "board" && x.tok(k-1).low == "on" && x.tok(k+1).low == "for":
		o, v = k+2, k-1
		if p := x.tok(v - 1).low; p == "brought" || p == "come" || p == "came" {
			v--
		}
	case l == "chair" && x.tok(k-1).kind == tPoss && x.tok(k-2).low == "director" && x.tok(k-3).low == "the":
		// "X took the director's chair"
		switch x.tok(k - 4).low {
		case "take", "takes", "took", "taking", "taken", "assumed", "assumes":
			for _, s := range x.subjectsBefore(k-4, 0) {
				if x.sshow != "" && !x.jury {
					x.add(graph.KindCrew, s, x.sshow, "", graph.JobDirector)
				}
			}
			return true
		case "in":
			// "With X in the director's chair, the series ...", "X is in the director's chair"
			v := k - 4
			for q := 0; q < 3 && x.tok(v-1).has(cAuxWords); q++ {
				v--
			}
			if ps := x.personBefore(v); ps < v && x.sshow != "" && !x.jury {
				x.add(graph.KindCrew, x.resolve(x.span(ps, v)), x.sshow, "", graph.JobDirector)
			}
			return true
		}
	case l == "in" && x.tok(k+1).low == "for":
		if p := x.tok(k - 1).low; p == "roped" || p == "brought" || p == "signed" {
			o, v = k+2, k-1
		}
	case l == "on" && takeVerbsIDs.has(x.tok(k-1).id):
		o, v = k+1, k-1 // "A and B take on production duties", "X takes on the music"
	case l == "on" && (x.tok(k-1).low == "is" || x.tok(k-1).low == "are" || x.tok(k-1).low == "was" || x.tok(k-1).low == "were" || x.tok(k-1).low == "be") && dutyJob(x.tok(k+1).low, x.tok(k+2).low):
		o, v = k+1, k-1 // "X is on writing duties"
	case l == "share" || l == "shares" || l == "sharing" || l == "shared" || l == "assume" || l == "assumes" || l == "assumed":
		if dutyJob(x.tok(k+1).low, x.tok(k+2).low) || x.tok(k+1).low == "the" && dutyJob(x.tok(k+2).low, x.tok(k+3).low) {
			o = k + 1 // "A and B share directing duties"
		}
	}
	if o == 0 || x.sshow == "" || x.jury {
		return false
	}
	if d := x.tok(o); d.low == "the" && !d.cap && dutyJob(x.tok(o+1).low, x.tok(o+2).low) {
		o++
	}
	if job, ok := dutyJobsIDs.lookup(x.tok(o).id); ok && !x.tok(o).cap && dutyJob(x.tok(o).low, x.tok(o+1).low) {
		// "production duties", "directorial duties": the job the duties are
		for q := 0; q < 4 && x.tok(v-1).has(cAuxWords); q++ {
			v--
		}
		for _, s := range x.subjectsBefore(v, 0) {
			x.add(graph.KindCrew, s, x.sshow, "", job)
		}
		return true
	}
	if l := x.tok(o).low; l == "the" || l == "its" || l == "his" || l == "her" || l == "their" {
		o++
	}
	if g := x.tok(o); g.has(cGenreNouns) && !g.cap && x.tok(o+1).kind == tPoss {
		o += 2 // "the film's cinematography"
	}
	switch n := x.tok(o + 1).low; x.tok(o).low {
	case "series":
		if n == "composition" {
			o++ // "series composition": the writer
		}
	case "character", "production", "costume", "sound":
		if n == "design" || n == "designs" {
			o++ // "character designs"
		}
	}
	var jobs []string
	e := o // past the nouns
	for m := o; m < len(t); m += 2 {
		job, ok := dutyNounsIDs.lookup(x.tok(m).id)
		if !ok || x.tok(m).cap {
			break
		}
		jobs, e = append(jobs, job), m+1
		if l := x.tok(m + 1).low; l != "and" && l != "," {
			break
		}
	}
	if len(jobs) == 0 {
		return false
	}
	shows := []string{x.sshow}
	if x.tok(e).low == "for" && !x.tok(e).cap {
		// "who also handled the scripts for the live-action of T1 and T2"
		at := e + 1
		if o2 := x.ofTitles(at); o2 > 0 {
			at = o2
		}
		if x.titleStarts(at) {
			if ts := x.titleList(at); len(ts) > 0 {
				shows = shows[:0]
				for _, ti := range ts {
					if ti = unquote(ti); !x.isNetwork(ti) && !describes(ti) {
						shows = append(shows, ti)
					}
				}
			}
		}
	}
	for q := 0; q < 4 && x.tok(v-1).has(cAuxWords); q++ {
		v--
	}
	for _, s := range x.subjectsBefore(v, 0) {
		for _, job := range jobs {
			for _, show := range shows {
				x.add(graph.KindCrew, s, show, "", job)
			}
		}
	}
	return true
}

// pastAward skips, at i, an award's describing words before a title: "Golden
// Globe-nominated Good Bye Lenin!" gives the index of Good.
func (x *extractor) pastAward(i int) int {
	for m := i; m < i+4 && m < len(x.toks) && x.tok(m).cap; m++ {
		if l := x.tok(m).low; strings.HasSuffix(l, "-nominated") || strings.HasSuffix(l, "-winning") {
			if x.titleStarts(m + 1) {
				return m + 1
			}
			return i
		}
	}
	return i
}

// partnersAt reads, at i after a crew verb, the word that brings in the
// people who share the job: "with", "alongside", "together with", "in
// collaboration with". It gives where they start, or 0.
func (x *extractor) partnersAt(i int) int {
	switch x.tok(i).low {
	case "with", "alongside":
		return i + 1
	case "together":
		if x.tok(i+1).low == "with" {
			return i + 2
		}
	case "in":
		if x.tok(i+1).low == "collaboration" && x.tok(i+2).low == "with" {
			return i + 3
		}
	case "the":
		// "co-wrote the script with A and B", "wrote the screenplay with C"
		if l := x.tok(i + 1).low; (l == "script" || l == "scripts" || l == "screenplay" || l == "teleplay") && x.tok(i+2).low == "with" {
			return i + 3
		}
	}
	return 0
}

// addPartners credits the people listed at i with job in the sentence's
// show, and each bracket after a name with a credit of its own ("with A
// (T1) and B (T2)"); a list whose last name opens a clause ("with X
// starring") is no partners'.
func (x *extractor) addPartners(i int, job string) {
	if e := x.titleAt(i, false); e > i && x.tok(e).has(cJobNoun) && !x.tok(e).cap && x.personAt(e+1) > e+1 {
		i = e + 1 // "alongside “Casino Royale” director X": read by jobNounRule
	} else if x.tok(i).has(cJobNoun) && !x.tok(i).cap {
		i++ // "alongside director X"
	}
	items := slices.Clone(x.parseList(i))
	if n := len(items); n == 0 || x.clauseAfter(items[n-1].end) || x.tok(items[n-1].end).has(cCastVerbs) || x.castAsAfter(x.pastAmongOthers(items[n-1].end)) {
		return // not "with X and Y as cast"
	}
	for _, it := range items {
		x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
	}
}

// pastNetwork skips, at i, a network's name and the genre noun after it:
// "Showtime program", "Netflix series", "BBC One drama", "Channel 4 comedy". It returns i when
// no network and genre noun stand there.
func (x *extractor) pastNetwork(i int) int {
	m := i
	for m < i+3 && (x.tok(m).cap && (x.tok(m).has(cNetworks) || m > i && (x.tok(m).low == "one" || x.tok(m).low == "two")) || m > i && x.tok(m).kind == tNum) {
		m++
	}
	if m == i {
		return i
	}
	if g := x.tok(m); !g.cap && (g.has(cGenreNouns|cFormatWords) || g.low == "program" || g.low == "programme") {
		return m + 1
	}
	return i
}

// creditGoesTo reads "executive production credit goes to X" (also "credits
// go to X and Y", "went to"), "executive" at k: each person is a producer
// of the sentence's show. A job title after the name ("X, SBS's acting head
// of scripted") is no part of it.
func (x *extractor) creditGoesTo(k int) {
	m := k + 1
	if l := x.tok(m).low; l != "production" && l != "producing" {
		return
	}
	m++
	if l := x.tok(m).low; l != "credit" && l != "credits" {
		return
	}
	m++
	if l := x.tok(m).low; l != "goes" && l != "go" && l != "went" || x.tok(m+1).low != "to" || x.sshow == "" {
		return
	}
	items := x.parseList(m + 2)
	for c := m + 2; len(items) == 0 && c < len(x.toks) && c < m+14; c++ {
		if x.toks[c].kind == tPunct && x.toks[c].text != "," {
			break
		}
		if x.toks[c].text == "," {
			if pe := x.personAt(c + 1); pe > c+1 && (pe == len(x.toks) || x.toks[pe].kind == tPunct) {
				x.add(graph.KindCrew, x.span(c+1, pe), x.sshow, "", graph.JobProducer) // "to SBS's head of drama, X"
			}
			break
		}
	}
	for _, it := range items {
		x.add(graph.KindCrew, x.itemName(it), x.sshow, "", graph.JobProducer)
	}
}

// appositiveTitle returns the title an appositive that opens with "the"
// (and describing words) before the word at ts follows: "Harbor, the new
// TVE series directed by X" gives Harbor, where "TVE" (a network, or a
// franchise: "T, the new Star Wars series") only describes it; else "".
func (x *extractor) appositiveTitle(ts int) string {
	m := ts - 1
	for q := 0; q < 3 && m > 0 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "the" && x.tok(m).low != "a" && x.tok(m).low != "an" && !x.tok(m).has(cAuxWords|cClauseVerbs); q++ {
		m-- // "new", "upcoming"
	}
	if l := x.tok(m).low; l != "the" && l != "a" && l != "an" || x.tok(m).cap || x.tok(m-1).text != "," && !(x.closeQuote(m-1) && x.tok(m-2).text == ",") {
		return ""
	}
	e := m - 1
	if x.closeQuote(e - 1) {
		if o := x.openQuoteOf(e - 1); o >= 0 && o+1 < e-1 {
			return x.span(o+1, e-1) // "“T”, the new series"
		}
		return ""
	}
	if x.closeQuote(m-1) && x.tok(m-2).text == "," {
		if o := x.openQuoteOf(m - 1); o >= 0 && o+1 < m-2 {
			return x.span(o+1, m-2) // "“T,” the new series": the comma inside the quotes
		}
		return ""
	}
	st := x.titleBefore(e)
	if st >= e {
		return ""
	}
	ti := x.span(st, e)
	if x.isNetwork(ti) || !x.isShow(ti) && (x.knownPerson(ti) != "" || x.personShaped(st, e) && x.startsName(st)) {
		return ""
	}
	return ti
}
