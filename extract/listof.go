package extract

// "... and Trevor Vask, of T1 and T2.": the last item of a cast list with
// the titles the performer is known from after a comma and "of".

import "github.com/castgraph/castgraph/graph"

// listOfWords are the words listOfTitlesRule reads at.
var listOfWords = wordMask("of")

// listOfCastWords name a cast without a casting verb: "Rounding out the
// ensemble are".
var listOfCastWords = wordMask("ensemble", "cast", "line-up", "lineup")

// listOfTitlesRule reads "Rounding out the ensemble are A (T1), and B, of
// T2 and T3.": B is cast in T2 and T3 and in the sentence's show. The
// titles run to the sentence's end.
func (x *extractor) listOfTitlesRule() {
	if x.sshow == "" || !x.sentHasAnyWord(listOfWords) || !x.castWords && !x.sentHasAnyWord(listOfCastWords) {
		return // no casting word, no show, or no "of"
	}
	t := x.toks
	n := len(t)
	if n < 8 || t[n-1].text != "." {
		return
	}
	for k := n - 4; k > 3; k-- {
		if !listOfWords.holds(&t[k]) || t[k-1].text != "," || x.inBr[k] {
			continue
		}
		ps := x.personBefore(k - 1)
		if ps >= k-2 || !x.personShaped(ps, k-1) || x.tok(ps-1).low != "and" {
			return
		}
		var titles []string
		e := k + 1
		for len(titles) < 4 {
			te := x.titleAt(e, false)
			if te <= e || !x.titleStarts(e) {
				return
			}
			ti := unquote(x.span(e, te))
			if x.isNetwork(ti) || isCompany(ti) || x.knownPerson(ti) != "" || describes(ti) || placeWordsIDs.has(x.tok(e).id) {
				return
			}
			titles = append(titles, ti)
			if te == n-1 {
				break
			}
			if x.tok(te).low != "and" && x.tok(te).text != "," {
				return
			}
			e = te + 1
			if x.tok(e).low == "and" {
				e++
			}
		}
		if len(titles) < 2 && len(titles[0]) < 8 {
			return // "B, of Element.": a company or a place more likely
		}
		name := x.resolve(x.span(ps, k-1))
		x.add(graph.KindCast, name, x.sshow, "", "")
		for _, ti := range titles {
			x.add(graph.KindCast, name, ti, "", "")
		}
		return
	}
}
