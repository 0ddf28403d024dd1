package extract

// A list of full names each with a full name in brackets, where the
// brackets share a surname the names before them do not, "Ana Selo (Rory
// Dunmore), Piet Varga (Lena Dunmore) and Cora Imbert (Sam Dunmore) will
// leave the soap", holds a family of characters in its brackets: the
// names before them are the players, though a bracket's first word starts
// no name the lists know ("Stingray"). Names before the brackets that
// share a surname the brackets do not are the family of characters the
// other way round, "Rory Dunmore (Ana Selo), Lena Dunmore (Piet Varga)".
// A pair whose one side the article knows as a person, and not the
// other, is read its own way.

import "github.com/castgraph/castgraph/graph"

// familyPair is one "Name (Name)" of a sentence: the name before the
// bracket from ps to k, and the bracket's from k+1 to c.
type familyPair struct{ ps, k, c int }

// familyPairName reports whether the tokens i..j are a name of two or
// three capitalized words, none a quote.
func (x *extractor) familyPairName(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for m := i; m < j; m++ {
		t := x.tok(m)
		if t.kind != tWord || !t.cap || isQuote(t.text) {
			return false
		}
	}
	return true
}

// familyTitled reports whether the token at i is a capitalized title
// word that starts a character's name: "Dr", "Sister", "Detective".
func (x *extractor) familyTitled(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.cap && familyTitleIDs.has(t.id)
}

// familyTitleIDs are charTitles and rankWords by word id (wordids.go): one
// bit test for a token, not two map lookups.
var familyTitleIDs = func() idSet {
	s, o := idsOf(charTitles), idsOf(rankWords)
	s.union(&o)
	return s
}()

// familyPairs lists the sentence's pairs of a full name and a full name
// in brackets; ok is false where a bracket after a name holds anything
// else.
func (x *extractor) familyPairs() (pairs []familyPair, ok bool) {
	for k := 0; k < len(x.toks); k++ {
		if x.toks[k].text != "(" {
			continue
		}
		c := x.closeOf(k)
		if c < 0 {
			return nil, false
		}
		ps := x.personBefore(k)
		if ps >= k {
			k = c
			continue
		}
		if !x.familyPairName(ps, k) || !x.familyPairName(k+1, c) || x.familyTitled(ps-1) || x.familyTitled(k+1) {
			return nil, false // "Dr C (A)": a title word tells the side (pairsides.go)
		}
		pairs = append(pairs, familyPair{ps, k, c})
		k = c
	}
	return pairs, true
}

// secondBracket says whether the sentence opens two brackets or more,
// as a list of pairs needs: a test of the tokens' text before
// familyPairs asks for the name before each bracket.
func (x *extractor) secondBracket() bool {
	n := 0
	for m := range x.toks {
		if x.toks[m].text == "(" {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// familySide reads the sentence's pairs: 1 where two brackets or more
// share a last word that no name before a bracket ends with, and no two
// names before brackets share one; -1 the other way round; else 0.
func (x *extractor) familySide(pairs []familyPair) int {
	if len(pairs) < 2 {
		return 0
	}
	inner, outer := map[string]int{}, map[string]int{}
	for _, p := range pairs {
		inner[x.tok(p.c-1).low]++
		outer[x.tok(p.k-1).low]++
	}
	shared := func(a, b map[string]int) bool {
		s := false
		for w, n := range a {
			if n >= 2 && b[w] == 0 && len(w) > 2 {
				s = true
			}
		}
		return s
	}
	in, out := shared(inner, outer), shared(outer, inner)
	switch {
	case in && !out:
		return 1
	case out && !in:
		return -1
	}
	return 0
}

// movingVerbs are what players do to a cast, not characters to a story:
// "will leave the soap", "set to depart", "join the cast".
var movingVerbs = set(`leave leaves leaving depart departs departing exit exits exiting quit quits quitting join joins joining`)

// movingVerbsIDs are movingVerbs by word id.
var movingVerbsIDs = idsOf(movingVerbs)

// movingSide is 1 where the sentence of two pairs or more has a verb of
// players leaving or joining a cast, "Others set to depart include A (C),
// B (D)", and no pair's name follows a word that makes it a character,
// nor speaks of characters; else 0.
func (x *extractor) movingSide(pairs []familyPair) int {
	if len(pairs) < 2 {
		return 0
	}
	verb := false
	for m := range x.toks {
		switch l := x.toks[m].low; {
		case l == "character" || l == "characters" || l == "plays" || l == "played" || l == "playing":
			return 0
		case movingVerbsIDs.has(x.toks[m].id):
			verb = true
		}
	}
	if !verb {
		return 0
	}
	for _, p := range pairs {
		if x.charContext(p.ps) || !x.personShaped(p.ps, p.k) || !x.personShaped(p.k+1, p.c) || x.isShow(x.span(p.k+1, p.c)) {
			return 0 // "A (Truth Be Told) and B (Van Helsing) join the cast": titles
		}
	}
	return 1
}

// pairSide is the side the sentence's pairs settle (familySide, then
// movingSide), or 0, read once for the brackets of a sentence while the
// token memo holds (tokenmemo.go), and its questions noted again.
func (x *extractor) pairSide() int {
	m := x.tokenMemo()
	if m.pairSide != 0 {
		x.reask(m.pairAsks)
		return int(m.pairSide) - 2
	}
	resets, a := m.resets, x.asked()
	side := 0
	if pairs, ok := x.familyPairs(); ok {
		if side = x.familySide(pairs); side == 0 {
			side = x.movingSide(pairs)
		}
	}
	if m.resets == resets {
		m.pairSide, m.pairAsks = int8(side+2), [2]int32{a, x.asked()}
	}
	return side
}

// familyPairBracket credits the bracket at k after the name from ps to j
// by the side its sentence's family of characters settles (familySide),
// and reports whether it did.
func (x *extractor) familyPairBracket(ps, j, k, c int) bool {
	if x.sshow == "" || j != k || !x.familyPairName(ps, j) || !x.familyPairName(k+1, c) || !x.secondBracket() {
		return false // a side is read only of two pairs or more (familySide, movingSide)
	}
	side := x.pairSide()
	if side == 0 {
		return false
	}
	outer, inner := x.span(ps, j), x.span(k+1, c)
	ko, ki := x.knownPerson(outer) != "", x.knownPerson(inner) != ""
	switch {
	case ko && !ki:
		side = 1 // "A (C)" where the article knows A as a person: the pair's own word first
	case ki && !ko:
		side = -1
	}
	if side == 1 && x.isShow(inner) || side == -1 && x.isShow(outer) {
		return false
	}
	if side == 1 {
		x.add(graph.KindCast, outer, x.sshow, inner, "")
	} else {
		x.add(graph.KindCast, inner, x.sshow, outer, "")
	}
	return true
}
