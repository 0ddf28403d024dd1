package extract

// The show of a network's sentence that will put a title out, unquoted:
// "The streamer will premiere T in October. The legal drama stars X": T is
// the sentence's show, and "the legal drama" after it is T, not the show
// the text named before.

var releaseVerbMask = wordMask("premiere", "release", "air", "launch", "debut", "stream")

// releaseSubjects are the nouns of a network that may put a show out.
var releaseSubjects = set(`streamer network channel broadcaster studio platform service`)

// releasedTitle returns the title, in title case, after "will" or "to"
// (and "also") and a release verb whose subject is a network, "The
// streamer will premiere T in October", "Netflix will also release T this
// fall", when "in", "on", "this", "next", "later", a comma or the
// sentence's end follows it; or "".
func (x *extractor) releasedTitle() string {
	if !x.sentHasAnyWord(releaseVerbMask) {
		return ""
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if !releaseVerbMask.holds(&t[k]) || t[k].cap {
			continue
		}
		w := k - 1
		if t[w].low == "also" || t[w].low == "soon" {
			w--
		}
		if w < 1 || t[w].low != "will" && t[w].low != "to" {
			continue
		}
		if s := x.tok(w - 1); !(s.has(cNetworks) && s.cap || releaseSubjectsIDs.has(s.id) && !s.cap) {
			continue // not "She will release her album"
		}
		at := k + 1
		if !x.titleStarts(at) || isQuote(t[at].text) {
			continue // a quoted title is airedTitle's
		}
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		switch n := x.tok(e); {
		case e == len(t), n.text == "," || n.text == ".", n.low == "in" || n.low == "on" || n.low == "this" || n.low == "next" || n.low == "later":
		default:
			continue
		}
		if ti := x.span(at, e); x.subjectTitle(at, e) && !x.tok(at).has(cDateWords) {
			return ti
		}
	}
	return ""
}
