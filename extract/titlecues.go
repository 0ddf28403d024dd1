package extract

// Cues around titles: a genre noun or an article that tells a title from
// a name ("the 2018 Samantha film T", "drama A and B", "My Best Friend's
// Wedding").

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// genreAfterName reports whether a person's name at i is followed by a
// lower-case genre noun: "Samantha film", "Park Chan-wook film".
func (x *extractor) genreAfterName(i int) bool {
	pe := i
	for pe < len(x.toks) && pe < i+4 && isName(&x.toks[pe]) {
		pe++
	}
	return pe > i && x.tok(pe).has(cGenreNouns) && !x.tok(pe).cap
}

// singularGenre reports whether the token at k is a singular genre noun in
// lower case: "drama", "film", not "dramas".
func (x *extractor) singularGenre(k int) bool {
	t := x.tok(k)
	return t.has(cGenreNouns) && !t.cap && (!strings.HasSuffix(t.low, "s") || t.low == "series")
}

// articleOpens reports whether the capitalized words before the possessive
// at k open with "My", "The" or "A": a title's, not a person's ("My Best
// Friend's Wedding").
func (x *extractor) articleOpens(k int) bool {
	m := k - 1
	for m > 0 && x.toks[m-1].cap && x.toks[m-1].kind == tWord && m > k-5 {
		m--
	}
	l := x.toks[m].low
	return x.toks[m].cap && (l == "my" || l == "the" || l == "a" || l == "your" || l == "our")
}

// ownSeasonAt reports whether "the first series", "the previous season"
// stands at i with no title after it: a season of the article's show.
func (x *extractor) ownSeasonAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	if l := x.tok(i + 1).low; ordinals[l] == 0 && l != "previous" && l != "original" && l != "last" && l != "earlier" {
		return false
	}
	if l := x.tok(i + 2).low; l != "season" && l != "series" && l != "seasons" {
		return false
	}
	return x.tok(i+3).kind == tPunct && x.tok(i+3).text != "("
}

// respectivelyBy reads "C1 and C2, two new characters who will be
// portrayed by A and B, respectively", "by" at by: the names after it
// paired in order with the characters the sentence lists before.
func (x *extractor) respectivelyBy(by int) bool {
	if x.sshow == "" {
		return false
	}
	items := x.parseList(by + 1)
	n := len(items)
	if n < 2 {
		return false
	}
	e := items[n-1].end
	if x.tok(e).text == "," {
		e++
	}
	if x.tok(e).low != "respectively" {
		return x.pairedBy(by, items)
	}
	names := make([]string, n)
	for i, it := range items {
		names[i] = x.itemName(it)
	}
	for m := by - 1; m > 0; m-- {
		if x.toks[m].text != "," {
			continue
		}
		for st := m - 1; st >= 0 && st >= m-8; st-- {
			var sbuf [8][2]int
			if spans := x.charList(sbuf[:0], st); len(spans) == n && spans[n-1][1] == m && (st == 0 || !x.toks[st-1].cap) {
				for i, sp := range spans {
					x.add(graph.KindCast, names[i], x.sshow, x.span(sp[0], sp[1]), "")
				}
				return true
			}
		}
		if chars := x.namedCharacters(m, n); chars != nil {
			for i, c := range chars {
				x.add(graph.KindCast, names[i], x.sshow, c, "")
			}
			return true
		}
	}
	// "C1 and C2 are played by A and B, respectively", "The roles of C1
	// and C2 will be played by A and B, respectively": the characters the
	// sentence opens with, right before the verb
	v := by - 1
	for v > 0 && x.toks[v-1].has(cAuxWords) && !x.toks[v-1].cap || v > 0 && x.toks[v-1].low == "be" {
		v--
	}
	st := 0
	if x.tok(0).low == "the" && (x.tok(1).low == "roles" || x.tok(1).low == "parts" || x.tok(1).low == "characters") && x.tok(2).low == "of" {
		st = 3
	}
	var spans [][2]int
	for k := st; k < v && len(spans) < n; {
		e := x.personAt(k)
		if e <= k {
			return false
		}
		spans = append(spans, [2]int{k, e})
		if k = e; x.tok(k).text == "," {
			k++
		}
		if x.tok(k).low == "and" {
			k++
		}
	}
	if len(spans) == n && spans[n-1][1] == v {
		for i, sp := range spans {
			x.add(graph.KindCast, names[i], x.sshow, x.span(sp[0], sp[1]), "")
		}
		return true
	}
	return false
}

