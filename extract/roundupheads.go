package extract

// A roundup's entry line that names its title and its cast together: "T —
// Cast: A, B", "T – Starring: A and B", "“T” - Starring A, B", "T
// (Netflix) — Cast: A". The title is the show of the line's cast and of
// the section under it.

// dashCastTitle reads heading s as such an entry line and returns its
// title, or "".
func (x *extractor) dashCastTitle(s *sentence) string {
	t := s.toks
	if !s.head || s.para == 0 || !s.first || len(t) < 5 || !(t[0].cap && t[0].kind == tWord || isQuote(t[0].text)) {
		return ""
	}
	br := -1 // where a bracket after the title opens: "T (Netflix) — Cast: A"
	for k := 1; k+2 < len(t) && k <= 14; k++ {
		if t[k].text == "(" && br < 0 {
			br = k
			for k+1 < len(t) && t[k].text != ")" {
				k++
			}
			continue
		}
		if !isDash(t[k].text) {
			if t[k].text == "." || t[k].text == ":" || t[k].text == "," {
				return "" // a sentence or a list, not a title before its dash
			}
			continue
		}
		switch c := &t[k+1]; c.low {
		case "cast":
			if t[k+2].text != ":" {
				return ""
			}
		case "starring", "stars", "featuring", "with":
			if t[k+2].text != ":" && !t[k+2].cap {
				return ""
			}
		default:
			return ""
		}
		e := k
		if br > 0 {
			e = br
		}
		x.ready(s)
		title := unquote(x.span(0, e))
		if x.titleAt(0, false) < e || x.isNetwork(title) || notTitle(title) || describes(title) {
			return ""
		}
		return title
	}
	return ""
}

// dashCastEntry reads heading s as such an entry line: its title becomes
// the section's show and the line is read as a sentence of it.
func (x *extractor) dashCastEntry(s *sentence) bool {
	title := x.dashCastTitle(s)
	if title == "" {
		return false
	}
	x.setFocus(title)
	x.sentence(s)
	return true
}
