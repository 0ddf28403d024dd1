package extract

import "github.com/castgraph/castgraph/graph"

// Careers told in prose: a performer's coming part spoken of without its
// title ("A and B to star in a story that will tackle marriage").

// storyAhead reports whether the verb at k, "star" after "to" or "will",
// is followed at i by a story with no title: "a story that", "a new drama
// about". It speaks of the sentence's show, which the article announces.
func (x *extractor) storyAhead(k, i int) bool {
	if l := x.tok(k).low; l != "star" || x.tok(k-1).low != "to" && x.tok(k-1).low != "will" {
		return false
	}
	if l := x.tok(i).low; l != "a" && l != "an" || x.tok(i).cap {
		return false
	}
	m := i + 1
	if l := x.tok(m).low; l == "new" || l == "upcoming" {
		m++
	}
	if l := x.tok(m).low; x.tok(m).cap || l != "story" && !x.tok(m).has(cGenreNouns) {
		return false
	}
	l := x.tok(m + 1).low
	return (l == "that" || l == "about") && !x.tok(m+1).cap
}

// exitFrom reads a performer's exit spoken of as a noun at k: "X's exit
// from long-running soapie 'T' which he joined in 2021 as the character of
// C", "X's exit from the soap". T is a title the article knows, or a quoted
// one after a genre noun; C, when "as" follows within the clause, is the
// one X played there.
func (x *extractor) exitFrom(k int) {
	p := k - 1
	start := x.personBefore(p)
	if start >= p || x.tok(p).kind != tPoss {
		return
	}
	i := k + 2
	if x.tok(i).low != "the" || x.tok(i).cap {
		at := i
		for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cGenreNouns|cStopWords) && x.tok(at).low != "soapie"; q++ {
			at++ // "long-running"
		}
		if at > i && (x.tok(at).has(cGenreNouns) || x.tok(at).low == "soapie") && !x.tok(at).cap && isQuote(x.tok(at+1).text) {
			i = at + 1 // "long-running soapie 'T'"
			if e := x.titleAt(i, false); e > i && x.knownPerson(x.span(i, e)) == "" && !x.isNetwork(x.span(i, e)) {
				x.exitCredit(start, p, unquote(x.span(i, e)), e)
			}
			return
		}
	}
	show, end := x.exitShow(i)
	if show != "" {
		x.exitCredit(start, p, show, end)
	}
}

// exitCredit casts the person at start..p in show, with the character an
// "as C" after end names within its clause: "which he joined in 2021 as the
// character of C".
func (x *extractor) exitCredit(start, p int, show string, end int) {
	char := ""
	for m := end; m < len(x.toks) && m < end+9; m++ {
		if x.tok(m).kind == tPunct && x.tok(m).text != "," && !isQuote(x.tok(m).text) {
			break
		}
		if x.tok(m).low != "as" || x.tok(m).cap {
			continue
		}
		c := m + 1
		if x.tok(c).low == "the" && x.tok(c+1).low == "character" && x.tok(c+2).low == "of" {
			c += 3 // "as the character of C"
		}
		if ce := x.charAt(c); ce > c && x.tok(c).cap && x.knownPerson(x.span(c, ce)) == "" {
			char = x.span(c, ce)
		}
		break
	}
	x.add(graph.KindCast, x.span(start, p), show, char, "")
}

// asideTitles reads the titles a sentence fronts before a performer's
// other work: "Aside from “T1” in 2007, X has also starred in T2",
// "Apart from T1, ...", "Besides T1, ...". The titles are quoted or known
// shows, and the person the sentence is about after the comma played in
// them as in the rest; nil where the sentence opens otherwise.
func (x *extractor) asideTitles() []string {
	i := 0
	switch x.tok(0).low {
	case "aside", "apart":
		if x.tok(1).low != "from" {
			return nil
		}
		i = 2
	case "besides":
		i = 1
	default:
		return nil
	}
	titles := x.titleList(i)
	if len(titles) == 0 {
		return nil
	}
	var out []string
	for _, ti := range titles {
		if !quoted(ti) && !x.isShow(ti) || x.isNetwork(ti) || x.knownPerson(unquote(ti)) != "" {
			return nil // "Besides Ana Ruiz, X starred in T": a person
		}
		out = append(out, unquote(ti))
	}
	return out
}

// screenReturnMask holds the verbs that say a performer came back: "X
// returned to the screen with T".
var screenReturnMask = setMask(set(`returned returns return returning`))

// screenPlaces are where a performer returns to: the screen, television.
var screenPlaces = set(`screen screens tv television`)

// screenReturnRule reads a performer's comeback in a work: "X returned to
// the screen with the TV series “T”", "X returns to television with T",
// "X returned to the small screen with the drama T". X is the verb's
// subject, named.
func (x *extractor) screenReturnRule() {
	if !x.sentHasAnyWord(screenReturnMask) {
		return // no verb it reads
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if t[k].cap || !screenReturnMask.holds(&t[k]) || t[k+1].low != "to" || x.inBr[k] {
			continue
		}
		m := k + 2
		if t[m].low == "the" && !t[m].cap {
			m++
		}
		if l := x.tok(m).low; (l == "small" || l == "big" || l == "silver") && !x.tok(m).cap {
			m++
		}
		if !screenPlacesIDs.has(x.tok(m).id) || x.tok(m+1).low != "with" {
			continue
		}
		i := m + 2
		if x.tok(i).low == "the" && !x.tok(i).cap && x.tok(i+1).text == "TV" {
			i += 2 // "the TV series T"
			if !x.tok(i).has(cGenreNouns) || x.tok(i).cap {
				continue
			}
			i++
		} else if at := x.kindTitleAt(i); at > 0 {
			i = at
		}
		if !x.titleStarts(i) {
			continue
		}
		e := x.titleAt(i, false)
		ti := unquote(x.span(i, e))
		if e <= i || x.isNetwork(ti) || x.knownPerson(ti) != "" {
			continue
		}
		for _, p := range x.subjectsBefore(k, 0) {
			x.add(graph.KindCast, p, ti, "", "")
		}
	}
}

// oneWorkNouns name one written work before its title: "the novel T".
var oneWorkNouns = set(`novel book play memoir`)

// oneWorkAnd reports whether "A and B", one word each at i with the "and"
// at j, ends its sentence after a singular work noun: "Evelyn Waugh's
// novel Decline and Fall.", "the drama Pride and Joy." name one title, not
// two.
func (x *extractor) oneWorkAnd(i, j int) bool {
	t := x.toks
	n := len(t)
	if i == 0 || j+2 > n || !t[j+1].cap || t[j+1].kind != tWord || t[j+1].has(cStopWords) || x.startsName(j+1) {
		return false
	}
	if j+2 < n && !(t[j+2].kind == tPunct && t[j+2].text == "." && j+3 == n) && !x.oneWorkAndClause(j+2) {
		return false // the sentence goes on: "novel A and won"
	}
	w := &t[i-1]
	return !w.cap && (oneWorkNounsIDs.has(w.id) || x.singularGenre(i-1))
}
