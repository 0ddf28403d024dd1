package extract

// A career told in prose, an obituary's or a profile's, names each title
// with the people its subject shared it with: "Her film debut was in T in
// 1947 with A and B", "She was in T (1949) with A", "Then there was T with
// A", "appeared with A in T, with B again in T2 and C in T3", "He will be
// seen together with A in the drama T". Each title gives the subject and
// each co-star a cast credit.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// coStarCues before "in T ... with Y" say a performance: "was in",
// "her debut was in", "a good role in", "starred in".
var coStarCues = set(`was were debut role roles part starred co-starred appeared appearing played playing acted acting seen cast starring participated`)

// coStarVerbs right before "with Y in T" say a performance: "appeared
// with Y in T", "seen together with Y in T".
var coStarVerbs = set(`appeared appears appear appearing starred stars star starring co-starred acted played seen together paired reunited`)

// coStarRuleWords are the words coStarRule reads at.
var coStarRuleWords = wordMask("with", "opposite", "alongside", "romancing", "romance", "romances")

// romanceVerbs name the partner of a film's romance as "opposite" does:
// "X will be seen romancing Y in T", "X romances Y in T".
var romanceVerbs = set(`romancing romance romances`)

// coStarRule reads "in T with A and B" and "with A in T" in a clause
// whose subject is a performer (the sentence's person, or the one a
// pronoun names).
func (x *extractor) coStarRule() {
	if !x.sentHasAnyWord(coStarRuleWords) {
		return // no word it reads at
	}
	t := x.toks
	chained := false         // a "with Y in T" read just before: ", with Z in T2" goes on
	var chainOwners []string // the performers of the item chained before
	for k := 1; k+1 < len(t); k++ {
		if !coStarRuleWords.mayHold(&t[k]) || t[k].cap || x.inBr[k] {
			continue // one bit test passes over most tokens
		}
		if l := t[k].low; l != "with" && l != "opposite" && l != "alongside" && !romanceVerbsIDs.has(t[k].id) {
			continue
		}
		if l := t[k].low; l == "with" && t[k-1].text == "," && x.castWords && x.sshow != "" {
			// "It stars A and B, with C as her uncle": a role described, in
			// the cast the clause lists
			if pe := x.personAt(k + 1); pe > k+2 && x.tok(pe).low == "as" && !x.roleNamedAfter(pe+1) {
				x.add(graph.KindCast, x.resolve(x.span(k+1, pe)), x.sshow, "", "")
				continue
			}
		}
		if at := x.coStarTitleBefore(k, chained); at >= 0 {
			// "in T (1949) with A and B"
			title := unquote(x.span(at, x.coStarTitleEnd(at, k)))
			stars, e := x.coStars(k + 1)
			if len(stars) == 0 || !x.coStarEnds(e) || !x.coStarTitle(title) {
				continue
			}
			owners := x.coStarOwners(at)
			if len(owners) == 0 && chained {
				owners = chainOwners // "'T1' with A; 'T2' with B": the performer of the list's first item
			}
			if len(owners) == 0 {
				continue
			}
			x.castInTitles(append(owners, stars...), []string{title})
			chained, chainOwners = true, owners[:len(owners):len(owners)]
			k = e - 1
			continue
		}
		if !coStarVerbsIDs.has(x.tok(k-1).id) && !(romanceVerbsIDs.has(t[k].id) && (x.tok(k-1).has(cAuxWords) || x.personBefore(k) < k)) && !(chained && (x.tok(k-1).text == "," || x.tok(k-1).low == "and")) && !x.partBeforeCoStar(k) {
			chained = false
			continue
		}
		// "appeared with A in T, with B again in T2 and C in T3", "...,
		// with B in T2 (1956) and with C in T3 (1957)"
		stars, e := x.coStars(k + 1)
		if x.tok(e).low == "again" {
			e++
		}
		if len(stars) == 0 || x.tok(e).low != "in" {
			continue // "with Tuesday Weld in T": a name it cannot read; the chain goes on
		}
		at := e + 1
		if kt := x.careerTitleAt(at); kt > 0 {
			at = kt // "in the Netflix period drama T"
		}
		te := x.titleAt(at, false)
		if te <= at || !x.titleStarts(at) || te == at+1 && x.tok(at).has(cMonth|cDateWords) {
			chained = false
			continue // not "was seen with Y in January"
		}
		if w := x.tok(te); w.kind == tWord && !w.cap && !w.has(cStopWords|cAuxWords) {
			chained = false
			continue // "alongside Y in Cannes competition title T": the capitals describe a noun
		}
		title := unquote(x.span(at, te))
		owners := x.coStarOwners(k + boolInt(romanceVerbsIDs.has(t[k].id))) // "X romances Y in T": the verb's subject
		if len(owners) == 0 || !x.coStarTitle(title) {
			chained = false
			continue
		}
		x.castInTitles(append(owners, stars...), []string{title})
		chained = true
		// "... and C in T3": one more pair, its "with" left out
		if x.tok(te).low == "and" {
			if pe := x.personAt(te + 1); pe > te+1 && x.tok(pe).low == "in" && x.titleStarts(pe+1) {
				if e2 := x.titleAt(pe+1, false); e2 > pe+1 {
					if t2 := unquote(x.span(pe+1, e2)); x.coStarTitle(t2) {
						x.castInTitles(append(owners, x.resolve(x.span(te+1, pe))), []string{t2})
					}
				}
			}
		}
		k = te - 1
	}
}

