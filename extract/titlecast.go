package extract

import (
	"github.com/castgraph/castgraph/graph"
)

// titleCastBracket reads a title followed by its cast in brackets, two
// names or more and nothing else: "Born to be the One (Yin Tao, Lawrence
// Wang, Zhang Ruonan) dropped a week ago": each is cast in the title. The
// title is no person's name ("Mara Quist (T1, T2)" is an actor and her
// shows). It reports whether it read the bracket at k, closed at c.
func (x *extractor) titleCastBracket(k, c int) bool {
	ts := x.titleBefore(k)
	if ts >= k || c-k < 5 {
		return false
	}
	if st := x.introEnd(); st < ts && x.titleAt(st, false) == k {
		ts = st // "Born to be the One (A, B)": the title that opens the sentence, glue words and all
	}
	if x.personShaped(ts, k) && x.startsName(ts) {
		return false
	}
	title := unquote(x.span(ts, k))
	if x.isNetwork(title) || describes(title) || notTitle(title) {
		return false
	}
	var names []string
	for m := k + 1; m < c; {
		pe := x.personAt(m)
		if pe <= m+1 || !x.personShaped(m, pe) || !x.startsName(m) || x.isShow(x.span(m, pe)) {
			return false
		}
		names = append(names, x.span(m, pe))
		if pe == c {
			break
		}
		next, ok := x.pastListSep(pe)
		if !ok {
			return false
		}
		m = next
	}
	if len(names) < 2 || x.knownPerson(x.span(ts, k)) != "" { // the knowledge last: a known person is no title
		return false
	}
	for _, n := range names {
		x.add(graph.KindCast, n, title, "", "")
	}
	return true
}

var withMask = wordMask("with")

// titleWithCastRule reads a title named with its cast after "with", two
// names or more that end the clause: "The best possibility right now is
// Youku's The First Shot with A, B, and C." Each is cast in the title,
// which a network's possessive, a genre noun or quotes introduce (not
// "X worked with A and B", a person's).
func (x *extractor) titleWithCastRule() {
	if !x.sentHasAnyWord(withMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 2; k+3 < len(t); k++ {
		if !withMask.holds(&t[k]) || t[k].cap || x.inBr[k] {
			continue
		}
		te := k
		if t[k-1].text == "," && !isQuote(t[k-2].text) {
			te = k - 1 // "the second film T, with A, is": the title before the comma
		}
		ts := x.titleBefore(te)
		o := x.quotedStart(te)
		if ts >= te && o < te {
			ts = o // "'T' with A", its quotes typed as apostrophes
		}
		if ts >= te || ts == 0 && o != 0 {
			continue
		}
		p := x.tok(ts - 1)
		if ts == o {
			p = x.tok(o) // the opening quote
		}
		if !(p.kind == tPoss && x.tok(ts-2).has(cNetworks) || p.has(cGenreNouns) && !p.cap || isQuote(p.text)) {
			continue
		}
		title := unquote(x.span(ts, te))
		if x.refusedTitle(title, ts, te) {
			continue
		}
		items := x.parseList(k + 1)
		if n := len(items); n > 1 && x.tok(items[n-1].end).kind == tPoss && isQuote(x.tok(items[n-1].end+1).text) {
			items = items[:n-1] // "“T” with A and B’s “T2”": B owns the next title
		}
		// one name after a quoted title ("'T' with A; 'T2' with B") or in
		// an aside ("the film T, with A, is"), two or more after another
		if len(items) < 2 && !(len(items) == 1 && (isQuote(p.text) || te < k && x.tok(items[0].end).text == ",")) || items[0].pstart != k+1 {
			continue
		}
		if e := x.withListEnd(items); e < len(t) && t[e].kind != tPunct && !((t[e].low == "or" || t[e].low == "and") && isQuote(x.tok(e+1).text)) {
			continue // "with A and B in the lead roles": read by listRule
		}
		var names []string
		for _, it := range items {
			if !x.personShaped(it.pstart, it.pend) || !x.startsName(it.pstart) {
				names = nil
				break
			}
			names = append(names, x.itemName(it))
		}
		for _, n := range names {
			x.add(graph.KindCast, n, title, "", "")
		}
	}
}

// quotedStart is where the opening quote of a quoted title that ends at
// k (past its closing quote) stands, or k.
func (x *extractor) quotedStart(k int) int {
	if !x.closeQuote(k - 1) {
		return k
	}
	for o := k - 2; o >= 0 && o > k-14; o-- {
		if t := x.toks[o].text; t == "“" || t == "\"" || t == "‘" || t == "'" {
			if x.titleAt(o, false) == k {
				return o
			}
			return k
		}
	}
	return k
}

// withListEnd is where the last item of a list after "with" ends, past a
// possessive the last item was cut at.
func (x *extractor) withListEnd(items []item) int {
	e := items[len(items)-1].end
	if x.tok(e).kind == tPoss {
		return e + 1
	}
	return e
}

var playedRolesMask = wordMask("roles", "parts", "cameos")

// roleCountWords stand between a playing verb and "roles": "played small
// roles in", "played guest parts on".
var roleCountWords = set(`small minor supporting guest many several various numerous early key bit`)

// playedRolesRule reads a career's "X played roles in early series of T",
// "he played small parts in T1 and T2": X is cast in each title.
func (x *extractor) playedRolesRule() {
	if !x.sentHasAnyWord(playedRolesMask) || !x.sentHas(cPlayVerbs) {
		return // no word it reads
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].cap || !t[k].has(cPlayVerbs) {
			continue
		}
		m := k + 1
		for q := 0; q < 2 && roleCountWordsIDs.has(x.tok(m).id); q++ {
			m++
		}
		if !playedRolesMask.holds(x.tok(m)) {
			continue
		}
		if l := x.tok(m + 1).low; l != "in" && l != "on" {
			continue
		}
		at := m + 2
		if l := x.tok(at).low; l == "early" || l == "later" || l == "recent" {
			at++ // "in early series of Doctor Who"
		}
		if (x.tok(at).low == "series" || x.tok(at).low == "seasons" || x.tok(at).low == "episodes") && x.tok(at+1).low == "of" {
			at += 2
		} else if p := x.pastSeasonOf(at); p > at {
			at = p
		} else if c := x.countedWorksAt(at); c > 0 {
			at = c // "in several films, including T1 and T2"
		}
		titles := x.titleList(at)
		if len(titles) == 0 {
			continue
		}
		for _, p := range x.subjectsBefore(k, 0) {
			for _, ti := range titles {
				if ti = unquote(ti); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" {
					x.add(graph.KindCast, p, ti, "", "")
				}
			}
		}
	}
}

