package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

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
	st := x.wasInStart()
	k := st + 1
	if l := x.tok(st).low; l != "he" && l != "she" {
		if k = x.personAt(st); k == st {
			return -1
		}
	}
	if x.tok(k).low != "was" || x.tok(x.wasInIn(k)).low != "in" {
		return -1
	}
	return k
}

// wasInIn is the index of "in" after "was" at k, past an adverb of when:
// "X was most recently in T", "was last in", "was previously in".
func (x *extractor) wasInIn(k int) int {
	m := k + 1
	if x.tok(m).low == "most" {
		m++
	}
	switch x.tok(m).low {
	case "recently", "lately", "previously", "last", "also":
		return m + 1
	}
	return k + 1
}

// wasInOwner is the person of "X was in" at k: the name resolved to the
// person the article named in full, or the person "he" or "she" stands for.
func (x *extractor) wasInOwner(k int) string {
	st := x.wasInStart()
	if k == st+1 && x.tok(st).kind == tWord && (x.tok(st).low == "he" || x.tok(st).low == "she") {
		return x.careerOwner()
	}
	name := x.resolve(x.span(st, k))
	if !x.personShaped(st, k) && name == x.span(st, k) {
		return "" // a word alone that names no one the article knows
	}
	return name
}

// wasInTitle reads one described or quoted title at i: "the Discovery
// Channel miniseries T", "the big-screen T", "“T”"; never a bare name,
// which may be a place ("was in Lagos"). It returns the title and where it
// ends, or "" and i.
func (x *extractor) wasInTitle(i int) (string, int) {
	ti, _, e := x.wasInItem(i)
	return ti, e
}

// wasInItem is wasInTitle with where the title starts, past its kind.
func (x *extractor) wasInItem(i int) (string, int, int) {
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
		for m := 0; m < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords) && (x.tok(at).has(cGenreNouns|cFormatWords) || x.tok(at).flags&fHyphen != 0 || titleAdjectivesIDs.has(x.tok(at).id)); m++ {
			at++ // "the hit series T", "the big-screen T"
		}
		if at == i+1 {
			return "", i, i
		}
	} else if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss && x.genreItemAt(pe+1) {
		at = x.pastGenreWords(pe + 1) // "Stanley Kubrick's dystopian thriller T": the maker's credit is read elsewhere
	} else if x.genreItemAt(at) {
		at = x.pastGenreWords(at) // "political comedy T", "biopic T", "period dramas T4 and T5"
	} else if !isQuote(x.tok(at).text) {
		return "", i, i
	}
	if !x.titleStarts(at) {
		return "", i, i
	}
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).kind == tPoss {
		return "", i, i
	}
	ti := unquote(x.span(at, e))
	if !x.coStarTitle(ti) || x.isNetwork(ti) || placeName(ti) || countryName(ti) {
		return "", i, i
	}
	return ti, at, e
}

// wasInRule reads "X was in T1 and T2": X is the cast of each.
func (x *extractor) wasInRule() {
	k := x.wasInAt()
	if k < 0 {
		return
	}
	owner := ""
	plural := false // the item before opened with a plural kind: "period dramas T4 and T5"
	for at, q := x.wasInIn(k)+1, 0; q < 8; q++ {
		ti, b, e := x.wasInItem(at)
		if ti == "" && plural && x.tok(at-1).low == "and" && x.titleStarts(at) {
			if e = x.titleAt(at, false); e > at && x.tok(e).kind == tPunct && x.coStarTitle(x.span(at, e)) {
				ti = x.span(at, e)
			}
		}
		if ti == "" {
			return
		}
		if g := x.tok(b - 1); b > at && ti != "" {
			plural = !g.cap && strings.HasSuffix(g.low, "s") && genreNouns[strings.TrimSuffix(g.low, "s")]
		}
		if owner == "" {
			if owner = x.wasInOwner(k); owner == "" {
				return
			}
		}
		if e2 := x.titleAt(e+1, false); x.tok(e).text == "," && e2 > e+1 && x.tok(e2).text == "," && !x.wasInItemAt(e+1) && x.wasInItemAt(e2+1) && !isQuote(x.tok(e-1).text) {
			ti, e = ti+", "+x.span(e+1, e2), e2 // "comedy Yes, Minister, thriller T2": the title runs to the next item
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
	return k >= 0 && x.sshowInClause(x.wasInIn(k)+1, k+14)
}

// wasInStart is where the clause of "X was in T" starts: past an opening
// phrase, "Outside T, X was in", "In 1990, X was in".
func (x *extractor) wasInStart() int {
	if st := x.introEnd(); st > 0 && st < len(x.toks) && x.toks[st-1].text == "," {
		return st
	}
	return 0
}

// wasInItemAt reports whether an item of "X was in" starts at k.
func (x *extractor) wasInItemAt(k int) bool {
	ti, _ := x.wasInTitle(k)
	return ti != ""
}
