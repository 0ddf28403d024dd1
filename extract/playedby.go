package extract

// "C, played by X": the performer after "played by" (or "portrayed",
// "voiced") and the character before it.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// playedBy: "Sinatra, portrayed by Julianne Nicholson".
func (x *extractor) playedBy(k int) {
	j := k
	for m := 0; m < 3 && (x.tok(j-1).low == "be" || x.tok(j-1).low == "is" || x.tok(j-1).low == "was" || x.tok(j-1).low == "will" ||
		x.tok(j-1).low == "being" || x.tok(j-1).low == "been" || x.tok(j-1).low == "to" || x.tok(j-1).low == "now" || byAdverbsIDs.has(x.tok(j-1).id)); m++ {
		j--
	}
	if x.tok(j-1).text == "," || isDash(x.tok(j-1).text) && j-1 > 0 && x.tok(j-1).start > x.tok(j-2).end {
		j-- // "Samuel — played by X"
	} else if x.tok(j-1).text == "-" && x.tok(j-2).text == "-" && j-2 > 0 && x.tok(j-2).start > x.tok(j-3).end {
		j -= 2 // "Atiye -- played by X --": a dash typed as two hyphens
	}
	by := k + 1
	if x.tok(by).low != "by" {
		by++
	}
	if m := x.mannerBy(k + 1); m > 0 {
		by = m // "played again with aplomb by X"
	}
	if x.tok(by).low != "by" && (x.tok(k+1).low == "in" || x.tok(k+1).low == "on") {
		// "Perry Wright, played in season one by X": past a short
		// prepositional phrase without a name
		for m := k + 2; m < len(x.toks) && m < k+6; m++ {
			if x.toks[m].low == "by" {
				by = m
				break
			}
			if x.toks[m].cap && x.toks[m].kind == tWord && !isSeasonWord(x.toks[m].low) || x.toks[m].kind == tPunct {
				break
			}
		}
	}
	if x.tok(by).low != "by" {
		return
	}
	if x.respectivelyBy(by) {
		return // "C1 and C2, two new characters who will be portrayed by A and B, respectively"
	}
	cs := x.charBefore(j)
	if cs == j {
		if st, ce := x.describedCharOpener(j); ce > 0 {
			cs, j = st, ce // "C, a lantern maker who hides a secret, will be played by X"
		}
	}
	if cs == j && x.sshow != "" {
		// "The remaining princes will be played by actors A (T), B and
		// C": a cast list with no character named
		if p := x.tok(by + 1); p.has(cCastNouns) && !p.cap && pluralNounsIDs.has(p.id) {
			for _, it := range x.parseList(by + 2) {
				x.add(graph.KindCast, x.itemName(it), x.sshow, "", "")
			}
		} else if p.has(cPrefixNouns) && !p.cap && !pluralNounsIDs.has(p.id) && x.personAt(by+2) > by+2 {
			// "an heiress to a vast fortune, played by actress X": a role
			// described, not named; "C arrived in Weatherfield last night,
			// played by actor X": the character the sentence opens with
			char := ""
			if ce := x.charAt(0); ce > 1 && ce < j && x.tok(j).text == "," && x.tok(ce).kind == tWord && !x.tok(ce).cap && !x.tok(ce).has(cAuxWords|cStopWords) && x.knownPerson(x.span(0, ce)) == "" {
				char = x.span(0, ce)
			}
			x.add(graph.KindCast, x.span(by+2, x.personAt(by+2)), x.sshow, char, "")
		} else if kinNounsIDs.has(x.tok(j-1).id) && ourPossessivesIDs.has(x.tok(j-2).id) {
			// "..., and her sister is played by X": a relative of a
			// character, not named
			if items := x.parseList(by + 1); len(items) == 1 {
				x.add(graph.KindCast, x.itemName(items[0]), x.sshow, "", "")
			}
		} else if x.tok(0).low == "the" && (x.tok(1).low == "role" || x.tok(1).low == "part") && x.tok(2).low == "of" && (x.tok(3).low == "a" || x.tok(3).low == "an") || x.describedSubject(j) {
			// "The role of a prosecutor seeking to take him down will be
			// played by X": a role described, not named
			if items := x.parseList(by + 1); len(items) == 1 {
				x.add(graph.KindCast, x.itemName(items[0]), x.sshow, "", "")
			}
		}
		return
	}
	if cs == j || x.sshow == "" {
		return
	}
	asideShow := ""
	if cs >= 5 && x.tok(cs-1).low == "of" && leadOfNounsIDs.has(x.tok(cs-2).id) && x.tok(cs-3).low == "the" && x.tok(cs-4).text == "," {
		// "C, the lead of T, will be played by X": C is the character, T
		// the show
		if c2 := x.charBefore(cs - 4); c2 < cs-4 {
			asideShow = unquote(x.span(cs, j))
			cs, j = c2, cs-4
		}
	}
	if r, ok := x.rankedChar(cs, j); ok {
		cs = r // "Defense Minister Ana Roy, played by X": the office is no part of the name
	} else if x.tok(cs+1).low == "agent" && x.tok(cs).low != "special" && j-cs >= 4 && x.startsName(cs+2) {
		cs += 2 // "Treasury Agent Ana Roy", "FBI Agent Ana Roy" (not "Special Agent", a rank)
	}
	at := by + 1
	if x.tok(at).low == "voice" && x.tok(at+1).has(cPrefixNouns) {
		at++ // "Shoko was played by voice actress X"
	}
	if pe := x.personAt(at); pe > at && x.gappedByAt(pe) > 0 {
		// "Denmark is played by A, Norway by B and Sweden by C": the verb
		// said once for each pair
		x.add(graph.KindCast, x.span(at, pe), x.sshow, x.span(cs, j), "")
		x.gappedBy(pe)
		return
	}
	if m := at; x.tok(m).kind == tWord && !x.tok(m).cap {
		for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cPrefixNouns); q++ {
			m++ // "music", "veteran"
		}
		if x.tok(m).has(cPrefixNouns) && !x.tok(m).cap && x.tok(m+1).text == "," && x.personAt(m+2) > m+2 {
			at = m + 2 // "acted by music artiste, Speed Darlington": the noun and a comma before the name
		} else if x.tok(m).low == "of" && (x.tok(m-1).low == "star" || x.tok(m-1).has(cPrefixNouns)) && m-1 > by {
			m-- // "break-out star of T2": "star" is no prefix noun elsewhere
		}
		if te := x.titleAt(m+2, false); at == by+1 && (x.tok(m).has(cPrefixNouns) || x.tok(m).low == "star") && !x.tok(m).cap && x.tok(m+1).low == "of" && te > m+2 && x.tok(te).text == "," && x.personAt(te+1) > te+1 {
			// "played by break-out star of T2, X": the name after the
			// performer's aside, who is in T2 as well
			at = te + 1
			x.add(graph.KindCast, x.span(at, x.personAt(at)), unquote(x.span(m+2, te)), "", "")
		}
	}
	if l := x.tok(at).low; l == "the" && !x.tok(at).cap {
		m := at + 1 // "played by the talented X"
		for m < at+3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords) {
			m++
		}
		if m > at+1 && x.personAt(m) > m+1 {
			at = m
		}
	}
	items := x.parseList(at)
	if e := x.tok(x.listEnd(items)); len(items) > 1 && e.text == "," && x.tok(x.listEnd(items)+1).has(cPlayVerbs) {
		items = items[:1] // "C1, played by A, and C2, portrayed by B": the next item is a character
	}
	if len(items) != 1 {
		return
	}
	show := x.playedInTitle(items[0].end)
	if asideShow != "" {
		show = asideShow
	}
	x.add(graph.KindCast, x.itemName(items[0]), show, x.span(cs, j), "")
}

