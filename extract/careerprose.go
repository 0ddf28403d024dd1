package extract

// A career told in running prose, as obituaries and profiles tell it: the
// performer is the name or the "he" or "she" the sentence opens with, and
// the works come after a clause or a possessive. "He built up a career which
// spanned five decades, appearing in shows such as T1 and T2", "She won a
// prize, which she followed with roles in T1 and T2", "He was a regular on
// T", "Her breakout role as C in T".

import (
	"cmp"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// careerProseWords are the words careerProseRule reads at.
var careerProseWords = wordMask("regular", "appearing", "starring", "followed", "adaptation", "portrayal", "called", "named", "joined", "performance", "came", "among", "shooting", "filming", "my", "debut", "debuting", "outing", "appearance", "cameo", "last", "latest", "previous", "final")

// careerProseTokens are the words the rule reads at: careerProseWords and
// "role" (read where the sentence has "as" too).
var careerProseTokens = unionMask(careerProseWords, wordMask("role"))

// careerProseRule reads a performer's works told after a clause: ",
// appearing in shows such as T1 and T2" and ", starring in T" closing a
// sentence that opens with the performer; ", which she followed with roles
// in T1 and T2"; "he was a regular on T", "she became a series regular in
// T". The performer is the person the sentence opens with, by name or by
// pronoun (pronounPerson), when no other person is named before the words.
func (x *extractor) careerProseRule() {
	if !x.sentHasAnyWord(careerProseWords) && !(x.sentHasWord(bitRole) && x.sentHasWord(bitAs)) {
		return // no word it reads at, nor "role" with "as"
	}
	t := x.toks
	if len(t) > 3 {
		x.lastKindWas(1) // "Her last telenovela was 2021's T"
		for k := len(t) - 2; k < len(t); k++ {
			if t[k].low == "debut" && !t[k].cap {
				x.markedDebut(k) // "T, which marked A and B's debut.": past the loop's last word
			}
		}
	}
	for k := 2; k+2 < len(t); k++ {
		if !careerProseTokens.mayHold(&t[k]) || x.inBr[k] || t[k].cap || t[k].kind != tWord {
			continue // each reading below starts at one of the words
		}
		at, who := 0, -1
		switch l := t[k].low; {
		case l == "portrayal" && (t[k-1].low == "his" || t[k-1].low == "her"):
			// "He was best known for his portrayal of C in the sitcom T";
			// "his portrayal C in T", the "of" left out
			x.portrayalOf(k)
			continue
		case (l == "called" || l == "named") && t[k-1].has(cGenreNouns) && !t[k-1].cap && x.titleStarts(k+1):
			// "to appear in a TV series called T"
			v := x.calledIn(k - 1)
			e := x.titleAt(k+1, false)
			if v < 0 || e <= k+1 {
				continue
			}
			ti := unquote(x.span(k+1, e))
			if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
				continue
			}
			if p := x.openerPerson(v); p != "" {
				x.add(graph.KindCast, p, ti, "", "")
			}
			continue
		case l == "came" && t[k+1].low == "in" && (t[k-1].low == "role" || t[k-1].low == "part" || t[k-1].low == "appearance"):
			// "The actor's final role came in 2010's T", "Her first screen
			// role came in T"
			p := x.roleOwner(k - 1)
			if p == "" {
				continue
			}
			at := x.titlePrefix(k + 2)
			e := x.andTheTitleEnd(x.titleAt(at, false))
			if e <= at || !x.titleStarts(at) {
				continue
			}
			if ti := unquote(x.span(at, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) && x.tok(e).kind != tPoss {
				x.add(graph.KindCast, p, ti, "", "")
			}
			continue
		case l == "shooting" || l == "filming":
			// "X finished shooting historical film T"
			x.shootingWork(k)
			continue
		case l == "debut" || l == "debuting":
			// "X made his debut on T as C"
			x.debutOn(k)
			x.markedDebut(k) // "T, which marked A and B's debut"
			continue
		case l == "outing" || l == "appearance":
			// "His last Bollywood outing was T"
			x.outingWas(k)
			continue
		case l == "last" || l == "latest" || l == "previous" || l == "final":
			x.lastKindWas(k) // "X's last television series was the 2018 show ‘T’"
			continue
		case l == "role" && t[k+1].low == "as":
			// "his role as a racist police superintendent, C, in T"
			x.roleAsDescribed(k)
			continue
		case l == "cameo":
			// "a supporting role and a cameo in “T”"
			x.cameoIn(k)
			continue
		case l == "my":
			// "one role that comes to mind is my role in “T”"
			x.myRoleWork(k)
			continue
		case l == "among":
			// "T1, T2 and T3 were among other productions he appeared in"
			x.worksAmong(k)
			continue
		case l == "joined" && t[k+1].low == "the" && x.titleStarts(k+2):
			// "he later joined the T reboot in the role of C"
			x.joinedInRole(k)
			continue
		case l == "performance" && t[k+1].low == "was" && t[k+2].low == "as":
			// "Perhaps his best known performance was as the father of a
			// butler in the 1993 film T"
			x.performanceWasAs(k)
			continue
		case l == "adaptation" && t[k+1].low == "of" && x.sshow != "":
			// "He appeared in the 2005 adaptation of X's novel T": the
			// adaptation is the sentence's show (adaptationTitle)
			v, char := x.adaptationVerb(k), ""
			if v < 0 {
				v, char = x.adaptationAsChar(k) // "seen as C in the BBC's adaptation of T"
			}
			if v < 0 || x.skey(x.adaptedTitleAt(k)) != x.skey(x.sshow) {
				continue
			}
			ps := x.subjectsBefore(v, 0)
			if len(ps) == 0 {
				if p := x.openerPerson(v); p != "" {
					ps = []string{p}
				}
			}
			for _, p := range ps {
				x.add(graph.KindCast, p, x.sshow, char, "")
			}
			continue
		case (l == "appearing" || l == "starring") && t[k-1].text == "," && t[k+1].low == "in":
			// ", appearing in shows such as T1, T2 and T3"
			at, who = k+2, k-1
		case (l == "appearing" || l == "starring") && careerThenWordsIDs.has(t[k-1].id) && t[k-2].text == "," && t[k+1].low == "in":
			// ", later starring in T1, T2 and T3", ", also appearing in T"
			at, who = k+2, k-2
		case l == "followed" && t[k+1].low == "with" && (t[k-1].low == "he" || t[k-1].low == "she") && t[k-2].low == "which" && x.tok(k-3).text == "," &&
			careerProseRolesIDs.has(x.tok(k+2).id) && (x.tok(k+3).low == "in" || x.tok(k+3).low == "on"):
			// ", which she followed with roles in T1 and T2"
			at, who = k+4, k-3
		case l == "regular" && (t[k+1].low == "on" || t[k+1].low == "in"):
			// "he was a regular on T", "she became a series regular in T"
			a := k - 1
			if t[a].low == "series" || t[a].low == "semi" {
				a--
			}
			b := a - 1
			if l := x.tok(b).low; l == "previously" || l == "also" || l == "once" || l == "later" || l == "formerly" || l == "briefly" {
				b-- // "Rudd was previously a series regular on T"
			}
			if x.tok(a).low != "a" || !careerProseBeIDs.has(x.tok(b).id) {
				continue
			}
			at, who = k+2, b
		default:
			continue
		}
		titles := x.titleList(at)
		if len(titles) == 0 {
			if kt := x.kindTitleAt(at); kt > 0 {
				titles = x.titleList(kt) // "a regular on the soap T"
			} else if ct := x.countedWorksAt(at); ct > 0 {
				titles = x.titleList(ct) // "appearing in numerous dramas such as T1 and T2"
			}
		}
		if len(titles) == 0 {
			continue
		}
		p := x.openerPerson(who)
		if p == "" {
			continue
		}
		for _, ti := range titles {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
				x.add(graph.KindCast, p, ti, "", "")
			}
		}
	}
}

