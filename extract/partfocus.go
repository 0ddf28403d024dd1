package extract

// This file keeps the article's show as the show the next sentences speak
// of when a sentence names one part of it: "the anime will be a 6-part
// film series, with the first film titled “Reunion”", "the first episode,
// titled T, airs Friday". The part's title is the sentence's show, but the
// staff and cast named after it are the whole work's, not the part's.

// partTitleWords introduce a part's title after its noun.
var partTitleWords = set(`titled entitled called named`)

// partTitleMask is the bits of partTitleWords (sentHasAnyWord).
var partTitleMask = setMask(partTitleWords)

// partNouns name one part of a work: "the first film", "the second part".
var partNouns = set(`film movie episode part installment instalment chapter entry volume`)

// partTitleShow reports whether the sentence's show is the title of one
// part of the article's show, named after an ordinal and a part's noun:
// "the first film titled “T”", "its second part, called T".
func (x *extractor) partTitleShow() bool {
	if x.show == "" || x.sshow == "" || !x.sentHasAnyWord(partTitleMask) || x.skey(x.sshow) == x.showKey {
		return false
	}
	for k := 2; k+1 < len(x.toks); k++ {
		if t := &x.toks[k]; t.cap || !partTitleWordsIDs.has(t.id) {
			continue
		}
		n := k - 1
		if x.tok(n).text == "," {
			n--
		}
		if !partNounsIDs.has(x.tok(n).id) || !ordinalWordsIDs.has(x.tok(n-1).id) && x.tok(n-1).low != "final" && x.tok(n-1).low != "last" {
			continue
		}
		if e := x.titleAt(k+1, false); e > k+1 && x.skey(unquote(x.span(k+1, e))) == x.skey(x.sshow) {
			return true
		}
	}
	return false
}
