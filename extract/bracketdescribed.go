package extract

// A character, then in brackets the actor with words that describe the
// actor before the name: "convict C (British actor A of T1 and T2)",
// "his wife, D (award-winning Aussie B)".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// describedActorBracket reads the bracket k..c after a character's name as
// describing words (one of them lowercase, none a crew job or a stop word),
// then the actor's full name, then optionally "of" and the actor's earlier
// titles: cast in the sentence's show as the character, and in each title.
func (x *extractor) describedActorBracket(k, c int) bool {
	if c-k < 4 || x.sshow == "" || !x.tok(c-1).cap || x.tok(k+1).kind != tWord {
		return false
	}
	end := c
	for m := k + 3; m < c; m++ {
		if x.tok(m).low == "of" {
			end = m
			break
		}
	}
	s := -1
	for _, at := range [2]int{end - 3, end - 2} {
		if at > k+1 && x.startsName(at) && x.personShaped(at, end) && x.personAt(at) == end {
			s = at
			break
		}
	}
	if s < 0 || s-k-1 > 5 {
		return false
	}
	lower := false
	for m := k + 1; m < s; m++ {
		w := x.tok(m)
		if w.kind != tWord || w.has(cStopWords|cPlayVerbs|cCastVerbs) || !w.cap && strings.HasSuffix(w.low, "ing") && !strings.Contains(w.low, "-") {
			return false // "(playing C)": a verb, no description
		}
		if _, job := jobNounsIDs.lookup(w.id); job {
			return false // "(director A)": off screen, no character's actor
		}
		lower = lower || !w.cap
	}
	cs := x.charBefore(k)
	if !lower || cs >= k {
		return false
	}
	char := x.span(cs, k)
	if x.knownPerson(char) != "" || x.isShow(char) || x.isNetwork(char) {
		return false
	}
	actor := x.span(s, end)
	x.add(graph.KindCast, actor, x.sshow, char, "")
	if end < c {
		for _, ti := range x.titleList(end + 1) {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
				x.add(graph.KindCast, actor, unquote(ti), "", "")
			}
		}
	}
	return true
}