// leadOfNouns name a part in "C, the lead of T,".
var leadOfNouns = set(`lead protagonist heroine hero villain antagonist`)

// playedInTitle is the show of "C, played by X in “T”" whose "in" is at
// e: the title after it, else the sentence's show.
func (x *extractor) playedInTitle(e int) string {
	if x.tok(e).low != "in" {
		return x.sshow
	}
	at := x.titlePrefix(e + 1)
	if !x.titleStarts(at) || x.tok(at).has(cMonth) {
		return x.sshow // "in March"
	}
	te := x.titleAt(at, false)
	if te > at && x.tok(te).kind == tPoss && strings.Contains(x.span(at, te), ":") && x.titleStarts(te+1) {
		te = x.titleAt(te+1, false) // "Pirates of the Caribbean: Salazar's Revenge": a possessive in the subtitle
	}
	if te > at && (x.tok(te).text == "'" || x.tok(te).text == "’") && x.tok(te).start == x.tok(te-1).end && x.tok(te+1).cap && x.tok(te+1).kind == tWord && !isQuote(x.tok(at).text) {
		te = x.titleAt(te+1, false) // "Hanuman Da' Damdaar": an elision inside the title
	}
	if te <= at || x.tok(te).kind == tPoss {
		return x.sshow
	}
	title := unquote(x.span(at, te))
	if x.isNetwork(title) || x.knownPerson(title) != "" || placeWords[strings.ToLower(title)] || describes(title) || isSeasonWord(x.tok(at).low) {
		return x.sshow
	}
	return title
}

