package extract

import (
	"cmp"

	"github.com/castgraph/castgraph/graph"
)

// asidePraiseWords praise a performance in a review's aside: "X, so good in
// T," (more than praiseWords, which judge "X was excellent on T").
var asidePraiseWords = set(`good great memorable brilliant terrific wonderful excellent superb impressive funny chilling magnetic compelling
	unforgettable riveting marvellous marvelous fantastic phenomenal outstanding stellar heartbreaking mesmerising mesmerizing
	charming hilarious menacing moving sensational`)

// asidePraiseMask holds the bits of asidePraiseWords (sentHasAnyWord).
var asidePraiseMask = setMask(asidePraiseWords)

// praiseAsideRule reads a review's aside that praises a person's earlier
// work: "X, so good in last year's T, carries the film", "X, who was so
// memorable in T1 and T2, plays". The person, named just before the
// comma, is cast in each title.
func (x *extractor) praiseAsideRule() {
	if !x.sentHasAnyWord(asidePraiseMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].text != "," || x.inBr[k] {
			continue
		}
		m := k + 1
		if x.tok(m).low == "who" && (x.tok(m+1).low == "was" || x.tok(m+1).low == "is") {
			m += 2 // "X, who was so good in T,"
		}
		for q := 0; q < 2 && (x.tok(m).low == "so" || x.tok(m).low == "very" || x.tok(m).low == "equally" || x.tok(m).low == "also" || x.tok(m).low == "terribly"); q++ {
			m++
		}
		if x.tok(m).cap || x.tok(m+1).low != "in" || !asidePraiseWordsIDs.has(x.tok(m).id) {
			continue
		}
		ps := x.personBefore(k)
		if ps == k || ps > 0 && t[ps-1].kind == tPoss {
			continue // no person, or "the director's C, so good in T"
		}
		at := m + 2
		if l := x.tok(at).low; (l == "last" || l == "this") && (x.tok(at+1).low == "year's" || x.tok(at+1).low == "year" && x.tok(at+2).kind == tPoss) {
			at += 2 // "so good in last year's T"
			if x.tok(at).kind == tPoss {
				at++
			}
		}
		titles := x.titleList(at)
		if len(titles) == 0 {
			continue
		}
		person := x.resolve(x.span(ps, k))
		for _, ti := range titles {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
				x.add(graph.KindCast, person, ti, "", "")
			}
		}
	}
}

// knowFromMask holds the verbs knownFromRule reads at.
var knowFromMask = wordMask("know", "recognise", "recognize", "remember")

// audienceWords open "Audiences will recognize him from T": the people who
// know the person a pronoun names.
var audienceWords = set(`audiences audience viewers fans you readers many`)

// knownFromRule reads a relative clause that places a person by an earlier
// work: "X, who many people will know from the series T", "Y, whom viewers
// may recognise from T1 and T2": X is cast in each title.
func (x *extractor) knownFromRule() {
	if !x.sentHasAnyWord(knowFromMask) {
		return // no verb it reads
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if !knowFromMask.holds(&t[k]) {
			continue
		}
		at := k + 1
		if l := x.tok(at).low; l == "him" || l == "her" || l == "them" {
			at++
		}
		if x.tok(at).low != "from" || t[k].cap || x.inBr[k] {
			continue
		}
		w := k - 1
		for w > 0 && w > k-6 && t[w].low != "who" && t[w].low != "whom" && t[w].kind == tWord && !t[w].cap {
			w--
		}
		person := ""
		if l := t[k+1].low; (l == "him" || l == "her") && w == 0 && audienceWordsIDs.has(t[0].id) {
			person = cmp.Or(x.prevSubject(), x.paragraphPerson()) // "Audiences will recognize him from T1 and T2"
		} else if (t[w].low != "who" && t[w].low != "whom") || x.tok(w-1).text != "," {
			continue
		} else if ps := x.personBefore(w - 1); ps < w-1 {
			person = x.resolve(x.span(ps, w-1))
		}
		if person == "" {
			continue
		}
		at = x.titlePrefix(at + 1) // "from Netflix's T"
		if x.tok(at).has(cGenreNouns) && !x.tok(at).cap {
			at++ // "from the series T"
		}
		for _, ti := range x.titleList(at) {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
				x.add(graph.KindCast, person, ti, "", "")
			}
		}
	}
}
