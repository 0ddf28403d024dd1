package extract

// Source works: "based on X's webtoon", "the novel of the same name by X";
// their authors are credited with the job "original author".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// sourceRule: "based on X's webtoon", "the novel of the same name by X", "A
// and B's T manga", "revolves around X's 2018 T".
func (x *extractor) sourceRule() {
	t := x.toks
	if x.sshow == "" && !x.sentHasKind(tPoss) {
		return // only "an adaptation of X's T" credits a show of its own
	}
	if !x.sentHas(cSourceNouns|cSourceCues) && (!x.sentHas(cPastCue) || indexRare(x.s.text, "iterary") < 0 && !strings.Contains(x.s.text, "ITERARY")) {
		return // no source noun, "adapted", "based" nor "literary work" ("work" is a past cue): nothing it reads
	}
	for k := 0; k < len(t); k++ {
		if x.inBr[k] {
			continue
		}
		if (t[k].low == "work" || t[k].low == "works") && x.sourceWorkOf(k) {
			continue // "freely inspired by the work of X"
		}
		if t[k].has(cSourceNouns) && !t[k].cap || t[k].low == "work" && x.tok(k-1).low == "literary" {
			for m := k + 1; m < len(t) && m < k+14; m++ {
				if t[m].text == "," && x.tok(m+1).low == "by" && m > k+1 && t[m-1].cap {
					continue // "The novel Stoner, by John Williams,"
				}
				if t[m].text == "(" && m == k+1 {
					if c := x.closeOf(m); c > m && x.tok(c+1).low == "by" {
						m = c // "the original story (and comic book series) by X"
						continue
					}
				}
				if t[m].kind == tPunct && !isQuote(t[m].text) && t[m].text != ":" && !(t[m].text == "," && isQuote(x.tok(m+1).text)) || m >= k+9 && !isQuote(t[k+1].text) {
					break // "the novel “T” by X": a quoted title may stand between
				}
				if t[m].low == "by" {
					if p := t[m-1].low; p == "played" || p == "portrayed" || p == "voiced" || x.adaptationIsWritten(k, m) {
						break // "the story involves officers played by X": the cast; "the adaptation of the novel is written by X": its writer
					}
					at := x.pastAuthorWords(m + 1)
					var names []string
					for _, it := range x.byListTrades(x.parseList(at)) { // "a comic by A and cartoonist B"
						names = append(names, x.itemName(it))
					}
					for _, name := range x.shareSurname(names) { // "authors Cilla and Rolf Börjlind"
						x.add(graph.KindCrew, name, x.sshow, "", graph.JobOriginalAuthor)
					}
					break
				}
			}
			continue
		}
		if (t[k].low == "adapted" || t[k].low == "based") && !t[k].cap && (x.tok(k+1).low == "from" || x.tok(k+1).low == "on") && x.titleStarts(k+2) {
			// "adapted from The Cousins' War by X": the source's author
			if e := x.titleAt(k+2, false); e > k+2 && x.tok(e).low == "by" {
				for _, it := range x.byListTrades(x.parseList(x.pastAuthorWords(e + 1))) { // "based on “T” by author X"
					x.add(graph.KindCrew, x.itemName(it), x.sshow, "", graph.JobOriginalAuthor)
				}
			}
			continue
		}
		if t[k].low == "the" && !t[k].cap {
			// "based on the Stephen King novel of the same name", "based on
			// the 1955 Juan Rulfo novel"
			at := k + 1
			if x.tok(at).kind == tNum && len(x.tok(at).text) == 4 {
				at++
			}
			if pe := x.personAt(at); pe > at+1 && x.tok(pe).has(cSourceNouns) && !x.tok(pe).cap {
				for m := k - 1; m >= 0 && m >= k-3; m-- {
					if t[m].has(cSourceCues) {
						x.add(graph.KindCrew, x.span(at, pe), x.sshow, "", graph.JobOriginalAuthor)
						break
					}
				}
			}
			continue
		}
		if t[k].kind != tPoss {
			continue
		}
		var obuf [4]string
		authors := x.ownersBefore(obuf[:0], k)
		if st := x.ownersStart(k); len(authors) == 0 || st > 0 && (t[st-1].low == "the" || t[st-1].text == ":") {
			continue // "The Keeper's Lamp tells the story", "Frieren: Beyond Journey's End": a title, no author
		}
		source, noun := false, false
		if x.tok(k+1).low == "adaptation" {
			continue // "X's adaptation of Y's novel": X adapts, Y wrote it
		}
		for m := k + 1; m < len(t) && m < k+8; m++ {
			if t[m].has(cSourceNouns) && !t[m].cap {
				source, noun = true, true
				break
			}
			if t[m].kind == tPunct && t[m].text != ":" && t[m].text != "&" {
				break
			}
		}
		if !source {
			// "based on X's 1986 It", "revolves around X's Fire & Blood":
			// a work named after the owner, not "X's attempt"
			first := x.ownersStart(k)
			if nx := x.tok(k + 1); nx.kind == tNum || x.titleStarts(k+1) {
				for m := first - 1; m >= 0 && m >= first-3; m-- {
					if t[m].has(cSourceCues) && !(t[m].low == "revolves" && x.givenNameAt(k+1)) {
						source = true // not "revolves around X's Kate, a single mother": X's character
					}
				}
			}
		}
		adaptOf := x.tok(x.ownersStart(k)-1).low == "of" && x.tok(x.ownersStart(k)-2).low == "adaptation"
		if source && x.titleStarts(k+1) && (isQuote(t[k+1].text) || adaptOf && !noun) {
			// "the film adaptation of Ola Berg's “Iron Pass”", "an official
			// adaptation of Salman Rushdie's Midnight's Children": that
			// title's source, not the sentence's show
			if e := x.titleAt(k+1, false); e > k+1 {
				if x.tok(e).kind == tPoss && !isQuote(t[k+1].text) {
					if e2 := x.titleAt(e+1, false); e2 > e+1 {
						e = e2 // "Midnight's Children"
					}
				}
				if ti := unquote(x.span(k+1, e)); x.skey(ti) != x.skey(x.sshow) {
					for _, a := range authors {
						x.add(graph.KindCrew, a, ti, "", graph.JobOriginalAuthor)
					}
					continue
				}
			}
		}
		if source {
			for _, a := range authors {
				if !placeWords[strings.ToLower(a)] && !x.storyPlace(a, k) { // not "Japan's biggest manga hits", "Walford's most memorable love stories"
					x.add(graph.KindCrew, a, x.sshow, "", graph.JobOriginalAuthor)
				}
			}
		}
	}
}

// pastAuthorWords is where the name after "by" at at-1 starts, past up to
// three describing words: "novels by German writer X", "a novel by author
// X", "a book by journalist X", "by Naver artist X".
func (x *extractor) pastAuthorWords(at int) int {
	for q := 0; q < 3 && (x.tok(at).has(cDescribeWord) || !x.tok(at).cap && x.tok(at).kind == tWord && !x.tok(at).has(cStopWords) ||
		x.tok(at).has(cNetworks) && !x.tok(at+1).cap && x.tok(at+1).kind == tWord); q++ {
		at++
	}
	return at
}
