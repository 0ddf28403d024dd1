package extract

import "github.com/castgraph/castgraph/graph"

// Multi-hyphenates, who make a work and act in it: "X directs and stars in
// this biopic", "X wrote, directed and starred in the film".

// actVerbs end a chain of making verbs with acting in the same work.
var actVerbs = set(`stars starred star starring acts acted appears appeared co-stars co-starred`)

var actVerbMask = wordMask("stars", "starred", "star", "starring", "acts", "acted", "appears", "appeared", "co-stars", "co-starred")

// writeJobs are the writing verbs of a chain and their job.
var writeJobs = set(`wrote writes co-wrote penned scripted`)

// makerActorRule reads "X directs and stars in T" (and "X wrote, directed
// and starred in the film"): X is cast in T, or in the sentence's show
// where "in" names no title, and crew with each verb's job there.
func (x *extractor) makerActorRule() {
	if !x.sentHas(cJobVerb|cWriteVerb) || !x.sentHasAnyWord(actVerbMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if t[k-1].low != "and" || t[k+1].low != "in" || !actVerbsIDs.has(t[k].id) || t[k].cap || x.tok(k+2).kind == tPunct {
			continue // not "T, which X will write and star in,": the title is before (the words around are asked first: a map lookup costs more)
		}
		var jobs []string
		first := k // the first verb of the chain
		for m := k - 1; m >= 1 && (t[m].low == "and" || t[m].text == ","); {
			if t[m].low == "and" && t[m-1].text == "," {
				m-- // "wrote, directed, and starred"
			}
			v := &t[m-1]
			job, ok := jobVerbsIDs.lookup(v.id)
			if writeJobsIDs.has(v.id) {
				job, ok = graph.JobWriter, true
			}
			if v.cap || !ok {
				break
			}
			jobs = append(jobs, job)
			first = m - 1
			m -= 2
		}
		if len(jobs) == 0 {
			continue
		}
		show := x.otherTitleObject(k + 2)
		if show == "" {
			show = x.sshow
		}
		if show == "" {
			return
		}
		for _, s := range x.subjectsBefore(first, 0) {
			x.add(graph.KindCast, s, show, "", "")
			for _, j := range jobs {
				x.add(graph.KindCrew, s, show, "", j)
			}
		}
		return
	}
}

// actorMakerRule reads the acting verb first: "X starred in and produced
// T1 and T2", "X starred in and directed the film": X is cast in each
// title (or the sentence's show where none follows) and crew with each
// making verb's job there.
func (x *extractor) actorMakerRule() {
	if !x.sentHas(cJobVerb|cWriteVerb) || !x.sentHasAnyWord(actVerbMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].cap || !actVerbMask.mayHold(&t[k]) || !actVerbsIDs.has(t[k].id) || t[k+1].low != "in" || t[k+2].low != "and" {
			continue
		}
		var jobs []string
		m := k + 3
		for m < len(t) {
			job, ok := jobVerbsIDs.lookup(t[m].id)
			if writeJobsIDs.has(t[m].id) {
				job, ok = graph.JobWriter, true
			}
			if t[m].cap || !ok {
				break
			}
			jobs = append(jobs, job)
			m++
			if x.tok(m).text == "," && x.tok(m+1).low == "and" {
				m++ // "starred in and wrote, and directed"
			}
			if x.tok(m).low != "and" {
				break
			}
			m++
		}
		if len(jobs) == 0 {
			continue
		}
		shows := x.titleList(m)
		if len(shows) == 0 && x.sshow != "" && x.tok(m).low == "the" && x.tok(m+1).has(cGenreNouns) {
			shows = []string{x.sshow} // "starred in and directed the film"
		}
		for _, s := range x.subjectsBefore(k, 0) {
			for _, show := range shows {
				x.add(graph.KindCast, s, show, "", "")
				for _, j := range jobs {
					x.add(graph.KindCrew, s, show, "", j)
				}
			}
		}
		return
	}
}