// careerProseRoles are the nouns of "which she followed with roles in T".
var careerProseRoles = set(`roles parts appearances turns stints`)

// careerProseBe are the verbs before "a regular on T".
var careerProseBe = set(`was is became becomes been be`)

// openerPerson is the person the sentence opens with, by name or by "he" or
// "she" (pronounPerson), when no other person is named before k; or "".
func (x *extractor) openerPerson(k int) string {
	p, from := "", 0
	if e := x.subjectEnd(); e > 0 && e <= k {
		p, from = x.subject(), e
	} else if st := x.introEnd(); st < k && (x.tok(st).low == "he" || x.tok(st).low == "she") {
		p, from = x.pronounPerson(st), st+1
	} else if n := x.theStarNoun(st); n > 0 && n < k-1 {
		// "The actor was best known for", "The Boston-born actor first
		// rose to fame": the person the paragraph or the article's lead
		// opened with
		p, from = cmp.Or(x.careerOwner(), x.mainPerson()), n+1
		if x.tok(n).low == "actress" && p == x.mainPerson() && x.leadGender() == 'm' || x.tok(n).low == "actor" && x.mainGender() == 'f' && p == x.mainPerson() {
			p = ""
		}
	}
	if p == "" {
		return ""
	}
	for m := from; m < k; m++ {
		if !x.toks[m].cap {
			continue
		}
		if e := x.personAt(m); e > m && x.knownPerson(x.span(m, e)) != "" {
			return "" // "He married Y, starring in T": whose credit is unclear
		}
	}
	return p
}

