package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Cast and role constructions of entertainment news read here:
//
//   - a lead named by the part: "X would be the male lead for T", "Y will
//     be the female lead" (the sentence's show; not "the lead singer");
//   - a double role: "X will play the dual roles of A and B", "X plays a
//     double role as A and B", "playing two characters as A and B" (one
//     performer, each character);
//   - an obituary's "Another notable role came in T, in which he played
//     Alzheimer's disease sufferer C" opening a paragraph (the article's
//     lead person; followups.go);
//   - "he" or "she" with nobody named before in the paragraph: the article's
//     lead person, whose gender the lead's noun ("Actress X") or else the
//     article's pronouns give (an obituary's "he starred alongside Y in T");
//   - co-stars in a chain: "he starred alongside A in movie T1 and with
//     Oscar winner B in 1981 film T2" (the subject and B in T2 too;
//     pairings.go, with sharing the screen and pairings below);
//   - a title's character after a play verb: "best known for playing
//     Battlestar: Galactica's Captain Apollo" (roles.go; a title of more
//     than one word or one the article credits, not "plays Anna's Tom");
//   - "She will star in T" opening the paragraph under a numbered heading
//     that names her ("4. Lee Sun Bin"): the heading's person, not the one
//     the section before spoke of; "She will star in the new JTBC series
//     T" (a title after describing words, a network and a genre noun);
//   - a title-case headline "X Joins Netflix Drama 'T'", "X Boards HBO
//     Series T" (the network and the genre noun are no part of the title);
//   - "T has cast X. The former U actor will play C" (also "the U
//     veteran", "the U alum"): the person last credited where no sentence
//     opened with one, cast in U too; "T has also cast X"; "the former U
//     star" is no list of people (lists.go);
//   - a part described, not named, in a cast line-up: "X is the corrupt
//     police chief", "Meanwhile, veteran actress Y is Seo Ah's mother"
//     (cast in the sentence's show; not "X is the director", "X is the
//     youngest", "X is Kim's wife" where Kim is a person);
//   - "X will be seen in a crucial (significant, prominent) role";
//   - sharing the screen: "A and B shared screen space in T", "X will share
//     the screen with Y in T", "T, where he will share the screen with Y"
//     (all of them in T);
//   - a review's aside "X, as his estranged wife C, matches him" (any verb
//     after the aside; workcues.go);
//   - "X has joined the cast of T on NBC to play a character named C" (the
//     network after "on" is no name: people.go);
//   - "The series will be led by T star X, as detective C, who ..." (the
//     name after "by" or a performer noun, then an aside of the role);
//   - "C will be played by the talented X"; "C1, played by A, and C2,
//     portrayed by B" (roles.go);
//   - a roundup's entry "The first movie to release in 2015 is T" (T is the
//     show of what follows);
//   - "played by A and B (T)" in a casting sentence: the bracket is B's
//     earlier work alone (brackets.go; "A and B (“T”)", "Rising stars A
//     and B (T) feature" still credit both);
//   - "Also attached (set) to star are A and B" (lists.go); a list that
//     ends in "or" after commas: "names such as A, B or C";
//   - "T, in which he starred opposite Y" (both in T), "a familiar face in
//     T, where he played publican C" (followups.go); the next sentence's
//     "The acclaimed coming of age drama also starred A, B and C" (T's
//     cast: the genre noun names the title just credited);
//   - "X (T1, T2) is adult C" (a bracket of earlier work before "is":
//     isroles.go);
//   - "X has boarded T as C" (workcues.go); "C is brought to life by X";
//   - a pairing: "T will have X paired opposite Y", "X has been paired
//     with Y in T" (both cast);
//   - "X previously starred in the hit series T as C" (a title after a
//     genre noun is no name before "as": people.go);
//   - a review's fronted participle: "Playing the villain, Ray Cole, X is
//     chilling", "Portraying C, Y delivers";
//   - an interview's "In T you play the role of C" (interviews.go: the person the
//     headline opens with, "Actor X talks to us about ...", "X On Her
//     Role In T": people.go); "my character in T, C, was a challenge";
//     a question's list "What aspects of C1 from T1, C2 from T2, and even
//     C3 from T3 were you able to identify with?" (each the interviewee's).
//   - "his older brother Nano (Money Heist's Jaime Lorente)": a character
//     of one word, then an actor's full name after a title's possessive
//     (brackets.go);
//   - "X (The Marigold Hotel movies)": plural format words (films, movies,
//     shows, dramas) after a title (words.go);
//   - "as C in Birmingham-based gang drama", "on the US soap": a show
//     described, not named, gives no credit (roles.go);

