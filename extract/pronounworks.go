package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// ownWorkNouns name a maker's or a performer's piece of work before its
// title: "his second film T", "her Academy Award-nominated feature T".
var ownWorkNouns = set(`film films feature movie series show drama documentary thriller comedy debut movies shows dramas features`)

// ownWorksNouns are the plural ones, before a list of titles: "his films
// T1 and T2".
var ownWorksNouns = set(`films movies shows dramas features`)

// ownWorkNounWords are the bits of ownWorkNouns (mayHold).
var ownWorkNounWords = setMask(ownWorkNouns)

// pronounWorkRule reads a work the person a sentence opens with is said
// to own through a pronoun: "X, best known for his Academy
// Award-nominated feature T", "X was praised for his critically-acclaimed
// show “T”", "X had his breakthrough with his second film ‘T’", and "their
// first venture is “T”, which he directed". The credit's kind is the
// person's (crew if the article credits X off screen, else cast); a verb
// after "which he" gives the job.
func (x *extractor) pronounWorkRule() {
	if !x.sentHas(cPronounCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if x.inBr[k] {
			continue
		}
		switch l := t[k].low; {
		case (l == "his" || l == "her") && !t[k].cap && (t[k+1].low == "appearances" || t[k+1].low == "appearance") && t[k+2].low == "in" && x.titleStarts(k+3):
			// "with her appearances in “T1” and the productions around “T2”"
			if owner := x.pronounOwner(k); owner != "" {
				for _, ti := range x.titleList(k + 3) {
					if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
						x.add(graph.KindCast, owner, ti, "", "")
					}
				}
			}
		case (l == "his" || l == "her") && !t[k].cap:
			m := k + 1
			for q := 0; q < 5 && m < len(t) && t[m].kind == tWord && !(ownWorkNounsIDs.has(t[m].id)) && (!t[m].cap || describesWord(t[m].low) || awardWordsIDs.has(t[m].id) || t[m].low == "academy" || t[m].low == "oscar" || t[m].low == "golden") && !t[m].has(cStopWords|cAuxWords) ||
				q < 5 && m < len(t) && (ordinal(&t[m]) > 0 && !t[m].cap); q++ {
				m++ // "his Academy Award-nominated", "his second", "her critically-acclaimed"
			}
			if m >= len(t) || !ownWorkNounsIDs.has(t[m].id) || t[m].cap {
				continue
			}
			at := m + 1
			if ownWorkNounsIDs.has(x.tok(at).id) && !x.tok(at).cap {
				at++ // "her debut film T"
			}
			if x.tok(at).text == "," && x.titleStarts(at+1) && isQuote(x.tok(at+1).text) {
				at++ // "her debut film, “T”"
			}
			if !x.titleStarts(at) {
				continue
			}
			if ownWorksNounsIDs.has(t[m].id) {
				x.ownWorks(k, at) // "his films “T1” and “T2”"
				continue
			}
			e := x.titleAt(at, false)
			for q := at + 1; q+1 < e; q++ {
				if l := t[q].low; (l == "from" || l == "in") && t[q+1].kind == tNum {
					e = q // "feature T from 2015": the year is no part of the title
					break
				}
			}
			title := unquote(x.span(at, e))
			if e <= at || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.tok(e).kind == tPoss {
				continue
			}
			if owner := x.pronounOwner(k); owner != "" {
				x.add(x.castsOther(k), owner, title, "", "") // crew in "X has set A to lead his thriller T"
			}
			k = e - 1
		case l == "which" && (t[k+1].low == "he" || t[k+1].low == "she") && t[k-1].text == ",":
			jobs, ok := x.whichJobs(k + 2)
			if !ok {
				continue
			}
			// "“AK vs AK”, which he directed": the title before the comma;
			// "The film, which she wrote and produced": the sentence's show
			c := k - 1
			if x.closeQuote(c - 1) {
				c--
			}
			title := ""
			if ts := x.titleBefore(c); ts < c {
				title = unquote(x.span(ts, c))
			} else if g := x.tok(c - 1); c == k-1 && c >= 2 && ownWorkNounsIDs.has(g.id) && !g.cap && x.tok(c-2).low == "the" && x.show != "" {
				title = x.show
			} else {
				continue
			}
			owner := x.pronounOwner(k)
			if owner == "" && x.subjectEnd() == 0 {
				owner = x.subject() // the person the sentences before speak of
			}
			if owner != "" && !x.isNetwork(title) && x.knownPerson(title) == "" && !describes(title) {
				for _, job := range jobs {
					x.add(graph.KindCrew, owner, title, "", job)
				}
			}
		}
	}
}

