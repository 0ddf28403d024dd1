package extract

import "github.com/castgraph/castgraph/graph"

// oneOfCast reads "X is (also) one of the lead actors of the film" or "...
// of T", the cast noun at k: X's credit in the sentence's show or in T. The
// person may also stand in apposition: "X, one of the new stars of T, has
// been cast as a thug", "X, who is one of the stars of T,".
func (x *extractor) oneOfCast(k, next int) bool {
	m := k - 1
	for n := 0; n < 2; n++ {
		switch x.tok(m).low {
		case "lead", "main", "leading", "principal", "central", "key", "new", "many", "original", "returning":
			m--
		}
	}
	if x.tok(m).low != "the" || x.tok(m-1).low != "of" || x.tok(m-2).low != "one" || x.tok(next).low != "of" && x.tok(next).low != "in" && x.tok(next).low != "joining" {
		return false
	}
	v := m - 3
	if x.tok(v).low == "also" {
		v--
	}
	comma := -1 // the comma after X of "X, one of the stars of T"
	opener := false
	switch l := x.tok(v).low; {
	case x.tok(v).text == ",":
		comma = v
	case (l == "is" || l == "was") && x.tok(v-1).low == "who" && x.tok(v-2).text == ",":
		comma = v - 2
	case l == "as" && v > 1:
		opener = true // "He first rose to prominence as one of the stars of T": the person the sentence opens with
	case l != "is" && l != "was" && l != "are":
		return false
	}
	show := ""
	if at := next + 1; x.projectObject(at) {
		show = x.sshow
	} else if e := x.titleAt(at, false); e > at && x.titleStarts(at) && !x.isNetwork(x.span(at, e)) {
		show = unquote(x.span(at, e))
	} else if ti := x.titleObject(at); ti != "" && !x.isNetwork(ti) {
		show = ti // "one of the stars of the SABC1 telenovela T"
	} else if p := x.titlePrefix(at); opener && p > at+1 && (x.tok(p-1).has(cGenreNouns) || x.tok(p-2).has(cGenreNouns)) && x.titleStarts(p) {
		if e := x.titleAt(p, false); e > p && !x.isNetwork(x.span(p, e)) {
			show = unquote(x.span(p, e)) // "of the long-running daytime soap opera T"
		}
	}
	if show == "" {
		return false
	}
	if opener {
		if p := x.openerPerson(v); p != "" {
			x.add(graph.KindCast, p, show, "", "")
		}
		return true
	}
	if comma >= 0 {
		if ps := x.personBefore(comma); ps < comma {
			x.add(graph.KindCast, trimEpithet(x.span(ps, comma)), show, "", "")
		}
		return true
	}
	for _, p := range x.subjectsBefore(v, 1) {
		x.add(graph.KindCast, trimEpithet(p), show, "", "")
	}
	return true
}

// facesWord holds the word newFacesRule reads at.
var facesWord = wordMask("faces")

// newFacesRule reads "X, one of the (many) new faces joining T" and "X is one
// of the new faces of T": the newcomers of a cast, as oneOfCast reads "one
// of the stars of T".
func (x *extractor) newFacesRule() {
	if !x.sentHasAnyWord(facesWord) {
		return // no "faces"
	}
	for k := 3; k < len(x.toks); k++ {
		if facesWord.holds(&x.toks[k]) && x.tok(k-1).low == "new" {
			x.oneOfCast(k, k+1)
		}
	}
}
