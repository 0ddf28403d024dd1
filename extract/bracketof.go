package extract

// A performer, the character in brackets, then the show: "Cedric Fourie
// (Lehasa) of Skeem Saam", "X (Beverley) from Coronation Street".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// charOfTitleBracket reads, at the bracket k..c, "X (C) of T" and "X (C)
// from T": a person named in full, a character's name in capitals alone in
// the bracket, then "of" or "from" and a title. X is cast in T as C. A
// country, a place, a job or a network in the bracket is no character. It
// reports whether it read the bracket.
func (x *extractor) charOfTitleBracket(k, c int) bool {
	if l := x.tok(c + 1).low; l != "of" && l != "from" || c <= k+1 || c > k+4 {
		return false
	}
	ps := x.personBefore(k)
	if ps >= k || k-ps < 2 || !x.personShaped(ps, k) {
		return false
	}
	if ce := x.charAt(k + 1); ce != c {
		return false
	}
	if x.personShaped(k+1, c) && x.startsName(k+1) && !x.startsName(ps) {
		return false // "Niren Chaudhary (Farhan Akhtar) from Chandni Chowk": the bracket holds the actor
	}
	char := x.span(k+1, c)
	if countryName(char) || placeWords[strings.ToLower(char)] || x.isNetwork(char) || x.knownPerson(char) != "" || x.isShow(char) || describes(char) {
		return false
	}
	for m := k + 1; m < c; m++ {
		if _, job := jobNounsIDs.lookup(x.toks[m].id); job || isUpperCase(x.toks[m].text) && len(x.toks[m].text) > 1 {
			return false // "X (Producer) of T", "X (CEO) of Y"
		}
	}
	at := x.titlePrefix(c + 2)
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) || x.tok(e).kind == tPoss {
		return false
	}
	title := unquote(x.span(at, e))
	if title == "" || x.isNetwork(title) || isCompany(title) || x.knownPerson(title) != "" || placeWords[strings.ToLower(title)] || countryName(title) || describes(title) {
		return false
	}
	x.add(graph.KindCast, x.span(ps, k), title, char, "")
	return true
}

// possActorBracket reads a bracket after a character's possessive that
// names the character's actor: "Refilwe, Walter Nkaba's (Nimrod Nkosi)
// stepdaughter", "as Zakhithi's (played by Nokubonga Khuzwayo) new love
// interest". The actor, named in full (or after "played by"), plays the
// possessor in the sentence's show. It reports whether it read the bracket.
func (x *extractor) possActorBracket(k, c int) bool {
	if k < 2 || x.tok(k-1).kind != tPoss || x.sshow == "" || !x.tok(k-2).cap {
		return false
	}
	at := k + 1
	if x.tok(at).low == "played" && x.tok(at+1).low == "by" {
		at += 2
	} else if n := x.tok(c + 1); n.kind != tWord || n.cap || !x.startsName(at) {
		return false // "Mike Bartlett's (Doctor Foster) new project" is possMakerBracket's
	}
	if pe := x.personAt(at); pe != c || c-at < 2 || !x.personShaped(at, c) {
		return false
	}
	cs := x.personBefore(k - 1)
	if cs >= k-1 {
		return false
	}
	char, actor := x.span(cs, k-1), x.span(at, c)
	if x.isShow(char) || x.isNetwork(char) || x.fold(x.resolve(char)) == x.fold(x.resolve(actor)) || x.know.crewed(x.fold(char)) {
		return false
	}
	x.add(graph.KindCast, actor, x.sshow, char, "")
	return true
}

// starOfBracket reads a bracket of a person's earlier work that names it
// in words: "Sofia Helin (star of Danish thriller The Bridge)", "X (the
// star of “T”)", "Y (best known for T1 and T2)". The person before the
// bracket is cast in each title. It reports whether it read the bracket.
func (x *extractor) starOfBracket(k, c int) bool {
	at := k + 1
	if x.tok(at).low == "the" {
		at++
	}
	switch l := x.tok(at).low; {
	case (l == "star" || l == "lead") && x.tok(at+1).low == "of":
		at += 2
	case l == "best" && x.tok(at+1).low == "known" && x.tok(at+2).low == "for" && at == k+1:
		at += 3
	case l == "known" && x.tok(at+1).low == "for" && at == k+1:
		at += 2
	default:
		return false
	}
	ps := x.personBefore(k)
	if ps >= k || !x.personShaped(ps, k) {
		return false
	}
	titles := x.titleList(at)
	if len(titles) == 0 || x.closeOf(k) != c {
		return false
	}
	for _, ti := range titles {
		if ti = unquote(ti); ti != "" && !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) && !placeWords[strings.ToLower(ti)] {
			x.add(graph.KindCast, x.span(ps, k), ti, "", "")
		}
	}
	return true
}

// charActorNoShow reads the name ps..j and its bracket's one part as
// "Character (Actor)": one given name, then a person named in full, "Leah
// (Mia Cole) returns home". The actor plays the character in the
// sentence's show; where it has none, no credit is read (not Leah in a
// title "Mia Cole"). It reports whether it read the bracket.
func (x *extractor) charActorNoShow(ps, j int, parts []part) bool {
	if len(parts) != 1 || parts[0].poss || parts[0].char != "" || j-ps != 1 || !x.startsName(ps) || x.tok(ps-1).kind == tPoss {
		return false
	}
	p := parts[0]
	if p.j-p.i < 2 || p.j-p.i > 3 || !x.startsName(p.i) || !x.personShaped(p.i, p.j) || isQuote(x.tok(p.i).text) {
		return false
	}
	inner, outer := x.span(p.i, p.j), x.span(ps, j)
	if x.isShow(inner) || hasByte(x.resolve(outer), ' ') && x.fold(x.resolve(outer)) != x.fold(inner) {
		return false // a one-word name the article gives in full elsewhere is that person
	}
	if x.sshow != "" {
		x.add(graph.KindCast, inner, x.sshow, outer, "")
	}
	return true
}
