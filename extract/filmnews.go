package extract

// Film news: the title a clause about a film names just before its
// participle or its maker, "held off 'T', starring X", "'T' from director
// X", where the sentence's show is another film.

import "strings"

// quotedEndBefore is where a title read back from a comma at j ends: before
// the closing quote that stands against the comma ("'T', starring X"), or
// at j.
func quotedEndBefore(x *extractor, j int) int {
	if x.tok(j).text == "," && x.closeQuote(j-1) {
		return j - 1
	}
	return j
}

// titleBeforeComma reads back a title that ends at a comma at j: the span
// of a quotation that ends against the comma ("held off “T @ U”, starring
// X"), else titleBefore's.
func (x *extractor) titleBeforeComma(j int) (int, int) {
	if e := quotedEndBefore(x, j); e < j {
		for o := e - 1; o > 0 && o > e-14; o-- {
			if isQuote(x.toks[o].text) {
				if o+1 < e && x.toks[o+1].cap {
					return o + 1, e
				}
				break
			}
		}
	}
	return x.titleBefore(j), j
}

// titleFromJob is the title before "from" that a job noun at k follows,
// "'Paper Moon' from director X", "T, from writer-director Y": the film
// the job is on; else "".
func (x *extractor) titleFromJob(k int) string {
	f := k - 1
	if w := x.tok(f); w.low != "from" || w.cap || x.inBr[f] || f < 1 {
		return ""
	}
	e := quotedEndBefore(x, f-boolInt(x.tok(f-1).text == ","))
	ts := x.titleEndingAt(e)
	if x.closeQuote(e - 1) {
		// a quotation: the title from its opening mark
		if ts >= e-1 {
			return ""
		}
	} else if ts >= e || ts == 0 && e-ts == 1 {
		return "" // not "Coming from director X"
	}
	ti := unquote(x.span(ts, e))
	if x.sshow != "" && strings.HasSuffix(ti, x.sshow) {
		return "" // "Stan Original Series T, from creators X and Y": the sentence's show
	}
	if ti == "" || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || isCompany(ti) || x.startsName(ts) && x.personShaped(ts, e) {
		return ""
	}
	return ti
}
