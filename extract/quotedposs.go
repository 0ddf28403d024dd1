package extract

// A bracket's quoted title with a possessive after its closing quote:
// "Tom Baxley (“Salt Road”’s Dorn Hale) joins the cast" names the title
// and the character, as "(Salt Road's Dorn Hale)" does unquoted.

// quotedTitlePoss reads the part p that opens with a quoted title whose
// closing quote a possessive follows: the title ends at the quote, the
// character is the name after the possessive. A possessive inside the
// quotes ("(“DaVinci’s Demons”)") is the title's own.
func (x *extractor) quotedTitlePoss(p *part) {
	if p.char != "" || p.i >= p.j || !isQuote(x.toks[p.i].text) {
		return
	}
	for q := p.i + 1; q+1 < p.j; q++ {
		if !x.closeQuote(q) {
			continue
		}
		if x.toks[q+1].kind == tPoss {
			p.poss = true
			if e := x.charAt(q + 2); e > q+2 && e <= p.j {
				p.char = x.span(q+2, e)
			}
			p.j = q
		}
		return
	}
}
