package extract

// A lead sentence that casts its person in a title to come, "X will star in
// T", "X is set to star in T", "X has landed a role in T": T is the show
// the article is about, the show of the sentences that follow ("He plays
// C").

import (
	"cmp"
	"strings"
)

// starInTitle reads "X will star in T", "is set to star in T", "will also
// appear in T", "has landed a role in T" in the lead: T, or "". Not a
// relative clause's ("X, who will star in T, ...") nor a past credit
// ("X starred in T").
func (x *extractor) starInTitle() string {
	if !x.sentHasAnyWord(starInMask) {
		return ""
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if t[k].low != "in" || t[k].cap || x.inBr[k] {
			continue
		}
		v := k - 1
		switch t[v].low {
		case "star", "appear", "feature", "co-star":
			a := v - 1
			if t[a].low == "also" {
				a--
			}
			if l := t[a].low; l != "will" && l != "to" {
				continue
			}
		case "role", "part":
			if l := t[v-1].low; l != "a" && l != "the" || !landsRoleIDs.has(t[v-2].id) {
				continue // "has landed a role in T", "bagged the lead role in T" is read by the role rules
			}
		default:
			continue
		}
		relative := false
		for m := v - 1; m >= 0 && m >= v-5; m-- {
			if t[m].low == "who" || t[m].low == "which" || t[m].text == "(" {
				relative = true
			}
		}
		if relative {
			continue
		}
		at := x.skipOwner(k + 1)
		e := x.titleAt(at, false)
		if e <= at {
			continue
		}
		title := x.span(at, e)
		if x.isNetwork(title) || describes(unquote(title)) || x.knownPerson(title) != "" || x.personShaped(at, e) && x.startsName(at) || x.tok(e).kind == tPoss || notTitle(title) {
			continue
		}
		return title
	}
	return ""
}

// starInMask holds the words before "in" that starInTitle reads.
var starInMask = wordMask("star", "appear", "feature", "co-star", "role", "part")

// landsRole are the verbs of a performer's getting a part: "has landed a
// role in T".
var landsRole = set(`landed lands bagged bags scored scores won wins got gets`)

// leadStarIn is starInTitle for the headline and the sentence after it.
func (x *extractor) leadStarIn(i int) string {
	if i > 1 {
		return ""
	}
	title := cmp.Or(x.starInTitle(), x.leadExitTitle())
	if title != "" && i == 0 && x.s.head && strings.Count(x.a.Text, title) <= strings.Count(x.s.text, title) && !(lowerHeadline(x.toks) && headlineTitleEnds(x.s.text, title)) { // strings.Count of "" counts the runes
		return "" // a title-case headline's title the body does not name: "X to Star in Live Adaptation of a Popular Manga"
	}
	return title
}

// headlineTitleEnds reports whether title, in the headline text, ends
// there: the headline's end, a mark, or a word that goes on about the
// same show ("as C", "alongside Y", "T season 2", "T drama"), not one that
// makes it another's ("T director's next film", "T remake").
func headlineTitleEnds(text, title string) bool {
	i := strings.Index(text, title)
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(text[i+len(title):])
	if rest == "" || strings.IndexByte(",:;(–—-|!?.", rest[0]) >= 0 {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return headlineTitleGoesOn[strings.ToLower(strings.TrimRight(w, ",:;"))]
}

// headlineTitleGoesOn follow a headline's title of the same show: "X to
// star in T as C", "T alongside Y", "T season 2", "T drama".
var headlineTitleGoesOn = set(`as alongside opposite with season series drama film movie anime`)

// lowerHeadline reports whether a headline is written in sentence case,
// its verb of casting in lower case too ("X to star in T"), where title
// case capitalizes it ("X to Star in T"): its capitalized words past the
// first are names, the show's among them, not a description's.
func lowerHeadline(t []token) bool {
	if sentenceCase(t) {
		return true
	}
	for i := 1; i < len(t); i++ {
		if t[i].kind == tWord && !t[i].cap && starInWords[t[i].low] {
			return true
		}
	}
	return false
}

// starInWords are verbs and nouns of a part that title case capitalizes:
// "star", "stars", "appear", "role".
var starInWords = set(`star stars starring appear feature co-star role part`)

// leadExitTitle reads the lead's performer leaving, pausing or coming back,
// "X is leaving T", "X has quit T", "X has been written out of T", "X is
// returning to T", "X is taking a break from T": T, or "".
func (x *extractor) leadExitTitle() string {
	if !x.sentHasAnyWord(exitVerbMask) && !x.sentHasAnyWord(leadExitMask) {
		return ""
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].cap || x.inBr[k] {
			continue
		}
		at := -1
		switch l := t[k].low; {
		case exitVerbMask.mayHold(&t[k]) && exitVerbsIDs.has(t[k].id):
			at = k + 1
		case (l == "returning" || l == "returns" || l == "return") && t[k+1].low == "to",
			(l == "break" || l == "hiatus") && t[k+1].low == "from":
			at = k + 2
		case l == "written" && t[k+1].low == "out" && x.tok(k+2).low == "of":
			at = k + 3
		}
		if at < 0 || len(x.subjectsBefore(k, 0)) == 0 {
			continue
		}
		at = x.skipOwner(at)
		e := x.titleAt(at, false)
		if e <= at || exitNotShowIDs.has(t[at].id) {
			continue
		}
		title := x.span(at, e)
		if x.isNetwork(title) || describes(unquote(title)) || x.knownPerson(title) != "" || x.personShaped(at, e) && x.startsName(at) || x.tok(e).kind == tPoss || notTitle(title) || placeWords[strings.ToLower(title)] {
			continue
		}
		return title
	}
	return ""
}

// leadExitMask holds the words before the show that leadExitTitle reads
// besides the verbs of leaving.
var leadExitMask = wordMask("returning", "returns", "return", "break", "hiatus", "written")

// agencyWords speak for a performer: "X's agency confirmed that he will
// appear in T" is news of X, whom the pronoun after it names.
var agencyWords = set(`agency label representative representatives rep reps management spokesperson spokesman spokeswoman publicist camp`)

// reportedPronoun is the person a "he" or "she" before the verb at v names
// after a report of the sentence's subject: "X's agency confirmed that he
// will", "X said she would"; "" otherwise.
func (x *extractor) reportedPronoun(v int) string {
	j := v - 1
	for j > 0 && x.tok(j).has(cAuxWords) && !x.tok(j).cap {
		j--
	}
	if l := x.tok(j).low; l != "he" && l != "she" || j < 1 {
		return ""
	}
	if p := x.tok(j - 1).low; p != "that" && !reportVerbs[p] {
		return ""
	}
	if x.subjectEnd() > 0 && x.subjectEnd() < j {
		return x.subject()
	}
	return ""
}
