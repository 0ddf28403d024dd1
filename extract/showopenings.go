package extract

// A sentence that opens with the show a person played in: "On T, which
// ran from 1971 to 1977, X played the sheriff", "In T, she played C".

import "strings"

// stageVenues are where a person plays that are no show: "On Broadway, he
// played Hamlet".
var stageVenues = map[string]bool{"broadway": true, "off-broadway": true, "west end": true, "the west end": true, "stage": true, "screen": true, "television": true, "tv": true, "radio": true}

// onShowOpening reads a sentence that opens with "On" and a title, an
// optional "which" aside, a comma, and a person who played or starred:
// "On Red Mesa, which ran from 1971 to 1977, X played the sheriff". It
// returns the title, or "".
func (x *extractor) onShowOpening() string {
	t := x.toks
	if len(t) < 6 || t[0].low != "on" || !x.titleStarts(1) {
		return ""
	}
	e := x.titleAt(1, false)
	if e <= 1 || x.tok(e).text != "," || !x.subjectTitle(1, e) || placeWords[strings.ToLower(unquote(x.span(1, e)))] || stageVenues[strings.ToLower(x.span(1, e))] || x.isNetwork(x.span(1, e)) {
		return ""
	}
	c := e
	if x.tok(c+1).low == "which" {
		for c++; c < len(t) && c < e+14 && t[c].text != ","; c++ {
		}
	}
	if x.tok(c).text != "," || !x.playsAfter(c) {
		return ""
	}
	return x.span(1, e)
}

// playsAfter reports whether, after the comma at c, a person or "he" or
// "she" plays, played or starred: "In T, X played C", "On T, she starred".
func (x *extractor) playsAfter(c int) bool {
	v := c + 1
	if l := x.tok(v).low; l == "he" || l == "she" {
		v++
	} else if pe := x.personAt(v); pe > v {
		v = pe
	} else {
		return false
	}
	if x.tok(v).low == "also" || x.tok(v).low == "later" {
		v++
	}
	w := x.tok(v)
	return !w.cap && (w.has(cPlayVerbs) || w.low == "starred" || w.low == "stars" || w.low == "appeared")
}
