package extract

// Cues for the maker of the sentence's show named by a job noun after
// "from": "T, a new drama from Severance creator X", "the series from
// Fleabag writer X" (X made T as well as the title before the job noun).

// fromMaker reports whether the title before the job noun at k (quoted or
// not) follows a "from" that names who the sentence's show comes from:
// after a genre noun ("a new FX drama from"), after the show itself and a
// comma ("T, from"), or after the show as subject ("The series is from").
func (x *extractor) fromMaker(k int) bool {
	ts := x.titleBefore(k)
	if x.closeQuote(k - 1) {
		for ts = k - 2; ts > 0 && ts > k-14; ts-- {
			if t := x.toks[ts].text; t == "“" || t == "\"" || t == "‘" || t == "'" {
				break
			}
		}
	}
	f := ts - 1
	if x.sshow == "" || x.tok(f).low != "from" || x.tok(f).cap || x.inBr[f] {
		return false
	}
	p := x.tok(f - 1)
	switch {
	case p.has(cGenreNouns) && !p.cap:
		return true // "a new FX drama from", "the comedy from"
	case p.text == ",":
		ps := x.titleBefore(f - 1)
		return ps < f-1 && x.skey(unquote(x.span(ps, f-1))) == x.skey(x.sshow)
	}
	if p.low == "also" {
		return x.showIsSubject(f - 1) // "The series is also from"
	}
	return x.showIsSubject(f)
}
