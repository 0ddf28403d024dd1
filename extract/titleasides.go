package extract

// Titles in lists, and titles with an "and" inside them. An aside inside
// a list of titles: "created T1, the crime series starring X, and T2",
// "directed series including T1, produced by Y for Netflix, and T2",
// "scripted A's T1, which features B as C, and D's T2". The list goes on
// past the aside to the title after its ", and".

// titleAsideOpeners open an aside about the title before them.
var titleAsideOpeners = set(`the a an which where produced directed written created starring featuring released based set co-starring adapted`)

// titleAsideEnd returns where the list of titles goes on after the aside
// that opens at the comma j: the index after the aside's ", and", or j
// when no such aside follows.
func (x *extractor) titleAsideEnd(j int) int {
	if a := x.asWellAsEnd(j); a > j {
		return a // "films including A's T1 and T2, as well as B's T3"
	}
	if x.tok(j).text != "," {
		return j
	}
	if o := x.tok(j + 1); o.cap || o.kind != tWord || !titleAsideOpenersIDs.has(o.id) {
		return j
	}
	for c := j + 2; c < len(x.toks) && c < j+18; c++ {
		switch x.toks[c].text {
		case "(", ")", ";", ".", ":", "—", "–":
			return j
		case ",":
			if x.tok(c+1).low != "and" || x.tok(c+1).cap {
				continue
			}
			n := c + 2
			pe := x.personAt(n)
			if pe > n && x.tok(pe).kind == tPoss {
				return n // ", and Y's upcoming T2": a maker's title
			}
			if pe > n && x.startsName(n) {
				return j // ", and Y will direct": a person, no title
			}
			if !x.titleStarts(x.titlePrefix(n)) {
				return j
			}
			return n
		}
	}
	return j
}

// theAndThe reports whether the "and" at j, after "The" and one word,
// joins two halves of one title: "The Bold and the Beautiful", "The Brave
// and the Beautiful" (a lower-case "the" and one word in capitals, the
// title's end after it).
func (x *extractor) theAndThe(j int) bool {
	t := x.toks
	if j+2 >= len(t) || t[j+1].text != "the" || t[j-1].kind != tWord || !t[j-1].cap || t[j-1].has(cStopWords) {
		return false
	}
	w := &t[j+2]
	return w.kind == tWord && w.cap && !w.has(cStopWords) && (j+3 == len(t) || !t[j+3].cap || t[j+3].kind != tWord)
}

// sentenceCaseEnd returns where the title k..e of a list of titles ends when
// it is written in sentence case: past up to three words in lower case
// after it, when the list goes on after them ("T1, T2, Money never sleeps
// and a host of others", "T1, Kal ho na ho, T3"). n is the number of titles
// read before it; it reads only the third and later ones.
func (x *extractor) sentenceCaseEnd(k, e, n int) int {
	if n < 2 || isQuote(x.tok(k).text) {
		return e
	}
	m := e
	for m < e+3 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "and" && x.tok(m).low != "or" && !x.tok(m).has(cAuxWords|cCastVerbs|cPlayVerbs|cClauseVerbs) {
		m++
	}
	if m == e {
		return e
	}
	switch {
	case x.tok(m).text == "," && x.titleStarts(m+1):
		return m
	case x.tok(m).low == "and" && (x.titleStarts(m+1) || x.tok(m+1).low == "a" && x.tok(m+2).low == "host" || x.tok(m+1).low == "many" && x.tok(m+2).low == "more" || x.tok(m+1).low == "others"):
		return m
	}
	return e
}

// pronounTitleEnd reads a title in sentence case that opens with "I" at k
// as the last item, after "and", of a list of two titles or more that ends
// the sentence: "T1, T2, and I want to harvest you." It returns the
// title's end, or k.
func pronounTitleEnd(t []token, k, n int) int {
	if n < 2 || k < 1 || t[k-1].low != "and" {
		return k
	}
	for m := k + 1; m < len(t) && m <= k+7; m++ {
		if t[m].kind != tWord {
			if t[m].text == "." && m == len(t)-1 && m > k+1 {
				return m
			}
			return k
		}
	}
	return k
}

// repeatedIn passes, at i where a list of titles goes on after "and" or
// "as well as", a preposition that repeats the list's "in" or "on", with
// an adverb of time before it: "starred in T1, and later in T2", "acted in
// T1, as well as in T2 and T3". It returns the next title's start, or i.
func (x *extractor) repeatedIn(i int) int {
	m := i
	if t := x.tok(m); t.kind == tWord && !t.cap && againAdverbsIDs.has(t.id) {
		m++
	}
	if t := x.tok(m); t.cap || t.low != "in" && t.low != "on" {
		return i
	}
	if n := x.tok(m + 1); n.cap && n.kind == tWord && !placeWordsIDs.has(n.id) && !n.has(cDateWords) || isQuote(n.text) {
		return m + 1
	}
	return i
}

// againAdverbs may stand before a repeated "in" of a list of works.
var againAdverbs = set(`later also then subsequently eventually again afterwards`)
