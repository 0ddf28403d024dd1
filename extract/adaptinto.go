package extract

// A work adapted into a new show of its title: "X will adapt Y's novel “T”
// into a four-part drama", "Z is adapting the webcomic T into a series";
// and a title after a dated release, "X's October release “T”"; a prize
// is no title a crew verb credits.

import "strings"

var adaptMask = wordMask("adapt", "adapts", "adapting", "adapted")

// adaptIntoTitle is the sentence's show where the sentence adapts a named
// work into a show it introduces with "a" or "an": the show takes the
// work's title (the sentence's show otherwise stays; "adapting T into the
// series" is the article's). It reads past a possessive owner and a source
// noun: "adapt Jo Bloom's novel “T” into a four-part drama".
func (x *extractor) adaptIntoTitle() string {
	if !x.sentHasWord(bitInto) || !x.sentHasAnyWord(adaptMask) {
		return ""
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if !adaptMask.mayHold(&t[k]) || t[k].cap || !adaptVerbsIDs.has(t[k].id) {
			continue
		}
		at := k + 1
		if t[at].low == "the" {
			at++
		}
		if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss {
			at = pe + 1 // "Jo Bloom's"
		}
		for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && (x.tok(at).has(cSourceNouns) || x.tok(at).has(cDescribe) || x.tok(at).kind == tWord && !x.tok(at).has(cStopWords)); q++ {
			at++ // "novel", "bestselling novel", "webcomic"
		}
		if at == k+1 || !x.titleStarts(at) {
			continue
		}
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		in := e
		if isQuote(x.tok(in).text) {
			in++
		}
		if x.tok(in).low == "by" {
			if pe := x.personAt(in + 1); pe > in+1 {
				in = pe // "adapt the novel T by Y into a series"
			}
		}
		if x.tok(in).low != "into" || x.tok(in+1).low != "a" && x.tok(in+1).low != "an" {
			continue
		}
		for m := in + 2; m < len(t) && m < in+6; m++ {
			if t[m].has(cGenreNouns) && !t[m].cap {
				if ti := unquote(x.span(at, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
					return ti
				}
				break
			}
		}
	}
	return ""
}

// adaptVerbs adapt a work into a show.
var adaptVerbs = set(`adapt adapts adapting adapted`)

// pastDatedRelease is where a title starts after a date and a release noun
// at i, "October release “T”", "2019 release T", "summer premiere T" (the
// date is no title); else i.
func (x *extractor) pastDatedRelease(i int) int {
	d, n := x.tok(i), x.tok(i+1)
	if !releaseNounsIDs.has(n.id) || n.cap || !(dateWordsIDs.has(d.id) || yearToken(d)) || x.titleAt(i+2, false) <= i+2 {
		return i
	}
	return i + 2
}

// releaseNouns follow a date before a title: "X's October release “T”".
var releaseNouns = set(`release premiere debut opener`)

// prizeName reports whether a title a crew verb's object seems to be is a
// prize: "the first directing Oscar of his career", "a writing Emmy".
func prizeName(ti string) bool {
	l := strings.ToLower(unquote(ti))
	return awardWords[l] || l == "oscar" || l == "oscars" || l == "golden globe" || l == "palme d'or" || l == "palme d’or"
}
