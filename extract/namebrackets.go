package extract

// A full name in brackets after a full name is a character and its actor,
// never a name and its show: "alongside Dolores Fenwick (Carla Bensington)",
// "characters like Dorrie Plank (Hessa Morlin), Gus Pellow (Rayburn
// Tesk)".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// charActorFull reads "Character (Actor)" where both are full names and
// the bracket's starts with a given name, and every bracket after a name
// in the sentence holds a full name: the actor is the bracket's. It
// reports whether the bracket was read so, with no fact where the sentence
// has no show.
func (x *extractor) charActorFull(ps, j int, parts []part) bool {
	if len(parts) != 1 || parts[0].poss || parts[0].char != "" || parts[0].work || j-ps < 2 || j-ps > 3 || !x.personShaped(ps, j) || x.tok(ps-1).kind == tPoss {
		return false
	}
	p := parts[0]
	if p.j-p.i < 2 || p.j-p.i > 3 || !x.startsName(p.i) || !x.personShaped(p.i, p.j) || isQuote(x.tok(p.i).text) || x.showLike(p.i, p.j) {
		return false
	}
	if jobNounsIDs.get(x.tok(ps-1).id) != "" || x.performerVerbAfter(p.j+1) || x.crewPredicateAfter(p.j) {
		return false // "Director Ola Venn (Lou Grant)", "Hanna Wadd (Ted Lake) has signed on to star", "Ida Rusk (Gray Tide) will direct": a person's title
	}
	inner, outer := x.span(p.i, p.j), x.span(ps, j)
	if x.isShow(inner) || x.isNetwork(inner) || x.isShow(outer) {
		return false
	}
	if !x.bracketsHoldNames() {
		return false // "A (Truth Be Told) ... B (Van Helsing)": the sentence's brackets hold titles
	}
	if x.sshow == "" || x.otherActor(outer, inner) {
		return true // "Ei Sei (Ying Zheng)" where another plays Ei Sei: the character's other name
	}
	x.add(graph.KindCast, inner, x.sshow, x.nickOuter(ps, j), "")
	return true
}

// charsLike reports whether the sentence, before token i, introduces
// characters by example: "classic characters like", "characters such as",
// "characters including".
func (x *extractor) charsLike(i int) bool {
	for m := 0; m+1 < i && m+1 < len(x.toks); m++ {
		if l := x.toks[m].low; l != "characters" && l != "character" {
			continue
		}
		switch x.toks[m+1].low {
		case "like", "including":
			return true
		case "such":
			return x.tok(m+2).low == "as"
		}
	}
	return false
}

// bracketsHoldNames reports whether every bracket of the sentence that
// follows a name holds a full name that starts with a given name: in
// "Nia Orr (Truth Be Told) replaces Kay Lund (Van Helsing)" the brackets
// hold titles, however much the last looks like a name.
func (x *extractor) bracketsHoldNames() bool {
	for k := 0; k < len(x.toks); k++ {
		if x.toks[k].text != "(" {
			continue
		}
		c := x.closeOf(k)
		if c < 0 {
			return false
		}
		if ps := x.personBefore(k); ps < k && !(c-k-1 >= 2 && c-k-1 <= 3 && x.startsName(k+1) && x.personShaped(k+1, c)) {
			return false
		}
		k = c
	}
	return true
}

// otherActor reports whether the article credits someone other than actor
// with the character char.
func (x *extractor) otherActor(char, actor string) bool {
	x.know.askCredits()
	c, a := x.fold(char), x.fold(actor)
	for i := range x.facts {
		if f := &x.facts[i]; f.key.character == c && f.key.person != a {
			return true
		}
	}
	return false
}

// performerVerbAfter reports whether a casting verb follows at i, past
// auxiliaries: "(T) has signed on to star", "(T) joins"; a character
// "returns", and that says nothing.
func (x *extractor) performerVerbAfter(i int) bool {
	for m := i; m < len(x.toks) && m < i+4; m++ {
		t := &x.toks[m]
		if t.has(cAuxWords) {
			continue
		}
		return t.has(cCastVerbs) && !strings.HasPrefix(t.low, "return")
	}
	return false
}
