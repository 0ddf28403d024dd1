package extract

import "github.com/castgraph/castgraph/graph"

// starredWord holds the word starredByRule reads at.
var starredWord = wordMask("starred")

// starredByRule reads the passive "T will be starred by A, in the role of
// C, and B, who will be D": each person of the list after "starred by" is
// the sentence's show's cast, with the character an aside names. A
// nationality and a cast noun before a name are passed ("Argentine
// actress A").
func (x *extractor) starredByRule() {
	if !x.sentHasAnyWord(starredWord) {
		return // no "starred"
	}
	for k := 1; k+2 < len(x.toks); k++ {
		if !starredWord.holds(&x.toks[k]) || x.toks[k+1].low != "by" {
			continue
		}
		switch x.toks[k-1].low {
		case "be", "is", "was", "been", "being", "are", "were":
		default:
			continue
		}
		show := x.starredBySubject(k - 1)
		if show == "" {
			continue
		}
		m := k + 2
		for n := 0; n < 8 && m < len(x.toks); n++ {
			if x.tok(m).cap && x.tok(m+1).has(cCastNouns) && !x.tok(m+1).cap {
				m++ // "Argentine actress A": the nationality
			}
			if x.tok(m).has(cCastNouns) && !x.tok(m).cap {
				m++ // "actress A"
			}
			pe := x.personAt(m)
			if pe <= m {
				break
			}
			char, next := x.starredByAside(pe)
			x.add(graph.KindCast, x.span(m, pe), show, char, "")
			if x.tok(next).text == "," {
				next++
			}
			if x.tok(next).low == "and" {
				next++
			}
			if next == pe || next >= len(x.toks) {
				break
			}
			m = next
		}
	}
}

// starredByAside reads the aside after a person of starredByRule's list at
// pe: ", in the role of C," or ", who will be C"; it returns the character
// ("" when none) and where the list goes on.
func (x *extractor) starredByAside(pe int) (string, int) {
	if x.tok(pe).text != "," {
		return "", pe
	}
	if x.tok(pe+1).low == "in" && x.tok(pe+2).low == "the" && x.tok(pe+3).low == "role" && x.tok(pe+4).low == "of" {
		if cs, ce, ok := x.charNP(pe + 2); ok && cs < ce {
			return x.span(cs, ce), ce
		}
	}
	if x.tok(pe+1).low == "who" && x.tok(pe+2).low == "will" && x.tok(pe+3).low == "be" {
		if ce := x.charAt(pe + 4); ce > pe+4 {
			return x.span(pe+4, ce), ce
		}
	}
	return "", pe
}

// starredBySubject is the show that is the subject of "starred" before the
// auxiliaries ending at v: a title opening the sentence ("T will be starred
// by"), the sentence's project ("The film is starred by"), or the sentence's
// show after "and" ("T is based on a novel and will be starred by"); else "".
func (x *extractor) starredBySubject(v int) string {
	for v > 0 && x.tok(v).has(cAuxWords) {
		v--
	}
	if x.tok(v).low == "and" {
		return x.sshow
	}
	if e := x.titleAt(0, false); e == v+1 && x.coStarTitle(unquote(x.span(0, e))) {
		return unquote(x.span(0, e))
	}
	if v >= 1 && x.projectObject(v-1) {
		return x.sshow
	}
	return ""
}
