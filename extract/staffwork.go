package extract

// Staff work and small readings of crew copy: "with X providing character
// designs", "X reprised her duty in series composition", consultants of a
// staff's kind, a character after "revolves around X's", a place's
// "stories", a maker's second title with its year, a source title before
// ", written by", a title of honour before a name.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// staffVerbWords holds the verbs that take on a part of an anime's or a
// film's staff work: "with X providing character designs", "Y reprised her
// duty in series composition".
var staffVerbWords = setMask(set(`providing provides provided handling handles handled reprised reprises reprising`))

// staffNouns name that part, with its job ("" for crew work the facts
// contract names no job for).
var staffNouns = map[string]string{
	"designs": "", "design": "", "music": "", "score": "", "soundtrack": "", "animation": "", "cinematography": "", "editing": "",
	"composition": graph.JobWriter, "script": graph.JobWriter, "scripts": graph.JobWriter, "screenplay": graph.JobWriter,
}

// staffWorkRule: "Naoto Hoso is directing, with Chika Kade (Mania Club)
// providing character designs", "Yasu Koba (T) reprised her duty in series
// composition": crew in the sentence's show.
func (x *extractor) staffWorkRule() {
	if x.sshow == "" || !x.sentHasAnyWord(staffVerbWords) || !x.sentHas(cCrewCues) && (x.s == nil || indexRare(x.s.text, "design") < 0) {
		return // no show, or no work noun it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if !staffVerbWords.holds(&t[k]) || t[k].cap {
			continue
		}
		job, found := "", false
		for m := k + 1; m < len(t) && m < k+6; m++ {
			w := x.tok(m)
			if j, ok := staffNounsIDs.lookup(w.id); ok && !w.cap {
				switch x.tok(m + 1).low {
				case "for", "on", "of", "in":
					// "handled the music for T": that title's, read by jobVerbRule
				default:
					job, found = j, true
				}
				break
			}
			if w.kind != tWord || w.cap {
				break
			}
		}
		if !found {
			continue
		}
		e := k
		if x.tok(e-1).text == ")" {
			if o := x.openOf(e - 1); o > 0 {
				e = o // "with X (T) providing": past X's earlier work
			}
		}
		var people []string
		if ps := x.personBefore(e); ps < e && x.tok(ps-1).low == "with" {
			people = []string{x.span(ps, e)} // "with X providing character designs"
		} else if !strings.HasSuffix(t[k].low, "ing") {
			people = x.subjectsBefore(e, 1)
		}
		for _, p := range people {
			x.add(graph.KindCrew, p, x.sshow, "", job)
		}
	}
}

// consultantKinds make a consultant one of a show's staff: "the series
// creative consultant X", "script consultant Y".
var consultantKinds = set(`creative script story series production technical historical music`)

// plotConsultant reports whether the job noun at k is a consultant of no
// kind a show's staff has: "trauma consultant X" is a doctor in the story.
func (x *extractor) plotConsultant(k int) bool {
	if l := x.tok(k).low; l != "consultant" && l != "consultants" {
		return false
	}
	return !consultantKindsIDs.has(x.tok(k - 1).id)
}

// lifeStoryNouns name a work about a real person: "a biopic of composer X".
var lifeStoryNouns = set(`biopic biopics biography documentary portrait life story`)

// workSubject reports whether the job noun at k names the person a work is
// about, "this biopic of composer X", "a documentary about director Y":
// the subject, no maker.
func (x *extractor) workSubject(k int) bool {
	m := k - 1
	for q := 0; q < 2 && x.tok(m).has(cDescribe) && x.tok(m-1).low == "about"; q++ {
		m-- // "a film about British writer X"
	}
	if l := x.tok(m).low; l != "of" && l != "about" && l != "on" {
		return false
	}
	if m < k-1 {
		return true // "about British writer X": the film's subject, no maker
	}
	if x.tok(m-1).kind == tPoss {
		m-- // "a portrait of the director's"
	}
	return lifeStoryNounsIDs.has(x.tok(m-1).id) && !x.tok(m-1).cap
}

// givenNameAt reports whether one given name alone stands at i, a
// character's, before a comma: "Kate, a single mother".
func (x *extractor) givenNameAt(i int) bool {
	return x.tok(i).kind == tWord && x.startsName(i) && x.tok(i+1).text == ","
}

// storyPlace reports whether the owner a of the possessive at k is one word
// no person's name starts with and "stories" follows it: "one of
// Walford's most memorable love stories" tells of a place, no author.
func (x *extractor) storyPlace(a string, k int) bool {
	if hasByte(a, ' ') || x.knownPerson(a) != "" || x.startsName(k-1) {
		return false
	}
	for m := k + 1; m < len(x.toks) && m < k+6; m++ {
		if l := x.tok(m).low; l == "stories" || l == "story" {
			return true
		}
	}
	return false
}

// yearedTitleAfter reads, after a maker's title that ends at e with its
// year in brackets, "and" and one more title with its year: "LEE
// Joon-ik's The Happy Life (2007) and Battlefield Heroes (2011)". It gives
// that title, or "".
func (x *extractor) yearedTitleAfter(e int) string {
	if x.tok(e).text != "(" || !yearToken(x.tok(e+1)) || x.tok(e+2).text != ")" || x.tok(e+3).low != "and" {
		return "" // not "Lee Daniels' The Butler (10) and T (16)": a chart's places
	}
	at := e + 4
	te := x.titleAt(at, false)
	if te <= at || x.tok(te).text != "(" || !yearToken(x.tok(te+1)) || x.tok(te+2).text != ")" {
		return ""
	}
	if x.startsName(at) && x.personShaped(at, te) || x.isNetwork(x.span(at, te)) {
		return ""
	}
	return unquote(x.span(at, te))
}

// yearToken reports whether t is a year: four digits from 1900 to 2099.
func yearToken(t *token) bool {
	return t.kind == tNum && len(t.text) == 4 && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20"))
}

// sourceTitleBy reports whether the title before ", written by" at k (the
// "by") follows a source noun, "the journalistic novel ‘T’, written by X",
// or the verb of an adaptation, "adapted from “T”, written by X", "based on
// ‘T’, written by X": the source's title.
func (x *extractor) sourceTitleBy(k int) bool {
	e := k - 2
	if isQuote(x.tok(e-1).text) && x.tok(e-2).text == "," {
		e--
	}
	ts := x.titleEndingAt(e)
	if ts >= e {
		return false
	}
	b := ts - 1
	quoted := isQuote(x.tok(ts).text) || isQuote(x.tok(b).text)
	if isQuote(x.tok(b).text) {
		b--
	}
	p := x.tok(b)
	if p.low == "from" && x.tok(b-1).low == "adapted" || p.low == "on" && x.tok(b-1).low == "based" {
		return quoted // a quoted source: not "adapted from T, directed by X", the show
	}
	return p.has(cSourceNouns) && !p.cap
}

// pastHonorific skips, at i, a title of honour and the field it names
// before a person: "King of Philippine Movies Fernando Poe Jr." gives the
// index of Fernando. It returns i when none stands there.
func (x *extractor) pastHonorific(i int) int {
	switch x.tok(i).low {
	case "king", "queen", "prince", "princess":
	default:
		return i
	}
	if !x.tok(i).cap || x.tok(i+1).low != "of" {
		return i
	}
	end := i + 2
	for end < len(x.toks) && end < i+9 && x.tok(end).cap && x.tok(end).kind == tWord {
		end++
	}
	for m := i + 2; m+1 < end; m++ {
		if x.startsName(m) && x.personShaped(m, end) {
			return m
		}
	}
	return i
}
