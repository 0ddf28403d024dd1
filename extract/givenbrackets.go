package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Character (Actor) where the bracket holds one word of an actor's name:
// "two brothers, Daniel (Dingdong) and Miguel (Dennis)" in an article that
// names Dingdong Dantes and Dennis Trillo, or "Tsuchida (Asami Usuda),
// Seiichi (Taiga)" where the sentence has paired a character with its
// actor already and Taiga is a one-word name.

// givenBracketActor is the actor of a one-word bracket inner after the
// one-word name outer, read as Character (Actor), or "": the one full name
// of the article that starts with inner, or inner itself where the
// sentence already paired a character with an actor (charActor) and the
// article uses inner alone.
func (x *extractor) givenBracketActor(inner, outer string, charActor bool) string {
	if x.sshow == "" || x.returning || x.isShow(inner) || x.isNetwork(inner) || x.knownPerson(outer) != "" || x.fold(inner) == x.fold(outer) {
		return ""
	}
	if koreanFamily[strings.ToLower(inner)] {
		return "" // "Park": a family name that starts many names
	}
	if full := x.fullNameStarting(inner); full != "" && x.fold(full) != x.fold(outer) {
		return full
	}
	if charActor && x.solo(inner) > 0 {
		return inner
	}
	return ""
}

// fullNameStarting is the one full name (two or three name words) that
// the article's prose writes starting with the word w, not a headline's
// run of capitals; "" where none or two different ones do.
func (x *extractor) fullNameStarting(w string) string {
	full := ""
	for i := range x.sents {
		if x.sents[i].head {
			continue
		}
		t := x.sents[i].toks
		for a := 0; a+1 < len(t); a++ {
			if t[a].text != w || !isName(&t[a+1]) || t[a+1].has(cStopWords) || a > 0 && t[a-1].cap && t[a-1].kind == tWord && !(a == 1 && !t[0].has(cNameStart)) {
				continue
			}
			b := a + 1
			for b < len(t) && b < a+3 && isName(&t[b]) {
				b++
			}
			if b < len(t) && t[b].cap && t[b].kind == tWord {
				continue // a longer run of capitals: a title or a company
			}
			name := cleanSpace(x.sents[i].text[t[a].start:t[b-1].end])
			if x.isNetwork(name) || x.isShow(name) {
				continue
			}
			if full != "" && full != name {
				return ""
			}
			full = name
		}
	}
	return full
}

// pairSentence reports whether the sentence is a list of Actor (Character)
// pairs: three one-word brackets or more hold names the article uses
// alone, and they are most of its one-word brackets ("with Itzan Escamilla
// (Samu), Miguel Bernardeau (Guzmán), Arón Piper (Ander), Omar Shana
// (Omar) ..." where Guzmán and Ander recur alone); every such bracket then
// holds a character.
func (x *extractor) pairSentence() bool {
	solo := x.soloBrackets()
	if solo < 3 {
		return false
	}
	one := 0
	t := x.toks
	for k := 0; k+2 < len(t); k++ {
		if t[k].text == "(" && t[k+2].text == ")" && t[k+1].cap && t[k+1].kind == tWord {
			one++
		}
	}
	return solo*2 > one
}

// possCharBracket reads a one-word bracket after a character's
// possessive, "He will play Anthony, Heidi's (Roberts) boyfriend": the
// bracket holds the surname of the character's actor, a person the
// article names in full. It reports whether it read one.
func (x *extractor) possCharBracket(k, c int) bool {
	if c != k+2 || k < 2 || x.sshow == "" || x.toks[k-1].kind != tPoss {
		return false
	}
	ch, in := &x.toks[k-2], &x.toks[k+1]
	if !ch.cap || ch.kind != tWord || !in.cap || in.kind != tWord || x.isShow(ch.text) || x.isNetwork(ch.text) {
		return false
	}
	cs := x.personBefore(k - 1)
	if cs >= k-1 || x.knownPerson(x.span(cs, k-1)) != "" {
		return false // "Netflix's (US)", a person's possessive: no character
	}
	actor := x.resolve(in.text)
	if actor == in.text || !hasByte(actor, ' ') || !x.know.person(x.fold(actor)) {
		return false
	}
	x.add(graph.KindCast, actor, x.sshow, x.span(cs, k-1), "")
	return true
}

