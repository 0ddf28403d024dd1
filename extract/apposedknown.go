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
	j, ok := jobNouns[w.low]
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
