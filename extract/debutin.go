package extract

import "github.com/castgraph/castgraph/graph"

// A performer's first work, named after a verb of debut or "first role":
// "X debuted in T (2019)", "X debuted on screen in the series T", "X
// debuted as an actress in T", "X's first role was in T", "X's first
// screen role came in the film T". X is cast in T. A bare title after
// "debuted in" is taken only where a year's bracket follows it or the
// article credits it ("debuted in Cannes", "debuted in 2019" are no work);
// after "first role was in" a title of two words or more is.

// debutInMask holds the words the rule starts at.
var debutInMask = setMask(set(`debuted debut role part`))

// debutInRule reads "X debuted in T" and "X's first role was in T".
func (x *extractor) debutInRule() {
	if !x.sentHasAnyWord(debutInMask) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !debutInMask.holds(&t[k]) || t[k].cap || x.inBr[k] {
			continue
		}
		var subjects []string
		m := k + 1
		switch t[k].low {
		case "debuted":
			// "debuted on screen", "debuted onscreen", "debuted as an actress"
			if l := x.tok(m).low; l == "on" && (x.tok(m+1).low == "screen" || x.tok(m+1).low == "stage") {
				if x.tok(m+1).low == "stage" {
					continue // the stage is no screen credit
				}
				m += 2
			} else if l == "onscreen" {
				m++
			} else if l == "as" && (x.tok(m+1).low == "an" || x.tok(m+1).low == "a") && (x.tok(m+2).low == "actress" || x.tok(m+2).low == "actor") {
				m += 3
			}
			subjects = x.subjectsBefore(k, 1)
		case "debut", "role", "part":
			// "X's first role was in T", "X's screen debut came in T"
			p := k - 1
			for q := 0; q < 2 && (x.tok(p).low == "screen" || x.tok(p).low == "acting" || x.tok(p).low == "film" || x.tok(p).low == "television" || x.tok(p).low == "tv" || x.tok(p).low == "professional") && !x.tok(p).cap; q++ {
				p--
			}
			if t[k].low != "debut" {
				if x.tok(p).low != "first" || x.tok(p).cap {
					continue
				}
				p--
			}
			if x.tok(p).kind != tPoss || x.tok(m).low != "was" && x.tok(m).low != "came" {
				continue
			}
			m++
			if ps := x.personBefore(p); ps < p {
				subjects = []string{x.resolve(x.span(ps, p))}
			}
		}
		if len(subjects) != 1 || x.tok(m).low != "in" && x.tok(m).low != "on" && x.tok(m).low != "with" || x.tok(m).cap {
			continue
		}
		at := m + 1
		genre := false
		if g := x.genreTitleAt(at); g > 0 {
			at, genre = g, true // "debuted in the 2015 romantic drama T"
		} else if l := x.tok(at).low; (l == "the" || l == "a") && x.tok(at+1).has(cGenreNouns) && !x.tok(at+1).cap && x.titleStarts(at+2) {
			at, genre = at+2, true // "debuted in the series T"
		}
		if !x.titleStarts(at) || x.tok(at).kind == tNum {
			continue // "debuted in 2019"
		}
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		title := unquote(x.span(at, e))
		year := x.tok(e).text == "(" && x.tok(e+1).kind == tNum && x.tok(e+2).text == ")"
		if !genre && (!year && !x.isShow(title) && (t[k].low == "debuted" || e-at < 2) || x.knownPerson(title) != "" || x.personShaped(at, e) && x.startsName(at)) || x.isNetwork(title) {
			continue
		}
		x.add(graph.KindCast, subjects[0], title, "", "")
	}
}