// pronounPerson is the person a "he", "she", "his" or "her" at j that
// opens its sentence names: the person an earlier sentence of the
// paragraph opened with (careerOwner), else the one person the paragraph
// named before it, else the article's lead person where the article's
// pronouns are of the pronoun's gender (pronounNamed); or "".
func (x *extractor) pronounPerson(j int) string {
	if p := x.careerOwner(); p != "" {
		return p
	}
	return x.pronounNamed(j)
}

// leadOfPronoun is the article's lead person where the "he", "she", "his"
// or "her" at j is of the gender of the article's pronouns; or "".
func (x *extractor) leadOfPronoun(j int) string {
	if x.mainPerson() == "" {
		return ""
	}
	switch g := x.leadGender(); x.tok(j).low {
	case "he", "his":
		if g == 'm' {
			return x.mainPerson()
		}
	case "she", "her":
		if g == 'f' {
			return x.mainPerson()
		}
	}
	return ""
}

// possRoleSubject is the performer of "His breakout role as C in T", "Her
// first role was as C in T" ("as" at k): the person the possessive opening
// the sentence names (pronounPerson); or nil.
func (x *extractor) possRoleSubject(k int) []string {
	m := k - 1
	if l := x.tok(m).low; l == "was" || l == "came" {
		m--
	}
	if l := x.tok(m).low; l != "role" && l != "part" && l != "turn" {
		return nil
	}
	p := m - 1
	for q := 0; q < 3 && p > 0 && x.toks[p].kind == tWord && !x.toks[p].cap && x.toks[p].low != "his" && x.toks[p].low != "her"; q++ {
		p-- // "breakout", "most famous", "first"
	}
	if l := x.tok(p).low; l != "his" && l != "her" || p != x.introEnd() {
		return nil
	}
	if o := x.pronounPerson(p); o != "" {
		return []string{o}
	}
	return nil
}

// listItemOpen reports whether a title at i opens an item of a list of
// works that "such as", "like" or "including" introduces: "shows such as
// T1, Foyle's War and T3", where a one-word possessive is no maker's.
func (x *extractor) listItemOpen(i int) bool {
	for m := i - 1; m > 0 && m > i-16; m-- {
		switch l := x.toks[m].low; {
		case l == "as":
			return x.toks[m-1].low == "such"
		case l == "like" || l == "including":
			return true
		case x.toks[m].kind == tPunct && l != "," || x.toks[m].kind == tPoss:
			return false
		}
	}
	return false
}

// listPossTitle reports whether the possessive at j, after one word, is
// inside a title of a list of works (listItemOpen): "Foyle's War" in
// "shows such as T1, Foyle's War and T3", one capitalized word after it and
// the list going on or ending.
func (x *extractor) listPossTitle(j int) bool {
	i, t := j-1, x.toks
	if i < 2 || j+1 >= len(t) || t[j].kind != tPoss || !t[i].cap || t[i].kind != tWord || !t[j+1].cap || t[j+1].kind != tWord ||
		t[j+1].has(cStopWords|cGenreNouns) || t[i].has(cNetworks) || x.startsName(i) {
		return false
	}
	if j+2 < len(t) && t[j+2].text != "," && t[j+2].low != "and" && t[j+2].text != "." {
		return false
	}
	return x.listItemOpen(i)
}

// obituary reports whether the article's opening tells of a person's death
// ("Actor X has died aged 88", "X passed away on Tuesday"): the article is
// about the person, and the shows of their career are none of them its own.
func (x *extractor) obituary() bool {
	if x.memo == nil {
		return obituaryText(x.sents)
	}
	if x.memo.obit == 0 {
		x.memo.obit = 1 + uint8(boolInt(obituaryText(x.sents)))
	}
	return x.memo.obit == 2
}

