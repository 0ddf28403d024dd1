package extract

// A character described, not named, then a bracket that holds a title's
// possessive and the actor: "his older brother (Money Heist's Jaime
// Lorente)". The actor is cast in the title, and in the sentence's show.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// describedTitleActor reads the bracket from k to c after a lower-case
// noun that describes a character, when the bracket holds only a title's
// possessive and a full name: it reports whether it read the bracket so.
func (x *extractor) describedTitleActor(k, c int) bool {
	if k < 2 || c-k < 5 {
		return false
	}
	if w := x.tok(k - 1); w.kind != tWord || w.cap || w.has(cStopWords|cAuxWords|cCastVerbs|cCastNouns|cJobNoun) || x.tok(k-2).kind != tWord {
		return false // "his older brother (T's X)", not "joins (T's X)"
	}
	var buf [4]part
	parts := x.bracketParts(buf[:0], k+1, c)
	if len(parts) != 1 || !parts[0].poss || !hasByte(parts[0].char, ' ') {
		return false
	}
	actor := parts[0].char
	first, _, _ := cutByte(actor, ' ')
	if !isNameStart(first) || strings.Count(actor, " ") > 2 {
		return false
	}
	title := unquote(x.span(parts[0].i, parts[0].j))
	if x.isNetwork(title) || x.knownPerson(title) != "" {
		return false
	}
	x.add(graph.KindCast, actor, title, "", "")
	if x.sshow != "" && x.skey(x.sshow) != x.skey(title) {
		x.add(graph.KindCast, actor, x.sshow, "", "")
	}
	return true
}