// whichJobs reads the verbs after "which he" at v: "directed", "also
// wrote and produced", "co-wrote and directed"; it returns their jobs, and
// whether the clause ends after them.
func (x *extractor) whichJobs(v int) ([]string, bool) {
	t := x.toks
	for v < len(t) && (t[v].has(cAuxWords) || t[v].low == "also") {
		v++
	}
	var jobs []string
	for v < len(t) {
		job, ok := jobVerbsIDs.lookup(t[v].id)
		if !ok {
			job, ok = crewVerbTitleIDs.lookup(t[v].id)
		}
		if !ok || t[v].cap {
			return nil, false
		}
		if job != "" {
			jobs = append(jobs, job)
		}
		v++
		if l := x.tok(v).low; (l == "and" || l == ",") && v+1 < len(t) && (jobVerbsIDs.get(t[v+1].id) != "" || crewVerbTitleIDs.get(t[v+1].id) != "" || t[v+1].low == "and") {
			v++ // "wrote and produced", "wrote, directed and produced"
			if t[v].low == "and" {
				v++
			}
			continue
		}
		break
	}
	return jobs, len(jobs) > 0 && x.boundary(v)
}

// ownWorks reads the list of titles at at after a pronoun at k and a
// plural work noun: "known for her films “T1” and “T2”". Each is the
// pronoun's person's, of the kind the article gives that person.
func (x *extractor) ownWorks(k, at int) {
	owner := x.pronounOwner(k)
	if hs := x.holderOf(k); owner == "" && len(hs) == 1 {
		owner = hs[0] // "Director X is known for her films"
	}
	for m := k - 1; owner == "" && m > 0 && m > k-12; m-- {
		if x.toks[m].text != "," {
			continue
		}
		if n := x.tok(m + 1).low; n == "nicknamed" || n == "dubbed" || n == "hailed" || n == "celebrated" {
			if ps := x.personBefore(m); ps < m {
				owner = x.resolve(x.span(ps, m)) // "X, nicknamed “Y” for his films"
			}
		}
		break
	}
	if owner == "" {
		return
	}
	for _, ti := range x.titleList(at) {
		title := unquote(ti)
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || placeWords[strings.ToLower(title)] {
			continue
		}
		x.add("", owner, title, "", "")
	}
}

// pronounOwner is the person a pronoun at k names: the person the sentence
// opens with, or the one an aside before it describes ("produced by X,
// best known for his feature T"); or "".
func (x *extractor) pronounOwner(k int) string {
	if x.subjectEnd() > 0 && x.subjectEnd() <= k && x.subject() != "" {
		return x.subject()
	}
	for m := k - 1; m > 0 && m > k-12; m-- {
		if x.toks[m].text != "," {
			continue
		}
		if n := x.tok(m + 1).low; !asideStarts[n] && n != "who" {
			return ""
		}
		if ps := x.personBefore(m); ps < m {
			return x.resolve(x.span(ps, m))
		}
		return ""
	}
	return ""
}

// ownerWorkAt reads, at i, a person's possessive before describing words
// and a genre noun with no title after them: "Nic Pizzolatto's new
// series", "X's gritty cop drama". It returns the person, or "".
func (x *extractor) ownerWorkAt(i int) string {
	st := i
	if x.tok(st).low == "the" {
		st++
	}
	pe := st // name words up to the possessive (the first reading may have taken them for a title)
	for pe < len(x.toks) && pe < st+4 && isName(&x.toks[pe]) {
		pe++
	}
	if pe <= st+1 || x.tok(pe).kind != tPoss || !x.personShaped(st, pe) || x.isNetwork(x.span(st, pe)) || isCompany(x.span(st, pe)) {
		return ""
	}
	m := pe + 1
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns) && (!x.tok(m).has(cStopWords) || titleAdjectivesIDs.has(x.tok(m).id)); q++ {
		m++
	}
	if g := x.tok(m); !g.has(cGenreNouns) || g.cap || x.titleStarts(m+1) {
		// "to star in Karan Mehra's next", "X's latest, titled T": the
		// work without its noun, at the end of the clause
		if l := x.tok(m - 1).low; m == pe+2 && (l == "next" || l == "latest") && (g.kind != tWord || !g.cap && g.has(cStopWords)) {
			return x.resolve(x.span(st, pe))
		}
		return ""
	}
	return x.resolve(x.span(st, pe))
}
