package extract

// This file reads the kind of work that opens a list of titles when its
// plural is a word titlePrefix does not pass over: "series" (a stop word,
// its plural the same as its singular) and "productions"; and, after a
// role's "in", any plural kind of work before "such as" (kindsSuchAs).

import "strings"

// pluralKindAt returns where the titles start after "series such as",
// "productions like" or "series including" at k, or k when no such kind
// and cue stand there: "appeared in television series such as T1, T2 or
// T3", "participated in productions such as T1 and T2".
func (x *extractor) pluralKindAt(k int) int {
	if x.tok(k).text == "," {
		return x.apposedKinds(k)
	}
	if t := x.tok(k); t.cap || t.low != "series" && t.low != "productions" {
		return k
	}
	switch l := x.tok(k + 1).low; {
	case l == "such" && x.tok(k+2).low == "as":
		return x.titlePrefix(k + 3)
	case l == "like" || l == "including":
		return x.titlePrefix(k + 2)
	}
	return k
}

// kindsSuchAs reads, at k, a plural kind of work and "such as", "like" or
// "including" before titles ("films such as T1 and T2", "TV shows like
// T"): where the first title starts, or 0.
func (x *extractor) kindsSuchAs(k int) int {
	if x.tok(k).low == "tv" || x.tok(k).low == "television" {
		k++
	}
	t := x.tok(k)
	if t.cap || t.kind != tWord || !strings.HasSuffix(t.low, "s") || !genreNouns[strings.TrimSuffix(t.low, "s")] && t.low != "series" {
		return 0
	}
	at := 0
	switch l := x.tok(k + 1).low; {
	case l == "such" && x.tok(k+2).low == "as":
		at = x.titlePrefix(k + 3)
	case l == "like" || l == "including":
		at = x.titlePrefix(k + 2)
	}
	if at == 0 || !x.titleStarts(at) {
		return 0
	}
	return at
}

// seriesWords, after a quoted title in a list, name its series: "‘T1’
// trilogy, ‘T2’ and ‘T3’".
var seriesWords = set(`trilogy franchise saga films movies series sequels duology`)

// apposedKinds returns where the titles start after "the", describing
// words and a plural kind of work set off by the comma at k, the titles
// two or more: "has starred in the hit feature films, T1 and T2"; else k.
// A name after the comma is no title ("in the films, A and B met"), nor
// the subject of a clause ("in the films, London and Paris were").
func (x *extractor) apposedKinds(k int) int {
	g := x.tok(k - 1)
	if g.cap || g.kind != tWord || !strings.HasSuffix(g.low, "s") || !genreNouns[strings.TrimSuffix(g.low, "s")] && g.low != "series" {
		return k
	}
	the := k - 2
	for the > k-5 && x.tok(the).kind == tWord && !x.tok(the).cap && x.tok(the).low != "the" && !x.tok(the).has(cStopWords) {
		the-- // "hit feature"
	}
	if x.tok(the).low != "the" || x.tok(the).cap || !x.titleStarts(k+1) {
		return k
	}
	e := x.titleAt(k+1, false)
	if e <= k+1 || x.tok(e).low != "and" && x.tok(e).text != "," || x.startsName(k+1) && x.personShaped(k+1, e) {
		return k
	}
	if e2 := x.titleAt(e+1, false); x.tok(e).low == "and" && (e2 <= e+1 || x.tok(e2).has(cClauseVerbs|cAuxWords)) {
		return k // "in the films, London and Paris were the settings": a clause
	}
	return k + 1
}
