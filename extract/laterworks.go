package extract

import "github.com/castgraph/castgraph/graph"

// A person's later work, named in a retrospective or a profile ("X went on
// to star in T"), is not what the text goes on to speak of: the sentences
// after it ("The show's breakout star was Y, who played C") stay with the
// show the text was about.

var laterWorkMask = wordMask("went", "gone", "going")

// laterWorkShow reports whether the sentence names its show only as a
// person's later work, "went on to star in T", while the article is about
// another show.
func (x *extractor) laterWorkShow() bool {
	if x.show == "" || !x.sentHasAnyWord(laterWorkMask) || x.fold(x.sshow) == x.fold(x.show) {
		return false
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if !laterWorkMask.holds(&t[k]) || t[k+1].low != "on" || t[k+2].low != "to" {
			continue
		}
		// the show named before the clause ends: "went on to star in the
		// HBO drama T and the film U"
		if x.sshowInClause(k+3, k+15) {
			return true
		}
	}
	return false
}

// earlierWords before a verb of work done make it earlier work.
var earlierWords = set(`previously last earlier once before first`)

var earlierWorkMask = setMask(earlierWords)

// earlierWorkVerbs tell of work done: "last worked together in T",
// "previously starred in T", "previously wrote for T1 and created T2".
var earlierWorkVerbs = set(`worked starred appeared acted played teamed co-starred shared collaborated paired seen
	wrote co-wrote penned scripted created co-created directed co-directed helmed produced developed`)

// earlierWorkShow reports whether the sentence names its show only as
// earlier work, "The two last worked together in the hit series T", "She
// previously starred in T", while the article is about another show: the
// sentences after it still speak of the article's show.
func (x *extractor) earlierWorkShow() bool {
	if x.show == "" || x.fold(x.sshow) == x.fold(x.show) {
		return false
	}
	if x.concededWork() {
		return true
	}
	if !x.sentHasAnyWord(earlierWorkMask) {
		return false
	}
	t := x.toks
	for k := 0; k+1 < len(t); k++ {
		if !earlierWorkMask.mayHold(&t[k]) || !earlierWordsIDs.has(t[k].id) || !earlierWorkVerbsIDs.has(x.tok(k+1).id) && !(x.tok(k+1).has(cAuxWords) && earlierWorkVerbsIDs.has(x.tok(k+2).id)) {
			continue
		}
		if x.sshowInClause(k+2, k+14) {
			return true
		}
	}
	return false
}

// togetherVerbs before "together in" or "together on" give the kind of
// credit in the title after it: a performer's, or work with no job.
var togetherVerbs = map[string]string{
	"starred": graph.KindCast, "appeared": graph.KindCast, "co-starred": graph.KindCast, "acted": graph.KindCast,
	"played": graph.KindCast, "featured": graph.KindCast, "worked": "", "collaborated": "", "teamed": "",
}

func isTogetherVerb(w string) bool { _, ok := togetherVerbs[w]; return ok }

// starredTogether reads "A and B starred together in T", "The pair
// previously appeared together in the 2021 hit T", "They worked together
// on T" at the verb k: each is in T, cast where the verb is a performer's,
// crew with no job where it is work.
func (x *extractor) starredTogether(k int) {
	kind := togetherVerbsIDs.get(x.toks[k].id)
	at := k + 3
	if g := x.genreTitleAfter(at); g > 0 {
		at = g
	}
	titles := x.titleList(at)
	if len(titles) == 0 {
		return
	}
	people := x.subjectsBefore(k, 0)
	if len(people) == 0 && (x.toks[0].low == "they" || x.toks[0].low == "both") {
		if g := x.prevGroup(); len(g) >= 2 {
			people = g // "A and B lead T. They previously starred together in U"
		}
	}
	if len(people) < 2 {
		return // "together" speaks of two people at least
	}
	for _, p := range people {
		for _, ti := range titles {
			if !x.isNetwork(ti) {
				x.add(kind, p, ti, "", "")
			}
		}
	}
}

// pastStarredShow reports whether the sentence opens with its show and
// "starred", while the article is about another: "Static Hour starred A
// and B" names an earlier work, and the sentences after it ("Sound design
// is by X") stay with the article's show.
func (x *extractor) pastStarredShow() bool {
	if x.show == "" || x.fold(x.sshow) == x.fold(x.show) || !x.sentHasAnyWord(pastStarredMask) {
		return false
	}
	e := x.titleAt(0, false)
	if e <= 0 || !pastStarredMask.holds(x.tok(e)) {
		return false
	}
	return x.fold(unquote(x.span(0, e))) == x.fold(x.sshow)
}

var pastStarredMask = wordMask("starred", "featured")

// concededWork reports whether the sentence opens by conceding earlier
// work before its point: "Though he directed two shorts in the anthology
// T, he didn't direct a feature": T is no show the text goes on about.
func (x *extractor) concededWork() bool {
	if l := x.tok(0).low; l != "though" && l != "although" {
		return false
	}
	if p := x.tok(1).low; p != "he" && p != "she" && p != "they" {
		return false
	}
	v := x.tok(2).low
	return v == "directed" || v == "wrote" || v == "produced" || v == "starred" || v == "appeared" || v == "had" || v == "made"
}

// sshowInClause reports whether the sentence's show is named from i to at
// most last, before the clause ends: "went on to star in the HBO drama T".
func (x *extractor) sshowInClause(i, last int) bool {
	t := x.toks
	for m := i; m < len(t) && m <= last; m++ {
		if t[m].kind == tPunct && t[m].text != "'" && !isQuote(t[m].text) {
			return false
		}
		if e := x.titleAt(m, false); e > m && x.fold(unquote(x.span(m, e))) == x.fold(x.sshow) {
			return true
		}
	}
	return false
}
