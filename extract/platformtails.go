package extract

// A platform read into a title: a title-case headline capitalizes the
// preposition before the network that carries the show ("X Joins Harbor
// Lights On Netflix", "Harbor Lights At Apple TV+"), and a network and a
// kind of show may follow the title ("Harbor Lights Apple TV+ Series").

import (
	"strconv"
	"strings"
)

// platformPreps are the prepositions before a network that carries a
// show, in English and in other languages ("la série T de TF1", "T sur
// M6", "T en Netflix", "T auf Netflix", "T op NPO").
var platformPreps = set(`on for at via to de du sur en su di da do del na no auf bei op van`)

// platformTail returns title without a preposition and a network that end
// it ("Harbor Lights On Netflix"), or without a network and kind words
// that end it ("Harbor Lights Apple TV+ Series"), where words are left
// before them; "" for a network and kind words alone ("Netflix Series");
// else title.
func (x *extractor) platformTail(title string) string {
	if strings.IndexByte(title, ' ') < 0 {
		return title
	}
	words := strings.Fields(title)
	n := len(words)
	for n > 1 && (genreNouns[strings.ToLower(words[n-1])] || formatWords[strings.ToLower(words[n-1])] || strings.EqualFold(words[n-1], "original")) {
		n-- // "Apple TV+ Series", "Netflix Original"
	}
	if n < len(words) && x.isNetwork(strings.Join(words[:n], " ")) {
		return "" // "Joins Netflix Series": a network's show with no title
	}
	for m := 1; m < n; m++ {
		if n-m > 3 {
			continue // a network's name is of one to three words
		}
		net := strings.Join(words[m:n], " ")
		if !x.isNetwork(net) {
			continue
		}
		if m >= 2 && platformPreps[strings.ToLower(words[m-1])] {
			return strings.Join(words[:m-1], " ") // "Harbor Lights On Netflix"
		}
		if n < len(words) {
			return strings.Join(words[:m], " ") // "Harbor Lights Apple TV+ Series"
		}
		return title
	}
	return title
}

// castOfSkip returns where the title starts after "Cast Of" or "Season 2
// Of" at i, the object of a title-case headline's "Joins" ("X Joins The
// Cast Of Harbor Lights", "Y Joins Season 2 Of T"), with the season; or i.
func (x *extractor) castOfSkip(i int) (int, []int) {
	if !x.tok(i).cap {
		return i, nil // "to join the cast of T" in prose is read by the rules of its sentence
	}
	m := i
	if x.tok(m).low == "the" {
		m++
	}
	switch w := x.tok(m); {
	case w.low == "cast" && x.tok(m+1).low == "of":
		return m + 2, nil
	case isSeasonWord(w.low) && x.tok(m+1).kind == tNum && x.tok(m+2).low == "of":
		if n, err := strconv.Atoi(x.tok(m + 1).text); err == nil && n > 0 && n < 100 {
			return m + 3, []int{n}
		}
	}
	return i, nil
}

// copulaOr returns comma, or where comma is -1, the "is" or "was" (an
// "also" after it) before the article and the job or cast noun at k: "X
// was the star of T", "Y is also the director of T", as "X, the star of
// T," is read, where a job noun or "star" and "of" come before a title; or
// -1.
func (x *extractor) copulaOr(comma, k int) int {
	if comma >= 0 {
		return comma
	}
	if w := x.tok(k); !w.has(cJobNoun) && w.low != "star" || x.tok(k+1).low != "of" || !x.titleStarts(k+2) {
		return -1 // "the director of photography", "the lead singer of the band T"
	}
	d := k - 1
	for q := 0; q < 2 && d > 0 && !x.tok(d).cap && (titleAdjectivesIDs.has(x.tok(d).id) || leadRankWordsIDs.has(x.tok(d).id) || x.tok(d).low == "current"); q++ {
		d-- // "the lead star of", "the current showrunner of"
	}
	if l := x.tok(d).low; l != "the" && l != "a" || x.tok(d).cap {
		return -1
	}
	c := d - 1
	if x.tok(c).low == "also" {
		c--
	}
	if l := x.tok(c).low; (l != "is" && l != "was") || x.tok(c).cap || x.personBefore(c) >= c {
		return -1
	}
	return c
}

// headlineAsRole reports whether the capitalized run at i of a title-case
// headline follows a person's name and "As": "T Casts A B As Dara", "A B
// Cast As Dara In T": the run is the part, no title.
func (x *extractor) headlineAsRole(i int) bool {
	if i < 3 || x.toks[i-1].low != "as" {
		return false
	}
	k := i - 1
	if l := x.tok(k - 1).low; l == "cast" || l == "tapped" || l == "set" {
		k-- // "A B Cast As Dara"
	}
	return x.personBefore(k) < k
}

// playInHeadline reads a title-case headline that gives a person's part
// and the show last: "A B To Play Dara In Netflix Series Harbor Lights",
// "A B Cast As Dara In Harbor Lights". It returns the title, which ends
// the headline, or "".
func (x *extractor) playInHeadline() string {
	t := x.toks
	if x.s == nil || !x.s.head || len(t) < 6 {
		return ""
	}
	for k := 2; k+3 < len(t); k++ {
		if l := t[k].low; !t[k].cap || l != "play" && l != "plays" && l != "portray" && l != "portrays" && l != "as" {
			continue
		}
		p := k
		if l := t[p-1].low; l == "to" || l == "cast" || l == "will" {
			p-- // "A To Play", "A Cast As"
		}
		if x.personBefore(p) >= p {
			return ""
		}
		m := k + 1
		for m < len(t) && m < k+5 && t[m].cap && t[m].kind == tWord && t[m].low != "in" {
			m++ // the part: "Dara", "Queen Mara"
		}
		if m == k+1 || m >= len(t) || t[m].low != "in" {
			return ""
		}
		at := x.headlineKindSkip(x.skipOwner(m + 1))
		e := x.titleAt(at, false)
		if e <= at || e != len(t) && t[e].text != ":" && t[e].text != "|" || x.isNetwork(x.span(at, e)) || describes(x.span(at, e)) || x.knownPerson(x.span(at, e)) != "" {
			return ""
		}
		if ti := x.span(at, e); placeWordsIDs.has(t[e-1].id) || placeWordsIDs.has(t[at].id) || placeName(ti) || t[at].has(cDateWords) || countryName(ti) {
			return "" // "A To Play Dara In London", "... In May"
		}
		return unquote(x.span(at, e))
	}
	return ""
}
