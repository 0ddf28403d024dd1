package extract

// A character, then in its bracket the actor and more after a comma:
// "murderer Kim Gook-ho (Yoo Jae-myung, Itaewon Class)", "Detective Ava
// Renn (Tomas Brel, Night Road)", "her partner Jon Kade (Nell Duarte,
// 41)", "Ava Renn (played by Tomas Brel, Night Road)". The actor plays the
// character in the sentence's show; a part after the actor that is a title
// is the actor's earlier work, and an age, a year or a network is no show.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// charActorWork reads the bracket of parts after the name from ps to j
// ("C (A, T)"), and reports whether it did. The name is a character where
// the words before it describe one ("murderer", "her partner") or give it a
// title ("Detective", "Sister"), where the bracket says "played by", where
// the article knows the bracket's name as a person and not the name
// before it; an age alone says neither ("A (C, 41)" is written too).
func (x *extractor) charActorWork(ps, j, k, c int, parts []part) bool {
	played := x.tok(k+1).low == "played" && x.tok(k+2).low == "by"
	if played {
		var buf [4]part
		parts = x.bracketParts(buf[:0], k+3, c) // the bracket's parts after "played by"
	}
	if len(parts) < 2 || len(parts) > 4 || parts[0].poss || parts[0].char != "" || parts[0].work || x.sshow == "" || j-ps < 2 {
		return false
	}
	at, pe := parts[0].i, parts[0].j
	actor, outer := x.span(at, pe), x.span(ps, j)
	if pe-at < 2 || !x.personShaped(at, pe) || x.personAt(at) != pe || !x.startsName(at) && !strings.Contains(actor, "-") ||
		isQuote(x.tok(at).text) || x.isShow(actor) || x.isShow(outer) || x.knownPerson(outer) != "" || !x.personShaped(ps, j) {
		return false
	}
	cs := x.charBefore(j)
	if cs > ps {
		cs = ps
	}
	ranked := false
	if r, ok := x.rankedChar(ps, j); ok {
		cs, ranked = r, true
	}
	described := played || ranked || x.charContext(ps) || x.charContext(cs) || x.tok(cs).has(cCharTitles) && x.tok(cs).cap
	aged := false
	for _, q := range parts[1:] {
		if q.poss || q.char != "" {
			return false
		}
		if x.partAge(q) {
			aged = true
			continue
		}
		if ti := x.span(q.i, q.j); x.knownPerson(ti) != "" || !described && x.startsName(q.i) && x.personShaped(q.i, q.j) {
			return false // "Roy Abel (Jack Irish, Nell Duarte)": people, or a title shaped like a name
		}
	}
	if !described && x.knownPerson(actor) == "" {
		// "Roy Abel (Jack Irish, Underbelly)": a person's titles; "Ava
		// Renn (Tomas Brel, 34)": two names, and which is the person
		// untold, but no title
		return aged && !x.knownChar(actor) && !x.isShow(actor)
	}
	x.add(graph.KindCast, actor, x.sshow, x.span(cs, j), "")
	x.partWorks(actor, parts[1:])
	return true
}

// partAge reports whether a bracket's part is a number of one to three
// digits alone: a person's age.
func (x *extractor) partAge(q part) bool {
	return q.j-q.i == 1 && x.tok(q.i).kind == tNum && len(x.tok(q.i).text) <= 3 && allDigits(x.tok(q.i).text)
}

// partYear reports whether a bracket's part is a year alone.
func (x *extractor) partYear(q part) bool {
	return q.j-q.i == 1 && len(x.tok(q.i).text) == 4 && allDigits(x.tok(q.i).text)
}

// actorCharWork reads "A (C, T)" where the article knows C as a character
// and not as a person ("Tomas Brel (Ava Renn, Night Road)" after "Tomas
// Brel plays Ava Renn"): A plays C in the sentence's show, and a title
// after it is A's earlier work; an age, a year or a network no show. It
// reports whether it read the bracket.
func (x *extractor) actorCharWork(ps, j int, parts []part) bool {
	if len(parts) < 2 || len(parts) > 4 || parts[0].poss || parts[0].char != "" || parts[0].work || x.sshow == "" || j-ps < 2 {
		return false
	}
	p := parts[0]
	char, actor := x.span(p.i, p.j), x.span(ps, j)
	if p.j-p.i > 3 || !x.tok(p.i).cap || isQuote(x.tok(p.i).text) || !x.knownChar(char) || x.knownPerson(char) != "" ||
		!x.personShaped(ps, j) || x.knownChar(actor) || x.isShow(actor) {
		return false
	}
	for _, q := range parts[1:] {
		if q.poss || q.char != "" || x.knownPerson(x.span(q.i, q.j)) != "" {
			return false
		}
	}
	x.add(graph.KindCast, actor, x.sshow, char, "")
	x.partWorks(actor, parts[1:])
	return true
}

// partWorks credits person with each part that is a title: not an age, a
// year, a network or words in lower case.
func (x *extractor) partWorks(person string, parts []part) {
	for _, q := range parts {
		ti := unquote(x.span(q.i, q.j))
		if x.partAge(q) || x.partYear(q) || x.isNetwork(ti) || !x.tok(q.i).cap && !isQuote(x.tok(q.i).text) {
			continue // "(A, 34)", "(A, 2019)", "(A, BBC One)": no show
		}
		x.add(graph.KindCast, person, ti, "", "")
	}
}
