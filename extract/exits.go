package extract

import "github.com/castgraph/castgraph/graph"

// exitVerbMask holds the bits of exitVerbs (sentHasAnyWord).
var exitVerbMask = setMask(exitVerbs)

// exitRule reads a performer leaving a show, a soap's exit story: "X has
// quit T after 12 years playing C", "X is leaving the ITV soap after a
// decade as C", "X will exit T". The show is the article's (or a show the
// article knows), named or spoken of as "the soap" or "the show"; a place
// ("left London") is none. The character, when "as C" or "playing C"
// follows, is the one X played.
func (x *extractor) exitRule() {
	if !x.sentHasAnyWord(exitVerbMask) {
		return // no verb it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].cap || !exitVerbMask.mayHold(&t[k]) || !exitVerbsIDs.has(t[k].id) || x.inBr[k] {
			continue
		}
		if t[k].low == "exit" && t[k-1].kind == tPoss && t[k+1].low == "from" {
			x.exitFrom(k) // "X's exit from T"
			continue
		}
		show, end := x.exitShow(k + 1)
		if show == "" {
			continue
		}
		if !x.exitSubjectVerb(k) {
			continue // "C is shot leaving T": no exit of a performer
		}
		subjects := x.subjectsBefore(k, 0)
		if len(subjects) == 0 {
			continue
		}
		char := ""
		for m := end; m < len(t) && m < end+7; m++ {
			if t[m].kind == tPunct && t[m].text != "," || t[m].cap && m > end {
				break
			}
			if l := t[m].low; (l == "as" || l == "playing") && !t[m].cap {
				if ce := x.charAt(m + 1); ce > m+1 && x.tok(m+1).cap && x.knownPerson(x.span(m+1, ce)) == "" {
					char = x.span(m+1, ce)
				}
				break
			}
		}
		for _, s := range subjects {
			if !x.know.crewed(x.fold(s)) {
				x.add(graph.KindCast, s, show, char, "") // not a producer leaving
			}
		}
	}
}

// exitShow reads the show left at i: the article's show or a show the
// article knows by name, or "the soap", "the ITV soap", "the show" for the
// sentence's show. It gives the show and where its words end, or "".
func (x *extractor) exitShow(i int) (string, int) {
	if x.tok(i).low == "the" && !x.tok(i).cap {
		at := i + 1
		if p := x.pastNetwork(at); p > at {
			at = p // "the Channel 4 soap"
		} else {
			for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cGenreNouns|cStopWords); q++ {
				at++ // "the long-running soap"
			}
			if !x.tok(at).has(cGenreNouns) || x.tok(at).cap {
				return "", i
			}
			at++
		}
		if !x.titleStarts(at) && x.sshow != "" {
			return x.sshow, at // "is leaving the ITV soap after a decade"
		}
		return "", i
	}
	e := x.titleAt(i, false)
	if e <= i || x.tok(e).kind == tPoss {
		return "", i // not "leaving Marasli's": a place named for its owner
	}
	ti := unquote(x.span(i, e))
	if x.show != "" && x.fold(ti) == x.fold(x.show) || x.isShow(ti) {
		return ti, e
	}
	return "", i
}

// exitAdverbs may stand between a performer and an exit verb: "X has
// finally quit T", "X is set to leave T".
var exitAdverbs = set(`to set finally also now reportedly officially recently already soon`)

// exitSubjectVerb reports whether only auxiliaries and exitAdverbs stand
// between the exit verb at k and a name before it: "X has quit", "X is
// set to leave", not "C is shot leaving".
func (x *extractor) exitSubjectVerb(k int) bool {
	m := k - 1
	for m > 0 && m > k-5 && x.tok(m).kind == tWord && !x.tok(m).cap && (x.tok(m).has(cAuxWords) || exitAdverbsIDs.has(x.tok(m).id)) {
		m--
	}
	return m < k && x.tok(m).cap // not "X, the executive producer, is departing": crew
}
