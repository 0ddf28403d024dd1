package extract

import "github.com/castgraph/castgraph/graph"

// "The series T opens in May with Ana Selo", "T premieres on Friday with A
// and B in the leads": the people a show opens with, after its release
// verb, are its cast.

// releaseWithVerbs are the verbs of a show's release releaseWithRule reads
// at.
var releaseWithVerbs = wordMask("opens", "open", "premieres", "premiere", "debuts", "debut", "launches", "launch",
	"arrives", "arrive", "bows", "returns", "return", "airs", "air", "streams", "begins", "kicks")

// releaseWithRule reads "T opens in May with A and B" in the sentence's
// show, where T, the sentence's show, is the subject of the verb and "with"
// follows it within a few words; not "with director X" (a job before the
// name), "with a new season" nor "with Netflix".
func (x *extractor) releaseWithRule() {
	if x.sshow == "" || x.jury {
		return
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].cap || !releaseWithVerbs.holds(&t[k]) || !x.showSubjectBefore(k) {
			continue
		}
		m := k + 1
		if t[k].low == "kicks" && x.tok(m).low == "off" {
			m++
		}
		for ; m < len(t) && m <= k+7 && t[m].low != "with"; m++ {
			if t[m].kind == tPunct && t[m].text != "," || t[m].has(cCastVerbs) {
				return
			}
		}
		if x.tok(m).low != "with" {
			return
		}
		items := x.parseList(m + 1)
		if len(items) == 0 || items[0].start != m+1 {
			return
		}
		e := items[len(items)-1].end
		if x.tok(e).kind == tPoss {
			return // "with Ana Selo's novel"
		}
		var names []string
		for _, it := range items {
			if it.pstart != it.start || !x.personShaped(it.pstart, it.pend) {
				return // "with director X", "with Netflix"
			}
			name := x.itemName(it)
			if x.isNetwork(name) || x.isShow(name) {
				return
			}
			names = append(names, name)
		}
		for _, name := range names {
			x.add(graph.KindCast, name, x.sshow, "", "")
		}
		return
	}
}

// showSubjectBefore says whether the words before the verb at k end with
// the sentence's show, past "will", "is set to" and the like: "The series
// T opens", "T will premiere".
func (x *extractor) showSubjectBefore(k int) bool {
	j := k
	for n := 0; n < 3 && j > 0 && (x.tok(j-1).has(cAuxWords) || x.tok(j-1).low == "set" || x.tok(j-1).low == "to" || x.tok(j-1).low == "finally" || x.tok(j-1).low == "also"); n++ {
		j--
	}
	for i := j - 1; i >= 0 && i >= j-8; i-- {
		if unquote(x.span(i, j)) == x.sshow {
			return true
		}
	}
	return false
}