// describedCharOpener reads a sentence that opens with a character and an
// aside describing it before the verb at j: "Cha Yeon-woo, a lantern maker
// who hides a secret talent, will be played by X". It returns the end of
// the character's name, or 0.
func (x *extractor) describedCharOpener(j int) (int, int) {
	st := x.charLead()
	ce := x.charAt(st)
	// the aside ends at a comma before the verb, or at the verb itself:
	// "Ruth, the widowed keeper played with flinty reserve by X"
	if ce <= st || ce+2 >= j || x.tok(ce).text != "," || x.tok(j).text != "," && !x.tok(j).has(cPlayVerbs) {
		return 0, 0
	}
	if a := x.tok(ce + 1); a.cap || a.low != "a" && a.low != "an" && a.low != "the" {
		return 0, 0
	}
	if x.knownPerson(x.span(st, ce)) != "" || x.isShow(x.span(st, ce)) {
		return 0, 0
	}
	for m := ce + 1; m < j; m++ {
		if t := x.tok(m); t.text == "," || t.text == "(" || t.has(cPlayVerbs) {
			return 0, 0 // one aside, and no other part in it
		}
	}
	return st, ce
}

// charLead is where a character's name starts in a sentence that opens
// with words describing it: "The new suitor Darius Hill, ...",
// "“Everlasting’s” new suitor Darius Hill, ..." (at most four words in
// lower case after "the", "a" or a show's possessive); else 0.
func (x *extractor) charLead() int {
	m := 0
	switch f := x.tok(0); {
	case f.low == "the" || f.low == "a" || f.low == "an":
		m = 1
	case isQuote(f.text):
		for m = 1; m < 8 && !isQuote(x.tok(m).text); m++ {
		}
		switch {
		case x.tok(m-1).kind == tPoss:
			m++ // "“Everlasting’s” new suitor"
		case x.tok(m+1).kind == tPoss:
			m += 2 // "“Everlasting”’s new suitor"
		default:
			return 0
		}
	default:
		return 0
	}
	st := m
	for m < st+4 && x.tok(m).kind == tWord && !x.tok(m).cap && (!x.tok(m).has(cStopWords) || titleAdjectivesIDs.has(x.tok(m).id)) && !x.tok(m).has(cGenreNouns|cFormatWords|cCastNouns|cAuxWords|cPlayVerbs) {
		m++
	}
	if m == st || !x.tok(m).cap || x.tok(m).kind != tWord {
		return 0
	}
	return m
}

// byAdverbs may stand before "played by": "C, previously played by X",
// "C, originally portrayed by Y".
var byAdverbs = set(`previously originally formerly once first also later earlier`)

// roleWentTo reads "The role of C went to (newcomer) X", "The role of C
// has gone to X" with the role noun at k: X plays C in the sentence's show.
// It reports whether it read one.
func (x *extractor) roleWentTo(k int) bool {
	if x.tok(k-1).low != "the" || x.tok(k+1).low != "of" || x.sshow == "" {
		return false
	}
	ce := x.charAt(k + 2)
	v, show := ce, x.sshow
	if l := x.tok(v).low; (l == "in" || l == "on") && x.titleStarts(v+1) && x.titleAt(v+1, false) > v+1 {
		v = x.titleAt(v+1, false) // "The role of C in T has gone to X": T's
		show = unquote(x.span(ce+1, v))
	}
	if x.tok(v).low == "has" || x.tok(v).low == "have" {
		v++
	}
	if ce <= k+2 || (x.tok(v).low != "went" && x.tok(v).low != "goes" && x.tok(v).low != "gone") || x.tok(v+1).low != "to" {
		return false
	}
	at := v + 2
	for at < len(x.toks) && x.toks[at].has(cPrefixNouns|cCastNouns) && !x.toks[at].cap {
		at++ // "newcomer X", "actress X"
	}
	pe := x.personAt(at)
	if pe <= at || !x.personShaped(at, pe) {
		return false
	}
	x.add(graph.KindCast, x.span(at, pe), show, x.span(k+2, ce), "")
	return true
}