// leadPartAt reports whether "the male lead", "the female lead", "the second
// lead" or "the heroine" stands at i, ending the clause or before "for",
// "in" or "of" (not "the lead singer").
func (x *extractor) leadPartAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	m := i + 1
	switch x.tok(m).low {
	case "male", "female", "main", "second", "new":
		m++
	}
	p := x.tok(m)
	if p.cap || !leadWordsIDs.has(p.id) || p.low == "villain" || p.low == "antagonist" {
		return false
	}
	n := x.tok(m + 1)
	return n.kind == tPunct || m+1 >= len(x.toks) || n.low == "for" || n.low == "in" || n.low == "of" || n.low == "role"
}

// dualRoleAt reports whether the characters a play verb or "as" at k reads
// at obj are one performer's double role: "the dual roles of A and B", "a
// double role as A and B", "two characters as A and B".
func (x *extractor) dualRoleAt(k, obj int, isAs bool) bool {
	i, j := obj, obj+1 // the number word, the part noun
	if isAs {
		i, j = k-2, k-1
	} else if l := x.tok(i).low; l == "the" || l == "a" {
		i, j = i+1, j+1
	}
	switch x.tok(i).low {
	case "dual", "double", "twin", "two":
	default:
		return false
	}
	switch x.tok(j).low {
	case "role", "roles", "characters", "parts":
		return isAs || x.tok(j+1).low == "of"
	}
	return false
}

// leadGender is the gender of the person the article's lead opens with:
// the lead's noun's ("Actress X"), else the article's pronouns', where
// nearly all are of one gender ("he", "his", "him" against "she", "her")
// and the headline names the person; else 0.
func (x *extractor) leadGender() byte {
	if x.mainGender() != 0 {
		return x.mainGender()
	}
	if x.pronounSex == 0 {
		x.pronounSex = '-'
		m, f := 0, 0
		about := false // the headline names the lead's person: the article is about them
		last := x.mainPerson()[strings.LastIndexByte(x.mainPerson(), ' ')+1:]
		for i := range x.sents {
			if x.sents[i].head {
				about = about || x.sents[i].para == 0 && last != "" && strings.Contains(x.sents[i].text, last)
				continue
			}
			for _, t := range x.sents[i].toks {
				switch t.low {
				case "he", "his", "him":
					m++
				case "she", "her", "hers":
					f++
				}
			}
		}
		switch {
		case !about:
		case m >= 2 && m >= 4*f:
			x.pronounSex = 'm'
		case f >= 2 && f >= 4*m:
			x.pronounSex = 'f'
		}
	}
	if x.pronounSex == '-' {
		return 0
	}
	return x.pronounSex
}

// titleCharOK reports whether the title before a possessive and a
// character after a play verb is a show: one the article credits, or one
// of more than one word that is not shaped like a person's name.
func (x *extractor) titleCharOK(title string) bool {
	return x.isShow(title) || hasByte(title, ' ') && x.knownPerson(title) == "" && !x.isNetwork(title)
}

// sectionPronoun is the person "he" or "she" opening a sentence names when
// no name opens it: the person of the section's heading in the heading's
// first paragraph ("4. Lee Sun Bin" over "She will star in T"), else the
// person the sentence before opened with; or "".
func (x *extractor) sectionPronoun() string {
	if x.s.first && x.headPerson != "" && x.subject() == x.headPerson {
		return x.headPerson
	}
	return x.prevSubject()
}

