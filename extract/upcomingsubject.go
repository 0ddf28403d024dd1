package extract

// The article's show as the subject of an opening sentence's verb: "The
// staff of the upcoming T announced the voice cast of C".

import "strings"

// upcomingSubject reads "the upcoming T" or "the new T" at k with a verb
// after it ("announced", "has", "will"): the show the sentence is about,
// named before what it names after "cast of" (a group of characters, a
// film of the series). A title the article writes twice with a lowercase
// word and a full stop inside a sentence ("T tri. announced") keeps them.
func (x *extractor) upcomingSubject(k int) string {
	t := x.toks
	n := len(t)
	if l := t[k].low; l != "upcoming" && l != "new" && l != "forthcoming" || t[k].cap || k == 0 || t[k-1].low != "the" || !x.titleStarts(k+1) {
		return ""
	}
	e := x.titleAt(k+1, false)
	if e <= k+1 || e >= n || x.isNetwork(x.span(k+1, e)) || describes(x.span(k+1, e)) || x.personShaped(k+1, e) && x.startsName(k+1) {
		return ""
	}
	title := x.span(k+1, e)
	if e+2 < n && t[e].kind == tWord && !t[e].cap && t[e+1].text == "." && t[e+2].kind == tWord && !t[e+2].cap {
		if full := x.span(k+1, e+2); strings.Count(x.a.Text, full+" ") >= 2 {
			title, e = full, e+2 // "Digimon Adventure tri. announced"
		}
	}
	if w := t[e]; w.kind != tWord || w.cap || !(w.has(cAuxWords) || headlineVerbsIDs.has(w.id) || len(w.low) > 4 && strings.HasSuffix(w.low, "ed")) {
		return ""
	}
	return title
}

// castOfShow is the show of a sentence that names title after "cast of"
// at k: title, or the article's show when the sentence names that before
// and the article names title only there ("The staff of T announced the
// voice cast of “C” (D)": C, a group of its characters, no show).
func (x *extractor) castOfShow(k int, title string) string {
	if x.show != "" && int(x.toks[k].start) > len(x.show) && strings.Contains(x.s.text[:x.toks[k].start], x.show) &&
		strings.Count(x.a.Text, unquote(title)) == 1 {
		return x.show
	}
	return title
}

// describedBy are the words after "T, the drama" that describe it rather
// than open a clause of its own: "Get ready for T, the drama that Hulu is
// betting on", "T, the thriller from X, opens Friday"; not "in Bogotá, the
// series has".
var describedBy = set(`that from which about by`)
