package extract

import "github.com/castgraph/castgraph/graph"

// comesMask holds the verbs of "The music comes from X".
var comesMask = setMask(set(`comes come came`))

// comesFromRule: "The music comes from X", "The screenplay will come from A
// and B", "the film's score comes from X": a maker's part, then its maker,
// crew in the sentence's show with the part's job.
func (x *extractor) comesFromRule() {
	if x.sshow == "" || !x.sentHasAnyWord(comesMask) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !comesMask.holds(&t[k]) || t[k].cap || t[k+1].low != "from" || x.inBr[k] {
			continue
		}
		m := k - 1
		for q := 0; q < 2 && x.tok(m).has(cAuxWords) && !x.tok(m).cap; q++ {
			m-- // "will come from"
		}
		n := x.tok(m)
		job, ok := dutyNounsIDs.lookup(n.id)
		if !ok && n.has(cScriptWords) {
			job, ok = graph.JobWriter, true
		}
		if !ok || n.cap || n.low == "camera" || n.low == "megaphone" {
			continue
		}
		// "The music", "the film's score": the part of the show the text
		// is about, not "music from a Korean band comes from X"
		if d := x.tok(m - 1); d.low != "the" && d.low != "its" && !(d.kind == tPoss && x.tok(m-2).has(cGenreNouns) && x.tok(m-3).low == "the") {
			continue
		}
		items := x.dropCompanies(x.parseList(k + 2))
		for _, it := range items {
			x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
		}
	}
}
