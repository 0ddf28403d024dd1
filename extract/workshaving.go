package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// A subject's works counted and then listed after a comma: "X has many
// films that are expected to release soon, including T1, T2 and T3", "X
// has three projects lined up, including T1 and T2". The titles are X's.
// After "role as C in T" or "work as C from T", more pairs "C2 in T2" are
// the same actor's other roles.

// hasWorksIncluding returns, for "including" at k after a comma, the
// position of the plural noun of works that "has" or "have" (with an
// optional count word between) opens in the clause before the comma, or
// -1: "X has several films in the pipeline, including T".
func (x *extractor) hasWorksIncluding(k int) int {
	if x.tok(k).low != "including" || x.tok(k-1).text != "," {
		return -1
	}
	for m := k - 2; m >= 1 && m >= k-14; m-- {
		w := x.tok(m)
		if w.kind == tPunct || x.inBr[m] {
			return -1
		}
		if !filmographyNounsIDs.has(w.id) || w.cap {
			continue
		}
		v := m - 1
		if worksCountsIDs.has(x.tok(v).id) || x.tok(v).kind == tNum {
			v--
		}
		if l := x.tok(v).low; l == "has" || l == "have" {
			return m
		}
	}
	return -1
}

// worksCounts are the count words between "has" and a plural noun of works.
var worksCounts = set(`many several two three four five six multiple numerous few some other more`)

// rolePairNouns, before "as C in T", let more pairs "C2 in T2" follow:
// "her roles as C in T and C2 in T2", "his starring role as C in T, C2 in
// T2", "her work as C from T and C2 in T2".
var rolePairNouns = set(`roles parts role part work`)

// gerundAfterTitle returns, for "after" or "since" at j right before a
// gerund at k, where the title before it starts when "in" or
// "on" comes before that title: "X starred in T after appearing in T2",
// "who took a pivotal role in T after partaking in T2"; else 0.
func (x *extractor) gerundAfterTitle(j, k int) int {
	if l := x.tok(j).low; l != "after" && l != "since" || j != k-1 || j < 2 || !strings.HasSuffix(x.tok(k).low, "ing") || !x.toks[j-1].cap {
		return 0
	}
	ts := x.titleBefore(j)
	if ts >= j || ts < 1 {
		return 0
	}
	if l := x.tok(ts - 1).low; l != "in" && l != "on" {
		return 0
	}
	return ts
}

// starsOfIncluding reads, for "including" at k, "the stars from the first
// T, including A, B and C", "former housemates of T, including A and B":
// the names listed are cast in T (and may be in the sentence's show too). It
// reports whether it read one.
func (x *extractor) starsOfIncluding(k int) bool {
	if x.tok(k).low != "including" {
		return false
	}
	end := k - 1 // the comma after the title, or the closing quote after it
	if isQuote(x.tok(end).text) && x.tok(end-1).text == "," {
		end--
	}
	if x.tok(end).text != "," || end < 4 {
		return false
	}
	ts := x.titleBefore(end)
	if ts >= end || ts < 3 {
		return false
	}
	title := unquote(x.span(ts, end))
	m := ts - 1
	if isQuote(x.tok(m).text) {
		m--
	}
	for q := 0; q < 3 && !x.tok(m).cap && starsOfWordsIDs.has(x.tok(m).id); q++ {
		m-- // "the first", "former", "the original"
	}
	if l := x.tok(m).low; l != "from" && l != "of" || x.tok(m).cap {
		return false
	}
	n := x.tok(m - 1)
	if n.cap || !starsNounsIDs.has(n.id) || n.low == "members" && x.tok(m-2).low != "cast" {
		return false
	}
	if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
		return false
	}
	found := false
	for i := k + 1; i < len(x.toks); {
		pe := x.personAt(i)
		if pe <= i {
			break
		}
		x.add(graph.KindCast, x.span(i, pe), title, "", "")
		found = true
		i = pe
		if x.tok(i).text == "," {
			i++
		}
		if x.tok(i).low == "and" {
			i++
		}
		if i == pe {
			break
		}
	}
	return found
}

// starsOfWords stand between "the stars of" and the title: "the stars from
// the first T".
var starsOfWords = set(`the first original former hit`)

// starsNouns are the plural nouns of a show's performers before "of" or
// "from" and its title.
var starsNouns = set(`stars members alumni housemates contestants`)

// worksLabelNoun reports whether w, perhaps with a hyphen after it
// ("telenovelas-"), is a word of filmographyNouns or worksPlurals: the
// word id answers for a word with no hyphen, without a lookup.
func worksLabelNoun(w *token) bool {
	if l, ok := strings.CutSuffix(w.low, "-"); ok {
		return filmographyNouns[l] || worksPlurals[l]
	}
	return filmographyNounsIDs.has(w.id) || worksPluralsIDs.has(w.id)
}

// worksLabelEnd returns, for a bracket's first part i..j, where the title
// after a label of works starts: lower-case words (a count, an adjective)
// with a plural noun of works, then a colon, a dash or "include":
// "(last three telenovelas- 'T1', 'T2')", "(previous dramas: T1, T2)",
// "(credits include T1, T2)"; else i.
func (x *extractor) worksLabelEnd(i, j int) int {
	works := false
	for k := i; k < j && k < i+6; k++ {
		w := x.tok(k)
		switch {
		case w.cap:
			return i
		case w.kind == tWord && (worksLabelNoun(w) || x.worksPlural(k)):
			works = true
			if strings.HasSuffix(w.low, "-") && k+1 < j && x.titleStarts(k+1) {
				return k + 1 // "telenovelas- 'T1'": the dash kept on the word
			}
		case works && (w.text == ":" || isDash(w.text) || w.low == "include" || w.low == "includes"):
			if k+1 < j && x.titleStarts(k+1) {
				return k + 1
			}
			return i
		case w.kind == tWord || w.kind == tNum:
		default:
			return i
		}
	}
	return i
}

// ownWorkAt returns, for "his", "her" or "their" at i, where the title
// after it starts, past up to two describing words in lower case: "known
// for his 'T' franchise", "known for her hit T"; else 0.
func (x *extractor) ownWorkAt(i int) int {
	if l := x.tok(i).low; l != "his" && l != "her" && l != "their" {
		return 0
	}
	at := i + 1
	for q := 0; q < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords|cPlayVerbs); q++ {
		at++
	}
	if !x.titleStarts(at) || x.tok(at).has(cStopWords) {
		return 0
	}
	if isQuote(x.tok(at).text) {
		return at
	}
	e := x.titleAt(at, false)
	if w := x.tok(e); e > at && (x.isShow(x.span(at, e)) || !w.cap && (w.has(cGenreNouns|cFormatWords) || x.worksNoun(e) || w.low == "franchise")) {
		return at // "known for her T series", "known for his hit T" where the article knows T
	}
	return 0 // not "known for his Hollywood debut", "known for his X impression"
}