var roleCameMask = wordMask("came", "was")

// roleCameRule reads a career's "His first TV role came in the 1971 TV
// movie T", "Her breakthrough role was in T": the person the text is
// about, one it credits elsewhere, is cast in T. A stage role gives
// nothing (a play is no show of the graph's).
func (x *extractor) roleCameRule() {
	t := x.toks
	st := x.introEnd() // "With a career spanning 50 years, his first TV role came in T"
	if len(t) < st+6 || t[st].low != "his" && t[st].low != "her" || !x.sentHasAnyWord(roleCameMask) {
		return
	}
	m := st + 1
	for m < len(t) && m < st+5 && t[m].kind == tWord && !t[m].cap && t[m].low != "role" && t[m].low != "part" && t[m].low != "break" {
		if t[m].low == "stage" || t[m].low == "theatre" || t[m].low == "theater" {
			return
		}
		m++
	}
	if m < len(t) && t[m].cap && isUpperCase(t[m].text) {
		m++ // "His first TV role"
		for m < len(t) && m < st+6 && t[m].kind == tWord && !t[m].cap && t[m].low != "role" && t[m].low != "part" && t[m].low != "break" {
			m++
		}
	}
	if l := x.tok(m).low; l != "role" && l != "part" && l != "break" {
		return
	}
	v := m + 1
	if !roleCameMask.holds(x.tok(v)) || x.tok(v+1).low != "in" {
		return
	}
	at := v + 2
	if n := x.tok(at + 1); x.tok(at).low == "the" && (n.kind == tNum || !n.cap || n.low == "tv") {
		at++ // "the 1971 TV movie T", not "The Long Road"
	}
	if x.tok(at).kind == tNum {
		at++ // "the 1971 TV movie T"
	}
	for q := 0; q < 3 && (x.tok(at).has(cGenreNouns|cFormatWords) && !x.tok(at).cap || x.tok(at).low == "tv" || x.tok(at).low == "television"); q++ {
		at++
	}
	e := x.titleAt(at, false)
	if e <= at {
		return
	}
	if x.tok(e).kind == tPoss && x.titleStarts(e+1) {
		if e2 := x.titleAt(e+1, false); e2 > e+1 {
			e = e2 // "Boswell's Life of Johnson": a possessive inside the title
		}
	}
	titles := []string{x.span(at, e)}
	who := ""
	for _, c := range [...]string{x.mainPerson(), x.prevSubject()} {
		if hasByte(c, ' ') && x.know.person(x.fold(c)) {
			who = c // "His first role": the article's person, as a rule
			break
		}
	}
	if who == "" {
		return
	}
	for _, ti := range titles {
		if ti = unquote(ti); !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" {
			x.add(graph.KindCast, who, ti, "", "")
		}
	}
}
