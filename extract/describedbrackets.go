package extract

// A bracket after a name that holds a description, not a title: "Mira
// (played by Night Road villainess, Tomas Brel) is an elderly woman", "Judy
// (Nell Duarte in a bravura performance) is losing her independence",
// "Rosa Telle (Varo county women representative)". A part of the bracket
// shaped as a person's name is the actor, who plays the name before it in
// the sentence's show; the words that describe the actor or the name are
// none of the credit, and never a show.

import "github.com/castgraph/castgraph/graph"

// describingEnds end a bracket's description of a person or a performance:
// "villainess", "bravura performance", "women representative".
var describingEnds = set(`performance performances turn villain villainess villains hero heroine representative representatives senator governor minister mp mayor councillor legislator lawmaker politician chairman chairperson chairwoman ceo`)

// describedBracket reads the bracket k..c after the name ps..j, and reports
// whether it did: "C (played by T villainess, A)" where no rule before
// took the part after "played by" for the actor, "C (A in a bravura
// performance)", and a bracket whose words end in a noun that describes
// (an office, a performance) and hold no title.
func (x *extractor) describedBracket(ps, j, k, c int, parts []part) bool {
	if x.castListCharBracket(ps, j, k, c, parts) {
		return true
	}
	if c-k < 2 || !x.personShaped(ps, j) && j-ps != 1 {
		return false
	}
	if x.tok(k+1).low == "played" && x.tok(k+2).low == "by" {
		// the last part shaped as a name is the actor: "played by T
		// villainess, A"
		var buf [4]part
		ps2 := x.bracketParts(buf[:0], k+3, c)
		if len(ps2) > 0 && x.personShaped(ps2[0].i, ps2[0].j) && x.personAt(ps2[0].i) == ps2[0].j && x.startsName(ps2[0].i) {
			return false // "C (played by A, T)": the actor first, read by the rules after
		}
		for n := len(ps2) - 1; n >= 0; n-- {
			q := ps2[n]
			if at, pe := q.i, q.j; x.personShaped(at, pe) && x.personAt(at) == pe && x.startsName(at) {
				if x.sshow != "" && x.knownPerson(x.span(ps, j)) == "" {
					x.add(graph.KindCast, x.span(at, pe), x.sshow, x.span(ps, j), "")
				}
				return true
			}
		}
		return true // "C (played by a newcomer)": no title in it either way
	}
	// "C (A in a bravura performance)": a name, then "in a" or "in an"
	// and words in lower case to the bracket's end (the name asked for
	// only where the bracket holds "in a" or "in an")
	if !x.tok(c-1).cap && inAWithin(x.toks, k+3, c) {
		if pe := x.personAt(k + 1); pe > k+2 && pe < c && x.personShaped(k+1, pe) && x.startsName(k+1) && x.tok(pe).low == "in" &&
			(x.tok(pe+1).low == "a" || x.tok(pe+1).low == "an") && x.lowerRun(pe+2, c) {
			if x.sshow != "" && x.knownPerson(x.span(ps, j)) == "" {
				x.add(graph.KindCast, x.span(k+1, pe), x.sshow, x.span(ps, j), "")
			}
			return true
		}
	}
	// "C (Night Road villainess A)": a name of two to four name words ends
	// the bracket, after a describing word in lower case (the word tested
	// before the name is asked for)
	if n := len(parts); n > 0 && parts[n-1].j == c {
		for at := c - 4; at <= c-2; at++ {
			if at > k+1 && x.tok(at-1).kind == tWord && !x.tok(at-1).cap && !x.tok(at-1).has(cStopWords) && x.personAt(at) == c && x.personShaped(at, c) && x.startsName(at) {
				if x.sshow != "" && x.knownPerson(x.span(ps, j)) == "" {
					x.add(graph.KindCast, x.span(at, c), x.sshow, x.span(ps, j), "")
				}
				return true
			}
		}
	}
	// "C (Night Road, A)" where the article gives A as a person ("Cast: A,
	// B", "played by A"): A is the actor, the parts before no show of C's
	if n := len(parts); n >= 2 && parts[n-1].j == c && !parts[n-1].poss && parts[n-1].char == "" {
		q := parts[n-1]
		actor := x.span(q.i, q.j)
		if x.personShaped(q.i, q.j) && x.personAt(q.i) == q.j && x.startsName(q.i) && x.knownPerson(x.span(ps, j)) == "" &&
			(x.knownPerson(actor) != "" || x.textPeople()[x.fold(actor)]) {
			if x.sshow != "" {
				x.add(graph.KindCast, actor, x.sshow, x.span(ps, j), "")
			}
			return true
		}
	}
	// "A (Varo county women representative)": words that end in an
	// office's or a performance's noun, in lower case (tested before the
	// lookup: most brackets end in a name)
	if c-k >= 3 && !x.tok(c-1).cap && !x.tok(c-2).cap && x.tok(c-2).kind == tWord && describingEnds[x.tok(c-1).low] {
		for n := k + 1; n < c; n++ {
			if x.tok(n).text == "," || isQuote(x.tok(n).text) {
				return false
			}
		}
		return true
	}
	return false
}

