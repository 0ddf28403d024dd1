package extract

// A maker named again without the name: "The filmmaker made his debut
// with T" after a sentence that credited the filmmaker.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// theMakerOpener is the person a sentence that opens with "The" and a crew
// job noun speaks of, as a profile names its maker again: "The filmmaker
// made his feature film debut with T", "The director previously helmed
// T2", "The writer also penned T3". It is the person the sentence before
// opened with, else the person of the last credit read before, else the
// article's lead person, where the article credits that person off
// screen; else "". k is the verb's token.
func (x *extractor) theMakerOpener(k int) string {
	if k < 2 || k > 4 || k >= len(x.toks) || x.toks[0].low != "the" {
		return ""
	}
	for m := 2; m < k; m++ {
		if t := &x.toks[m]; t.kind != tWord || t.cap || !t.has(cAuxWords) && !strings.HasSuffix(t.low, "ly") && t.low != "also" {
			return "" // "The director has also", "The filmmaker previously"
		}
	}
	n := x.tok(1)
	if job, ok := jobNounsIDs.lookup(n.id); !ok || n.cap || job == "" || job == graph.JobOriginalAuthor || n.low == "executive" || strings.HasSuffix(n.low, "s") && n.low != "actress" {
		return "" // one maker, not "The producers": a company's people
	}
	for _, p := range []string{x.prevSubject(), x.lastPerson(), x.mainPerson()} {
		if p != "" && hasByte(p, ' ') && x.know.crewed(x.fold(p)) {
			return p
		}
	}
	return ""
}

// genreRunTitle is where a title starts after describing words in lower
// case that end in a genre noun, singular or plural, and an optional dash:
// "the creator of hit dramas -- “T1” and “T2”", "the director of the
// acclaimed films T3 and T4"; else 0.
func (x *extractor) genreRunTitle(i int) int {
	m := i
	if x.tok(m).low == "the" && !x.tok(m).cap {
		m++
	}
	s := m
	for m < len(x.toks) && m < s+3 && x.toks[m].kind == tWord && !x.toks[m].cap && !x.toks[m].has(cStopWords) {
		m++
	}
	g := x.tok(m - 1)
	if m == s || g.cap || !g.has(cGenreNouns) && !genreNouns[strings.TrimSuffix(g.low, "s")] {
		return 0
	}
	for q := 0; q < 2 && isDash(x.tok(m).text); q++ {
		m++ // "--" as one token or two
	}
	return m
}
