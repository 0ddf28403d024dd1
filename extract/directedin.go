package extract

import "github.com/castgraph/castgraph/graph"

// directedIn reads a maker's verb with a performer as its object and the
// work after "in": "X directed Y in T", "X, who directed her in the 2019
// film T". The subjects make T with the verb's job, and the performer is
// cast in T: a pronoun is the first other person the sentence names. It
// reports whether it read the construction.
func (x *extractor) directedIn(k int, job string) bool {
	if job != graph.JobDirector && job != graph.JobProducer {
		return false
	}
	o := k + 1
	performer := ""
	switch l := x.tok(o).low; {
	case (l == "her" || l == "him" || l == "them") && x.tok(o+1).low == "in":
		o++
	case x.performerIn(o):
		e := x.personAt(o)
		performer, o = x.resolve(x.span(o, e)), e
	default:
		return false
	}
	titles := x.titleList(o + 1)
	if len(titles) == 0 {
		return false
	}
	subjects := x.subjectsBefore(k, 0)
	if performer == "" {
		performer = x.otherPerson(subjects) // "reunites her with X, who directed her in T"
	}
	for _, ti := range titles {
		if x.isNetwork(ti) || x.knownPerson(ti) != "" {
			continue
		}
		for _, s := range subjects {
			x.add(graph.KindCrew, s, ti, "", job)
		}
		if performer != "" {
			x.add(graph.KindCast, performer, ti, "", "")
		}
	}
	return true
}

// otherPerson is the first full name of the sentence that is none of
// people, or "".
func (x *extractor) otherPerson(people []string) string {
	for i := 0; i < len(x.toks); i++ {
		if !x.startsName(i) {
			continue
		}
		e := x.personAt(i)
		if e < i+2 {
			continue
		}
		name := x.resolve(x.span(i, e))
		known := false
		for _, p := range people {
			known = known || x.fold(p) == x.fold(name)
		}
		if !known {
			return name
		}
		i = e
	}
	return ""
}

// performerIn reports whether a person's name at i is followed by "in": the
// object of "X directed Y in T". A name of one word counts too ("directed
// Surya in T") unless the article has named a show so.
func (x *extractor) performerIn(i int) bool {
	e := x.personAt(i)
	if x.tok(e).low != "in" {
		return false
	}
	if e == i+1 {
		return x.tok(i).cap && !x.know.show(x.fold(x.tok(i).text))
	}
	return e > i+1 && x.startsName(i)
}
