package extract

import "github.com/castgraph/castgraph/graph"

// "The series counts X among its cast", "T counts A and B among its
// stars": the people counted among a show's cast are its cast.

// amongCastNouns, after "among its", name a show's performers.
var amongCastNouns = set(`cast stars ensemble leads players`)

// countsWords are the verbs countsAmongRule reads at.
var countsWords = wordMask("counts", "count", "counted")

// countsAmongRule reads "counts A and B among its cast" in the sentence's
// show.
func (x *extractor) countsAmongRule() {
	if x.sshow == "" || x.jury {
		return
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if t[k].cap || !countsWords.holds(&t[k]) {
			continue
		}
		items := x.parseList(k + 1)
		if len(items) == 0 {
			return
		}
		e := items[len(items)-1].end
		if x.tok(e).low != "among" || x.tok(e+1).low != "its" && x.tok(e+1).low != "their" && x.tok(e+1).low != "the" || !amongCastNounsIDs.has(x.tok(e+2).id) {
			return
		}
		for _, it := range items {
			x.add(graph.KindCast, x.itemName(it), x.sshow, "", "")
		}
		return
	}
}
