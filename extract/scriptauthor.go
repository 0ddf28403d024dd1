package extract

// The author of a screenplay: "X, who was also the author of the
// screenplay for the popular TV series T" credits X as T's writer (an
// author of a script writes it; an author alone wrote the source work).

import "github.com/castgraph/castgraph/graph"

// scriptAuthorWords are the words scriptAuthorRule reads at.
var scriptAuthorWords = wordMask("author", "authors")

// scriptAuthorRule reads "the author of the screenplay for T", "the
// authors of the scripts of T": the people the clause speaks of write T.
func (x *extractor) scriptAuthorRule() {
	if !x.sentHasAnyWord(scriptAuthorWords) {
		return // no word it reads at
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if !scriptAuthorWords.holds(&t[k]) || t[k].cap || t[k+1].low != "of" {
			continue
		}
		m := k + 2
		if t[m].low == "the" {
			m++
		}
		switch t[m].low {
		case "screenplay", "screenplays", "script", "scripts":
		default:
			continue
		}
		if p := x.tok(m + 1).low; p != "for" && p != "of" {
			continue
		}
		at := m + 2
		if kt := x.careerTitleAt(at); kt > 0 {
			at = kt // "for the popular TV series T"
		} else if !x.titleStarts(at) {
			continue
		}
		var titles []string
		for _, ti := range x.titleList(at) {
			if ti = unquote(ti); !x.isNetwork(ti) && x.knownPerson(ti) == "" {
				titles = append(titles, ti)
			}
		}
		if len(titles) == 0 {
			continue
		}
		for _, s := range x.subjectsBefore(k, 0) {
			for _, ti := range titles {
				x.add(graph.KindCrew, s, ti, "", graph.JobWriter)
			}
		}
	}
}
