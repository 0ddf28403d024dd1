package extract

import "strings"

// Possessives beside names and titles: a show's person after the show's
// possessive, "Heartstopper's Yasmin Finney", "Salt Harbour's A B joins the
// cast", a title an owner's possessive comes before in a bracket, "(Brisk’s
// upcoming T remake)", and a title with a possessive inside it, "Scum's
// Wish" (possTitle).

// titlePossName reports whether the possessive at k, with the name from k+1
// to pe after it, is a show's possessive before that person: the name
// starts with a given name, holds two to four name words, not in capitals,
// and ends the clause, or comes before "and" or a word in lower case, in a
// sentence with a casting or crew word; the owner before k
// starts with no given name and is two words or more ("Salt Harbour's",
// "The Lantern's"), or one word the article knows as a show.
func (x *extractor) titlePossName(k, pe int) bool {
	if !x.castWords && !x.crewSentence || isUpperCase(x.toks[k+1].text) {
		return false // no casting nor crew word in the sentence ("MediaWeek's A B"), or a heading in capitals ("NEW YEAR'S EVE FIREWORKS")
	}
	if n := pe - (k + 1); n < 2 || n > 4 || !x.startsName(k+1) || !x.personShaped(k+1, pe) {
		return false
	}
	if w := x.tok(pe); !x.boundary(pe) && w.low != "and" && (w.kind != tWord || w.cap) {
		return false
	}
	ts := x.titleBefore(k)
	if ts >= k || x.startsName(ts) || x.tok(ts).has(cNetworks|cCompanyWords|cGenreNouns|cJobNoun|cCastNouns|cPrefixNouns|cDescribe) {
		return false // "Odalys Brenner's Tobin Marchetti", "Netflix's X", "Actor Y's Z"
	}
	if ts > 0 && x.tok(ts-1).cap && x.tok(ts-1).kind == tWord {
		return false // a longer run of capitals before it: no title known to end here
	}
	// one word alone is a title only where the article knows it as a show:
	// "Gugudan's A B", "Puck's C D" are a band's member, an outlet's writer
	return k-ts > 1 || x.isShow(x.span(ts, k))
}

// ownerNamed reports whether the item l, before a possessive after a job or
// cast noun, may own the title after it: after a job noun any name ("in
// director Bala's T"); after a cast noun, which may be the verb "stars"
// ("also stars Heartbreaker's A B"), a full name or one the article names
// in full, not one unknown word, a title's possessive before its person.
func (x *extractor) ownerNamed(isJob bool, l item) bool {
	if isJob {
		return true
	}
	n := x.itemName(l)
	return hasByte(n, ' ') || x.knownPerson(n) != ""
}

// titleOwnsName reports whether the one word from k to the possessive at e
// is a show's, owning the full name from e+1 to pe in a list of cast
// ("also stars Heartbreaker's Tobin Marchetti"), where the name's given
// name is not one the name lists know: the word is no given name, nor a
// person, network, company, band or place the article or the lists know,
// and no job noun stands before it ("director Bala's T" is a maker's).
func (x *extractor) titleOwnsName(k, e, pe int) bool {
	if e != k+1 || pe-(e+1) < 2 || !x.personShaped(e+1, pe) || x.startsName(k) || isUpperCase(x.toks[k].text) || x.tok(k-1).has(cJobNoun) {
		return false // not "director Bala's Avan Ivan": a maker's title
	}
	owner := x.toks[k].text
	if strings.ContainsAny(owner, "0123456789-") || x.groupName(owner) {
		return false // "Kis-My-Ft2's A B": a band's member
	}
	return x.knownPerson(owner) == "" && x.resolve(owner) == owner && !x.isNetwork(owner) && !isCompany(owner) &&
		!hasLowerWord(placeWords, placeNameWords, owner) && !countryName(owner) && !regionName(owner) && !describes(owner)
}

// possOwnedTitle reads, in a bracket part from i to j, the title after the
// possessive at m and one to three describing words in lower case (none
// after a network's), with only words in lower case after it:
// "(Spielberg’s upcoming West Side Story remake)", "(HBO's acclaimed T)",
// "(Netflix’s T)". It returns the title's span, or
// m, m. "(Scum's Wish)", "(Fire Force's Princess Hibana)" have no word in
// lower case after the possessive: a title, a show's character.
func (x *extractor) possOwnedTitle(i, m, j int) (int, int) {
	q := m + 1
	for q < j && q < m+4 && x.toks[q].kind == tWord && !x.toks[q].cap && !x.toks[q].has(cTitleGlue|cAuxWords) && x.toks[q].low != "and" {
		q++
	}
	if q == m+1 && m > i && x.isNetwork(x.span(i, m)) {
		q = m + 1 // "(Netflix’s T)": a network owns the title, no describing word needed
	} else if q == m+1 {
		return m, m
	}
	if q >= j || !x.toks[q].cap {
		return m, m
	}
	e := x.titleAt(q, false)
	if e <= q || e > j {
		return m, m
	}
	for r := e; r < j; r++ {
		if w := &x.toks[r]; w.kind != tWord || w.cap {
			return m, m // more than a kind word after the title
		}
	}
	return q, e
}

// possTitle reports whether the bracket part i..j is one title with a
// possessive inside it, not a show's possessive and its character: "The
// Devil's Double", "A Couple's World" (an article opens it), "Scum's Wish"
// (one word after it that starts no name). "Fire Force's Princess Hibana"
// is a show and its character.
func (x *extractor) possTitle(i, j int) bool {
	m := i
	for m < j && x.toks[m].kind != tPoss {
		m++
	}
	if m == i || m >= j-1 || !x.toks[m+1].cap || !x.toks[m-1].cap && x.toks[m-1].kind != tNum {
		return false // "T special's Menma": a character after a lower-case word
	}
	switch x.toks[i].low {
	case "the", "a", "an", "my", "your", "our":
		return x.toks[i].cap
	}
	if m+2 != j {
		// "JoJo’s Bizarre Adventure": words after the possessive that start
		// no name and name no character's rank
		for q := m + 1; q < j; q++ {
			w := &x.toks[q]
			if w.kind != tWord || w.cap && (w.has(cNameStart) || w.has(cCharTitles)) || x.know.char(w.low) || q == m+1 && !w.cap {
				return false
			}
			for r := i; r < m; r++ {
				if x.toks[r].low == w.low && !w.has(cTitleGlue) {
					return false // "Sailor Moon's Sailor Mars": a character named like its show
				}
			}
		}
		return j-m-1 <= 4 && x.knownPerson(x.span(m+1, j)) == "" && !x.charAfterPoss(m+1, j)
	}
	w := &x.toks[m+1]
	return w.kind == tWord && !w.has(cNameStart) && !w.has(cCharTitles) && !x.know.char(w.low)
}

// networkOwnedTitle reads, in a bracket part from i to j, a network's
// possessive and the title after it, "(Netflix’s T)", "(HBO's acclaimed
// T)": the title's span, or i, i.
func (x *extractor) networkOwnedTitle(i, j int) (int, int) {
	m := i + 1
	for m < j && m < i+4 && x.toks[m].kind != tPoss {
		m++
	}
	if m >= j || x.toks[m].kind != tPoss || !x.isNetwork(x.span(i, m)) {
		return i, i
	}
	return x.possOwnedTitle(i, m, j)
}
