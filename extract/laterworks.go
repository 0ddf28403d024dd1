package extract

// A person's later work, named in a retrospective or a profile ("X went on
// to star in T"), is not what the text goes on to speak of: the sentences
// after it ("The show's breakout star was Y, who played C") stay with the
// show the text was about.

var laterWorkMask = wordMask("went", "gone", "going")

// laterWorkShow reports whether the sentence names its show only as a
// person's later work, "went on to star in T", while the article is about
// another show.
func (x *extractor) laterWorkShow() bool {
	if x.show == "" || !x.sentHasAnyWord(laterWorkMask) || x.fold(x.sshow) == x.fold(x.show) {
		return false
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if l := t[k].low; l != "went" && l != "gone" && l != "going" || t[k+1].low != "on" || t[k+2].low != "to" {
			continue
		}
		// the show named before the clause ends: "went on to star in the
		// HBO drama T and the film U"
		for m := k + 3; m < len(t) && m <= k+15; m++ {
			if t[m].kind == tPunct && t[m].text != "'" && !isQuote(t[m].text) {
				break
			}
			if e := x.titleAt(m, false); e > m && x.fold(unquote(x.span(m, e))) == x.fold(x.sshow) {
				return true
			}
		}
	}
	return false
}