// coStarTitleBefore reads the title a "with" at k follows, "in T", "in T
// (1949)", "in T in 1947", "there was T", after a word of performing; it
// returns where the title starts, or -1.
func (x *extractor) coStarTitleBefore(k int, chained bool) int {
	j := k
	if x.tok(j-1).text == ")" && x.tok(j-2).kind == tNum && x.tok(j-3).text == "(" {
		j -= 3 // "(1949)"
	} else if x.tok(j-1).kind == tNum && len(x.tok(j-1).text) == 4 && x.tok(j-2).low == "in" {
		j -= 2 // "in 1947"
	}
	if j <= 1 || !x.tok(j-1).cap && x.tok(j-1).kind != tNum && !isQuote(x.tok(j-1).text) {
		return -1
	}
	if x.closeQuote(j - 1) {
		if o := x.openQuoteOf(j - 1); o > 0 {
			return x.coStarCue(o, chained)
		}
		return -1
	}
	ts := x.titleBefore(j)
	if ts >= j {
		return -1
	}
	if l := x.tok(ts).low; (l == "the" || l == "a") && x.tok(ts).cap && ts == 0 {
		return -1
	}
	return x.coStarCue(ts, chained)
}

// coStarCue checks the words before a title at ts: "in" after a word of
// performing, or "there was", or "and in" after a co-star read before in
// the sentence (chained); it returns ts, or -1.
func (x *extractor) coStarCue(ts int, chained bool) int {
	if x.tok(ts-1).low == "was" && x.tok(ts-2).low == "there" {
		return ts // "Then there was T with A"
	}
	if p := x.tok(ts - 1); chained && isQuote(x.tok(ts).text) && (p.text == ";" || p.text == "," || (p.low == "or" || p.low == "and") && !p.cap) {
		return ts // "'T1' with A; 'T2' with B or 'T3' with C": the list of quoted titles goes on
	}
	c := ts - 1 // the "in" before the title, or before "productions such as"
	if x.tok(c).low == "as" && x.tok(c-1).low == "such" {
		c -= 2
	} else if x.tok(c).low == "like" || x.tok(c).low == "including" {
		c--
	}
	if w := x.tok(c); c < ts-1 && !w.cap && (genreNouns[strings.TrimSuffix(w.low, "s")] || w.low == "series" || w.low == "productions") {
		c-- // "starred in films such as T with A"
	}
	described := false
	if c == ts-1 {
		c = x.coStarDescribed(c)
		described = c < ts-1
	}
	if x.tok(c).low != "in" || x.tok(c).cap || c < ts-1 && !described && !isQuote(x.tok(ts).text) {
		return -1
	}
	if chained && x.tok(c-1).low == "and" {
		return ts // "starred in T with A and in T2 with B"
	}
	for m := c - 1; m >= 0 && m >= c-4; m-- {
		if w := x.tok(m); w.kind != tWord || w.cap && m > 0 {
			return -1
		} else if coStarCuesIDs.has(w.id) {
			return ts
		}
	}
	return -1
}