// obituaryText is obituary, read anew: the article's sentences are the
// same in both readings, so it is read once an article.
func obituaryText(sents []sentence) bool {
	for i := 0; i < len(sents) && i < 3; i++ {
		if !deathWordIn(sents[i].toks) {
			continue // no phrase below can be in the text
		}
		if deathPhraseIn(sents[i].text) {
			return true
		}
	}
	return false
}

// deathPhraseIn reports whether text holds one of deathPhrases: each opens
// with a space, so it reads text from space to space and compares only the
// phrases whose first two letters follow, where a search of the whole text
// for each phrase read it thirteen times.
func deathPhraseIn(text string) bool {
	for i := strings.IndexByte(text, ' '); i >= 0 && i+2 < len(text); {
		for _, d := range deathPhraseStarts[text[i+1]] {
			if d[2] == text[i+2] && strings.HasPrefix(text[i:], d) {
				return true
			}
		}
		j := strings.IndexByte(text[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// deathPhraseStarts are deathPhrases by the byte after their space.
var deathPhraseStarts = func() (by [256][]string) {
	for _, d := range deathPhrases {
		by[d[1]] = append(by[d[1]], d)
	}
	return by
}()

// deathPhrases tell of a person's death in an obituary's opening, not of a
// story's ("a boy who dies under the care of ...").
var deathPhrases = []string{" has died", " dies aged", " dies at ", " died aged", " died at the age", " has passed away", " passed away aged", " passed away at ", " dead at ",
	" Dead at ", " Dies at ", " Dies Aged ", " Has Died"} // a title-case headline: "X Dead at 94"

// deathWordIn reports whether a token of toks starts with the word after
// the space of a death phrase ("died", "dies", "passed", "dead"): a text
// without one holds none of deathPhrases, and the tokens are cheaper to
// read than the text is to search nine times.
func deathWordIn(toks []token) bool {
	for k := range toks {
		if l := toks[k].low; len(l) >= 4 && (l[:4] == "died" || l[:4] == "dies" || l[:4] == "dead" || l[:4] == "pass") {
			return true
		}
	}
	return false
}

// pastLead reports whether sentence i comes after the article's lead, its
// first sentence past the headline: an obituary's later sentences name the
// shows of a career, none of them the article's own.
func (x *extractor) pastLead(i int) bool {
	for j := 0; j < i; j++ {
		if !x.sents[j].head {
			return true
		}
	}
	return false
}

// adaptationIn reads back from "adaptation" at k to the "in" before it:
// "in the 2005 adaptation", "in the BBC's adaptation", "in a stage
// adaptation". It returns the index of "in", or -1.
func (x *extractor) adaptationIn(k int) int {
	m := k - 1
	for q := 0; q < 3 && m > 0 && (x.toks[m].kind == tNum && len(x.toks[m].text) == 4 || x.toks[m].has(cNetworks) || x.toks[m].kind == tPoss && x.toks[m-1].has(cNetworks) ||
		x.toks[m].kind == tWord && !x.toks[m].cap && !x.toks[m].has(cStopWords)); q++ {
		m-- // "2005", "BBC's", "acclaimed"
	}
	if l := x.tok(m).low; l == "the" || l == "an" || l == "a" {
		m--
	}
	if x.tok(m).low != "in" || m < 1 {
		return -1
	}
	return m
}

// adaptationVerb is the index of a performer's verb before "in" the
// adaptation at k, "appeared in the 2005 adaptation", or -1.
func (x *extractor) adaptationVerb(k int) int {
	m := x.adaptationIn(k)
	if m < 1 {
		return -1
	}
	switch x.toks[m-1].low {
	case "appeared", "starred", "appearing", "starring", "featured", "co-starred":
		return m - 1
	}
	return -1
}

// adaptationTitle is the title of an adaptation someone is in, "appeared
// in the 2005 adaptation of X's novel T", "played C in the BBC's
// adaptation of T": the sentence's show where nothing else named one; or
// "".
func (x *extractor) adaptationTitle() string {
	for k := 1; k+2 < len(x.toks); k++ {
		if x.toks[k].low == "adaptation" && x.toks[k+1].low == "of" && !x.inBr[k] && x.adaptationIn(k) >= 0 {
			if ti := x.adaptedTitleAt(k); ti != "" {
				return ti
			}
		}
	}
	return ""
}

// adaptedTitleAt is the title of the adaptation at k ("adaptation of"):
// the work's after a source's possessive and noun (adaptedWorkTitle), or
// the one right after "of"; or "".
func (x *extractor) adaptedTitleAt(k int) string {
	if ti := x.adaptedWorkTitle(k); ti != "" {
		if x.isNetwork(ti) {
			return ""
		}
		return ti
	}
	if e := x.titleAt(k+2, false); e > k+2 && x.titleStarts(k+2) && x.tok(e).kind != tPoss && !x.personShaped(k+2, e) && x.knownPerson(x.span(k+2, e)) == "" && !x.isNetwork(x.span(k+2, e)) {
		return unquote(x.span(k+2, e)) // "the BBC's adaptation of The Red Tower"
	}
	return ""
}

// portrayalOf reads "his portrayal of C in T" at k ("portrayal"): the
// person the sentence opens with, by name or pronoun, plays C in T.
func (x *extractor) portrayalOf(k int) {
	c := k + 1
	if x.tok(c).low == "of" {
		c++
	}
	ce := x.charAt(c)
	if ce <= c || x.tok(ce).low != "in" && x.tok(ce).low != "on" || !x.tok(c).cap {
		return
	}
	at := x.titlePrefix(ce + 1)
	if kt := x.kindTitleAt(ce + 1); kt > 0 {
		at = kt // "in the political sitcom T"
	} else if x.tok(at).text == "," && x.titleStarts(at+1) {
		at++ // "in the sitcom, T"
	}
	e := x.titleAt(at, false)
	if e <= at || !x.titleStarts(at) {
		return
	}
	if e == at+1 && x.tok(e).text == "," && x.titleStarts(e+1) {
		// "the sitcom, Yes, Prime Minister and its sequel": one word and a
		// comma open the title that the clause's end closes
		if e2 := x.titleAt(e+1, false); e2 > e+1 && e2-e <= 4 && x.tok(e2).kind != tPoss {
			if l := x.tok(e2).low; l == "and" || l == "." || l == "," || l == "which" {
				e = e2
			}
		}
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
		return
	}
	if p := x.openerPerson(k - 1); p != "" {
		x.add(graph.KindCast, p, ti, x.span(c, ce), "")
	}
}

// theStarNoun reads, at st, "The actor" or "The Boston-born actress"
// opening a sentence, the noun followed by no name: it returns the index of
// the noun, or 0.
func (x *extractor) theStarNoun(st int) int {
	if x.tok(st).low != "the" {
		return 0
	}
	m := st + 1
	if x.tok(m).cap && x.tok(m+1).cap && strings.HasSuffix(x.tok(m+1).low, "-born") {
		m++ // "The Los Angeles-born actor"
	}
	for q := 0; q < 2 && x.tok(m).kind == tWord && !titleStarNounsIDs.has(x.tok(m).id) && !x.prizeHolder(m) && (strings.Contains(x.tok(m).low, "-") || !x.tok(m).cap && !x.tok(m).has(cStopWords) || starPrize(x.tok(m))); q++ {
		m++ // "Boston-born", "veteran", "Oscar"
	}
	if l := x.tok(m).low; !titleStarNouns[l] && !x.prizeHolder(m) || x.tok(m).cap || x.tok(m+1).cap {
		return 0 // "The Oscar winner", "The Emmy nominee" too
	}
	return m
}

// calledIn reads back from a genre noun at g before "called" to a
// performer's verb and "in": "appear in a TV series called", "starred in
// the film named". It returns the verb's index, or -1.
func (x *extractor) calledIn(g int) int {
	m := g - 1
	for q := 0; q < 3 && m > 0 && (x.toks[m].has(cNetworks|cGenreNouns|cFormatWords) || x.toks[m].kind == tWord && !x.toks[m].cap && !x.toks[m].has(cStopWords)); q++ {
		m-- // "TV", "new"
	}
	if l := x.tok(m).low; l == "a" || l == "an" || l == "the" {
		m--
	}
	if x.tok(m).low != "in" || m < 1 {
		return -1
	}
	switch x.toks[m-1].low {
	case "appear", "appeared", "appearing", "appears", "star", "starred", "starring", "stars", "role", "part":
		return m - 1
	}
	return -1
}

// joinedInRole reads "joined the T reboot in the role of C" at k
// ("joined"): the person the sentence opens with plays C in T.
func (x *extractor) joinedInRole(k int) {
	e := x.titleAt(k+2, false)
	if e <= k+2 {
		return
	}
	m := e
	if l := x.tok(m).low; !x.tok(m).cap && (l == "reboot" || l == "revival" || l == "remake" || l == "cast" || l == "series" || x.tok(m).has(cGenreNouns)) {
		m++
	}
	if x.tok(m).low != "in" || x.tok(m+1).low != "the" || x.tok(m+2).low != "role" || x.tok(m+3).low != "of" {
		return
	}
	c := m + 4
	for q := 0; q < 2 && x.tok(c).kind == tWord && !x.tok(c).cap && !x.tok(c).has(cStopWords); q++ {
		c++ // "politician"
	}
	ce := x.charAt(c)
	if ce <= c || !x.tok(c).cap {
		return
	}
	ti := unquote(x.span(k+2, e))
	if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
		return
	}
	if p := x.openerPerson(k); p != "" {
		x.add(graph.KindCast, p, ti, x.span(c, ce), "")
	}
}

// performanceWasAs reads "his best known performance was as C in the 1993
// film T" at k ("performance"): the person the possessive names plays in
// T, C where a name follows "as".
func (x *extractor) performanceWasAs(k int) {
	p := k - 1
	for q := 0; q < 4 && p > 0 && x.toks[p].kind == tWord && !x.toks[p].cap && x.toks[p].low != "his" && x.toks[p].low != "her"; q++ {
		p-- // "best known movie"
	}
	if l := x.tok(p).low; l != "his" && l != "her" {
		return
	}
	if st := x.introEnd(); p != st && !(p == st+1 && x.tok(st).low == "perhaps") {
		return
	}
	char := ""
	if ce := x.charAt(k + 3); ce > k+3 && x.tok(k+3).cap {
		char = x.span(k+3, ce)
	}
	for m := k + 3; m < len(x.toks) && m < k+16; m++ {
		if x.toks[m].kind == tPunct {
			return
		}
		if x.toks[m].low != "in" {
			continue
		}
		at := x.titlePrefix(m + 1)
		if at == m+1 || !x.tok(at-1).has(cGenreNouns) && !x.titleStarts(m+1) {
			at = m + 1
		}
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			return
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) || x.tok(e).kind == tPoss {
			return
		}
		if o := x.pronounPerson(p); o != "" {
			x.add(graph.KindCast, o, ti, char, "")
		}
		return
	}
}

// roleOwner is the person whose role the noun at r is, the sentence opening
// with the owner's possessive: "The actor's last role", "X's breakthrough
// role"; or "".
func (x *extractor) roleOwner(r int) string {
	p := r - 1
	for q := 0; q < 3 && p > 0 && x.toks[p].kind == tWord && !x.toks[p].cap && x.toks[p].low != "his" && x.toks[p].low != "her"; q++ {
		p-- // "final", "first screen"
	}
	st := x.introEnd()
	if x.tok(p).kind != tPoss {
		return "" // "His final role came in T": roleCameRule's
	}
	if n := x.theStarNoun(st); n > 0 && n == p-1 {
		return cmp.Or(x.careerOwner(), x.mainPerson()) // "The actor's final role"
	}
	if ps := x.personBefore(p); ps == st && ps < p {
		return x.knownPerson(x.span(ps, p)) // "X's breakthrough role"
	}
	return ""
}

// starPrize reports whether t names a prize a performer is called the
// winner of: "The Oscar winner", "The Emmy nominee" ("Oscar" is no award
// word elsewhere: a given name too).
func starPrize(t *token) bool {
	return t.cap && (t.has(cAward) || t.low == "oscar" || t.low == "tony")
}

// prizeHolder reports whether "winner" or "nominee" at m follows a prize's
// name: "The Oscar winner".
func (x *extractor) prizeHolder(m int) bool {
	l := x.tok(m).low
	return (l == "winner" || l == "nominee") && m > 0 && starPrize(x.tok(m-1))
}

// careerThenWords stand between the comma and the participle of ", later
// starring in T1 and T2".
var careerThenWords = set(`later also then subsequently eventually afterwards again`)

// lastKindWas reads, at "last", "latest", "previous" or "final" (k), a kind
// of work and "was" or "is" for outingWas: "Her last telenovela was 2021's
// T", "X's last television series was the 2018 show ‘T’".
func (x *extractor) lastKindWas(k int) {
	switch x.tok(k).low {
	case "last", "latest", "previous", "final":
	default:
		return
	}
	t := x.toks
	for j := k + 1; j < k+4 && j+1 < len(t); j++ {
		if t[j].has(cGenreNouns) && !t[j].cap && (t[j+1].low == "was" || t[j+1].low == "is") {
			x.outingWas(j)
			return
		}
	}
}
