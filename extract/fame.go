package extract

// Fame and earlier work: "X of ‘T1’, ‘T2’ fame", "known for hits like T",
// "“T” brings a romantic comedy from X".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

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
		te = x.fameTitleEnd(te)
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

// fameRule: a performer named with an earlier work that made them known,
// "X of T fame", "X from T" in a sentence about casting ("Sophie McShera
// from Downton Abbey and Tony Maudsley from Benidorm").
func (x *extractor) fameRule() {
	if !x.castWords && !x.sentHas(cFame) {
		return // "of" reads only before "fame", "from" only in a sentence about casting
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].low != "of" && t[k].low != "from" || t[k].cap || x.inBr[k] {
			continue
		}
		if t[k].low == "from" && !x.castWords {
			continue
		}
		if t[k].low == "of" && x.tok(k-1).text == "," && x.ofKindsAside(k) {
			continue // "X, of pop group G and dramas T1 and T2,"
		}
		ps, pe := x.personBefore(k), k
		if ps >= k && t[k].low == "of" && x.tok(k-1).text == "," && x.sentHas(cFame) {
			// "X, of T fame": the name before the comma
			if pb := x.personBefore(k - 1); pb < k-1 && x.personShaped(pb, k-1) {
				ps, pe = pb, k-1
			}
		}
		if ps >= k {
			// "Actor X of T fame": the name after its describing words
			for ps = k; ps > 0 && k-ps < 4 && isName(&t[ps-1]); ps-- {
			}
			for ps < k && t[ps].has(cCastNouns|cPrefixNouns|cDescribe) {
				ps++
			}
			if ps >= k || !x.personShaped(ps, k) {
				continue
			}
		}
		if ps == 0 && k == 1 && t[k].low == "from" && x.knownPerson(t[0].text) == "" {
			continue // "Apart from T, X will", "Fresh from T": no person
		}
		if x.tok(ps-1).kind == tPoss || x.tok(ps-1).low == "the" && x.tok(ps-1).cap && x.tok(ps-2).text == ":" {
			continue // "Novoland: The Princess from Plateau": a subtitle, no person
		}
		e := x.titleAt(k+1, false)
		if e <= k+1 {
			continue
		}
		e = x.fameTitleEnd(e)
		title := unquote(x.span(k+1, e))
		more, fe := x.fameTitles(k, e) // "X of ‘T1’, ‘T2’ fame"
		if fe > e {
			e = fe
		}
		fame := x.tok(e).low == "fame"
		if x.isNetwork(title) || placeWords[strings.ToLower(title)] || x.knownPerson(title) != "" || !fame && x.personShaped(k+1, e) && x.startsName(k+1) || isCompany(title) {
			continue
		}
		switch {
		case t[k].low == "of" && fame:
		case t[k].low == "from" && (e == len(t) || x.tok(e).kind == tPunct || x.tok(e).low == "and" || x.tok(e).low == "are" || x.tok(e).low == "is") && x.tok(e-1).kind != tNum:
		default:
			continue
		}
		if c := x.tok(ps - 1); c.has(cPlayVerbs) && !c.cap || c.low == "as" || c.low == "of" && (x.tok(ps-2).low == "voice" || x.tok(ps-2).low == "role") {
			// "known for voicing Oswin from T", "X, the voice of Oswin from
			// T": a character and its show, no person
			if c.low == "of" && x.tok(ps-2).low == "voice" && x.tok(ps-3).low == "the" && x.tok(ps-4).text == "," {
				if pa := x.personBefore(ps - 4); pa < ps-4 && x.personShaped(pa, ps-4) {
					x.add(graph.KindCast, x.resolve(x.span(pa, ps-4)), title, x.span(ps, k), "")
				}
			}
			continue
		}
		kind := graph.KindCast
		if p := x.tok(ps - 1); p.low == "by" && isCrewBy(x.tok(ps-2).low) || p.has(cJobNoun) && !p.cap {
			kind = graph.KindCrew // "directed by X of T fame": T is X's as crew
		}
		if fame && x.forCrewWork(e+1) {
			kind = graph.KindCrew // "roped in X of T fame for music"
		}
		if fame && x.tok(e+1).kind == tWord {
			if job, ok := x.fameJobAfter(e + 1); ok {
				kind = graph.KindCrew // "X of T fame is the screenplay writer" (famejobs.go)
				if x.sshow != "" && x.skey(x.sshow) != x.skey(title) {
					x.add(graph.KindCrew, x.span(ps, pe), x.sshow, "", job)
				}
			}
		}
		x.add(kind, x.span(ps, pe), title, "", "")
		for _, ti := range more {
			x.add(kind, x.span(ps, pe), ti, "", "")
		}
	}
}

