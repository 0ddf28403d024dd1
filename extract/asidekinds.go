package extract

import "github.com/castgraph/castgraph/graph"

// The words between a preposition and the genre noun that introduces a
// title, which the walk back from the genre noun (otherShow) passes over to
// the word that tells whose work the title is: "X, best known for the comedy
// series T, will play", "X, from the hit Seven show T, will return". A
// title named there is the person's earlier work, not the show the
// sentence and the sentences after it are about.

// fromAsideRule reads the person's earlier show in an aside after the
// name that opens with "from" and a kind of work: "X, from the hit Seven
// show T, will return to the network", "X, from the comedy series T,
// joins". X is cast in T; the sentence's show is another (otherShow).
func (x *extractor) fromAsideRule() {
	if !x.sentHasWord(bitFrom) || !x.sentHas(cGenreNouns) {
		return
	}
	t := x.toks
	for k := 2; k+4 < len(t); k++ {
		if t[k].text != "," || t[k+1].low != "from" || t[k+1].cap {
			continue
		}
		g := k + 2
		for g < k+8 && g < len(t) && !(t[g].has(cGenreNouns) && !t[g].cap) {
			g++ // "from the ABC's international hit series T": a network's possessive and describing words
		}
		if g < k+8 && g+1 < len(t) && t[g+1].has(cGenreNouns) && !t[g+1].cap {
			g++ // "the comedy series T"
		}
		ts := g + 1
		if x.tok(ts).text == "," {
			ts++ // "from the ABC's hit series, T,": the title set off by commas
		}
		if g >= k+9 || ts >= len(t) || !x.otherShow(g) || !x.titleStarts(ts) {
			continue // "from the hit Seven show T": each word before the genre noun is one otherShow passes over
		}
		e := x.titleAt(ts, false)
		if e <= ts || x.tok(e).text != "," {
			continue
		}
		ps := x.personBefore(k)
		if ps >= k || !x.personShaped(ps, k) {
			continue
		}
		if ti := unquote(x.span(ts, e)); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" {
			x.add(graph.KindCast, x.span(ps, k), ti, "", "")
		}
	}
}

// kindWordBefore reports whether the word at m, at most two words before
// the genre noun at k, belongs to the kind of work the title is
// introduced by: a genre noun before it ("the comedy series T", "the
// crime drama series T") or, after "the", "a" or a describing word, the
// capitalised name of the channel that made it ("the hit Seven show T",
// "a Channel Nine drama T").
func (x *extractor) kindWordBefore(k, m int) bool {
	if m < k-2 || m < 1 || !x.toks[k].has(cGenreNouns) || x.toks[k].cap {
		return false
	}
	t := &x.toks[m]
	if t.kind != tWord {
		return false
	}
	if !t.cap {
		return t.has(cGenreNouns)
	}
	p := &x.toks[m-1]
	if p.cap && m == k-2 && p.kind == tWord {
		p = x.tok(m - 2) // "the Channel Nine drama T": two words of a name
	}
	return !p.cap && p.kind == tWord && (p.low == "the" || p.low == "a" || p.low == "an" || p.low == "hit" || p.has(cDescribe) || isShowAdjective(p.low))
}

// starOfAt reports whether an appositive opens at c with "the star of",
// "star of" or "a star of": "X, the star of the series T, will play",
// "X, star of the BBC drama T, joins".
func (x *extractor) starOfAt(c int) bool {
	if l := x.tok(c).low; l == "the" || l == "a" {
		c++
	}
	return x.tok(c).has(cCastNouns) && !x.tok(c).cap && x.tok(c+1).low == "of"
}
