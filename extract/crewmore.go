package extract

// More crew constructions: "overseen by T showrunner X", "under the
// direction of X", "X's script", "X's directorial debut T".

import (
	"slices"

	"github.com/castgraph/castgraph/graph"
)

// overseerJob reads, after "overseen by" at i, a crew job noun in lower
// case that stands before a name within a few words ("overseen by Grey's
// Anatomy showrunner X") and gives its index, or 0: a studio office ("VP
// Production X") is no crew job.
func (x *extractor) overseerJob(i int) int {
	for m := i; m < len(x.toks) && m < i+9; m++ {
		w := x.tok(m)
		if w.kind == tPunct {
			return 0
		}
		if w.has(cJobNoun) && !w.cap && w.low != "executive" && jobNouns[w.low] != "" && x.personAt(m+1) > m+1 {
			return m
		}
	}
	return 0
}

// workNouns name a maker's part of a work, after a possessive: "X's
// screenplay", "X's gorgeous cinematography".
var workNouns = map[string]string{
	"script": graph.JobWriter, "screenplay": graph.JobWriter, "teleplay": graph.JobWriter,
	"direction": graph.JobDirector, "cinematography": "", "score": "", "camerawork": "",
}

// debutNouns follow "directorial": "X's directorial debut", "her
// directorial venture".
var debutNouns = set(`debut effort venture outing feature`)

// crewWorkRule: "under the direction of X", "under X's direction", "X's
// script", "awash in X's gorgeous, warm cinematography", "X's directorial
// debut T" (T, else the sentence's show).
func (x *extractor) crewWorkRule() {
	t := x.toks
	for k := 1; k < len(t); k++ {
		if x.inBr[k] {
			continue
		}
		// "under the direction of A and B"
		if t[k].low == "direction" && !t[k].cap && x.tok(k-1).low == "the" && x.tok(k-2).low == "under" && x.tok(k+1).low == "of" && x.sshow != "" {
			for _, it := range slices.Clone(x.parseList(k + 2)) {
				x.add(graph.KindCrew, x.itemName(it), x.sshow, "", graph.JobDirector)
			}
			continue
		}
		// "A and B are on board as producers"
		if b := k + boolInt(t[k].low == "on"); (t[k].low == "on" && x.tok(b).low == "board" || t[k].low == "aboard") && !t[k].cap && x.tok(b+1).low == "as" && x.crewAfterBoard(b+1) && x.sshow != "" {
			m := b + 2
			for x.tok(m).has(cStopWords) && x.tok(m).low != "executive" {
				m++
			}
			job := jobNouns[x.tok(m).low]
			v := k
			for q := 0; q < 4 && x.tok(v-1).has(cAuxWords); q++ {
				v--
			}
			if o := v - 1; x.tok(o).has(cCompanyWords) && x.tok(o).cap {
				for o > 0 && o > v-5 && x.tok(o).cap {
					o--
				}
				if x.tok(o).low == "of" {
					v = o // "A and B of Woodpecker Movies are on board"
				}
			}
			for _, s := range shareSurname(x.subjectsBefore(v, 0)) {
				x.add(graph.KindCrew, s, x.sshow, "", job)
			}
			continue
		}
		if t[k].kind != tPoss {
			continue
		}
		owners := x.ownersBefore(k)
		st := x.ownersStart(k)
		if len(owners) == 0 || st > 0 && t[st-1].low == "the" {
			continue
		}
		// describing words between: "X's gorgeous, warm cinematography",
		// "X's 2015 script", "X's Oscar-winning screenplay"
		m := k + 1
		for q := 0; q < 5 && m < len(t); q++ {
			w := x.tok(m)
			if _, ok := workNouns[w.low]; ok && !w.cap || w.low == "directorial" && !w.cap {
				break
			}
			if w.kind == tWord && (!w.cap || w.has(cDescribe)) && !w.has(cStopWords|cGenreNouns|cSourceNouns) || w.kind == tNum && len(w.text) == 4 || w.text == "," && x.tok(m+1).kind == tWord && !x.tok(m+1).cap {
				m++
				continue
			}
			break
		}
		w := x.tok(m)
		job, ok := workNouns[w.low]
		end := m + 1
		if w.low == "directorial" && debutNouns[x.tok(m+1).low] {
			job, ok, end = graph.JobDirector, true, m+2
		}
		if !ok || w.cap {
			continue
		}
		show := x.sshow
		at := end
		if x.tok(at).low == "for" || x.tok(at).low == "of" || x.tok(at).text == "," && job == graph.JobDirector && end == m+2 {
			at++ // "X's script for T", "X's directorial debut, T"
		} else if end != m+2 {
			at = -1 // a title right after: the debut's only
		}
		if at > 0 && x.titleStarts(at) {
			if e := x.titleAt(at, false); e > at {
				ti := unquote(x.span(at, e))
				if !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" && !(x.startsName(at) && x.personShaped(at, e)) {
					show = ti
				}
			}
		}
		if show == "" || x.jury {
			continue
		}
		for _, o := range owners {
			x.add(graph.KindCrew, o, show, "", job)
		}
	}
}

// crewAfterBoard reports whether the words at i, after "on board" or
// "aboard", give a crew job: "to helm", "to write and direct", "as
// producers", "as its executive producer".
func (x *extractor) crewAfterBoard(i int) bool {
	switch x.tok(i).low {
	case "to":
		_, ok := jobVerbs[x.tok(i+1).low]
		return ok || x.tok(i+1).low == "pen" || x.tok(i+1).low == "script"
	case "as":
		m := i + 1
		if l := x.tok(m).low; l == "a" || l == "an" || l == "the" || l == "its" || l == "co" {
			m++
		}
		if x.tok(m).low == "executive" {
			return true
		}
		_, ok := jobNouns[x.tok(m).low]
		return ok && !x.tok(m).cap
	}
	return false
}
