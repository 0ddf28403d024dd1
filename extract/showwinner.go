package extract

import "github.com/castgraph/castgraph/graph"

// A show's winner before a name: "two-time Drag Race winner, X,", "Big
// Brother Season 5 winner X", "Bake Off champion Y": the contest is a show
// the person took part in, a cast credit. A prize's winner ("Emmy winner
// X", "SAFTA winner Y", "Golden Lion winner Z") names no show.

// showWinnerMask holds the nouns of a contest's winner.
var showWinnerMask = setMask(set(`winner winners champion champions runner-up finalist finalists`))

// notShowPrizeWords, in a title before a winner's noun, name a prize, a
// category, a sport or a game, not a show: "Golden Lion winner", "Best
// Drama winner", "World Cup winner".
var notShowPrizeWords = set(`best most top lion lions bear leopard prize prizes medal trophy cup award awards festival league championship
	olympic olympics world open marathon lottery lotto jackpot election grand slam derby tour`)

// showWinnerRule reads "T winner X", "T Season N winner, X": X is cast in
// T, where T is no prize: of two words or more, or with its season, or a
// title the article credits.
func (x *extractor) showWinnerRule() {
	if !x.sentHasAnyWord(showWinnerMask) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if !showWinnerMask.holds(&t[k]) || t[k].cap || x.inBr[k] || !t[k-1].cap && t[k-1].kind != tNum {
			continue
		}
		ts := x.titleBefore(k)
		te := k
		seasoned := false
		if x.tok(te-1).kind == tNum && (x.tok(te-2).low == "season" || x.tok(te-2).low == "series") && te-2 > ts {
			te, seasoned = te-2, true // "Big Brother Season 5 winner"
		}
		if ts >= te || x.inBr[ts] {
			continue
		}
		prize := false
		for m := ts; m < te && !prize; m++ {
			prize = prizeNamesIDs.has(t[m].id) || prizeAcronym(&t[m]) || notShowPrizeWordsIDs.has(t[m].id)
		}
		title := x.span(ts, te)
		if prize || te-ts < 2 && !seasoned && !x.isShow(title) || x.isNetwork(title) || x.knownPerson(title) != "" || x.personShaped(ts, te) && x.startsName(ts) {
			continue
		}
		n := k + 1
		if t[n].text == "," {
			n++ // "two-time Drag Race winner, X, was joining"
		}
		pe := x.personAt(n)
		if pe <= n || pe == n+1 && x.knownPerson(x.span(n, pe)) == "" {
			continue
		}
		x.add(graph.KindCast, x.span(n, pe), unquote(title), "", "")
	}
}
