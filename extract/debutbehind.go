// A first film as director named by where the person stood: "her debut
// behind the lens, “T”", "X's debut behind the camera, T".

package extract

import "github.com/castgraph/castgraph/graph"

// behindWords are the camera's names in "debut behind the camera".
var behindWords = set(`camera lens`)

// behindMask is behindWords for sentHasAnyWord.
var behindMask = setMask(behindWords)

// debutWord holds the word debutBehindRule reads at.
var debutWord = wordMask("debut")

// debutBehindRule: "Johansson is set to showcase her debut behind the
// lens, “T”", "X's debut behind the camera, T, opens": the owner directs
// T.
func (x *extractor) debutBehindRule() {
	if !x.sentHasAnyWord(debutWord) || !x.sentHasAnyWord(behindMask) {
		return // no words it reads at
	}
	t := x.toks
	for k := 1; k+5 < len(t); k++ {
		if !debutWord.holds(&t[k]) || t[k].cap || x.inBr[k] || t[k+1].low != "behind" || t[k+2].low != "the" || !behindWordsIDs.has(t[k+3].id) {
			continue
		}
		at := k + 4
		if t[at].text == "," || t[at].text == ":" {
			at++
		}
		if !x.titleStarts(at) {
			continue
		}
		owner := x.ownerAt(k - 1)
		if owner == "" {
			continue
		}
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
			continue
		}
		x.add(graph.KindCrew, owner, ti, "", graph.JobDirector)
	}
}

// ownerAt is the person a possessive or "his"/"her" at j names: X of
// "X's", or the person pronounOwner finds for the pronoun; "" when none.
func (x *extractor) ownerAt(j int) string {
	switch o := x.tok(j); {
	case o.kind == tPoss:
		if ps := x.personBefore(j); ps < j {
			return x.resolve(x.span(ps, j))
		}
	case (o.low == "his" || o.low == "her") && !o.cap:
		return x.pronounOwner(j)
	}
	return ""
}
