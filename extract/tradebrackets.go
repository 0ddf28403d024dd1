package extract

// A person's name in brackets after a person's name, the two after a job
// noun that is no screen job ("fashion designer Yoo Bella (Go Won Hee)"):
// the first is a character of that trade, the bracket its actor, and the
// bracket names no show.

import "github.com/castgraph/castgraph/graph"

// tradeNameBracket reports whether the job noun at k, one the contract
// names no job for ("designer", "composer"), stands before a person's
// name and a bracket that holds only another person's name.
func (x *extractor) tradeNameBracket(k int) bool {
	w := x.tok(k)
	if w.cap || !w.has(cJobNoun) || jobNounsIDs.get(w.id) != "" {
		return false
	}
	pe := x.personAt(k + 1)
	if pe <= k+2 || x.tok(pe).text != "(" {
		return false
	}
	c := x.closeOf(pe)
	return c > pe+2 && x.bracketNamePair(k+1, pe, part{i: pe + 1, j: c})
}

// bracketNamePair is namePair where a Korean family name may open either
// name ("Go Won Hee"): both spans read as a person's whole name, the
// bracket's no show the article knows nor a quoted title.
func (x *extractor) bracketNamePair(ps, j int, p part) bool {
	if p.j-p.i < 2 || j-ps < 2 || isQuote(x.tok(p.i).text) || x.personAt(p.i) != p.j || x.personAt(ps) != j {
		return false
	}
	return x.nameOpens(p.i) && x.nameOpens(ps) && x.personShaped(p.i, p.j) && x.personShaped(ps, j) && !x.isShow(x.span(p.i, p.j)) && !x.showLike(p.i, p.j)
}

// nameOpens reports whether the word at i starts a person's name as the
// datasets start them, or is a Korean family name ("Go", "Yoo").
func (x *extractor) nameOpens(i int) bool {
	return x.startsName(i) || x.tok(i).cap && koreanFamilyIDs.has(x.tok(i).id)
}

// personNameBracket reads a bracket at k..c holding only a person's name
// after a person's name from ps to j, the two after a job noun that is no
// screen job: the name before is the character, the bracket's the actor,
// in the sentence's show; the bracket is no title.
func (x *extractor) personNameBracket(ps, j, k int, parts []part) bool {
	if len(parts) != 1 || parts[0].poss || j != k || !x.tradeNameBracket(ps-1) {
		return false
	}
	if x.sshow != "" {
		x.add(graph.KindCast, x.span(parts[0].i, parts[0].j), x.sshow, x.span(ps, j), "")
	}
	return true
}
