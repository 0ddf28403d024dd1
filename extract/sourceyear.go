package extract

// "The show is based on the cartoon of the same name, published in 1997 by
// cartoonist X": the source's author, with the year between the participle
// and "by".

import "github.com/castgraph/castgraph/graph"

// sourceYearWords are the participles sourceYearRule reads at.
var sourceYearWords = wordMask("published", "serialized", "serialised", "written", "drawn", "released")

// sourceYearRule reads "based on the novel of the same name, published in
// 1997 by X" and "adapted from the webtoon serialized in 2015 by author Y":
// X and Y are the original authors of the sentence's show.
func (x *extractor) sourceYearRule() {
	if !x.sentHasAnyWord(sourceYearWords) || x.sshow == "" {
		return // no word it reads at, or no show to credit
	}
	t := x.toks
	for k := 3; k+5 < len(t); k++ {
		if !sourceYearWords.holds(&t[k]) || t[k].cap || t[k+1].low != "in" || t[k+2].kind != tNum || t[k+3].low != "by" {
			continue
		}
		if !x.basedSourceBefore(k) {
			continue
		}
		ps := k + 4
		for n := 0; n < 2 && x.tok(ps).kind == tWord && !x.tok(ps).cap && !x.tok(ps).has(cStopWords); n++ {
			ps++ // "by cartoonist X", "by Japanese author Y"
		}
		if x.tok(ps).low == "the" || x.tok(ps).low == "a" {
			continue // "by the magazine": no person
		}
		pe := x.personAt(ps)
		if pe <= ps+1 || !x.personShaped(ps, pe) || x.isNetwork(x.span(ps, pe)) || isCompany(x.span(ps, pe)) {
			continue
		}
		x.add(graph.KindCrew, x.span(ps, pe), x.sshow, "", graph.JobOriginalAuthor)
	}
}

// basedSourceBefore reports whether a source noun after "based on" or
// "adapted from" stands in the ten words before k: "based on the cartoon
// of the same name, published".
func (x *extractor) basedSourceBefore(k int) bool {
	for m := k - 1; m > 1 && m >= k-10; m-- {
		w := x.tok(m)
		if w.kind == tPunct && w.text != "," {
			return false
		}
		if !w.has(cSourceNouns) || w.cap {
			continue
		}
		for b := m - 1; b > 0 && b >= m-4; b-- {
			if l := x.tok(b).low; l == "on" && x.tok(b-1).low == "based" || l == "from" && x.tok(b-1).low == "adapted" || l == "of" && x.tok(b-1).low == "adaptation" {
				return true
			}
		}
		return false
	}
	return false
}
