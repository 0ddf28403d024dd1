package extract

// Dubbing told in prose: a performer speaks for a character in another
// language's version of a title, "X talked in Hindi for C in 'T'", "In the
// upcoming 'T', X will speak for C".

import "github.com/castgraph/castgraph/graph"

// speakVerbMask holds the verbs that say a dubbing performer's work before
// "for C".
var speakVerbMask = setMask(set(`speak speaks spoke speaking talk talks talked talking`))

// speakForRule reads "X talked in Hindi for Mr Vortex in 'T'" and "X will
// speak for Lady Vortex": a speaking verb, a language perhaps, "for" and a
// character named in capitals. The title is the one after "in", or the
// sentence's show; the verb's subject is one person named before it.
func (x *extractor) speakForRule() {
	if !x.sentHasAnyWord(speakVerbMask) {
		return // no word it reads at
	}
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].cap || !speakVerbMask.holds(&t[k]) || x.inBr[k] {
			continue
		}
		f := k + 1
		if x.tok(f).low == "in" && x.tok(f+1).cap && x.tok(f+1).kind == tWord && x.tok(f+2).low == "for" {
			f += 2 // "talked in Hindi for C": the dub's language
		}
		if x.tok(f).low != "for" || !x.tok(f+1).cap {
			continue
		}
		ce := x.charAt(f + 1)
		if ce <= f+1 || !x.boundary(ce) && x.tok(ce).low != "in" {
			continue
		}
		char := x.span(f+1, ce)
		if x.isNetwork(char) || x.knownPerson(char) != "" {
			continue // "spoke for Netflix", "spoke for X": no character
		}
		show := x.playedInTitle(ce)
		if x.tok(ce).low != "in" {
			if ti := x.openingInTitle(); ti != "" {
				show = ti // "In the upcoming 'T', X will speak for C"
			}
		}
		if show == "" {
			continue
		}
		v := k
		for v > 1 && x.tok(v-1).has(cAuxWords) {
			v-- // "will speak", "will be speaking"
		}
		if ps := x.subjectsBefore(v, 1); len(ps) == 1 {
			x.add(graph.KindCast, ps[0], show, char, "")
		}
	}
}

// openingInTitle is the title of a sentence that opens "In (the upcoming)
// 'T'," before its clause, or "": a quoted title, or one the article
// knows as a show (not "In London,", "In 2004,").
func (x *extractor) openingInTitle() string {
	if x.tok(0).low != "in" {
		return ""
	}
	at := x.titlePrefix(1)
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).text != "," || !x.subjectTitle(at, e) || !isQuote(x.tok(at).text) && !x.isShow(x.span(at, e)) {
		return ""
	}
	return unquote(x.span(at, e))
}
