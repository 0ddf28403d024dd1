package extract

import "strings"

// fameTitles reads, after the title that ends at e in "X of T fame" (the
// "of" at k), more titles before "fame": "X of ‘T1’, ‘T2’ fame". It gives
// them and the index of "fame", or nil and e.
func (x *extractor) fameTitles(k, e int) ([]string, int) {
	if x.tok(e).text != "," && x.tok(e).low != "and" {
		return nil, e
	}
	var titles []string
	m := e
	for len(titles) < 6 && (x.tok(m).text == "," || x.tok(m).low == "and") {
		at := m + 1
		if x.tok(m).text == "," && x.tok(at).low == "and" {
			at++
		}
		te := x.titleAt(at, false)
		if te <= at {
			return nil, e
		}
		ti := unquote(x.span(at, te))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || placeWords[strings.ToLower(ti)] {
			return nil, e
		}
		titles = append(titles, ti)
		m = te
	}
	if x.tok(m).low != "fame" {
		return nil, e
	}
	return titles, m
}

// forCrewWork reports whether "for" and work off screen stand at i: "for
// music", "for the background score".
func (x *extractor) forCrewWork(i int) bool {
	if x.tok(i).low != "for" {
		return false
	}
	for m := i + 1; m < i+4; m++ {
		w := x.tok(m)
		if w.has(cCrewCues) && !w.cap {
			return true
		}
		if w.kind != tWord || w.cap {
			return false
		}
	}
	return false
}
