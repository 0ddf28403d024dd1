package extract

import "github.com/castgraph/castgraph/graph"

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
	return n.has(cJobVerb|cWriteVerb) && !n.cap || n.low == "ep" || n.low == "exec" || n.low == "executive" && x.tok(i+2).low == "produce"
}

// jobLetters are a crew job's letters, never a person's name: "return to
// EP", "DP X".
var jobLetters = set(`ep eps dp dop ad vfx adr`)
