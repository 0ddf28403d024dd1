package extract

// Assistants and partners: "X has assisted on T1, T2", "Netflix is working
// with X on a new original, T".

import "github.com/castgraph/castgraph/graph"

// assistedWord holds the word assistedRule reads at.
var assistedWord = wordMask("assisted")

// assistedRule: "Haroon, who has assisted on Shahrukh Khan-led films, such
// as T1, T2 and T3", "X assisted on T": crew work (no job of the
// contract's) in each title for the person before the verb.
func (x *extractor) assistedRule() {
	if !x.sentHasAnyWord(assistedWord) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if !assistedWord.holds(&t[k]) || t[k].cap || t[k+1].low != "on" {
			continue
		}
		var titles []string
		for m := k + 2; m < len(t) && m < k+10; m++ {
			l := t[m].low
			at := 0
			switch {
			case l == "such" && x.tok(m+1).low == "as":
				at = m + 2
			case l == "like" || l == "including":
				at = m + 1
			}
			if at > 0 {
				titles = x.titleList(at)
				break
			}
		}
		if len(titles) == 0 {
			titles = x.titleList(k + 2)
		}
		subjects := x.subjectsBefore(k, 1)
		if len(subjects) != 1 {
			continue
		}
		for _, ti := range titles {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
				x.add(graph.KindCrew, subjects[0], ti, "", "")
			}
		}
	}
}

// pastProjectNoun skips, at i, "a new original," or "the upcoming series"
// before a title and gives the title's index, or i.
func (x *extractor) pastProjectNoun(i int) int {
	if l := x.tok(i).low; l != "a" && l != "an" && l != "the" {
		return i
	}
	m := i + 1
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap; q++ {
		if w := x.tok(m); w.has(cGenreNouns) || w.low == "original" || w.low == "originals" {
			m++
			if x.tok(m).text == "," {
				m++
			}
			if x.titleStarts(m) {
				return m
			}
			return i
		}
		m++
	}
	return i
}

// networkSubject reports whether the clause of the verb at k opens with a
// network or a company: "Netflix is also working with X".
func (x *extractor) networkSubject(k int) bool {
	v := k - 1
	for v > 0 && x.tok(v).kind == tWord && !x.tok(v).cap && (x.tok(v).has(cAuxWords) || x.tok(v).low == "also" || x.tok(v).low == "now") {
		v--
	}
	if v == k-1 {
		return false
	}
	ts := x.titleBefore(v + 1)
	if ts > v || ts > 0 && x.tok(ts-1).kind != tPunct {
		return false
	}
	n := x.span(ts, v+1)
	return x.isNetwork(n) || isCompany(n)
}
