package extract

// A list of names each with one name in brackets, "Jola Fraszen (Monika
// Zybert), Marian Opan (Tadeusz Zybert), Edyta Jung (Sister Bozena) and
// Olga Bonczy (Edyta Kuszyn)", is read one way throughout: which side of
// the brackets is the person is settled by the pairs that say it, a title
// word that starts a character ("Sister", "Detective", "Dr", "Siostra"),
// or a person the article knows on one side only.

import "github.com/castgraph/castgraph/graph"

// pairSideTitles start a character's name in a bracket list: charTitles
// and ranks, and their like in the languages of the corpus.
var pairSideTitles = set(`siostra doktor komisarz inspektor pani pan schwester kommissar kommissarin hermana doctora comisario comisaria inspectora dottor dottoressa commissario ispettore suor sœur docteur commissaire`)

// pairTitleIDs are charTitles, rankWords and pairSideTitles by word id
// (wordids.go): one bit test for a token, not three map lookups.
var pairTitleIDs = func() idSet {
	s := idsOf(charTitles)
	for _, m := range []map[string]bool{rankWords, pairSideTitles} {
		o := idsOf(m)
		s.union(&o)
	}
	return s
}()

// pairTitled reports whether the name at i opens with a character's title.
func (x *extractor) pairTitled(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.cap && pairTitleIDs.has(t.id)
}

// pairNameAt reports whether the tokens i..j are a name of two or three
// capitalized words that starts as people's names do or with a
// character's title.
func (x *extractor) pairNameAt(i, j int) bool {
	if j-i < 2 || j-i > 3 || isQuote(x.tok(i).text) {
		return false
	}
	for m := i; m < j; m++ {
		if t := x.tok(m); t.kind != tWord || !t.cap {
			return false
		}
	}
	if x.pairTitled(i) {
		return true
	}
	return x.personShaped(i, j) && !x.isShow(x.span(i, j))
}

// pairVote is what the pair of the name from ps to the bracket at k, and
// the bracket's name that ends at c, says of its sides: 1 where a title
// word starts the bracket's name, or the article knows the name before it
// as a person or the bracket's as a character and not the other way, -1
// the other way round, else 0.
func (x *extractor) pairVote(ps, k, c int) int {
	outer, inner := x.span(ps, k), x.span(k+1, c)
	ko, ki := x.knownPerson(outer) != "", x.knownPerson(inner) != ""
	co, ci := x.knownChar(outer), x.knownChar(inner)
	to, ti := x.pairTitled(ps), x.pairTitled(k+1)
	switch {
	case ti && !to || (ko || ci) && !ki && !co && !to:
		return 1
	case to && !ti || (ki || co) && !ko && !ci && !ti:
		return -1
	}
	return 0
}

// pairListSide reads the sentence's brackets after names: where there are
// two or more, each holding one name after a name (before any comma), it returns 1 when more
// of the pairs that tell say the person comes first ("A (C)"), -1 when
// more say the character does ("C (A)"), and 0 when none tells or as many
// tell each way; ok is false where there are fewer than two pairs or a
// bracket after a name holds anything else.
func (x *extractor) pairListSide() (side int, ok bool) {
	pairs := 0
	for k := 0; k < len(x.toks); k++ {
		if x.toks[k].text != "(" {
			continue
		}
		c := x.closeOf(k)
		if c < 0 {
			return 0, false
		}
		ps := x.personBefore(k)
		if ps >= k {
			if x.pairTitled(k-1) || x.pairTitled(k+1) {
				return 0, false
			}
			k = c
			continue
		}
		if x.pairTitled(ps - 1) {
			ps--
		}
		e := c // "A (C, T)": the name before the bracket's first comma
		for m := k + 1; m < c; m++ {
			if x.toks[m].text == "," {
				e = m
				break
			}
		}
		if !x.pairNameAt(ps, k) || !x.pairNameAt(k+1, e) {
			return 0, false
		}
		pairs++
		side += x.pairVote(ps, k, e)
		k = c
	}
	switch {
	case pairs < 2:
		return 0, false
	case side > 0:
		return 1, true
	case side < 0:
		return -1, true
	}
	return 0, true
}

// pairListBracket credits the bracket after the name from ps to j by the
// sentence's side (pairListSide), and reports whether it did.
func (x *extractor) pairListBracket(ps, j, k int, parts []part) bool {
	if len(parts) != 1 || parts[0].i != k+1 || x.sshow == "" || !x.otherBracket(k) {
		return false // pairListSide reads two brackets or more: with one, the names are not read
	}
	c := parts[0].j
	if x.pairTitled(ps - 1) {
		ps--
	}
	if !x.pairNameAt(ps, j) || !x.pairNameAt(k+1, c) {
		return false
	}
	cs := ps
	if r, ok := x.rankedChar(ps, j); ok {
		cs = r // "Deputy Director C (A)": the office is no part of the name
	}
	listSide, ok := x.pairListSide()
	if !ok {
		return false
	}
	side := x.pairVote(ps, k, c) // "A (C), D (B) and E (Sister F)" where the article credits B: the pair's own word first
	if side == 0 {
		side = listSide
	}
	switch side {
	case 1:
		x.add(graph.KindCast, x.span(ps, j), x.sshow, x.span(k+1, c), "")
	case -1:
		x.add(graph.KindCast, x.span(k+1, c), x.sshow, x.span(cs, j), "")
	default:
		return false
	}
	return true
}

// otherBracket reports whether the sentence opens a bracket other than the
// one at k.
func (x *extractor) otherBracket(k int) bool {
	for m := range x.toks {
		if m != k && x.toks[m].text == "(" {
			return true
		}
	}
	return false
}
