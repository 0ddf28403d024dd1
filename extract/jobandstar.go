package extract

import "github.com/castgraph/castgraph/graph"

// A maker who is also on screen, named after both: "Creator and star X
// announced", "Series co-creator and star Y", "writer and star Z".

// starWord holds the word jobAndStarRule reads at.
var starWord = wordMask("star")

// jobAndStarRule reads "JOB and star X": X is crew of the sentence's show
// with the job, and cast in it.
func (x *extractor) jobAndStarRule() {
	if x.sshow == "" || !x.sentHas(cJobNoun) || !x.sentHasAnyWord(starWord) {
		return // no job noun, no "star", or no show to credit
	}
	t := x.toks
	for k := 0; k+3 < len(t); k++ {
		if !t[k].has(cJobNoun) || t[k+1].low != "and" || !starWord.holds(&t[k+2]) || t[k+2].cap || x.inBr[k] {
			continue
		}
		job, ok := jobNounsIDs.lookup(t[k].id)
		if !ok || job == graph.JobOriginalAuthor {
			continue
		}
		if k > 0 {
			// only "Creator and star X", "Series creator and star X", "from
			// creator and star X": not "Fleabag creator and star X" (another
			// show's) or "the show's creator and star" (an aside)
			switch p := t[k-1]; {
			case p.low == "series" && (k == 1 || !p.cap), p.low == "the" && !p.cap, p.low == "from" && !p.cap, p.text == ",":
			default:
				continue
			}
		}
		pe := x.personAt(k + 3)
		if pe <= k+3 || x.tok(pe).kind == tPoss {
			continue
		}
		name := x.span(k+3, pe)
		x.add(graph.KindCrew, name, x.sshow, "", job)
		x.add(graph.KindCast, name, x.sshow, "", "")
	}
}
