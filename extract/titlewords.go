package extract

import "strings"

// ownerIsPerson reports whether the possessive at k follows a person's full
// name: "Denis Villeneuve's Dune" is Villeneuve's film, not a title.
func (x *extractor) ownerIsPerson(k int) bool {
	ps := x.personBefore(k)
	return ps < k-1 && x.startsName(ps) || x.knownPerson(x.span(ps, k)) != ""
}

// isOrdinalNum reports whether s is a number with an ordinal suffix: "4th",
// "21st".
func isOrdinalNum(s string) bool {
	n := len(s)
	if n < 3 || s[0] < '0' || s[0] > '9' {
		return false
	}
	switch s[n-2:] {
	case "st", "nd", "rd", "th":
		return s[n-3] >= '0' && s[n-3] <= '9'
	}
	return false
}

// clauseOpeners open a clause after a colon, never a subtitle: "Hotel King:
// After X signed on, ...".
var clauseOpeners = set(`after before when while as since although though because if once meanwhile`)

// nicknameAt reports whether the quote at i opens a nickname inside a
// person's or a character's name, "Mercedes ‘Cedes’ Ignacio" or David
// "Truck" Johnson: one quoted word between a first name and a capitalized
// word, or between a describing word and a full name ("the roguish “Dirty”
// Den Watts"), outside a heading. It is no title.
func (x *extractor) nicknameAt(i int) bool {
	t := x.toks
	if i < 1 || i+3 >= len(t) || !isQuote(t[i+2].text) || x.s != nil && x.s.head {
		return false
	}
	p, w, nx := &t[i-1], &t[i+1], &t[i+3]
	if w.kind != tWord || nx.kind != tWord || !nx.cap || nx.has(cStopWords) || p.kind != tWord || t[i].start != p.end+1 || nx.start != t[i+2].end+1 {
		return false
	}
	if !p.cap && !p.has(cStopWords|cGenreNouns|cFormatWords|cSourceNouns) && i+4 < len(t) && isName(nx) && isName(&t[i+4]) {
		return true // "the roguish “Dirty” Den Watts": a describing word, then the nickname
	}
	return p.cap && !p.has(cStopWords|cNetworks) && isNameStart(p.text)
}

// nounAfterGenre reports whether the genre noun at m only describes the
// noun after it: "a movie buff", "a drama teacher", "a film student".
func (x *extractor) nounAfterGenre(m int) bool {
	n := x.tok(m + 1)
	return n.kind == tWord && !n.cap && !n.has(cStopWords|cAuxWords|cGenreNouns|cFormatWords) && !strings.HasSuffix(n.low, "ing") && !strings.HasSuffix(n.low, "ed") && !irregularParticiplesIDs.has(n.id) &&
		n.low != "series" && n.low != "pilot" && n.low != "pilots" && n.low != "show" && n.low != "special" && n.low != "starring"
}

// irregularParticiples are the participles not in -ed that follow a genre
// noun as "made" does in "T, a drama made by the BBC": no noun of a
// compound ("drama school").
var irregularParticiples = set(`made set shot written told run led known seen begun done drawn taken given`)
