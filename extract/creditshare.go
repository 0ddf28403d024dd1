package extract

// Shared and partner credits: "A and B share co-writing credit", "inspired
// by the work of X", "written by A with B".

import "github.com/castgraph/castgraph/graph"

// creditWorkJobs name the work of a credit noun: "co-writing credit",
// "directing credit".
var creditWorkJobs = map[string]string{
	"writing": graph.JobWriter, "co-writing": graph.JobWriter, "screenwriting": graph.JobWriter, "screenplay": graph.JobWriter,
	"directing": graph.JobDirector, "co-directing": graph.JobDirector, "directorial": graph.JobDirector,
	"producing": graph.JobProducer, "co-producing": graph.JobProducer,
}

// creditVerbs give or share a credit: "A and B share co-writing credit".
var creditVerbs = set(`share shares shared sharing get gets got receive receives received earn earns earned take takes took have has had`)

// creditShareRule: "A and B share co-writing credit on the film's
// script", "X gets directing credit": the people before the verb hold the
// job in the title after "on" (or "for"), else the sentence's show.
func (x *extractor) creditShareRule() {
	if !x.sentHas(cCrewCues) || x.jury {
		return // no work noun it reads
	}
	t := x.toks
	for k := 2; k < len(t); k++ {
		if l := t[k].low; l != "credit" && l != "credits" || t[k].cap {
			continue
		}
		w := k - 1
		job, ok := creditWorkJobsIDs.lookup(t[w].id)
		if !ok {
			continue
		}
		v := w - 1
		for q := 0; q < 2 && (x.tok(v).low == "a" || x.tok(v).low == "the" || x.tok(v).low == "joint" || x.tok(v).low == "sole"); q++ {
			v--
		}
		if !creditVerbsIDs.has(x.tok(v).id) || x.tok(v).cap {
			continue
		}
		show := x.sshow
		if ti := x.jobOnTitle(k + 1); ti != "" {
			show = ti
		}
		if show == "" {
			continue
		}
		for _, s := range x.subjectsBefore(v, 0) {
			x.add(graph.KindCrew, s, show, "", job)
		}
	}
}

// sourceWorkOf reads "inspired by the work of X", "based on the original
// work by X" at "work" (k): X is the original author of the sentence's
// show. It reports whether it gave a credit.
func (x *extractor) sourceWorkOf(k int) bool {
	w := x.tok(k)
	if w.low != "work" && w.low != "works" || w.cap || x.sshow == "" {
		return false
	}
	if l := x.tok(k + 1).low; l != "of" && l != "by" {
		return false
	}
	d := k - 1
	if x.tok(d).low == "original" {
		d--
	}
	if x.tok(d).low != "the" || x.tok(d-1).low != "by" && x.tok(d-1).low != "on" || !x.tok(d-2).has(cSourceCues) {
		return false
	}
	pe := x.personAt(k + 2)
	if pe <= k+2 || !x.personShaped(k+2, pe) {
		return false
	}
	x.add(graph.KindCrew, x.span(k+2, pe), x.sshow, "", graph.JobOriginalAuthor)
	return true
}

// withPartners reads, after the makers after "by" that end at e, "with"
// and more full names that end the clause: "written by A with B", "created
// by A (T) with B and C of Company, who". It gives the names, or none
// ("directed by A with B producing" names B's own job).
func (x *extractor) withPartners(e int) []string {
	if x.tok(e).low != "with" {
		return nil
	}
	pe := x.personAt(e + 1)
	if pe <= e+1 || !x.personShaped(e+1, pe) || x.isNetwork(x.span(e+1, pe)) || isCompany(x.span(e+1, pe)) {
		return nil
	}
	if n := x.tok(pe); pe == len(x.toks) || n.kind == tPunct && n.text != "(" && !(n.text == "," && x.personAt(pe+1) > pe+1) {
		return []string{x.span(e+1, pe)} // not "with B, C and D among others as cast": a list, read below
	}
	if x.tok(pe).low != "and" && x.tok(pe).text != "," {
		return nil
	}
	items := x.parseList(e + 1)
	if len(items) < 2 || len(items) > 4 {
		return nil
	}
	end := items[len(items)-1].end
	if x.tok(end).low == "of" {
		end = x.companyOfEnd(end + 1) // "B and C of Tshedza Pictures"
	}
	if n := x.tok(end); end < len(x.toks) && (n.kind != tPunct || n.text == "(") {
		return nil
	}
	var out []string
	for _, it := range items {
		if it.br >= 0 || !x.personShaped(it.pstart, it.pend) || isCompany(x.itemName(it)) || x.isNetwork(x.itemName(it)) {
			return nil
		}
		out = append(out, x.itemName(it))
	}
	return out
}

// pastJobNouns reads past the job nouns at at, after "by", to the name:
// "director X", "writer and actor X", "PD X", "executive producer X".
func (x *extractor) pastJobNouns(at int) int {
	at++
	if l := x.tok(at - 1).low; (l == "executive" || l == "co-executive") && x.tok(at).low == "producer" {
		at++
	}
	for (x.tok(at).low == "and" || x.tok(at).text == "/") && x.tok(at+1).has(cJobNoun|cCastNouns) && !x.tok(at+1).cap {
		at += 2
	}
	return at
}

// addMaker credits s, the subject of a job verb, in the sentence's show,
// unless s is the short name of a company the article names in full:
// "Hat Trick will also produce T" after "Hat Trick Productions".
func (x *extractor) addMaker(s, job string) {
	if job == graph.JobProducer && companyNamedIn(x.a.Text, s) {
		return
	}
	x.add(graph.KindCrew, s, x.sshow, "", job)
}
