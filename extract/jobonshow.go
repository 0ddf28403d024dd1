package extract

// A trade story's career line: "X was a writer and co-executive producer
// on NBC's T1 and a supervising producer on the CW's T2": each job noun
// before "on" credits the person the clause opens with in the title after
// it, past a network's possessive.

import "github.com/castgraph/castgraph/graph"

var bitOnWord = wordBit("on")

// jobOnShowRule reads "was a JOB [and JOB] on T" and "and a JOB on T2".
func (x *extractor) jobOnShowRule() {
	if !x.sentHas(cJobNoun) || !x.sentHasWord(bitOnWord) || !x.sentHasWord(bitWas) {
		return
	}
	t := x.toks
	person := ""
	for k := 2; k+1 < len(t); k++ {
		if t[k].low != "on" || t[k].cap || !t[k-1].has(cJobNoun) || t[k-1].cap {
			continue
		}
		var jobs []string
		m := k - 1
		for m > 0 {
			if w := &t[m]; w.has(cJobNoun) && !w.cap {
				if j, ok := jobNounsIDs.lookup(w.id); ok {
					jobs = append(jobs, j)
				}
				m--
			} else if careerJobModifiersIDs.has(w.id) && !w.cap || w.low == "and" && t[m-1].has(cJobNoun) {
				m-- // "co-executive", "supervising"; "writer and producer"
			} else {
				break
			}
		}
		if l := t[m].low; l != "a" && l != "an" || len(jobs) == 0 {
			continue
		}
		switch b := t[m-1].low; {
		case b == "was" && person == "":
			if ps := x.subjectsBefore(m-1, 1); len(ps) == 1 {
				person = ps[0]
			}
		case b == "and" && person != "":
			// "and a supervising producer on T2": the same person
		default:
			continue
		}
		if person == "" {
			return
		}
		at := x.skipOwner(k + 1) // "NBC's", "the CW's"
		if x.tok(at).low == "the" && !x.tok(at).cap {
			at++
		}
		e := x.titleAt(at, false)
		if e > at && e-at <= 2 && x.tok(e).kind == tPoss {
			at = e + 1 // "the CW's T": an owner the networks do not list
			e = x.titleAt(at, false)
		}
		if e <= at || x.tok(e).kind == tPoss {
			continue
		}
		title := unquote(x.span(at, e))
		if x.isNetwork(title) || describes(title) || x.knownPerson(title) != "" {
			continue
		}
		for _, j := range jobs {
			x.add(graph.KindCrew, person, title, "", j)
		}
	}
}

// careerJobModifiers come before a job noun in a career line: "a
// supervising producer", "a co-executive producer".
var careerJobModifiers = set(`supervising consulting co-executive executive staff story senior associate co-producing`)
