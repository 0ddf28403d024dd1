package extract

// A performer's earlier work in an aside that opens with "of" and names its
// kind before the titles: "X, of pop group G and dramas T1 and T2, stars
// as C", "Y, of the sitcom T3, joins the cast".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// ofKindsAside reads the aside whose "of" stands at k, right after a
// comma and a name: a genre noun (or its plural) in lower case, within the
// aside, before a title opens a list of the person's works, cast in each.
// It reports whether it read one. A network, or an aside with no genre
// noun ("X, of production company P,"), gives nothing; a job noun before
// the name makes the credits crew.
func (x *extractor) ofKindsAside(k int) bool {
	ps := x.personBefore(k - 1)
	if ps >= k-1 || x.tok(ps-1).kind == tPoss {
		return false
	}
	if !x.personShaped(ps, k-1) {
		// "Nana, of pop group G and dramas T1 and T2,": one name opening
		// the sentence, not a network, company or show
		if name := x.span(ps, k-1); ps != 0 || k-1-ps != 1 || x.isNetwork(name) || isCompany(name) || x.isShow(name) {
			return false
		}
	}
	for m := k + 1; m < k+12 && m < len(x.toks); m++ {
		t := x.tok(m)
		if t.kind == tPunct && t.text != "-" || t.low == "who" || t.low == "which" {
			return false // the aside ends before a kind of work
		}
		if t.cap || t.kind != tWord || !t.has(cGenreNouns) && !genreNouns[strings.TrimSuffix(t.low, "s")] || !x.titleStarts(m+1) {
			continue
		}
		if l := x.tok(m - 1).low; l != "and" && l != "the" && l != "of" && (x.tok(m-1).cap || x.tok(m-1).kind != tWord) {
			return false
		}
		kind := graph.KindCast
		if p := x.tok(ps - 1); p.has(cJobNoun) && !p.cap {
			kind = graph.KindCrew // "director X, of the film T,": T is X's as crew
		}
		read := false
		for _, ti := range x.titleList(m + 1) {
			if ti = unquote(ti); !x.isNetwork(ti) && !isCompany(ti) && x.knownPerson(ti) == "" {
				x.add(kind, x.span(ps, k-1), ti, "", "")
				read = true
			}
		}
		return read
	}
	return false
}
