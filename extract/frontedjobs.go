package extract

import (
	"slices"

	"github.com/castgraph/castgraph/graph"
)

// frontedGerunds open a sentence with the job its subject, named after
// the verb, holds: "Directing the project will be X".
var frontedGerunds = map[string]string{
	"directing": graph.JobDirector, "helming": graph.JobDirector, "co-directing": graph.JobDirector,
	"writing": graph.JobWriter, "penning": graph.JobWriter, "scripting": graph.JobWriter, "co-writing": graph.JobWriter,
	"producing": graph.JobProducer, "co-producing": graph.JobProducer, "executive-producing": graph.JobProducer,
}

// frontedGerundWords are the bits of frontedGerunds and "executive"
// (mayHold): a sentence whose first word is none opens with no job.
var frontedGerundWords = unionMask(setMask(frontedGerunds), wordMask("executive"))

// frontedGerundRule reads a job's gerund that opens a sentence, its
// object, "will be" or "are", then the people who hold the job: "Writing
// the script will be X", "Producing the series are A and B", "Directing
// T will be Y" (T's, else the sentence's show).
func (x *extractor) frontedGerundRule() {
	t := x.toks
	if len(t) < 5 || !t[0].cap || t[0].kind != tWord || !frontedGerundWords.mayHold(&t[0]) {
		return
	}
	m := 1
	job, ok := frontedGerundsIDs.lookup(t[0].id)
	if !ok && t[0].low == "executive" && t[1].low == "producing" {
		job, ok, m = graph.JobProducer, true, 2 // "Executive producing the series are A and B"
	}
	if !ok {
		return
	}
	show := x.sshow
	switch {
	case x.titleStarts(m) && t[m].cap:
		e := x.titleAt(m, false)
		if e <= m {
			return
		}
		ti := unquote(x.span(m, e))
		if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.startsName(m) && x.personShaped(m, e) {
			return
		}
		show, m = ti, e // "Directing Harbor will be X"
	default:
		for q := 0; q < 4 && m < len(t) && t[m].kind == tWord && !t[m].cap && !t[m].has(cAuxWords) && (t[m].has(cStopWords|cGenreNouns) || dutyNounsIDs.get(t[m].id) != "" || t[m].low == "duties" || t[m].low == "project" || t[m].low == "pilot"); q++ {
			m++ // "the project", "the film's script", "duties"
		}
	}
	switch l := x.tok(m).low; {
	case l == "will" && x.tok(m+1).low == "be":
		m += 2
	case l == "is" || l == "are" || l == "was" || l == "were":
		m++
	default:
		return
	}
	if show == "" || x.jury || !x.tok(m).cap && x.personAt(m) == m {
		return
	}
	for _, it := range slices.Clone(x.parseList(m)) {
		if n := x.itemName(it); hasByte(n, ' ') || n != "" && x.knownPerson(n) != "" { // not "is Stonegate": a company's one word
			x.add(graph.KindCrew, n, show, "", job)
		}
	}
}
