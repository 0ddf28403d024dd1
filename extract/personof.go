package extract

// "X of T": a person named with a show they made, "Lee Min of Run On will
// direct the drama", "a former assistant to writer Kim Ara of Blue Sun".
// The show after "of" is the person's earlier work: X has a credit in it,
// and the person, not the show, is the subject of the verb that follows.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// ofTitleAt reads the title after "of" at o, in "X of T": a show, not the
// company X works for ("of Toluca Pictures"), a network, a place or a
// person. It returns the title and where it ends, or "" and o.
func (x *extractor) ofTitleAt(o int) (string, int) {
	if x.tok(o).low != "of" || x.tok(o).cap || !x.tok(o+1).cap && !isQuote(x.tok(o+1).text) {
		return "", o
	}
	at := o + 1
	e := x.titleAt(at, false)
	if e <= at || e-at > 10 || x.companyOfEnd(at) > at || x.tok(at).has(cDateWords|cNetworks) {
		return "", o
	}
	if n := x.tok(e); n.kind == tPoss || n.text == "(" || n.cap && n.kind == tWord {
		return "", o // "of Netflix's T", "of Seoul (Korea)": more than a title
	}
	title := unquote(x.span(at, e))
	if title == "" || x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || placeWords[strings.ToLower(title)] ||
		countryName(title) || x.startsName(at) && x.personShaped(at, e) && !x.isShow(title) {
		return "", o
	}
	if e == at+1 && !x.isShow(title) {
		return "", o // "Andrew Lowe of Element": a company's name as likely
	}
	return title, e
}

// personOfTitle reads "X of T" ending at e: it returns where X starts and
// T, or e and "".
func (x *extractor) personOfTitle(e int) (int, string) {
	for o := e - 2; o > 1 && o >= e-11; o-- {
		if x.toks[o].low != "of" || x.toks[o].cap {
			continue
		}
		ti, te := x.ofTitleAt(o)
		if te != e {
			continue // "of the Sun" in "of Descendants of the Sun"
		}
		if ps := x.personBefore(o); ps < o-1 && (!x.tok(ps-1).cap || x.tok(ps-1).has(cJobNoun)) {
			return ps, ti
		}
	}
	return e, ""
}

var bitOf = wordBit("of")

// ofTitleRule credits X in T for "X of T" in a sentence that names a job:
// "Lee Min of Run On will direct the drama", "writer Kim Ara of Blue Sun".
func (x *extractor) ofTitleRule() {
	if !x.crewSentence || !x.sentHasWord(bitOf) {
		return
	}
	t := x.toks
	for o := 2; o+1 < len(t); o++ {
		if t[o].low != "of" || t[o].cap || x.inBr[o] || !t[o-1].cap || x.used[o] {
			continue
		}
		ti, e := x.ofTitleAt(o)
		if ti == "" {
			continue
		}
		ps := x.personBefore(o)
		if ps >= o-1 || x.tok(ps-1).cap || x.tok(ps-1).kind == tPoss || x.tok(ps-1).low == "and" || x.tok(ps-1).text == "," {
			continue // one word, more of a name before, or an item of a list (of producers and their companies)
		}
		if w := x.tok(e); !(w.low == "will" || w.low == "is" || w.low == "was" || w.low == "has" || w.low == "and" || w.text == "," || w.text == ".") && !x.tok(ps-1).has(cJobNoun) {
			continue // "X of T" before a verb or after a job noun: no "Duke of Sussex"
		}
		x.add(graph.KindCrew, x.span(ps, o), ti, "", "")
	}
}

// ofTitleOwn reads a job noun at k after "to", and its list of one person
// followed by "of T" ("a former assistant to writer Kim Ara of Blue Sun"):
// T is the title the job is in, the person's own and not the sentence's
// show, unless a title already stands before the job noun.
func (x *extractor) ofTitleOwn(k int, items []item, titles []string, own bool) ([]string, bool) {
	if len(titles) > 0 || len(items) != 1 || items[0].pend != items[0].end || !x.assistantTo(k) {
		return titles, own
	}
	if ti, _ := x.ofTitleAt(items[0].end); ti != "" {
		return append(titles, ti), true
	}
	return titles, own
}

// toSomeone are the nouns and verbs that tie someone "to" a maker who is
// not credited with them: "an assistant to writer X", "married to director
// X" (not "according to producer X").
var toSomeone = set(`assistant assistants protégé protege apprentice successor heir mentee intern married engaged
	wife husband son daughter brother sister tribute homage nod`)

// assistantTo reports whether "to" stands before the job noun at k, past a
// few describing words, after a noun that ties someone to that maker: "an
// assistant to iconic K-drama writer X", "married to director X", where X
// is someone else than the one credited.
func (x *extractor) assistantTo(k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		switch t := x.tok(m); {
		case t.low == "to" && !t.cap:
			return m > 0 && toSomeoneIDs.has(x.tok(m-1).id)
		case t.kind != tWord || t.low == "by":
			return false
		}
	}
	return false
}

// pastJobAside reads back from p, the last token of an aside on a list
// item's job, "A, the producer of T, and B will", to the item: it returns
// the index before the aside's comma, or p when no such aside ends there.
func (x *extractor) pastJobAside(p int) int {
	for m := p - 2; m >= 1 && m >= p-12; m-- {
		if x.toks[m].text != "," {
			continue
		}
		j := m + 1
		if l := x.toks[j].low; (l == "the" || l == "a") && !x.toks[j].cap {
			j++
		}
		if _, ok := jobNounsIDs.lookup(x.toks[j].id); ok && !x.toks[j].cap && x.tok(j+1).low == "of" {
			if ti, e := x.ofTitleAt(j + 1); ti != "" && e == p+1 {
				return m - 1
			}
		}
		return p
	}
	return p
}
