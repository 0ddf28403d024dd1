package extract

import "strings"

// A cast list that credits the quoted title before it, not the sentence's
// show: "with which “T” was made on Televisa, with the stellar
// participation of A and B", "“T,” its successful 2010 soap opera,
// starring then A and B" (the cast the title had when it first aired).

// quotedCastMask holds the words quotedCastRule reads at.
var quotedCastMask = wordMask("participation", "then", "again")

// quotedCastRule reads "with the participation of A and B" and "starring
// then A and B" after a quoted title: each is the title's cast.
func (x *extractor) quotedCastRule() {
	if !x.sentHasAnyWord(quotedCastMask) {
		return
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		start := -1
		switch l := t[k].low; {
		case l == "participation" && !t[k].cap && t[k+1].low == "of":
			start = k + 2 // "with the (stellar) participation of A and B"
		case (l == "then" || l == "again") && t[k-1].low == "starring" && !t[k-1].cap:
			start = k + 1 // "starring then A and B"
		}
		if start < 0 || !t[start].cap {
			continue
		}
		title := x.quotedTitleBefore(k)
		if title == "" {
			continue
		}
		if items := x.parseList(start); len(items) > 0 {
			x.castListIn(title, items)
			k = items[len(items)-1].end
		}
	}
}

// quotedTitleBefore returns the last quoted title that ends before k in
// the sentence, with a comma inside its quotes dropped ("“Where's Elisa,”"),
// or "" when none is there or it is a network's name.
func (x *extractor) quotedTitleBefore(k int) string {
	for m := k - 1; m > 0; m-- {
		if !x.closeQuote(m) {
			continue
		}
		o := x.openQuoteOf(m)
		if o < 0 {
			return ""
		}
		if e := x.titleAt(o, false); e >= m && e <= m+1 {
			ti := strings.TrimRight(unquote(x.span(o, e)), ",")
			if ti == "" || x.isNetwork(ti) || x.knownPerson(ti) != "" {
				return ""
			}
			return ti
		}
		return ""
	}
	return ""
}
