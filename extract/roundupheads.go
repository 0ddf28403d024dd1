package extract

// A roundup's entry line that names its title and its cast together: "T —
// Cast: A, B", "T – Starring: A and B", "“T” - Starring A, B", "T
// (Netflix) — Cast: A", or a title and its network before a colon and the
// names, "• T (Netflix): A, B". The title is the show of the line's cast
// and of the section under it.

import "github.com/castgraph/castgraph/graph"

// dashCastTitle reads heading s as such an entry line and returns its
// title, or "", and where the names of "T (Netflix): A, B" start (0 where
// the line's label leads them).
func (x *extractor) dashCastTitle(s *sentence) (string, int) {
	t := s.toks
	b := bulletEnd(t)
	if !s.head || s.para == 0 || !s.first || len(t)-b < 5 || !(t[b].cap && t[b].kind == tWord || isQuote(t[b].text)) {
		return "", 0
	}
	br := -1 // where a bracket after the title opens: "T (Netflix) — Cast: A"
	for k := b + 1; k+2 < len(t) && k <= b+14; k++ {
		if t[k].text == "(" && br < 0 {
			br = k
			for k+1 < len(t) && t[k].text != ")" {
				k++
			}
			continue
		}
		names := 0
		if t[k].text == ":" && br > 0 && k-2 > br && t[k-1].text == ")" && t[k+1].cap && x.isNetwork(s.text[t[br+1].start:t[k-2].end]) {
			names = k + 1 // "T (Netflix): A, B"
		} else if !isDash(t[k].text) {
			if t[k].text == "." || t[k].text == ":" || t[k].text == "," {
				return "", 0 // a sentence or a list, not a title before its dash
			}
			continue
		}
		switch c := &t[k+1]; {
		case names > 0:
		case c.low == "cast":
			if t[k+2].text != ":" {
				return "", 0
			}
		case c.low == "starring" || c.low == "stars" || c.low == "featuring" || c.low == "with":
			if t[k+2].text != ":" && !t[k+2].cap {
				return "", 0
			}
		default:
			return "", 0
		}
		e := k
		if br > 0 {
			e = br
		}
		x.ready(s)
		title := unquote(x.span(b, e))
		if x.titleAt(b, false) < e || x.isNetwork(title) || notTitle(title) || describes(title) {
			return "", 0
		}
		return title, names
	}
	return "", 0
}

// dashCastEntry reads heading s as such an entry line: its title becomes
// the section's show and the line is read as a sentence of it, or its
// names after the colon as the title's cast.
func (x *extractor) dashCastEntry(s *sentence) bool {
	title, names := x.dashCastTitle(s)
	if title == "" {
		return false
	}
	x.setFocus(title)
	if names == 0 {
		x.sentence(s)
		return true
	}
	x.ready(s)
	var found []string
	for k := names; k < len(x.toks); {
		e := x.personAt(k)
		if e <= k+1 {
			return true // not a list of full names: no credit
		}
		found = append(found, x.span(k, e))
		k = e
		if k < len(x.toks) && (x.toks[k].text == "," || x.toks[k].low == "and" || x.toks[k].text == "&") {
			k++
			if k < len(x.toks) && x.toks[k].low == "and" {
				k++ // ", and"
			}
		} else if k < len(x.toks) {
			return true
		}
	}
	for _, p := range found {
		x.add(graph.KindCast, p, title, "", "")
	}
	return true
}