// bringsGenre reports whether "from" at k follows "brings a romantic
// comedy": the show the sentence opens with comes from the people after it.
func (x *extractor) bringsGenre(k int) bool {
	g := k - 1
	if !x.tok(g).has(cGenreNouns) || x.tok(g).cap {
		return false
	}
	m := g - 1
	for m > 0 && m > g-4 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "a" && x.tok(m).low != "an" {
		m--
	}
	if l := x.tok(m).low; l != "a" && l != "an" {
		return false
	}
	switch x.tok(m - 1).low {
	case "brings", "bring", "brought", "offers", "delivers":
	default:
		return false
	}
	e := m - 1
	if x.tok(e-1).text == ")" {
		if o := x.openOf(e - 1); o > 0 {
			e = o // "“T” (“Other Title”) brings": the title before the other name
		}
	}
	ts := x.titleBefore(e)
	if isQuote(x.tok(e - 1).text) {
		for q := e - 2; q >= 0 && q > e-15; q-- {
			if isQuote(x.tok(q).text) {
				ts = q // "“T” brings": the quoted title
				break
			}
		}
	}
	return ts < e && x.skey(unquote(x.span(ts, e))) == x.skey(x.sshow)
}

// worksLike reads, at i, a plural noun of works and "like", "such as" or
// "including": "hits like T", "films such as T". It gives the index of
// the title after it, or 0.
func (x *extractor) worksLike(i int) int {
	for q := 0; q < 2 && x.worksModifier(i) && x.tok(i+1).kind == tWord; q++ {
		i++ // "K-drama classics such as T", "romantic comedies like T"
	}
	w := x.tok(i)
	if w.cap || w.kind != tWord || !strings.HasSuffix(w.low, "s") || !worksPluralsIDs.has(w.id) && !w.has(cGenreNouns) && !genreNouns[strings.TrimSuffix(w.low, "s")] {
		return 0
	}
	if e := x.sinceDebutEnd(i + 1); e > i+1 {
		i = e - 1 // "numerous films since his debut in 1999, including T"
	}
	if x.tok(i+1).text == "," && x.tok(i+2).low == "including" {
		i++ // "a number of films, including T"
	}
	switch x.tok(i + 1).low {
	case "like", "including":
		return i + 2
	case "such":
		if x.tok(i+2).low == "as" {
			return i + 3
		}
	}
	return 0
}

// worksPlurals name works in the plural, besides the genre nouns: "hits
// like T", "classics such as T".
var worksPlurals = set(`hits blockbusters classics favourites favorites successes`)

// worksPluralBits are worksPlurals' word bits (mayHold).
var worksPluralBits = setMask(worksPlurals)

// worksModifier reports whether the word at i may describe a plural noun
// of works after it: "K-drama classics", "romantic comedies", "big hits".
func (x *extractor) worksModifier(i int) bool {
	w := x.tok(i)
	if w.kind != tWord || w.has(cStopWords) || worksPluralsIDs.has(w.id) || strings.HasSuffix(w.low, "s") && (w.has(cGenreNouns) || genreNouns[strings.TrimSuffix(w.low, "s")]) {
		return false
	}
	return !w.cap || w.has(cGenreNouns) || describesWord(w.low)
}

// fameWords come before the "for" of "X is known for C in T": "known",
// "remembered", "famous", "praised".
var fameWords = set(`known remembered famous praised acclaimed celebrated recognised recognized`)

// parallelForSubject reads the subject of a second "for" clause, "and" at
// and: "X is known for her role as A in T1, and for playing B in T2" gives
// X, the subject of the first "known for".
func (x *extractor) parallelForSubject(and, want int) []string {
	for f := and - 1; f > 0 && f > and-30; f-- {
		if t := x.tok(f); t.kind == tPunct && t.text != "," || t.low == "for" && fameWordsIDs.has(x.tok(f-1).id) {
			if t.low != "for" {
				return nil // another sentence's clause, or a bracket
			}
			return x.shareSurname(x.subjectsBefore(f+1, want))
		}
	}
	return nil
}

// fameOf is the "of" or "from" of "X of T fame" whose "fame" is at j, or
// -1.
func (x *extractor) fameOf(j int) int {
	for m := j - 1; m > 0 && m > j-9; m-- {
		if l := x.toks[m].low; (l == "of" || l == "from") && !x.toks[m].cap {
			if x.titleAt(m+1, false) == j {
				return m
			}
			return -1
		}
	}
	return -1
}
