package extract

// A maker's partner after "with": "X co-wrote the screenplay for T with
// Y", "X created T with Y", "She wrote the script with Y": Y shares the
// job in T (or in the sentence's show, where the verb's object is "the
// script", "the film"). Only writing, creating and the "co-" verbs take
// the partner: "directed T with Y" as often names the star.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// coMakerVerbs are the verbs whose partner after "with" shares the job.
var coMakerVerbs = map[string]string{
	"co-wrote": graph.JobWriter, "wrote": graph.JobWriter, "penned": graph.JobWriter, "co-penned": graph.JobWriter,
	"scripted": graph.JobWriter, "co-scripted": graph.JobWriter, "created": graph.JobCreator, "co-created": graph.JobCreator,
	"developed": graph.JobCreator, "co-developed": graph.JobCreator, "co-directed": graph.JobDirector, "co-produced": graph.JobProducer,
}

// coMakerObjects are the nouns of the verb's object that stand for the
// sentence's show or before "for T": "the script", "the screenplay for T".
var coMakerObjects = set(`script scripts screenplay teleplay series show film movie pilot drama story`)

// coMakerRule reads "VERB T with Y" and "VERB the screenplay (for T) with
// Y" at the end of a clause, and "From X comes T" (fromComes).
func (x *extractor) coMakerRule() {
	if !x.sentHasWord(bitWith) && !x.sentHasWord(bitFrom) {
		return // no token it reads
	}
	if x.sentHasWord(bitFrom) {
		x.fromComes()
	}
	if !x.sentHasWord(bitWith) || !x.sentHas(cCrewVerb) {
		return
	}
	t := x.toks
	for w := 2; w+2 < len(t); w++ {
		if t[w].low != "with" || t[w].cap || x.inBr[w] {
			continue
		}
		pe := x.personAt(w + 1)
		if !x.personShaped(w+1, pe) || pe < len(t) && t[pe].kind != tPunct || pe < len(t) && t[pe].kind == tPoss {
			continue
		}
		v := x.coMakerVerb(w)
		if v < 0 {
			continue
		}
		job := coMakerVerbsIDs.get(t[v].id)
		title := ""
		c := w
		if x.closeQuote(c - 1) {
			c-- // "for ‘T’ with Y"
		}
		if ts := x.titleBefore(c); ts > v && ts < c {
			title = unquote(x.span(ts, c))
		} else if m := w - 1; m > v && coMakerObjectsIDs.has(t[m].id) && !t[m].cap && x.show != "" {
			title = x.show // "She wrote the script with Y"
		}
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			continue
		}
		x.add(graph.KindCrew, x.span(w+1, pe), title, "", job)
	}
}

// coMakerVerb is where a verb of coMakerVerbs stands in the clause before
// "with" at w, past its object, or -1.
func (x *extractor) coMakerVerb(w int) int {
	for m := w - 1; m > 0 && m >= w-10; m-- {
		t := &x.toks[m]
		if t.kind == tPunct && !isQuote(t.text) && t.text != ":" || t.low == "by" || t.low == "and" && !t.cap {
			return -1
		}
		if _, ok := coMakerVerbsIDs.lookup(t.id); ok && !t.cap && x.tok(m+1).low != "by" {
			return m
		}
	}
	return -1
}

// clauseMakerSubject is the person a crew verb's participle at k, after
// "before", "after" or "since", speaks of: the person the sentence opens
// with ("X wrote for T1 before creating T2"), or the one after the
// participle's clause where it opens the sentence ("Before creating T2,
// X wrote for T1"); or nil.
func (x *extractor) clauseMakerSubject(k int) []string {
	if k < 1 || x.toks[k-1].cap && k-1 != 0 {
		return nil
	}
	switch x.toks[k-1].low {
	case "before", "after", "since":
	default:
		return nil
	}
	if k-1 > 0 {
		if x.subjectEnd() > 0 && x.subjectEnd() < k && x.subject() != "" && x.ownClause(x.subjectEnd(), k-1) {
			return []string{x.subject()}
		}
		return nil
	}
	for m := k + 1; m < len(x.toks) && m < k+14; m++ {
		if x.toks[m].text != "," {
			continue
		}
		if e := x.personAt(m + 1); e > m+1 && x.personShaped(m+1, e) {
			return []string{x.resolve(x.span(m+1, e))}
		}
		return nil
	}
	return nil
}

