package extract

// This file reads the job of a clause that a comma and "alongside" or
// "with" follow: "X also doubles as the show's writer, alongside Y and Z",
// "X is the director, alongside Y", "X directs, alongside Y": Y and Z
// share the job, off screen, not a cast with X.

import "github.com/castgraph/castgraph/graph"

// jobBeforeComma is the job named just before the comma at m, and whether
// there is one: the show's job noun ("the show's writer", "its director",
// "the director") or a job verb ("directs"); not where a casting verb
// opens the clause ("plays a writer, alongside Y": a character's job).
func (x *extractor) jobBeforeComma(m int) (string, bool) {
	w := x.tok(m - 1)
	if w.cap || w.kind != tWord {
		return "", false
	}
	if job, ok := jobVerbsIDs.lookup(w.id); ok {
		return job, true // "X directs, alongside Y and Z"
	}
	job, ok := jobNounsIDs.lookup(w.id)
	if !ok || job == graph.JobOriginalAuthor || w.low == "executive" {
		return "", false
	}
	if d := x.tok(m - 2); d.kind != tPoss && d.low != "its" && d.low != "the" {
		return "", false
	}
	for k := m - 2; k >= 0 && k > m-12; k-- {
		if t := x.tok(k); t.has(cCastVerbs) && !t.cap || t.kind == tPunct {
			return "", false
		}
	}
	return job, true
}