// plainTitlePart reports whether a bracket's tokens i..j hold, among parts
// split by commas, one that is a capitalized title with no "in": then an
// unquoted "X in Y" part is one title too ("(A Place to Call Home, Ladies
// in Black)"), where "(Giyu in “Demon Slayer”, Makoto in “Free!”)" lists
// roles.
func (x *extractor) plainTitlePart(i, j int) bool {
	start, parts := i, 0
	plain := false
	for k := i; k <= j && k < len(x.toks); k++ {
		if k < j && x.toks[k].text != "," && x.toks[k].text != ";" {
			continue
		}
		parts++
		if k > start && x.toks[start].cap {
			in := false
			for m := start; m < k; m++ {
				if x.toks[m].low == "in" && !x.toks[m].cap || isQuote(x.toks[m].text) {
					in = true
				}
			}
			plain = plain || !in
		}
		start = k + 1
	}
	return parts > 1 && plain
}

// codeName reports whether w is a name made of digits and capitals, as
// some characters have: "2B", "9S", "A2".
func codeName(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	digit, upper := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z':
			upper = true
		default:
			return false
		}
	}
	return digit && upper
}

// castWordBut reports whether a casting word stands in the sentence at
// another token than k: "host" in "talk show host Murray Franklin (Robert
// De Niro)" describes the character, and the sentence casts nobody.
func (x *extractor) castWordBut(k int) bool {
	for i := range x.toks {
		if t := &x.toks[i]; i != k && t.has(cCastVerbs|cCastNouns|cPlayVerbs|cCastCue) && (!t.cap || i == 0) {
			return true
		}
	}
	return false
}

// knownChar reports whether the first reading read name as a character of
// this article, and credited nobody of that name with crew work: "Arthur
// Fleck (Joaquin Phoenix)" stays a character where another sentence made
// it look like a person, where "Matt Cameron (Jack Irish)" after "wrote in
// collaboration with" is a writer and his show.
func (x *extractor) knownChar(name string) bool {
	// the first reading's empty knowledge answers no: the question, not
	// the reading, decides
	return x.know != nil && x.know.char(x.fold(name)) && !x.first && !x.know.crewed(x.fold(name))
}

// soapChar reports whether the full name from ps to j, before a bracket
// that holds the full name inner, is a soap character and inner its actor:
// in an article about a soap ("the soap", "soap opera"), news names the
// character first, "Pat Butcher (Pam St Clement)", unless the article
// credits the name before the bracket as a person elsewhere.
func (x *extractor) soapChar(ps, j int, inner string) bool {
	if !x.personShaped(ps, j) {
		return false
	}
	if !x.soapSeen {
		x.soapSeen, x.soap = true, indexRare(x.a.Text, " soap") >= 0
	}
	return x.soap && (x.knownPerson(x.span(ps, j)) == "" || x.knownPerson(inner) != "" && !x.know.crewed(x.fold(inner)))
}

// possMakerBracket reads a bracket of titles between a maker's possessive
// and the work it speaks of, "Mike Bartlett’s (Doctor Foster, The Town,
// Charles III) new project", "Byron Howard's (Tangled) next feature": each
// title is the maker's, a crew credit with no job.
func (x *extractor) possMakerBracket(k, c int) bool {
	if x.tok(k-1).kind != tPoss || x.tok(c+1).kind != tWord || x.tok(c+1).cap || kinNounsIDs.has(x.tok(c+1).id) || strings.HasPrefix(x.tok(c+1).low, "step") {
		return false // not "C's (Actor) stepdaughter": a character's kin, the actor in brackets
	}
	ps := x.personBefore(k - 1)
	if ps >= k-1 || !x.personShaped(ps, k-1) && x.knownPerson(x.span(ps, k-1)) == "" {
		return false
	}
	var buf [4]part
	parts := x.bracketParts(buf[:0], k+1, c)
	if len(parts) == 0 {
		return false
	}
	maker := x.span(ps, k-1)
	for _, p := range parts {
		if p.poss {
			return false
		}
	}
	for _, p := range parts {
		if ti := unquote(x.span(p.i, p.j)); ti != "" && !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
			x.add(graph.KindCrew, maker, ti, "", "")
		}
	}
	return true
}

// slashRoles reads "Actor (C1/C2)", the bracket at k..c after the person at
// ps..j: names split by slashes, one of which the article names outside
// the bracket, are the characters of a double role in the sentence's show
// ("Ryo Yoshizawa (Ei Sei/Hyou)", where the plot names Ei Sei).
func (x *extractor) slashRoles(ps, j, k, c int) bool {
	if x.sshow == "" || c-k < 2 || !x.personShaped(ps, j) {
		return false
	}
	inner := x.span(k+1, c)
	if !strings.Contains(inner, "/") {
		return false
	}
	names := strings.Split(inner, "/")
	elsewhere := false
	for n, name := range names {
		name = strings.TrimSpace(name)
		ws := strings.Fields(name)
		if len(ws) == 0 || len(ws) > 3 || x.isShow(name) {
			return false
		}
		for _, w := range ws {
			if r := w[0]; r < 'A' || r > 'Z' {
				return false // "(Ei Sei/Hyou)", not "(TV/film)"
			}
		}
		elsewhere = elsewhere || strings.Count(x.a.Text, name) >= 2
		names[n] = name
	}
	if len(names) < 2 || !elsewhere {
		return false
	}
	for _, n := range names {
		x.add(graph.KindCast, x.span(ps, j), x.sshow, n, "")
	}
	return true
}