// coStarDescribed is where the words that describe a title end before it,
// going back from c, a genre noun: "in the 1978 film T", "in the drama
// T", "in the hit comedy T" (a year, a genre noun, "the", "a" or "hit");
// else c.
func (x *extractor) coStarDescribed(c int) int {
	m := c
	for ; m >= 0 && m > c-4; m-- {
		w := x.tok(m)
		if w.cap || !(w.kind == tNum && len(w.text) == 4 || w.kind == tWord && (w.has(cGenreNouns) || w.low == "the" || w.low == "a" || w.low == "hit")) {
			break
		}
	}
	if !x.tok(c).has(cGenreNouns) || x.tok(c).cap {
		return c
	}
	return m
}

// coStarTitleEnd is where the title from at ends before the "with" at k:
// before "(1949)" or "in 1947".
func (x *extractor) coStarTitleEnd(at, k int) int {
	if x.tok(k-1).text == ")" {
		return k - 3
	}
	if x.tok(k-1).kind == tNum && x.tok(k-2).low == "in" {
		return k - 2
	}
	return k
}

// openQuoteOf is the opening quote of the one closing at j, or -1.
func (x *extractor) openQuoteOf(j int) int {
	for m := j - 1; m >= 0 && m > j-14; m-- {
		if isQuote(x.toks[m].text) {
			return m
		}
	}
	return -1
}

// coStars reads the people after "with" at i: "A", "A and B", "actor A";
// it returns them and where the list ends.
func (x *extractor) coStars(i int) ([]string, int) {
	if l := x.tok(i).low; (l == "dame" || l == "sir") && x.tok(i).cap && i+1 < len(x.toks) && isName(&x.toks[i+1]) && (i+2 >= len(x.toks) || !isName(&x.toks[i+2])) {
		if n := x.span(i, i+2); x.resolve(n) != n {
			return []string{x.resolve(n)}, i + 2 // "alongside Dame Angela": the person the article names in full
		}
	}
	items := x.parseList(i)
	var out []string
	e := i
	for _, it := range items {
		if it.pstart >= it.pend || it.br >= 0 || it.owner != "" {
			return nil, i
		}
		name := x.itemName(it)
		if x.isShow(name) || x.isNetwork(name) || isCompany(name) {
			return nil, i
		}
		full := x.resolve(name)
		if !hasByte(full, ' ') && x.partOfLongerName(full) {
			return nil, i // "co-starred with Lee in T", where the article names three Lees
		}
		out = append(out, full)
		e = it.end
	}
	if len(items) == 0 && x.startsName(i) {
		// a name another rule read as a character's ("a role in T with
		// Kirk Douglas"): two to four name words after "with" are a person
		pe := i + 1
		for pe < len(x.toks) && pe < i+4 && isName(&x.toks[pe]) {
			pe++
		}
		if pe > i+1 {
			return []string{x.resolve(x.span(i, pe))}, pe
		}
	}
	return out, e
}

// coStarEnds reports whether a list of co-stars may end at e: at the end
// of the clause, before a year or "again".
func (x *extractor) coStarEnds(e int) bool {
	n := x.tok(e)
	switch {
	case e >= len(x.toks), n.kind == tPunct && n.text != "(":
		return true
	case n.low == "in" && x.tok(e+1).kind == tNum, n.low == "again":
		return true
	case n.low == "and" && !x.tok(e+1).cap:
		return true // "with A and played in several films"
	case n.low == "or" && isQuote(x.tok(e+1).text):
		return true // "with A and B or 'T3' with C": the list of titles goes on
	}
	return false
}

