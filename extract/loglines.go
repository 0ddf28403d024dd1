package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// A logline names its characters by what they are and puts the actor in
// brackets: "Stillwater Creek centers on a small-town sheriff (Josh
// Duhamel) who uncovers a conspiracy", "the series follows a marine
// biologist (Gyllenhaal) who returns home".

// loglineVerbs tell the story a show follows.
var loglineVerbs = set(`follows follow following centers centres centered centred revolves about tells chronicles focuses stars plays playing starring`)

var loglineMask = setMask(loglineVerbs)

// loglineCastRule reads an actor in brackets after a character described
// in lower case, in a sentence that tells the story: a cast credit with no
// character in the sentence's show.
func (x *extractor) loglineCastRule() {
	if x.sshow == "" || !x.sentHasAnyWord(loglineMask) || !strings.Contains(x.s.text, "(") {
		return // no word it reads
	}
	t := x.toks
	story := false
	for k := 1; k+2 < len(t); k++ {
		if loglineMask.mayHold(&t[k]) && loglineVerbs[t[k].low] && !t[k].cap {
			story = true
		}
		if t[k].text != "(" || !story || x.used[k+1] {
			continue
		}
		p := &t[k-1]
		if p.kind != tWord || p.cap || p.has(cStopWords|cJobNoun|cGenreNouns|cFormatWords|cNetworks) || p.kind == tNum {
			continue // "a sheriff (X)", not "the director (X)", "the film (2019)"
		}
		pe := x.personAt(k + 1)
		if pe <= k+1 || x.tok(pe).text != ")" {
			continue
		}
		name := x.resolve(x.span(k+1, pe))
		if pe == k+2 && name == x.span(k+1, pe) {
			continue // one word that names nobody the article names in full
		}
		if x.isShow(name) || x.isNetwork(name) || x.knownPerson(name) == "" && !x.personShaped(k+1, pe) && pe != k+2 {
			continue
		}
		x.add(graph.KindCast, name, x.sshow, "", "")
	}
}