// kindTitleAt reads "the new series T", "the upcoming JTBC drama T",
// "Netflix's new drama T" at i: it returns where the title starts after
// the genre noun, or 0.
func (x *extractor) kindTitleAt(i int) int {
	m := x.skipOwner(i)
	if l := x.tok(m).low; m == i && (l == "the" || l == "his" || l == "her" || l == "their") && !x.tok(m).cap {
		m++ // "the new series T", "his 2007 movie T"
	}
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && (titleAdjectivesIDs.has(x.tok(m).id) || x.tok(m).has(cDescribe)); q++ {
		m++ // "new", "upcoming"
	}
	if w := x.tok(m); w.kind == tNum && len(w.text) == 4 && x.tok(m+1).has(cGenreNouns) && !x.tok(m+1).cap {
		m++ // a year before the genre noun: "his 2007 movie T"
	} else if ti, _, _ := x.yearNounTitle(m); ti > 0 {
		return ti // "the 1984 A B classic T", "the 1959 cult classic T" (yearmakers.go)
	}
	if e := x.titleAt(m, false); e > m && e < m+3 && x.isNetwork(x.span(m, e)) {
		m = e // "the new JTBC series"
	}
	for q := 0; q < 2 && x.tok(m).has(cGenreNouns|cFormatWords) && !x.tok(m).cap; q++ {
		m++
	}
	if m <= i || !x.tok(m-1).has(cGenreNouns) || x.tok(m-1).cap || !x.titleStarts(m) {
		return 0
	}
	return m
}

// headlineKindSkip skips, at i in a title-case headline, a network and a
// genre noun before the title: "X Joins Netflix Drama 'T'", "X Boards HBO
// Series T", "X Joins Drama 'T'". It returns where the title starts, or
// i.
func (x *extractor) headlineKindSkip(i int) int {
	m := i
	for m < i+3 && x.tok(m).cap && x.tok(m).has(cNetworks) {
		m++ // "Netflix", "Apple TV+", "BBC One"
	}
	k := m
	for k < m+2 && x.tok(k).has(cGenreNouns|cFormatWords) {
		k++
	}
	if k == m || !x.titleStarts(k) || m == i && !isQuote(x.tok(k).text) {
		return i // "X Joins Show Me Love": a title that opens with the noun
	}
	return k
}

// titleStarNouns name a performer by a title of theirs: "the Night Ferry
// actor", "the NCIS veteran", "the Glee alum".
var titleStarNouns = set(`actor actress star veteran alum alumna alumnus`)

// titleStarNounWords are the bits of titleStarNouns (mayHold).
var titleStarNounWords = setMask(titleStarNouns)

// titleStarItem reports whether a list's one item is a title before a
// performer noun: "The former Night Ferry star will play C", or before
// "starring" and the cast: "include T starring X" (titleBeforeStarring).
func (x *extractor) titleStarItem(items []item, start, end int) bool {
	p, e := x.tok(start-1), x.tok(end)
	return len(items) == 1 && (!p.cap && (p.low == "former" || p.low == "the") && titleStarNounsIDs.has(e.id) && !e.cap || x.titleBeforeStarring(end))
}

// isPartRule reads a sentence that opens with a full name, "is" and a
// part described, not named, ending the clause: "X is the corrupt police
// chief", "Y is Seo Ah's mother". It reads only where isCharRule would:
// casting words stand near, and the sentence has a show.
func (x *extractor) isPartRule() {
	t := x.toks
	if x.s.head || len(t) < 5 || x.sshow == "" || !x.sentHasWord(bitIs) {
		return
	}
	st := x.introEnd()
	v := -1
	for k := st + 1; k < len(t) && k < st+9; k++ {
		if t[k].low == "is" && !t[k].cap {
			v = k
			break
		}
	}
	if v < 0 || !t[v-1].cap || t[v-1].kind != tWord {
		return
	}
	ps := x.personBefore(v)
	if v-ps < 2 || ps > st && !t[ps-1].has(cPrefixNouns|cDescribe|cCastNouns) && !(t[ps-1].kind == tWord && !t[ps-1].cap && t[ps].cap && x.tok(ps-2).low == "veteran") {
		return // a full name opening the clause, after its describing words
	}
	m := v + 1
	owned := false // "Seo Ah's mother": a relation of a character's
	switch l := x.tok(m).low; {
	case l == "the" || l == "a" || l == "an":
		m++
	case x.tok(m).cap:
		e := x.charAt(m) // "Seo Ah's mother": a character's, not a person's
		if e <= m || x.tok(e).kind != tPoss || x.knownPerson(x.span(m, e)) != "" || x.isShow(x.span(m, e)) {
			return
		}
		m, owned = e+1, true
	default:
		return
	}
	e := m
	for e < len(t) && e < m+4 && t[e].kind == tWord && !t[e].cap && !t[e].has(cStopWords) {
		e++
	}
	if e == m || e-m == 1 && x.tok(m).has(cDescribe) {
		return
	}
	switch x.tok(e).text {
	case ".", ",", ";", "who", "whose", "that":
	default:
		if e < len(t) {
			return
		}
	}
	last := x.tok(e - 1)
	if last.has(cJobNoun|cCastNouns|cPrefixNouns|cGenreNouns|cFormatWords) || strings.HasSuffix(last.low, "est") || partNotNounsIDs.has(last.id) || !owned && kinNounsIDs.has(last.id) {
		return // "X is the director", "X is the youngest", "X is a singer"
	}
	i := x.sentIndex()
	if !x.castContext(i) {
		return
	}
	x.add(graph.KindCast, x.resolve(x.span(ps, v)), x.sshow, "", "")
}

