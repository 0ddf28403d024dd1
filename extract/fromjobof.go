package extract

// "from the creator of T, X": a show introduced by its maker's earlier
// work, the maker named after a comma. X has a credit, with that job, in T
// and in the sentence's show. And "Director of T, X adds": a sentence
// that opens with the job and its title, then the person.

import "github.com/castgraph/castgraph/graph"

// fromJobOfRule reads "from the JOB of T, X" and "from the JOBs of T, X
// and Y": "Netflix has ordered the drama T2 from the writer of T, X".
func (x *extractor) fromJobOfRule() {
	if !x.sentHasWord(bitFrom) || !x.sentHas(cJobNoun) || !x.sentHasWord(bitOf) {
		return
	}
	t := x.toks
	for k := 0; k+5 < len(t); k++ {
		if t[k].low != "from" || t[k].cap || t[k+1].low != "the" {
			continue
		}
		j := k + 2
		job, ok := jobNounsIDs.lookup(t[j].id)
		if !ok && (t[j].low == "executive" || t[j].low == "co-executive") && t[j+1].low == "producer" || !ok && (t[j].low == "executive" || t[j].low == "co-executive") && t[j+1].low == "producers" {
			j, job, ok = j+1, graph.JobProducer, true
		}
		if !ok || t[j].cap && j+1 < len(t) && t[j+1].cap || job == graph.JobOriginalAuthor || x.tok(j+1).low != "of" {
			continue
		}
		ti, e := x.ofTitleAt(j + 1)
		if ti == "" || x.tok(e).text != "," {
			continue
		}
		items := x.parseList(e + 1)
		if len(items) == 0 || len(items) > 3 {
			continue
		}
		if n := x.tok(items[len(items)-1].end); items[len(items)-1].end < len(t) && n.kind != tPunct {
			continue // "from the writer of T, X said": no apposition
		}
		for _, it := range items {
			if it.br >= 0 || !x.personShaped(it.pstart, it.pend) {
				return
			}
		}
		for _, it := range items {
			x.add(graph.KindCrew, x.itemName(it), ti, "", job)
			if x.sshow != "" && x.skey(x.sshow) != x.skey(ti) {
				x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
			}
		}
	}
}

// jobOfOpenerRule reads a sentence that opens "Director of T, X" (or "The
// producer of T, X"): X has that job in T. "Director of Programming, X" is
// an office.
func (x *extractor) jobOfOpenerRule() {
	t := x.toks
	if len(t) < 6 || !t[0].has(cJobNoun|cStopWords) || !x.sentHasWord(bitOf) {
		return
	}
	j := 0
	if t[0].low == "the" {
		j = 1
	}
	job, ok := jobNounsIDs.lookup(t[j].id)
	if !ok || job == graph.JobOriginalAuthor || x.tok(j+1).low != "of" || x.tok(j+1).cap {
		return
	}
	ti, e := x.ofTitleAt(j + 1)
	if ti == "" || x.tok(e).text != "," {
		return
	}
	for m := j + 2; m < e; m++ {
		if execDepartmentsIDs.has(t[m].id) {
			return // "Director of Original Programming, X"
		}
	}
	pe := x.personAt(e + 1)
	if pe <= e+1 || !x.personShaped(e+1, pe) {
		return
	}
	if n := x.tok(pe); !(n.text == "," || n.kind == tWord && !n.cap) {
		return
	}
	x.add(graph.KindCrew, x.span(e+1, pe), ti, "", job)
}
