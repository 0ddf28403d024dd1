package extract

// Crew credits in trade and festival copy: words that make a film of the
// noun after them, and the checks that keep a place or a company from
// standing as a maker.

// featureOrders, before "feature", make it a noun for a film: "her debut
// feature", "his second feature", "the new feature".
var featureOrders = set(`debut first second third fourth fifth sophomore new latest next upcoming`)

var bitFeature = wordBit("feature")

// jobShow is the show a job noun with no title of its own credits: the film
// a possessive names later in the sentence ("director X will open the
// festival with her debut feature “T”"), or else the sentence's show.
func (x *extractor) jobShow(k int) string {
	if !x.sentHasWord(bitFeature) {
		return x.sshow
	}
	for m := k + 1; m+2 < len(x.toks); m++ {
		if t := &x.toks[m]; t.low == "feature" && featureOrders[x.toks[m-1].low] && !t.cap {
			if p := x.tok(m - 2).low; p != "her" && p != "his" && p != "their" {
				break
			}
			if e := x.titleAt(m+1, false); e > m+1 && x.titleStarts(m+1) && !x.isNetwork(x.span(m+1, e)) {
				return unquote(x.span(m+1, e))
			}
			break
		}
	}
	return x.sshow
}