// bitIs is the bit of "is" (sentHasWord).
var bitIs = wordBit("is")

// partNotNouns end an "X is the ..." that names no part in the show.
var partNotNouns = set(`one first last only latest newest favourite favorite winner nominee member host judge guest
	face ambassador model singer rapper idol dancer comedian presenter voice
	inspiration reason answer case truth part role choice option name frontrunner favourite pick`)

// seenRoleWords describe a part one "will be seen in": "X will be seen in
// a crucial role".
var seenRoleWords = set(`crucial significant prominent interesting meaty powerful small brief substantial integral challenging unique different dual double`)

// onNetworkAt reports whether the capitalized word at j, before a verb at
// k, is a network after "on" or "at": "X has joined the cast of T on NBC
// to play C".
func (x *extractor) onNetworkAt(j, k int) bool {
	t := &x.toks[j]
	if !t.cap || !t.has(cNetworks) || j == 0 || j+1 >= k {
		return false
	}
	p := x.toks[j-1].low
	return (p == "on" || p == "at") && x.toks[j+1].low == "to"
}

// castByAside reports whether the name at ps, before ", as C" ending at e,
// follows "by" or a performer noun and the aside closes at e: "led by Fool
// Me Once star X, as detective C, who".
func (x *extractor) castByAside(ps, e int) bool {
	p := x.tok(ps - 1)
	if p.cap || p.low != "by" && !p.has(cCastNouns) {
		return false
	}
	return e >= len(x.toks) || x.tok(e).text == "," || x.tok(e).text == "."
}

// listEnd is where a list of items ends, or -1 for none.
func (x *extractor) listEnd(items []item) int {
	if len(items) == 0 {
		return -1
	}
	return items[len(items)-1].end
}

// ordinalIsTitle reads a roundup's entry that opens with an ordinal and
// ends its clause with "is T": "The first movie to release in the first
// half of 2015 is Maestro!", "The next film on the list is T, a drama".
// It returns T, or "".
func (x *extractor) ordinalIsTitle() string {
	t := x.toks
	if len(t) < 5 || t[0].low != "the" || x.s.head {
		return ""
	}
	switch t[1].low {
	case "first", "second", "third", "fourth", "fifth", "next", "last", "final", "latest", "other":
	default:
		return ""
	}
	for k := 2; k+1 < len(t) && k < 16; k++ {
		w := &t[k]
		if w.kind == tPunct {
			return ""
		}
		if w.low != "is" || w.cap {
			continue
		}
		at := k + 1
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) {
			return ""
		}
		if n := x.tok(e); e < len(t) && n.text != "," && n.text != "." && n.text != "!" && n.text != "(" && !(titleAfterWordsIDs.has(n.id) && !n.cap) { // "The second title is T directed by X"
			return ""
		}
		title := unquote(x.span(at, e))
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.personShaped(at, e) && x.startsName(at) {
			return ""
		}
		return title
	}
	return ""
}

