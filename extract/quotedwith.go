package extract

// A sentence that names a show in quotes and then its cast after "with":
// "Also ‘Tide Hill’ from 3 October, with Ana Selo and Ben Oru", the Italian
// "anche ‘T’ dal 3 ottobre, con A e B". The quoted title is the sentence's
// show, not the paragraph's nor the article's.

// quotedWithWords are the words quotedWithTitle reads at.
var quotedWithWords = wordMask("with", "starring")

// quotedWithTitle is the quoted title that the sentence's "with" (or "con",
// "avec", "mit": the language pass reads them as "starring", so only the
// token's text still tells them) before a name follows, past a comma and a
// few words of date or time ("from 3 October"), or "". A title after a
// word of a person's earlier work ("known for ‘T’, with A") is none.
func (x *extractor) quotedWithTitle() string {
	if !x.sentHasAnyWord(quotedWithWords) {
		return "" // no "with", nor "starring" read from another language's word
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if t[k].low != "with" && !(t[k].low == "starring" && foreignWith[t[k].text]) || t[k].cap || x.inBr[k] || !x.startsName(k+1) {
			continue
		}
		c := k - 1
		for m := 0; m < 5 && c > 1 && !x.closeQuote(c); m++ {
			if w := x.tok(c); w.cap && !w.has(cDateWords) || w.kind == tPunct && w.text != "," || w.kind == tPoss {
				break
			}
			c--
		}
		if !x.closeQuote(c) {
			return ""
		}
		o := x.openQuoteOf(c)
		if o < 0 || c-o > 8 || x.inBr[o] || x.titleAt(o, false) != c+1 || x.earlierWork(o) {
			return ""
		}
		title := unquote(x.span(o, c+1))
		if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
			return ""
		}
		return title
	}
	return ""
}
