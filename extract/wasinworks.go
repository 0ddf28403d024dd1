package extract

import "github.com/castgraph/castgraph/graph"

// "X was in T": a sentence that opens with a person and "was in" before a
// described or quoted title tells of earlier work ("Prew was in the
// Discovery Channel miniseries Klondike and the big-screen Kick-Ass 2"):
// X is each title's cast, and the sentences after it stay on the article's
// show.

// wasInAt returns the index of "was" when the sentence opens with a person
// or "He" or "She" and "was in" right after: "Prew was in", "She was in";
// else -1.
func (x *extractor) wasInAt() int {
	if !x.sentHasWord(bitWas) || len(x.toks) < 5 {
		return -1
	}
	k := 1
	if l := x.toks[0].low; l != "he" && l != "she" {
		if k = x.personAt(0); k == 0 {
			return -1
		}
	}
	if x.tok(k).low != "was" || x.tok(k+1).low != "in" {
		return -1
	}
	return k
}

// wasInOwner is the person of "X was in" at k: the name resolved to the
// person the article named in full, or the person "he" or "she" stands for.
func (x *extractor) wasInOwner(k int) string {
	if k == 1 && x.toks[0].kind == tWord && (x.toks[0].low == "he" || x.toks[0].low == "she") {
		return x.careerOwner()
	}
	name := x.resolve(x.span(0, k))
	if !x.personShaped(0, k) && name == x.span(0, k) {
		return "" // a word alone that names no one the article knows
	}
	return name
}

// wasInTitle reads one described or quoted title at i: "the Discovery
// Channel miniseries T", "the big-screen T", "“T”"; never a bare name,
// which may be a place ("was in Lagos"). It returns the title and where it
// ends, or "" and i.
func (x *extractor) wasInTitle(i int) (string, int) {
	at := i
	if x.tok(at).low == "the" && !x.tok(at).cap {
		at = x.pastNetwork(at + 1)
		if at == i+1 {
			m := at
			for m < at+3 && x.tok(m).cap && x.tok(m).kind == tWord {
				m++
			}
			if g := x.tok(m); m > at && !g.cap && g.has(cGenreNouns|cFormatWords) {
				at = m + 1 // "the Discovery Channel miniseries T": a channel's name before the kind
			}
		}
		for m := 0; m < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords) && (x.tok(at).has(cGenreNouns|cFormatWords) || x.tok(at).flags&fHyphen != 0 || titleAdjectives[x.tok(at).low]); m++ {
			at++ // "the hit series T", "the big-screen T"
		}
		if at == i+1 {
			return "", i
		}
	} else if !isQuote(x.tok(at).text) {
		return "", i
	}
	if !x.titleStarts(at) {
		return "", i
	}
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).kind == tPoss {
		return "", i
	}
	ti := unquote(x.span(at, e))
	if !x.coStarTitle(ti) || x.isNetwork(ti) || placeName(ti) || countryName(ti) {
		return "", i
	}
	return ti, e
}

// wasInRule reads "X was in T1 and T2": X is the cast of each.
func (x *extractor) wasInRule() {
	k := x.wasInAt()
	if k < 0 {
		return
	}
	owner := ""
	for at, q := k+2, 0; q < 6; q++ {
		ti, e := x.wasInTitle(at)
		if ti == "" {
			return
		}
		if owner == "" {
			if owner = x.wasInOwner(k); owner == "" {
				return
			}
		}
		x.add(graph.KindCast, owner, ti, "", "")
		switch {
		case x.tok(e).text == "," && x.tok(e+1).low == "and":
			at = e + 2
		case x.tok(e).text == "," || x.tok(e).low == "and":
			at = e + 1
		default:
			return
		}
	}
}

// wasInShow reports whether the sentence names its show only as the
// earlier work of "X was in T".
func (x *extractor) wasInShow() bool {
	k := x.wasInAt()
	return k >= 0 && x.sshowInClause(k+2, k+14)
}
