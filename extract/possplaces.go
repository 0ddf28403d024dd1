// Possessives that name no maker: a region's show ("South Africa's
// soaraway series T"), an actor's character in a list of pairs ("A's Eden
// Crane and B's Levi Crane").

package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// regionWords open the two-word name of a country or region: "South
// Africa", "New Zealand", "United States", "Latin America".
var regionWords = set(`north south east west new united latin central northern southern eastern western`)

// regionName reports whether s is a country's or region's name of two
// words, the first a compass point or "New" or "United": no person's name.
func regionName(s string) bool {
	i := strings.IndexByte(s, ' ')
	if i <= 0 || strings.IndexByte(s[i+1:], ' ') >= 0 || !isCapitalized(s[i+1:]) {
		return false
	}
	var buf [16]byte
	if i > len(buf) {
		return false
	}
	return regionWords[string(lowerInto(buf[:0], s[:i]))]
}

// regionBefore reports whether the possessive at k follows a region's
// name whose first word the owner's name leaves out: "New Zealand's" at the
// start of a sentence.
func (x *extractor) regionBefore(k int) bool {
	st := x.ownersStart(k)
	w := x.tok(st - 1)
	return st == k-1 && st > 0 && w.cap && w.kind == tWord && regionWordsIDs.has(w.id)
}

// possNamePair reports whether the possessive at k is followed by a full
// name up to e, and the list item after it or before it too: "A's Eden
// Crane and B's Levi Crane" (not "A's Les Ombres and B's The Salt Flats").
func (x *extractor) possNamePair(k, e int) bool {
	name := func(i, j int) bool { return j > i && x.startsName(i) && x.personShaped(i, j) }
	if !name(k+1, e) {
		return false
	}
	sep := e
	if x.tok(sep).text == "," {
		sep++
	}
	if x.tok(sep).low == "and" {
		sep++
	}
	if pe := x.personAt(sep); sep > e && pe > sep && x.tok(pe).kind == tPoss {
		return name(pe+1, x.titleAt(pe+1, false))
	}
	p := x.personBefore(k) - 1
	if x.tok(p).low == "and" {
		p--
	}
	if x.tok(p).text == "," {
		p--
	}
	for q := p - 1; q >= 0 && q >= p-5; q-- {
		if x.toks[q].kind == tPoss {
			return name(q+1, p+1)
		}
	}
	return false
}

// possCharList reads "Owner's C" at the possessive k, C a full name up to
// e, in a list of such pairs: the owner plays C in the sentence's show
// where the sentence speaks of roles or characters; else no credit.
func (x *extractor) possCharList(k, e int, owner string) {
	if x.sshow == "" || !x.rolesWord() || x.isShow(x.span(k+1, e)) || x.knownPerson(x.span(k+1, e)) != "" {
		return
	}
	x.add(graph.KindCast, owner, x.sshow, x.span(k+1, e), "")
}