// coStarTitle reports whether a title read beside "with" names a work: not
// a network, a person, a place or a year.
func (x *extractor) coStarTitle(title string) bool {
	return title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" && !placeWords[strings.ToLower(title)] && !describes(title) &&
		!(title[0] >= '0' && title[0] <= '9' && len(title) <= 4)
}

// coStarOwners is the performer a clause before k speaks of: the people
// before its verb, else the person a pronoun ("she", "her") or a "there
// was" names, the one the sentences before spoke of.
func (x *extractor) coStarOwners(k int) []string {
	for m := k - 1; m >= 0 && m > k-14; m-- {
		if coStarCuesIDs.has(x.toks[m].id) || coStarVerbsIDs.has(x.toks[m].id) || romanceVerbsIDs.has(x.toks[m].id) {
			if ps := x.subjectsBefore(m, 0); len(ps) > 0 {
				return ps
			}
			break
		}
	}
	owner := x.careerOwner()
	if owner == "" {
		return nil
	}
	for m := 0; m < k; m++ {
		switch x.toks[m].low {
		case "he", "she", "her", "his":
			return []string{owner}
		case "there":
			if x.tok(m+1).low == "was" {
				return []string{owner}
			}
		}
		if x.toks[m].cap && m > 0 && x.personAt(m) > m {
			return nil // another person's clause
		}
	}
	return nil
}

// partOfLongerName reports whether the article writes the one-word name
// as a word of a longer name elsewhere ("Lee Sun-kyun", "Lee Su-jin"): a
// name alone that resolve could not settle names one of them, not a
// person of its own.
func (x *extractor) partOfLongerName(name string) bool {
	text := x.a.Text
	for i := strings.Index(text, name+" "); i >= 0; {
		if r := text[i+len(name)+1:]; r != "" && r[0] >= 'A' && r[0] <= 'Z' {
			return true
		}
		j := strings.Index(text[i+1:], name+" ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// roleNamedAfter reports whether the words after "as" at i name a
// character or a job, not a role described in lower case ("as her
// uncle"): capitals, or a job noun before the clause ends.
func (x *extractor) roleNamedAfter(i int) bool {
	if l := x.tok(i).low; l != "her" && l != "his" && l != "their" && l != "the" && l != "a" && l != "an" {
		return true
	}
	for m := i + 1; m < len(x.toks) && m < i+6; m++ {
		w := x.tok(m)
		if w.kind == tPunct {
			return false
		}
		if w.cap || w.has(cJobNoun|cCrewCues) {
			return true
		}
	}
	return false
}

// partBeforeCoStar reports whether a part a performer takes stands before
// the "with" or "alongside" at k: "is set to star in a lead role alongside
// Y in T", "plays a supporting role opposite Y in T".
func (x *extractor) partBeforeCoStar(k int) bool {
	if l := x.tok(k - 1).low; l != "role" && l != "roles" && l != "part" {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-6; m-- {
		w := x.tok(m)
		if w.kind != tWord || w.cap {
			return false
		}
		switch w.low {
		case "play", "plays", "playing", "played", "take", "takes", "taking", "took":
			return true
		}
		if coStarVerbsIDs.has(w.id) {
			return true
		}
	}
	return false
}

// withInTitleAfter reports whether a cast list after "with" at start runs
// to "in" and a title at end: "A will star with B in T" credits A and B in
// T (coStarRule), not in the sentence's show.
func (x *extractor) withInTitleAfter(start, end int) bool {
	if x.tok(end).low != "in" || x.tok(start-1).low != "with" || x.tok(start-2).low == "along" {
		return false
	}
	at := end + 1
	if kt := x.careerTitleAt(at); kt > 0 {
		at = kt // "with B in the Netflix period drama T"
	}
	te := x.titleAt(at, false)
	if te <= at || !x.titleStarts(at) || te == at+1 && x.tok(at).has(cMonth|cDateWords) {
		return false // "with B in January"
	}
	if w := x.tok(te); w.kind == tWord && !w.cap && !w.has(cStopWords|cAuxWords) {
		return false // "with B in Cannes competition title T"
	}
	return x.coStarTitle(unquote(x.span(at, te)))
}
