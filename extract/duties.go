package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// takeVerbs, before "on", take on a part of the work: "A and B take on
// production duties".
var takeVerbs = set(`take takes taking took taken`)

// dutyJobs name the job of a maker's duties: "production duties",
// "directorial duties", "scripting duties".
var dutyJobs = map[string]string{
	"production": graph.JobProducer, "producing": graph.JobProducer, "producer": graph.JobProducer,
	"directing": graph.JobDirector, "directorial": graph.JobDirector, "direction": graph.JobDirector, "director": graph.JobDirector,
	"writing": graph.JobWriter, "scripting": graph.JobWriter, "screenwriting": graph.JobWriter, "writer": graph.JobWriter,
	"showrunning": graph.JobShowrunner, "showrunner": graph.JobShowrunner,
	"editing": "", "camera": "", "music": "", "cinematography": "",
}

// dutyJob reports whether w and the word after it, next, name a maker's
// duties: "production duties", "directing responsibilities".
func dutyJob(w, next string) bool {
	_, ok := dutyJobs[w]
	return ok && (next == "duties" || next == "duty" || next == "responsibilities" || next == "chores")
}

// ordinalWords count the holders of a job: "the fourth showrunner".
var ordinalWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth`)

// predecessors reads, after a job noun's clause that ends near i, the
// people who held the job before: "X will be the fourth showrunner on the
// series, following A, B and C". Each holds the jobs in show too.
func (x *extractor) predecessors(i int, show string, jobs []string) {
	for m := i; m < len(x.toks) && m < i+8; m++ {
		t := x.tok(m)
		if t.text != "," {
			if t.kind == tPunct {
				return
			}
			continue
		}
		if l := x.tok(m + 1).low; l != "following" && l != "succeeding" && l != "after" {
			return
		}
		items := x.parseList(m + 2)
		if n := len(items); n == 0 || x.clauseAfter(items[n-1].end) {
			return
		}
		for _, it := range items {
			for _, j := range jobs {
				x.add(graph.KindCrew, x.itemName(it), show, "", j)
			}
		}
		return
	}
}

// crewVerbAfterTo reports whether "to" and a crew verb stand at i: "X
// will return to direct", "X returns to EP".
func (x *extractor) crewVerbAfterTo(i int) bool {
	if x.tok(i).low != "to" {
		return false
	}
	n := x.tok(i + 1)
	return n.has(cJobVerb|cWriteVerb) && !n.cap || n.low == "ep" || n.low == "exec" || n.low == "executive" && x.tok(i+2).low == "produce" ||
		n.low == "supervise" && x.tok(i+2).low == "the" // "returns to supervise the series scripts": off screen
}

// jobLetters are a crew job's letters, never a person's name: "return to
// EP", "DP X".
var jobLetters = set(`ep eps dp dop ad vfx adr`)

// leadsWork names the job of leading a part of a show's making: "X leads
// the creation of “T”".
var leadsWork = map[string]string{"creation": graph.JobCreator, "development": graph.JobCreator, "production": graph.JobProducer, "direction": graph.JobDirector, "writing": graph.JobWriter}

// leadsWorkAt reports whether "lead(s) the creation (production, ...) of"
// stands at k, and the job and where the work's title starts.
func (x *extractor) leadsWorkAt(k int) (string, int, bool) {
	switch x.tok(k).low {
	case "lead", "leads", "led", "leading", "spearheads", "spearheaded", "spearheading", "heads", "headed", "heading":
	default:
		return "", 0, false
	}
	if x.tok(k).cap || x.tok(k+1).low != "the" || x.tok(k+3).low != "of" {
		return "", 0, false
	}
	job, ok := leadsWorkIDs.lookup(x.tok(k + 2).id)
	return job, k + 4, ok
}

// leadsWorkRule reads "X leads the creation of “T”": a maker of T (or of
// the sentence's show), not its cast.
func (x *extractor) leadsWorkRule() {
	if !x.sentHas(cLeadsCue) {
		return // no token it reads
	}
	for k := 1; k+4 < len(x.toks); k++ {
		job, at, ok := x.leadsWorkAt(k)
		if !ok {
			continue
		}
		show := x.sshow
		if st := x.titlePrefix(at); x.titleStarts(st) {
			if e := x.titleAt(st, false); e > st && !x.isNetwork(x.span(st, e)) && x.knownPerson(x.span(st, e)) == "" {
				show = unquote(strings.TrimRight(unquote(x.span(st, e)), ","))
			}
		}
		if show == "" {
			continue
		}
		for _, s := range x.subjectsBefore(k, 0) {
			x.add(graph.KindCrew, s, show, "", job)
		}
	}
}
