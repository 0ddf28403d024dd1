package extract

// "Season two of T premieres in July, with A and B returning", "T is back
// with A and B reprising their roles", "with A and B in the lead roles":
// the people after "with" and before a word of coming back or leading are
// the cast of the title just before it, else of the sentence's show.

import (
	"cmp"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// withCastWords follow the list of people after "with": "returning",
// "reprising their roles", "back as", "in the lead roles".
var withCastWords = set(`returning reprising back rejoining leading headlining fronting starring`)

// withCastRule credits the people of "with A and B returning" in the title
// before "with" or the sentence's show.
func (x *extractor) withCastRule() {
	if !x.sentHasWord(bitWith) {
		return
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].low != "with" || t[k].cap || x.inBr[k] || !t[k+1].cap {
			continue
		}
		items := x.parseList(k + 1)
		if len(items) == 0 {
			continue
		}
		end := items[len(items)-1].end
		if w := x.tok(end); w.has(cJobVerb) && !w.cap && strings.HasSuffix(w.low, "ing") && x.tok(end+1).low == "and" && x.tok(end+2).cap {
			// "with X directing and A and B starring": the cast after the
			// maker's clause
			if more := x.parseList(end + 2); len(more) > 0 {
				items, end = more, more[len(more)-1].end
			}
		}
		if !x.withCastAt(end) {
			continue
		}
		show := ""
		if p := k - boolInt(x.tok(k-1).text == ","); p > 0 {
			if ts := x.titleEndingAt(p); ts < p {
				named := x.isShow(unquote(x.span(ts, p))) || isQuote(t[ts].text) || ts > 0 && t[ts-1].has(cGenreNouns) && !t[ts-1].cap ||
					x.tok(ts-1).low == "of" && (isSeasonWord(x.tok(ts-2).low) || isSeasonWord(x.tok(ts-3).low)) // "season two of T", not "the comeback of Dr X"
				if title := unquote(x.span(ts, p)); named && title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" && !describes(title) && !(x.personShaped(ts, p) && x.startsName(ts)) {
					show = title // "season two of T, with A and B returning", not "set in Lagos, with"
				}
			}
		}
		if show == "" {
			show = cmp.Or(x.openingShowReturns(), x.sshow) // "T returns on July 4, with A and B returning"
		}
		if show == "" {
			return
		}
		for _, it := range items {
			if it.br >= 0 || !x.personShaped(it.pstart, it.pend) {
				return // not a list of people
			}
		}
		for _, it := range items {
			x.add(graph.KindCast, x.itemName(it), show, "", "")
		}
		return
	}
}

// withCastAt reports whether the words at e say the people before them
// come back to or lead a show: "returning", "reprising their roles",
// "back as", "in the lead roles", "in the leading roles".
func (x *extractor) withCastAt(e int) bool {
	w := x.tok(e)
	if withCastWordsIDs.has(w.id) && !w.cap {
		// not "a film with X starring Y": X made it; not "with X returning
		// to direct"
		return !x.tok(e+1).cap && !(x.tok(e+1).low == "to" && !x.tok(e+2).has(cStopWords))
	}
	if w.low != "in" {
		return false
	}
	at := e + 1
	if x.tok(at).low == "the" {
		at++
	}
	switch x.tok(at).low {
	case "lead", "leading", "main", "title", "central":
		return x.tok(at+1).low == "roles" || x.tok(at+1).low == "role"
	case "leads":
		return true
	}
	return false
}

// showComesWords, after a title opening the sentence, say the show comes
// out or back: "T returns on July 4", "T premieres in May".
var showComesWords = set(`returns premieres arrives debuts lands launches airs`)

// openingShowReturns is the title that opens the sentence before a word of
// coming out or back, "T returns on July 4", "T will premiere in May", or
// "".
func (x *extractor) openingShowReturns() string {
	st := x.introEnd()
	e := x.titleAt(st, false)
	if e <= st {
		return ""
	}
	v := e
	if x.tok(v).low == "will" {
		v++
	}
	if w := x.tok(v); !showComesWordsIDs.has(w.id) && !(v > e && (w.low == "return" || w.low == "premiere" || w.low == "arrive" || w.low == "debut")) || w.cap {
		return ""
	}
	title := unquote(x.span(st, e))
	if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(st, e) && x.startsName(st) {
		return ""
	}
	return title
}