// castPairBracket reports whether the bracket closing at c after "A and B"
// (A at ps) is B's alone: an unquoted title in a sentence of casting words
// ("a couple played by A and B (T)"), where a quoted one after producers'
// names ("A and B (“Lion”)") or a plural performer noun before the pair
// ("Rising stars A and B (T) feature") credits both.
func (x *extractor) castPairBracket(ps, c int) bool {
	o := x.openOf(c)
	return x.castWords && !x.crewSentence && o >= 0 && !isQuote(x.tok(o+1).text) && !pluralNounsIDs.has(x.tok(ps-1).id)
}

// toStarBefore reports whether "attached to star", "set to star" or
// "set to appear" ends before the "are" at v: "Also attached to star are
// A and B".
func (x *extractor) toStarBefore(v int) bool {
	switch x.tok(v - 1).low {
	case "star", "appear", "co-star", "feature":
	default:
		return false
	}
	if x.tok(v-2).low != "to" {
		return false
	}
	switch x.tok(v - 3).low {
	case "attached", "set", "slated", "due", "expected", "confirmed", "signed":
		return true
	}
	return false
}

// bitWhere is the bit of "where" (sentHasWord).
var bitWhere = wordBit("where")

// genreBeforeVerb reports whether a genre noun or a season word stands
// before the verb at v, past "also": "While the first series starred X",
// "The acclaimed drama also starred A and B".
func (x *extractor) genreBeforeVerb(v int) bool {
	g := x.tok(v - 1)
	if (g.low == "also" || g.low == "once") && !g.cap {
		g = x.tok(v - 2)
	}
	// "The original version starred X", "The original starred X": the
	// remade show's first version, of the same title
	return (g.has(cGenreNouns) || isSeasonWord(g.low) || g.low == "seasons" || g.low == "version" || g.low == "original" && x.tok(v-2).low == "the") && !g.cap
}

// broughtToLifeRule reads "C is brought to life by X", "C, brought to life
// by X,": X plays C in the sentence's show.
func (x *extractor) broughtToLifeRule() {
	if x.sshow == "" || !x.sentHasAnyWord(lifeWord) {
		return // no token it reads at
	}
	t := x.toks
	for k := 1; k+4 < len(t); k++ {
		if t[k].low != "brought" || t[k+1].low != "to" || !lifeWord.holds(&t[k+2]) || t[k+3].low != "by" {
			continue
		}
		j := k
		for m := 0; m < 3 && j > 0 && (t[j-1].low == "is" || t[j-1].low == "was" || t[j-1].low == "be" || t[j-1].low == "will" || t[j-1].low == "been" || t[j-1].low == "being"); m++ {
			j--
		}
		if t[j-1].text == "," {
			j--
		}
		cs := x.charBefore(j)
		if cs == j || x.knownPerson(x.span(cs, j)) != "" || x.isShow(x.span(cs, j)) {
			continue
		}
		if items := x.parseList(k + 4); len(items) == 1 {
			x.add(graph.KindCast, x.resolve(x.itemName(items[0])), x.sshow, x.span(cs, j), "")
		}
	}
}

// lifeWord holds the word broughtToLifeRule reads at.
var lifeWord = wordMask("life")

// genreTitleBehind returns where "in the hit series T" starts when the
// title ending at j follows a genre noun and "in" or "on": "X previously
// starred in the hit series Dirilis as Osman" (the title is no person);
// else -1.
func (x *extractor) genreTitleBehind(j int) int {
	ts := x.titleBefore(j + 1)
	if ts > j || ts < 2 || !x.tok(ts-1).has(cGenreNouns) || x.tok(ts-1).cap {
		return -1
	}
	for m := ts - 2; m >= 0 && m >= ts-5; m-- {
		t := x.tok(m)
		if t.kind != tWord || t.cap && !t.has(cDescribe) {
			return -1 // not a name; "the popular Korean drama T" passes
		}
		if t.low == "in" || t.low == "on" {
			return m
		}
	}
	return -1
}

