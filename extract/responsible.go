package extract

// "X and Y are responsible for the show's direction": a crew job named as
// what people are responsible for; "One of the directors of the series, X,
// said": a job named before the person it is one of.

import "github.com/castgraph/castgraph/graph"

var responsibleMask = wordMask("responsible")

// responsibleJobs are what a person is responsible for on the sentence's
// show, and the job each gives ("" for the music: crew with no job).
var responsibleJobs = map[string]string{
	"direction": graph.JobDirector, "directing": graph.JobDirector,
	"writing": graph.JobWriter, "script": graph.JobWriter, "scripts": graph.JobWriter, "screenplay": graph.JobWriter,
	"production": graph.JobProducer, "producing": graph.JobProducer,
	"music": "", "score": "", "soundtrack": "",
}

// responsibleRule reads "X and Y are responsible for the show's direction",
// "X is responsible for the script", "Y was responsible for its music": the
// people before the verb, credited in the sentence's show with the job of
// the noun after "for" (past "the", "its", "their" or the show's genre noun
// and possessive), or in T after "the direction of T".
func (x *extractor) responsibleRule() {
	if !x.sentHasAnyWord(responsibleMask) || x.sshow == "" {
		return // no word it reads
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !responsibleMask.holds(&t[k]) || t[k].cap || t[k+1].low != "for" || x.inBr[k] {
			continue
		}
		v := k - 1
		switch t[v].low {
		case "is", "are", "was", "were", "be":
		default:
			continue
		}
		m := k + 2
		switch l := x.tok(m).low; {
		case l == "the" || l == "its" || l == "their":
			m++
		}
		if g := x.tok(m); g.has(cGenreNouns) && !g.cap && x.tok(m+1).kind == tPoss {
			m += 2 // "the show's", "the film's"
		}
		job, ok := responsibleJobsIDs.lookup(x.tok(m).id)
		if !ok || x.tok(m).cap {
			continue
		}
		show := x.sshow
		if x.tok(m+1).low == "of" && x.titleStarts(m+2) {
			e := x.titleAt(m+2, false) // "the direction of T": T's
			if show = unquote(x.span(m+2, e)); x.isNetwork(show) || x.knownPerson(show) != "" {
				continue
			}
		}
		for v > 0 && x.tok(v-1).has(cAuxWords) {
			v--
		}
		for _, p := range x.subjectsBefore(v, 0) {
			x.add(graph.KindCrew, p, show, "", job)
		}
	}
}

// oneOfOpener reads "One of the directors of the series, X, said", "One of
// the writers of T, Y, says" with "One" at o opening the sentence and "of"
// at next after the job noun: X's credit in the sentence's show or T.
func (x *extractor) oneOfOpener(o, next int, job string) bool {
	if o != 0 {
		return false
	}
	m := next + 1
	if x.tok(m).low == "the" && !x.tok(m).cap {
		m++
	}
	show, e := "", 0
	if g := x.tok(m); g.has(cGenreNouns) && !g.cap {
		show, e = x.sshow, m+1
	} else if te := x.titleAt(m, false); te > m && x.titleStarts(m) && !x.isNetwork(unquote(x.span(m, te))) {
		show, e = unquote(x.span(m, te)), te
	}
	if show == "" || x.tok(e).text != "," {
		return false
	}
	pe := x.personAt(e + 1)
	if pe <= e+1 || x.tok(pe).text != "," {
		return false
	}
	x.add(graph.KindCrew, x.span(e+1, pe), show, "", job)
	return true
}
