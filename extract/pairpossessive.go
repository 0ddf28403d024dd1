package extract

// Two people's possessive before a title: "Zhang Wanyi and Wang Churan's Are
// You the One", the show of its two leads.

import (
	"github.com/castgraph/castgraph/graph"
)

// pairPossRule reads "A and B's T": two people named in full own a title
// that follows at once, unquoted (possRule leaves it alone). Each is cast
// in T: the pair are most often its leads; a person credited as crew
// elsewhere in the article is left open.
func (x *extractor) pairPossRule() {
	if !x.sentHasKind(tPoss) {
		return // no token it reads
	}
	t := x.toks
	for k := 3; k+1 < len(t); k++ {
		if t[k].kind != tPoss || x.inBr[k] || !t[k-1].cap || !t[k+1].cap || t[k+1].kind != tWord {
			continue
		}
		var obuf [4]string
		owners := x.ownersBefore(obuf[:0], k)
		title := x.pairPossTitle(k, owners)
		if title == "" {
			continue
		}
		for _, o := range owners {
			if x.know.crew.has(x.fold(x.resolve(o))) {
				x.add("", o, title, "", "") // "Phil Lord and Chris Miller's T", directors elsewhere
			} else {
				x.add(graph.KindCast, o, title, "", "")
			}
		}
	}
}

// pairPossTitle is the title "A and B's T" gives, where owners are the
// people before the possessive at k: two, each named in full, and a title
// right after it, unquoted, that is no person, network or source work;
// else "".
func (x *extractor) pairPossTitle(k int, owners []string) string {
	if len(owners) != 2 || !hasByte(owners[0], ' ') || !hasByte(owners[1], ' ') || !x.tok(k+1).cap || x.tok(k+1).kind != tWord {
		return ""
	}
	if st := x.ownersStart(k); st == 0 && x.toks[0].low == "the" || st > 0 && (x.toks[st-1].low == "the" || x.toks[st-1].low == "by" || x.toks[st-1].low == "from" || x.toks[st-1].kind == tPoss) {
		return "" // "the A and B's ...", "produced by A and B's Wildside": their company
	}
	e := x.titleAt(k+1, false)
	if e <= k+1 || x.tok(e).kind == tPoss || x.tok(e).has(cSourceNouns|cGenreNouns) && !x.tok(e).cap {
		return "" // "A and B's T novel": its authors
	}
	title := x.span(k+1, e)
	if x.isNetwork(title) || isCompany(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(k+1, e) && x.startsName(k+1) {
		return ""
	}
	return title
}