// pairedBy reads "C1 and C2, played by A and B": as many characters as
// names, listed right before the comma before the participle, after a
// comma or a colon or at the sentence's start, are paired in order with the
// names, "respectively" unsaid ("sus personajes principales, Candela y
// Diego, interpretados por A y B").
func (x *extractor) pairedBy(by int, items []item) bool {
	m := by - 2
	if m < 3 || x.tok(m).text != "," || !x.tok(by-1).has(cPlayVerbs) {
		return false
	}
	if e := x.tok(x.listEnd(items)); e.kind != tPunct || e.text == "(" {
		return false // "played by A and B in T": not a pair for each
	}
	for st := m - 1; st >= 0 && st >= m-8; st-- {
		var sbuf [8][2]int
		spans := x.charList(sbuf[:0], st)
		if len(spans) != len(items) || spans[len(spans)-1][1] != m {
			continue
		}
		if st > 0 && x.toks[st-1].text != "," && x.toks[st-1].text != ":" {
			return false
		}
		for i, sp := range spans {
			x.add(graph.KindCast, x.itemName(items[i]), x.sshow, x.span(sp[0], sp[1]), "")
		}
		return true
	}
	return false
}

// namedCharacters reads the n one-word names before the comma at m that
// an appositive calls characters: "the father of Billy and Max, two new
// characters who": a name that is also a network's ("Max") is a character
// here. It returns nil where the words do not fit.
func (x *extractor) namedCharacters(m, n int) []string {
	a := m + 1
	if !countWordsIDs.has(x.tok(a).id) {
		return nil
	}
	a++
	if x.tok(a).low == "new" || x.tok(a).low == "main" || x.tok(a).low == "young" {
		a++
	}
	if l := x.tok(a).low; l != "characters" || x.tok(a).cap {
		return nil
	}
	out := make([]string, n)
	k := m - 1
	for i := n - 1; i >= 0; i-- {
		if k < 0 || !x.toks[k].cap || x.toks[k].kind != tWord || x.toks[k].has(cStopWords) {
			return nil
		}
		out[i] = x.toks[k].text
		k--
		if i == 0 {
			break
		}
		switch {
		case k >= 0 && (x.toks[k].low == "and" || x.toks[k].text == ","):
			k--
			if k >= 0 && x.toks[k].text == "," {
				k--
			}
		default:
			return nil
		}
	}
	return out
}

// contraction reports whether s is one word with a negative contraction,
// "Don't", "Can’t": the start of a sentence-case title or clause, no title
// of its own.
func contraction(s string) bool {
	return (strings.HasSuffix(s, "n't") || strings.HasSuffix(s, "n’t")) && !hasByte(s, ' ')
}

// ownShowAt reports whether the preposition at m ties a title after it to
// the noun before it as the show's own part: "the cast of", "the first
// series of the German crime show T" (a series that is a season).
func (x *extractor) ownShowAt(m int) bool {
	w, prep := x.tok(m-1).low, x.tok(m).low
	if prep == "of" && w == "series" && (ordinalsIDs.get(x.tok(m-2).id) > 0 || x.tok(m-2).low == "new" || x.tok(m-2).low == "next") {
		return true
	}
	if w == "version" && (x.tok(m-2).low == "own" || x.tok(m-2).low == "new") {
		return false // "its own version of hit series T", "a new version of T": a remake, another show
	}
	return ownShowOf(w, prep)
}

// wrappedWork reports whether the filming noun at k is of work done: "Fresh
// from wrapping up filming on the Avatar sequel, X has been cast in T", not
// the show the article is about.
func (x *extractor) wrappedWork(k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		switch x.tok(m).low {
		case "wrapping", "wrapped", "wraps", "finishing", "finished", "completing", "completed", "fresh":
			return true
		}
	}
	return false
}

// castInTitle reads "X has been cast in T" in an opening sentence: T, the
// show the article is about, or "". Not a relative clause's earlier role
// ("X, who was cast in T in 2019").
func (x *extractor) castInTitle() string {
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if t[k].low != "cast" || t[k].cap || t[k+1].low != "in" {
			continue
		}
		switch t[k-1].low {
		case "been", "is", "are", "be":
		default:
			continue
		}
		if x.inBr[k] || x.earlierWork(k) {
			continue
		}
		for m := k - 2; m >= 0 && m >= k-4; m-- {
			if t[m].low == "who" || t[m].low == "which" {
				return ""
			}
		}
		at := x.skipOwner(k + 2)
		if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && !describes(unquote(x.span(at, e))) && x.knownPerson(x.span(at, e)) == "" &&
			!(x.personShaped(at, e) && x.startsName(at)) && x.tok(e).kind != tPoss && !notTitle(x.span(at, e)) {
			return x.span(at, e)
		}
	}
	return ""
}

// refusedTitle reports whether title, read from the tokens st to e, names
// no work: a network, a describing phrase, a person the article knows, or
// a run shaped as a person's name that opens with a name.
func (x *extractor) refusedTitle(title string, st, e int) bool {
	return x.isNetwork(title) || describes(title) || x.knownPerson(title) != "" || x.personShaped(st, e) && x.startsName(st)
}

// titleOfSpan returns the tokens st to e as a title, unquoted, where they
// open with a capital or a quotation mark and refusedTitle does not
// refuse them; else "".
func (x *extractor) titleOfSpan(st, e int) string {
	if st >= e || !x.tok(st).cap && !isQuote(x.tok(st).text) {
		return ""
	}
	title := unquote(x.span(st, e))
	if title == "" || x.refusedTitle(title, st, e) {
		return ""
	}
	return title
}
