package extract

import "github.com/castgraph/castgraph/graph"

// "“T” by filmmaker X, starring A and B": a title, its maker after "by"
// and a job noun, then the cast list after the comma.

// byMakerTitle reads "T by filmmaker X" ending at the comma at c, before
// "starring" or "featuring": it credits X in T (the job the noun names,
// none for "filmmaker") and returns T, or "".
func (x *extractor) byMakerTitle(c int) string {
	ps := x.personBefore(c)
	if ps == c || !x.personShaped(ps, c) {
		return ""
	}
	j := x.tok(ps - 1)
	if !j.has(cJobNoun) && j.low != "filmmaker" || j.cap || x.tok(ps-2).low != "by" || x.tok(ps-2).cap {
		return ""
	}
	ts, te := x.titleBefore(ps-2), ps-2
	if q := ps - 3; x.closeQuote(q) {
		if o := x.openQuoteOf(q); o >= 0 && o+1 < q {
			ts, te = o+1, q // "“T” by filmmaker X"
		}
	}
	if ts >= te || x.isNetwork(x.span(ts, te)) || x.knownPerson(x.span(ts, te)) != "" || x.personShaped(ts, te) && x.startsName(ts) {
		return ""
	}
	ti := unquote(x.span(ts, te))
	job := jobNounsIDs.get(j.id)
	if job == graph.JobOriginalAuthor {
		return ""
	}
	x.add(graph.KindCrew, x.span(ps, c), ti, "", job)
	return ti
}