// workTitleBehind is genreTitleBehind for a title right after a work
// verb's "in": "starred in T, playing C". It returns the "in", or -1.
func (x *extractor) workTitleBehind(j int) int {
	ts := x.titleBefore(j + 1)
	if ts > j || ts < 2 || x.tok(ts-1).low != "in" || !x.tok(ts-2).has(cWorkCues) || x.tok(ts-2).cap {
		return -1
	}
	return ts - 1
}

// participleTitle is the title of the clause before a participle at k,
// after a comma: "starred opposite Y in the period drama T, playing C",
// "starred in T, playing C"; "" when there is none.
func (x *extractor) participleTitle(k int) string {
	if k < 3 || x.tok(k-1).text != "," || !strings.HasSuffix(x.tok(k).low, "ing") {
		return ""
	}
	if ti := x.genreTitleBefore(k - 1); ti != "" {
		return ti
	}
	if x.workTitleBehind(k-2) < 0 {
		return ""
	}
	title := unquote(x.span(x.titleBefore(k-1), k-1))
	if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
		return ""
	}
	return title
}

// genreTitleBefore is the title ending before k after a genre noun and
// "in" or "on" ("starred in the hit series T as C"), or "".
func (x *extractor) genreTitleBefore(k int) string {
	if k < 3 || !x.toks[k-1].cap || x.genreTitleBehind(k-1) < 0 {
		return ""
	}
	ts := x.titleBefore(k)
	title := unquote(x.span(ts, k))
	if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
		return ""
	}
	return title
}

// frontPlayingWords are the participles frontPlayingRule reads at.
var frontPlayingWords = wordMask("playing", "portraying", "voicing", "essaying")

// frontPlayingRule reads a sentence that opens with a play verb's
// participle and its character, then the performer: "Playing the
// villain, Ray Cole, Leo Hask is chilling", "Portraying Anna, X delivers
// her best work".
func (x *extractor) frontPlayingRule() {
	t := x.toks
	if len(t) < 6 || x.sshow == "" || !t[0].cap || !frontPlayingWords.holds(&t[0]) {
		return
	}
	cs, ce, ok := x.charNP(1)
	if ok && x.tok(ce).has(cAuxWords) && !x.tok(ce).cap {
		// "Playing C is X", "Playing C will be X": the performer after the
		// verb, the sentence's subject
		at := ce
		for q := 0; q < 5 && (x.tok(at).has(cAuxWords) || x.tok(at).has(cPrefixNouns|cCastNouns|cDescribe) && x.tok(at).kind == tWord) && !x.tok(at).cap; q++ {
			at++ // "Playing C will be newcomer X"
		}
		pe := x.personAt(at)
		if char := x.span(cs, ce); pe > at+1 && x.personShaped(at, pe) && x.boundary(pe) && x.knownPerson(char) == "" && !x.isShow(char) && !describes(char) {
			x.add(graph.KindCast, x.resolve(x.span(at, pe)), x.sshow, char, "")
		}
		return
	}
	if !ok || x.tok(ce).text != "," {
		return
	}
	pe := x.personAt(ce + 1)
	if pe <= ce+2 || !x.personShaped(ce+1, pe) || x.tok(pe).kind != tWord || x.tok(pe).cap {
		return // "Playing C, X is ...": a name of two words, then a verb
	}
	char := x.span(cs, ce)
	if x.knownPerson(char) != "" || x.isShow(char) || describes(char) {
		return
	}
	x.add(graph.KindCast, x.resolve(x.span(ce+1, pe)), x.sshow, char, "")
}

// charTitleActor reads a bracket after a character's one-word name that
// holds a title's possessive and an actor's full name: "his older brother
// Nano (Money Heist's Jaime Lorente)". The actor is cast in the title and
// plays the character in the sentence's show. It reports whether it read
// the bracket so.
func (x *extractor) charTitleActor(ps, j int, parts []part) bool {
	if len(parts) != 1 || !parts[0].poss || j-ps != 1 || !hasByte(parts[0].char, ' ') {
		return false
	}
	outer, actor := x.span(ps, j), parts[0].char
	first, _, _ := cutByte(actor, ' ')
	if x.know.person(x.fold(outer)) || x.resolve(outer) != outer || !isNameStart(first) {
		return false
	}
	title := unquote(x.span(parts[0].i, parts[0].j))
	if x.isNetwork(title) {
		return false
	}
	x.add(graph.KindCast, actor, title, "", "")
	if x.sshow != "" && x.skey(x.sshow) != x.skey(title) {
		x.add(graph.KindCast, actor, x.sshow, outer, "")
	}
	return true
}

