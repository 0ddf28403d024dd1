package extract

import "github.com/castgraph/castgraph/graph"

// Succession: the person who takes a job over on the sentence's show.

// theJobWillBe reads "the new showrunner will be X", "the director is X"
// at the job noun k: X's credit in the sentence's show. It reports
// whether it gave one.
func (x *extractor) theJobWillBe(k int) bool {
	w := x.tok(k)
	job, ok := jobNoun(w)
	if !ok || job == "" || job == graph.JobOriginalAuthor || w.cap || x.sshow == "" || x.jury {
		return false
	}
	if w.low == "executive" || w.low == "co-executive" {
		return false // "the executive will be X": no job of the show's
	}
	d := k - 1
	for q := 0; q < 2 && (jobModifiersIDs.has(x.tok(d).id) || ordinalWordsIDs.has(x.tok(d).id)) && !x.tok(d).cap; q++ {
		d--
	}
	if x.tok(d).low != "the" {
		return false
	}
	n := k + 1
	switch {
	case x.tok(n).low == "will" && x.tok(n+1).low == "be":
		n += 2
	case x.tok(n).low == "is" && x.tok(n+1).low != "a":
		n++
	default:
		return false
	}
	items := x.parseList(n)
	if len(items) == 0 || x.clauseAfter(items[len(items)-1].end) {
		return false
	}
	for _, it := range items {
		x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
	}
	return true
}

// reinsTo reads, after the job noun k and its holder's name, "is handing
// off the reins to X", "hands the reins to X": X takes the job on the
// sentence's show. It gives no credit to the name after k (other rules
// read it) and reports nothing.
func (x *extractor) reinsTo(k int) {
	w := x.tok(k)
	job, ok := jobNounsIDs.lookup(w.id)
	if !ok || job == "" || job == graph.JobOriginalAuthor || w.cap || x.sshow == "" {
		return
	}
	pe := x.personAt(k + 1)
	if pe <= k+1 {
		return
	}
	for m := pe; m < len(x.toks) && m < pe+7; m++ {
		l := x.tok(m).low
		if x.tok(m).kind == tPunct {
			return
		}
		if l != "reins" && l != "reigns" {
			continue
		}
		if x.tok(m+1).low != "to" {
			return
		}
		switch x.tok(m - 2).low {
		case "handing", "hands", "handed", "hand", "passing", "passes", "passed", "pass", "turning", "turns", "turned":
		default:
			if x.tok(m-2).low != "off" && x.tok(m-2).low != "over" {
				return
			}
		}
		if e := x.personAt(m + 2); e > m+2 {
			x.add(graph.KindCrew, x.span(m+2, e), x.sshow, "", job)
		}
		return
	}
}

// jobNoun is jobNounsIDs.get(t.id), looked up only for a token of that class.
func jobNoun(t *token) (string, bool) {
	if !t.has(cJobNoun) {
		return "", false
	}
	job, ok := jobNounsIDs.lookup(t.id)
	return job, ok
}

// jobVerb is jobVerbsIDs.get(t.id), looked up only for a token of that class.
func jobVerb(t *token) (string, bool) {
	if !t.has(cJobVerb) {
		return "", false
	}
	job, ok := jobVerbsIDs.lookup(t.id)
	return job, ok
}