// inAWithin reports whether "in a" or "in an" stands in toks from i to
// before j, "in" before j-1.
func inAWithin(toks []token, i, j int) bool {
	for m := max(i, 0); m+1 < j && m+1 < len(toks); m++ {
		if toks[m].low == "in" && (toks[m+1].low == "a" || toks[m+1].low == "an") {
			return true
		}
	}
	return false
}

// lowerRun reports whether the tokens i..j are all in lower case (or
// marks), with at least one word.
func (x *extractor) lowerRun(i, j int) bool {
	words := 0
	for n := i; n < j; n++ {
		t := x.tok(n)
		if t.cap || isQuote(t.text) {
			return false
		}
		if t.kind == tWord {
			words++
		}
	}
	return words > 0
}

// castListCharBracket reads a one-word bracket after a full name in a list
// that a cast noun and "include" open, where another bracket of the list
// holds a name of two name words that is no show: "Some of its memorable
// casts included the late Oren Valk (Mzee Tobo), Delia Marsh (Kanto)": the
// brackets hold the characters, never a show. The person plays the
// character in the sentence's show; where none is known, no credit. It
// reports whether it read the bracket.
func (x *extractor) castListCharBracket(ps, j, k, c int, parts []part) bool {
	if len(parts) != 1 || c != k+2 || j-ps < 2 || !x.personShaped(ps, j) {
		return false
	}
	in := x.tok(k + 1)
	inner := in.text
	if in.kind != tWord || !in.cap || isQuote(inner) || x.isShow(inner) || x.knownPerson(inner) != "" {
		return false
	}
	// back from the name over the list, to "include" after a cast noun
	v := -1
	for i := ps - 1; i >= 0; i-- {
		t := x.tok(i)
		if t.low == "include" || t.low == "includes" || t.low == "included" || t.low == "including" {
			v = i
			break
		}
		if t.kind == tWord && !t.cap && t.low != "and" && t.low != "the" && t.low != "late" || t.text == "." || t.text == ";" {
			return false
		}
	}
	if v < 1 || !(x.tok(v-1).low == "cast" || x.tok(v-1).low == "casts" || x.tok(v-1).low == "members" && x.tok(v-2).low == "cast") {
		return false
	}
	named := false // a bracket of the list holds a name of two name words
	for i := v + 1; i < len(x.toks); i++ {
		if x.tok(i).text != "(" {
			continue
		}
		e := x.closeOf(i)
		if e == i+3 && x.personShaped(i+1, e) && !x.isShow(x.span(i+1, e)) && x.personBefore(i) < i {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	if x.sshow != "" {
		x.add(graph.KindCast, x.span(ps, j), x.sshow, inner, "")
	}
	return true
}