// orJoins reports whether the "or" at j ends a list of names whose items
// so far were joined by commas: "names such as A, B or C" (not "A or B").
func (x *extractor) orJoins(items []item, j int) bool {
	if x.tok(j).low != "or" || x.tok(j).cap || len(items) < 2 {
		return false
	}
	return x.tok(items[len(items)-1].start-1).text == "," && x.tok(j+1).cap
}

// pronounClauseOpeners open a clause whose subject "he" or "she" names the
// person the text is about: "His breakthrough came when he was cast
// opposite X in T".
var pronounClauseOpeners = set(`when after before while once until since then later also`)

// timeIntroOpeners open a short phrase of time before a sentence's
// subject, with no comma after it: "In later years he guest-starred on T",
// or of place: "On the big screen he appeared in T".
var timeIntroOpeners = set(`in during by after since later throughout over from at on outside away beyond besides`)

// timeIntroBefore reports whether the words before j are such a phrase:
// its opener first, then up to five lower-case words or numbers.
func (x *extractor) timeIntroBefore(j int) bool {
	if j < 2 || j > 6 || !timeIntroOpenersIDs.has(x.toks[0].id) {
		return false
	}
	for m := 1; m < j; m++ {
		if t := &x.toks[m]; t.kind != tNum && (t.kind != tWord || t.cap) {
			return false
		}
	}
	return true
}

// coordSubject finds, for an "and" at j that joins two verb phrases, the
// last token of their subject: the name before ", who" in a relative
// clause, or a name that opens the sentence and is followed by a verb. It
// returns -1 when there is none.
func (x *extractor) coordSubject(j int) int {
	for m := j - 1; m > 0 && m > j-16; m-- {
		t := &x.toks[m]
		if t.low == "who" && x.toks[m-1].text == "," {
			return m - 2 // "X, who ... and ...": X ends before the comma
		}
		if t.text == "," && x.toks[m-1].kind == tNum && len(x.toks[m-1].text) <= 3 && x.tok(m-2).text == "," && x.tok(m-3).cap && m > 2 {
			m -= 2 // "X, 45, starred in T1 and ...": past the age
			continue
		}
		if a := x.whoAsideStart(m); t.text == "," && a > 0 {
			return a - 1 // "X, who died on Monday, was known for T1 and for her role as C in T2": X, before the aside
		}
		if t.kind == tPunct && t.text != "-" && t.text != "(" && t.text != ")" && t.text != "&" && !isQuote(t.text) && !(t.text == "," && (x.closeQuote(m-1) || x.closeQuote(m+1) || m == j-1 || strings.HasSuffix(x.tok(m+1).low, "ing") && !x.tok(m+1).cap)) { // "X played roles in T1, and appeared in T2", "He starred in T1, playing C, and had roles in T2"
			if pe := x.personAt(m + 1); t.text == "," && pe > m+1 && pe < j && !x.tok(pe).cap && x.tok(pe).kind == tWord && !x.tok(pe).has(cStopWords) {
				return pe - 1 // "Born in Omaha, in 1938, X studied acting and made his debut in T": X, after an opening phrase
			}
			return -1
		}
	}
	for p := 0; p < j && p < 7; p++ {
		if l := x.toks[p].low; (l == "he" || l == "she") && (p == 0 || x.timeIntroBefore(p)) {
			return p // "(In later years) he guest-starred on “T1,” “T2” and had a recurring role as C": the pronoun, which the caller resolves
		}
	}
	if st := x.awardPrefixEnd(0); st > 0 && st < j {
		// "Oscar winner X is set to star in and executive produce T": X
		if pe := x.personAt(st); pe > st && pe < j && !x.tok(pe).cap && x.tok(pe).kind == tWord {
			return pe - 1
		}
	}
	if se := x.subjectEnd(); se > 0 && se < j {
		// "Actress X starred in T1, and later played C in T2", "X, 45,
		// starred in T1 and played C in T2": the person the sentence opens
		// with, past a describing noun or an age
		m := se
		if x.tok(m).text == "," && x.tok(m+1).kind == tNum && x.tok(m+2).text == "," {
			m += 3
		}
		for ; m < j; m++ {
			if x.toks[m].kind == tPunct && !(m == j-1 && x.toks[m].text == ",") {
				return -1
			}
		}
		return se - 1
	}
	if pe := x.personAt(0); pe > 0 && pe < j && !x.tok(pe).cap && x.tok(pe).kind == tWord {
		for m := pe; m < j; m++ {
			if x.toks[m].kind == tPunct && !(m == j-1 && x.toks[m].text == ",") { // "X starred in T, and lent her voice to C", "X starred in T1, and later played C in T2"
				return -1
			}
		}
		return pe - 1 // "Arnold recently guest-starred on T1 and appeared as C"
	}
	return -1
}