// companyProducers reads "producers Every Cloud Productions (A and B),
// responsible for T1, and other series such as T2, T3", the bracket at
// k..c: the people the bracket names produce the sentence's show, and the
// titles the company is responsible for. It reports whether it read the
// bracket.
func (x *extractor) companyProducers(k, c int) bool {
	s0 := k
	for s0 > 0 && k-s0 < 5 && x.toks[s0-1].cap && x.toks[s0-1].kind == tWord {
		s0--
	}
	if l := x.tok(s0 - 1).low; s0 == k || l != "producers" && l != "producer" || x.tok(s0-1).cap || !isCompany(x.span(s0, k)) {
		return false
	}
	var people []string
	for m := k + 1; m < c; m++ {
		if p := x.tok(m - 1); m > k+1 && p.low != "and" && p.text != "," && p.kind != tPoss && (p.kind != tWord || p.cap) {
			continue
		}
		if pe := x.personAt(m); pe > m && (pe == c || x.toks[pe].low == "and" || x.toks[pe].text == ",") {
			people = append(people, x.span(m, pe))
			m = pe
		}
	}
	if len(people) == 0 {
		return false
	}
	shows := []string{x.sshow}
	if x.tok(c+1).text == "," && x.tok(c+2).low == "responsible" && x.tok(c+3).low == "for" {
		e := c + 4
		for e < len(x.toks) && e < c+12 && (x.toks[e].cap && x.toks[e].kind == tWord || x.toks[e].kind == tPoss && e > c+4) {
			e++
		}
		if e > c+4 && x.tok(e).text == "," {
			shows = append(shows, x.span(c+4, e)) // "responsible for Miss Fisher's Murder Mystery,"
		} else {
			shows = append(shows, x.titleList(c+4)...)
		}
		for m := c + 4; m+2 < len(x.toks) && m < c+24; m++ {
			if x.toks[m].low == "such" && x.toks[m+1].low == "as" {
				shows = append(shows, x.titleList(m+2)...) // "and other series filmed here such as T2, T3"
				break
			}
		}
	}
	for _, sh := range shows {
		if sh == "" || x.isNetwork(sh) {
			continue
		}
		for _, p := range people {
			x.add(graph.KindCrew, p, unquote(sh), "", graph.JobProducer)
		}
	}
	return true
}

// titleInBracket reports whether the name from ps, before the bracket
// from k to c, is a title and the bracket its other name: "her performance
// in Mon Roi (My King)", "the screenwriter of Secret Forest (Stranger)".
// The name follows "in" (or "of" or "the", where no person's name starts
// with its first word: "series The Killing (Fordrydelsen)"), and no person's name starts with the bracket's first word;
// the bracket holds capitalized words only.
func (x *extractor) titleInBracket(ps, k, c int) bool {
	if l := x.tok(ps - 1).low; l != "in" && (l != "of" && l != "the" || x.startsName(ps)) || x.knownPerson(x.span(ps, k)) != "" || c == k+1 {
		return false
	}
	for m := k + 1; m < c; m++ {
		if w := x.tok(m); w.kind != tWord || !w.cap && !w.has(cStopWords) {
			return false
		}
	}
	return x.tok(k+1).cap && !x.startsName(k+1) && x.knownPerson(x.span(k+1, c)) == ""
}

// charActorPairs counts the sentence's brackets shaped as Character
// (Actor): one capitalized word, then a bracket of two or three words
// shaped like a name and no show ("her parents Jose (Keempee de Leon) and
// Monica (Nikki Valdez)"); 0 unless one of the bracketed names starts like
// a known name.
func (x *extractor) charActorPairs() int {
	if !x.s.parens {
		return 0
	}
	n, known := 0, false
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].text != "(" || t[k-1].kind != tWord || !t[k-1].cap || k >= 2 && t[k-2].cap && t[k-2].kind == tWord {
			continue
		}
		c := x.closeOf(k)
		if c < k+3 || c > k+4 || x.personAt(k+1) != c || !x.tok(k+1).cap || x.isShow(x.span(k+1, c)) || x.showLike(k+1, c) && !x.tok(k+2).has(cParticle) {
			continue
		}
		n++
		known = known || x.startsName(k+1)
	}
	if !known {
		return 0
	}
	return n
}
