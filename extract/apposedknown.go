package extract

// An appositive of a job before "known for": "X, the Japanese director
// known for directing T1, T2 and T3, will be back" credits X with the job
// in each title.

import "github.com/castgraph/castgraph/graph"

// apposedJobKnown reads, before "known" at k, an appositive "the [describing
// words] director" after a comma and a person's name: it returns the person
// and the job noun's job, or "". A job of any kind ("filmmaker") or an
// author's gives none.
func (x *extractor) apposedJobKnown(k int) (string, string) {
	w := x.tok(k - 1)
	j, ok := jobNounsIDs.lookup(w.id)
	if !ok || w.cap || !w.has(cJobNoun) || j == "" || j == graph.JobOriginalAuthor {
		return "", ""
	}
	m := k - 2
	for n := 0; n < 3 && m > 0 && x.toks[m].kind == tWord && x.toks[m].low != "the" && x.toks[m].low != "a" && x.toks[m].low != "an"; n++ {
		m-- // "the Japanese director", "a veteran TV director"
	}
	if l := x.tok(m).low; l != "the" && l != "a" && l != "an" || x.tok(m-1).text != "," {
		return "", ""
	}
	ps := x.personBefore(m - 1)
	if ps >= m-1 {
		return "", ""
	}
	return x.resolve(x.span(ps, m-1)), j
}

// castPairBefore reports whether a performer's noun and "and" stand before
// the job noun at k: "the lead actress and producer of the movie".
func (x *extractor) castPairBefore(k int) bool {
	p := x.tok(k - 2)
	return x.tok(k-1).low == "and" && actorNounsIDs.has(p.id) && !p.cap && !x.tok(k).cap
}

// actorNouns name a performer on screen, not a singer's or a host's trade.
var actorNouns = set(`actor actress star lead protagonist`)

// addPairedJob credits name in the sentence's show with the other half of
// a pair of jobs that ends at the job noun at k, where the credit of the
// last one was kind: "X, the director and producer of the film" (jobs
// holds both), "X, the lead actress and producer of the movie" (a cast
// credit too).
func (x *extractor) addPairedJob(kind, name string, k int, jobs []string) {
	if kind != graph.KindCrew {
		return
	}
	if len(jobs) > 1 && jobs[1] != jobs[0] {
		x.add(graph.KindCrew, name, x.sshow, "", jobs[1])
	} else if x.castPairBefore(k) {
		x.add(graph.KindCast, name, x.sshow, "", "")
	}
}