// voiceGift reports whether a verb of giving a voice stands at k: "lent
// her voice", "gives his voice".
func (x *extractor) voiceGift(k int) bool {
	switch x.tok(k).low {
	case "lent", "lends", "lend", "lending", "gave", "gives", "give", "giving":
		l := x.tok(k + 1).low
		return (l == "her" || l == "his" || l == "their") && x.tok(k+2).low == "voice"
	}
	return false
}

// ofWhomAt reports whether "all of whom", "both of whom" or "each of whom"
// stands at i: a relative clause whose subject is each of the list before.
func (x *extractor) ofWhomAt(i int) bool {
	switch x.tok(i).low {
	case "all", "both", "each":
		return x.tok(i+1).low == "of" && x.tok(i+2).low == "whom"
	}
	return false
}

// timeNouns count a stretch of time before "of" and a gerund.
var timeNouns = set(`years year months decades seasons series episodes weeks`)

// spanOfTime reports whether the words from i to j are a count of time and
// "of": "nine years of", "two decades of", "a decade of".
func (x *extractor) spanOfTime(i, j int) bool {
	if j-i < 2 || j-i > 4 || x.toks[j-1].low != "of" || !timeNounsIDs.has(x.toks[j-2].id) && x.toks[j-2].low != "decade" {
		return false
	}
	for m := i; m < j-2; m++ {
		if t := &x.toks[m]; t.kind != tNum && !t.has(cNumberWord) && t.low != "a" && t.low != "over" && t.low != "more" && t.low != "than" {
			return false
		}
	}
	return true
}

// reportVerbs report what their subject says of itself: "X has confirmed he
// is leaving T" is X.
var reportVerbs = set(`said says confirmed confirms revealed reveals announced announces admitted admits explained explains insisted`)

// theStarOpener returns where the performer's noun ends a sentence's
// opening "The stage and screen star," or "The veteran actor, who": the
// person the sentence before or the article's lead named, spoken of by
// what they were. It returns 0 where the sentence opens otherwise.
func (x *extractor) theStarOpener() int {
	t := x.toks
	if len(t) < 4 || t[0].low != "the" {
		return 0
	}
	for p := 1; p < len(t) && p <= 5; p++ {
		w := &t[p]
		if w.kind != tWord || w.cap {
			return 0
		}
		if titleStarNounsIDs.has(w.id) || w.flags&fAge != 0 && p == 1 { // "The 55-year-old has"
			if n := x.tok(p + 1); n.text == "," || n.has(cAuxWords) && !n.cap {
				return p
			}
			return 0
		}
	}
	return 0
}

// starOpenerSubject is the person theStarOpener's sentence speaks of: one
// the article credits elsewhere, the last cast or the person an earlier
// sentence or the lead opened with, never a character named at a
// sentence's start.
func (x *extractor) starOpenerSubject() []string {
	for _, c := range [...]string{x.lastCast(), x.prevSubject(), x.mainPerson()} {
		if hasByte(c, ' ') && x.know.person(x.fold(c)) {
			return []string{c}
		}
	}
	if c := x.named(); c != "-" && hasByte(c, ' ') {
		return []string{c} // the one person the paragraph, or the one before it, named (paranamed.go)
	}
	return nil
}