// fromComes reads a sentence that opens "From X comes T", "From creator X
// comes T", "From A and B, the team behind U, comes T": the makers of T
// (or of the sentence's show), crew with the job a job noun before them
// names, else none.
func (x *extractor) fromComes() {
	t := x.toks
	if len(t) < 4 || t[0].low != "from" || !t[0].cap {
		return
	}
	at, job := 1, ""
	if t[at].has(cJobNoun) {
		if j := jobNounsIDs.get(t[at].id); j != graph.JobOriginalAuthor {
			job = j // "From creator X comes T"
		}
		at++
	}
	items := x.parseList(at)
	if len(items) == 0 {
		return
	}
	c := items[len(items)-1].end
	if x.tok(c).text == "," {
		for c++; c < len(t) && c < items[len(items)-1].end+16 && t[c].text != ","; c++ {
		}
		c++ // past the aside: "From X, the creator of U, comes T"
	}
	if l := x.tok(c).low; l != "comes" && l != "come" || x.tok(c).cap {
		return
	}
	title := x.sshow
	if x.titleStarts(c + 1) {
		if e := x.titleAt(c+1, false); e > c+1 {
			title = unquote(x.span(c+1, e))
		}
	}
	if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
		return
	}
	for _, it := range items {
		if p := x.itemName(it); x.personShaped(it.pstart, it.pend) {
			x.add(graph.KindCrew, p, title, "", job)
		}
	}
}

// crewTeams are the teams off screen one joins, with the job of their
// members: "the writing team", "the writers' room", "the production team".
var crewTeams = map[string]string{
	"writing": graph.JobWriter, "writers": graph.JobWriter, "writers'": graph.JobWriter, "writer's": graph.JobWriter,
	"directing": graph.JobDirector, "directorial": graph.JobDirector, "producing": graph.JobProducer, "production": "", "creative": "",
}

// crewTeamAt reads "joined the writing team", "joins the writers' room",
// "is joining the production team" at the verb m: the job of the team's
// members ("" for a team of no job), and whether there is one.
func (x *extractor) crewTeamAt(m int) (string, bool) {
	switch x.toks[m].low {
	case "join", "joins", "joined", "joining":
	default:
		return "", false
	}
	at := m + 1
	if l := x.tok(at).low; l == "the" || l == "its" || l == "their" {
		at++
	}
	job, ok := crewTeamsIDs.lookup(x.tok(at).id)
	if x.tok(at+1).kind == tPoss && x.tok(at).low == "writers" {
		at++ // "the writers ' room" as tokens
	}
	if n := x.tok(at + 1).low; !ok || x.tok(at).cap || n != "team" && n != "staff" && n != "room" && n != "crew" {
		return "", false
	}
	return job, true
}

// asideJobNoun is the job a job noun before a name gives the aside after
// it that ends at k: "Director X, known for T", "the late screenwriter X,
// best known for T", "Producer X, whose credits include T"; or "".
func (x *extractor) asideJobNoun(k int) string {
	c := k - 1
	for c > 0 && c >= k-3 && x.toks[c].text != "," {
		c-- // past "best known", "known"
	}
	if c <= 1 || x.toks[c].text != "," {
		return ""
	}
	ps := x.personBefore(c)
	if ps >= c || ps == 0 {
		return ""
	}
	w := x.tok(ps - 1)
	j, ok := jobNounsIDs.lookup(w.id)
	if !ok || !w.has(cJobNoun) || j == graph.JobOriginalAuthor || j == "" || ps >= 2 && x.tok(ps-2).kind == tPoss {
		return "" // not "T's director X": a job in another title
	}
	if strings.HasPrefix(w.low, "filmmaker") || strings.HasPrefix(w.low, "moviemaker") {
		return "" // a maker's work of any job
	}
	return j
}
