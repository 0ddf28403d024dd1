package extract

// Earlier work named with an award or a guest part: "X, who won acting
// Emmys for the miniseries “T1” and “T2”", "X has appeared as a guest in
// episodes of Showtime's “T”", "X did voices for an episode each of “T1”
// and “T2”".

import "github.com/castgraph/castgraph/graph"

// guestRule reads the earlier work of the people a sentence opens with
// that an award or a guest part names.
func (x *extractor) guestRule() {
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].cap || x.inBr[k] {
			continue
		}
		at, kind := -1, ""
		switch t[k].low {
		case "won", "wins", "win":
			// "won acting Emmys for the miniseries “T1” (1978) and “T2”"
			for m := k + 1; m < len(t) && m < k+5; m++ {
				if t[m].low == "acting" {
					kind = graph.KindCast
				}
				if t[m].low == "for" {
					at = x.titlePrefix(m + 1)
					break
				}
			}
			if kind == "" || at < 0 || !isQuote(x.tok(at).text) && !x.tok(at-1).has(cGenreNouns) {
				continue
			}
		case "guest", "cameo":
			// "has appeared as a guest in episodes of Showtime's “T”"
			if x.tok(k-1).low != "a" || x.tok(k-2).low != "as" || (x.tok(k+1).low != "in" && x.tok(k+1).low != "on") {
				continue
			}
			at = k + 2
			if x.tok(at).low == "episodes" && x.tok(at+1).low == "of" {
				at += 2
			}
			at, kind = x.titlePrefix(at), graph.KindCast
		case "pre-production", "post-production", "development":
			// "He is also in pre-production on another series, T": his work
			if x.tok(k-1).low != "in" || x.tok(k+1).low != "on" {
				continue
			}
			at = k + 2
			if l := x.tok(at).low; l == "another" || l == "a" || l == "the" || l == "his" || l == "her" {
				m := at + 1
				for m < len(t) && m < at+4 && t[m].kind == tWord && !t[m].cap {
					m++
				}
				if x.tok(m).text == "," {
					m++
				}
				at = m
			}
			kind = graph.KindCrew
			if !x.titleStarts(at) {
				continue
			}
			subj := x.subjectsBefore(k-1, 0)
			if len(subj) == 0 && (x.tok(0).low == "he" || x.tok(0).low == "she") && x.subject != "" {
				subj = []string{x.subject}
			}
			for _, p := range subj {
				for _, ti := range x.titleList(at) {
					if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
						x.add(kind, p, ti, "", "")
					}
				}
			}
			continue
		case "voices", "voice":
			// "did voices for an episode each of “T1” and “T2”"
			if x.tok(k-1).low != "did" || x.tok(k+1).low != "for" {
				continue
			}
			m := k + 2
			for m < len(t) && m < k+7 && t[m].low != "of" {
				m++
			}
			if x.tok(m).low != "of" {
				continue
			}
			at, kind = x.titlePrefix(m+1), graph.KindCast
		default:
			continue
		}
		if !x.titleStarts(at) {
			continue
		}
		subj := x.subjectsBefore(k-1, 0)
		if len(subj) == 0 && x.subjectEnd > 0 && x.subjectEnd < k {
			subj = []string{x.subject} // the person the sentence opens with
		}
		x.castInTitles(subj, x.titleList(at))
	}
}
