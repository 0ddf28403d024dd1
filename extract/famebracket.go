package extract

// "X (of T fame)": a bracket after a name that says what the person is
// known for, as "X, of T fame," does in prose.

import "github.com/castgraph/castgraph/graph"

// fameBracket reads the bracket k..c after a person's name when it holds
// "of T fame" or "of T1 and T2 fame": the person is cast in each title. It
// reports whether it read the bracket so.
func (x *extractor) fameBracket(k, c int) bool {
	if x.tok(k+1).low != "of" || x.tok(c-1).low != "fame" || c-k < 4 {
		return false
	}
	ps := x.personBefore(k)
	if ps >= k || !x.personShaped(ps, k) {
		return false
	}
	titles := x.titleList(k + 2)
	if len(titles) == 0 {
		return false
	}
	for _, ti := range titles {
		if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
			x.add(graph.KindCast, x.span(ps, k), unquote(ti), "", "")
		}
	}
	return true
}
