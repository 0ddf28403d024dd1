package extract

import "strings"

// A review or a synopsis names its show as the subject of a plot verb,
// often after an opening phrase: "Told over one winter, The Birch House
// follows a widow (X) who ...".

// plotVerbs tell what a show is about.
var plotVerbs = set(`follows centres centers revolves chronicles tells explores depicts`)

var plotMask = setMask(plotVerbs)

// plotOpening returns the title that is the subject of a plot verb in the
// sentence at hand, past its opening phrase ("Told over one winter, T
// follows a widow"), or "".
func (x *extractor) plotOpening() string {
	if !x.sentHasAnyWord(plotMask) {
		return ""
	}
	st := x.introEnd()
	if w := x.tok(0).low; st == 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "set" || w == "told" || w == "shot" || w == "written" || w == "made") {
		for c := 1; c < len(x.toks) && c < 12; c++ {
			if x.toks[c].text == "," {
				st = c + 1 // "Told over one winter, T follows": past the participle's phrase
				break
			}
		}
	}
	if st == 0 || !x.titleStarts(st) {
		return "" // a title opening the sentence is read by the rules of the opening
	}
	e := x.titleAt(st, false)
	if e <= st || !plotVerbsIDs.has(x.tok(e).id) || x.tok(e).cap {
		return ""
	}
	title := unquote(x.span(st, e))
	if x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(st, e) && x.startsName(st) || x.tok(st).has(cStopWords) && e == st+1 {
		return ""
	}
	return title
}
