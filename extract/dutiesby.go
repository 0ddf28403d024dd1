package extract

import "github.com/castgraph/castgraph/graph"

// The makers a job's duties are given to, named after the duties:
// "Directing duties are shared by A and B", "Writing duties will be
// handled by C", "Directing duties are split between D and E".

// dutiesWord holds the word dutiesByRule reads at.
var dutiesWord = wordMask("duties")

// dutiesByVerbs, after "are" or "will be", give the duties to the people
// after "by" or "between".
var dutiesByVerbs = set(`shared handled split divided taken`)

// dutiesToVerbs give the duties to the people after "to": "Writing duties
// fall to X", "Directing duties went to A and B".
var dutiesToVerbs = set(`fall falls fell go goes went`)

// dutiesByRule reads "JOB duties are shared by A and B", "JOB duties fall
// to C": each is crew of the sentence's show, with the job the duties name.
func (x *extractor) dutiesByRule() {
	if x.sshow == "" || !x.sentHasAnyWord(dutiesWord) {
		return // no duties, or no show to credit
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if !dutiesWord.holds(&t[k]) || !dutyJob(t[k-1].low, "duties") {
			continue
		}
		job := dutyJobsIDs.get(t[k-1].id)
		v := k + 1
		for q := 0; q < 2 && t[v].has(cAuxWords) && !t[v].cap && v+1 < len(t); q++ {
			v++ // "are", "will be"
		}
		to := dutiesToVerbsIDs.has(t[v].id) && !t[v].cap && x.tok(v+1).low == "to" // "Writing duties fall to X"
		if !to && (v == k+1 || !dutiesByVerbsIDs.has(t[v].id) || t[v].cap) {
			continue
		}
		p := x.tok(v + 1).low
		if p != "by" && p != "between" && p != "among" && !to {
			continue
		}
		items := x.parseList(v + 2)
		if n := len(items); n == 0 || x.clauseAfter(items[n-1].end) {
			continue
		}
		for _, it := range items {
			x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
		}
	}
}
