package extract

// Person and character mentions: name-shaped spans, surnames resolved to the
// full name said earlier, and the subjects a verb or noun credits.

import (
	"cmp"
	"strings"
)

// isName reports whether t can be part of a person's name.
func isName(t *token) bool { return t.flags&fName != 0 }

// wordFlags computes a word token's flags once, at tokenizing; hyphen says
// whether the word has a "-".
func wordFlags(t *token, hyphen bool) uint8 {
	var f uint8
	if t.kind != tWord || !t.cap {
		return 0
	}
	// the words with a hyphen are read only where there is one
	if !t.has(cStopWords|cCastNouns|cGenreNouns|cJobNoun|cSays|cAward) && !(t.has(cCastVerbs) && strings.HasSuffix(t.low, "s")) && // "BAFTA"
		!(hyphen && (strings.HasSuffix(t.low, "-winning") || strings.HasSuffix(t.low, "-nominated") || strings.HasSuffix(t.low, "-winner") || placeMadeWord(t.low) || prizeMadeWord(t.low))) &&
		!strings.HasPrefix(t.low, "i’") && !strings.HasPrefix(t.low, "i'") && // "I’m"
		!(hyphen && (strings.Contains(t.low, "-turned-") || hyphenNoun(t.low) || makerSuffix(t.low))) { // "Member-turned-actor", "Singer-actress", "Renner-led"
		f |= fName
	}
	if f&fName != 0 || t.has(cCharTitles) {
		f |= fChar
	}
	return f
}

// relationNouns stand before a name in a list of people: "X and son Y".
var relationNouns = set(`son daughter wife husband brother sister`)

// makerSuffix reports whether w is a name's last word joined to a participle:
// "Renner-led", "Shyamalan-produced" (read by madeByRule, no name word).
func makerSuffix(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "led", "fronted", "headlined", "starrer", "starring", "produced", "directed", "written", "created", "helmed":
		return true
	}
	return false
}

// saysVerbs are headline verbs that follow a name, and sentence adverbs
// that open a sentence, never part of a name: "Dexter Showrunner Talks
// About the Finale", "Furthermore, actress X".
var saysVerbs = set(`talks says reveals teases explains confirms shares dishes discusses addresses opens breaks responds reacts admits recalls
	slams praises defends denies hints insists
	furthermore moreover meanwhile nevertheless nonetheless likewise besides therefore thus hence`)

// personAtUncached is personAt, read anew.
func (x *extractor) personAtUncached(i int) int {
	if t := x.tok(i); i >= 0 && i < len(x.toks) && t.cap && (!t.has(cNameStart) && x.foreignTradeAt(i) || x.tok(i+1).has(cParticle) && x.workBeforeParticle(i)) {
		return i // "Hauptdarsteller A", "Star-Produzent B", "Manga de C": the name starts after; each test asked only of a word with what it reads first
	}
	j := x.epithetAt(i) // "Rebel Star Prabhas": dropped from the name it starts
	if j == i && x.tok(i).has(cMonth) && x.monthName(i) {
		j++ // "April Gustilo": a month is a given name before a name
	}
	if w := len(x.tok(i).low); j == i && (w <= 3 && x.givenAt(i) || w == 2 && x.familyWordAt(i)) {
		j++ // "So Hee", Han So Hee's given name: its first syllable is a function word; "So Ji-sub" (familywords.go)
	}
	// past the first word, a particle (in lower case) or a capitalized
	// syllable, initial, weekday or surname
	nick := 0 // the tokens of a nickname in quotes, no part of the five
	for j < len(x.toks) && j-i-nick < 5 && !x.isUsed(j) && (isName(&x.toks[j]) || j > i && (x.toks[j].cap || x.toks[j].has(cParticle)) && (x.particle(j) || x.koreanSyllable(j) || x.lastInitial(j) || x.weekdaySurname(j) || j == i+1 && x.commonSurname(j) || j == i+2 && x.wordSurname(j) || x.monthMiddle(j) || x.monthSurname(j))) {
		j++
		if e := x.nicknameAfter(i, j); e > 0 {
			nick, j = e-j, e // Thanawat "Tan" Srisuk, Andrew “The Cannon” Antsanen: a quoted nickname after the given name
		}
	}
	if j > i+1 && j+2 < len(x.toks) && x.toks[j].text == "." {
		j = x.pastSaint(j) // "Kristoff St. John" (saintnames.go)
	}
	if j > i+1 && (i == 0 && x.openingParticiple() || x.describedOpenerAt(i)) {
		return i // "Joining Mr. Prew in the cast are", "Talented Ana Selo stars": the name starts after
	}
	if j > i && x.notPerson(i, j) {
		return i
	}
	return j
}

// personBeforeUncached is personBefore, read anew.
func (x *extractor) personBeforeUncached(j int) int {
	i := j
	for i > 0 && j-i < 5 && !x.isUsed(i-1) && (isName(&x.toks[i-1]) || i < j && i > 1 && x.particle(i-1) || i < j && x.familyWordAt(i-1) || i == j && (x.koreanSyllable(i-1) || x.weekdaySurname(i-1) || x.commonSurname(i-1) || x.wordSurname(i-1) || x.monthSurname(i-1))) {
		i--
		if o := x.nicknameBeforeName(i, j); o > 0 {
			i = o - 1 // Thanawat "Tan" Srisuk: a given name, then a quoted nickname
		}
	}
	if i >= 3 && x.toks[i-1].text == "." {
		i = x.saintBefore(i, j)
	}
	if j-i >= 3 && x.toks[i].cap && (x.toks[i].has(cPrefixNouns) || strings.HasSuffix(x.toks[i].low, "s") && describeWords[strings.TrimSuffix(x.toks[i].low, "s")] || isUpperCase(x.toks[i].text) && officeWordsIDs.has(x.toks[i].id) || x.foreignTradeAt(i)) {
		i++ // "Superstar Shah Rukh Khan", "Actor Kim Min-soo", "the Aussies Gia Carides", "CEO Simon Hale": the noun is no name
	}
	if i == 0 && j > 1 && x.openingParticiple() {
		i++ // "Joining Nic Pizzolatto's drama are": the participle is no name
	}
	i = x.pastEpithet(i, j) // "Mass Maharaja Ravi Teja", "Megastar Chiranjeevi"
	if i < j && x.notPerson(i, j) {
		return j
	}
	if i > 0 && i < j && j < len(x.toks) && x.toks[i-1].low == "the" && !x.toks[j].cap && (x.toks[j].low == "actor" || x.toks[j].low == "actress" || x.toks[j].low == "star") {
		return j // "the Secret Garden star": a title, the person it names is elsewhere
	}
	return i
}

// nameParticles stand in lower case inside a name: "John le Carre",
// "Achim von Borries", "Ana de Armas", "Rosa do Canto", "Anna zu Berg".
var nameParticles = set(`le la de del della dela delos da di do dos das van von der den du bin al zu`)

// particle reports whether the token at k is a particle between name words.
func (x *extractor) particle(k int) bool {
	t := &x.toks[k]
	if t.cap || !t.has(cParticle) || k == 0 || k+1 >= len(x.toks) {
		return false
	}
	prev, next := &x.toks[k-1], &x.toks[k+1]
	if x.workBeforeParticle(k-1) || x.foreignTradeAt(k+1) {
		return false // "Manga de A", "Neben den Hauptdarstellern A": a work's or a trade's noun, no name
	}
	if t.low == "von" && x.placeFirmAfter(k) {
		return false // "X von der Berliner TV-Firma" (languagesourcede.go)
	}
	// "Jesús de la Vega": two particles in a row
	if !isName(prev) && !(k > 1 && !prev.cap && prev.has(cParticle) && isName(&x.toks[k-2])) {
		return false
	}
	return isName(next) || !next.cap && next.has(cParticle) && k+2 < len(x.toks) && isName(&x.toks[k+2]) && isName(prev)
}

// notPerson rejects a name-shaped span that is a show, a network or only
// initials.
func (x *extractor) notPerson(i, j int) bool {
	// part of a larger proper noun: "Film Festival", "Starline Studios"
	if p := x.tok(i - 1); p.cap && p.has(cGenreNouns|cCompanyWords|cNetworks) {
		return true
	}
	if t := x.tok(j); (t.has(cJobNoun|cCastNouns) || t.low == "leading") && x.roleNounName(j) { // roleNounName's word test made here first
		return true // "from T co-creator, X", "T leading lady Y": the title's words (rolenountitles.go)
	}
	if p := x.tok(i - 1); j == i+1 && !p.cap && (p.low == "a" || p.low == "an") || p.low != "" && p.low[0]-'0' <= 9 && x.countBefore(i-1) {
		return true // "nominated for an Oscar": an award, not a person
	}
	if w := x.toks[i].low; j == i+1 && (x.toks[i].has(cNumberWord) || len(w) >= 7 && strings.HasSuffix(w, "ing") && i == 0 && !x.tok(j).cap && x.tok(j).kind == tWord && x.resolve(x.toks[i].text) == x.toks[i].text) {
		return true // "Six half-hour episodes", "Expressing his happiness": no name (but "Benning starred in T", a surname the article gave in full)
	}
	if i == 0 && j == 1 && len(x.toks) > 2 && x.toks[1].kind == tWord && (x.toks[1].low == "the" || x.toks[1].low == "your") && !x.toks[1].cap && x.resolve(x.toks[0].text) == x.toks[0].text {
		return true // "Witness the rise of the cartel": a verb that opens the sentence, no name
	}
	if j > i+1 && x.toks[i].low == "born" && (i == 0 || x.toks[i-1].text == ",") {
		return true // "Born Park Jin-tae, Joo has appeared": a birth name, not another person
	}
	// the checks that ask the knowledge nothing come first: where one
	// holds, the knowledge's answers do not change the answer
	if w := x.toks[i].low; describePlurals.mayHold(&x.toks[i]) && strings.HasSuffix(w, "s") && describeWords[w[:len(w)-1]] {
		return true // "Colombians Stephania Duque": a nationality, then the name
	}
	for k := i; k < j; k++ {
		if x.toks[k].has(cCompanyWords) || x.toks[k].cap && prizeNounsIDs.has(x.toks[k].id) {
			return true // "Studio Pivot", "Starline Pictures", "Grand Prize (Daesang)"
		}
	}
	name := x.span(i, j)
	if x.sshow != "" && foldMayBe(name, x.sshowFold) && x.fold(name) == x.sshowFold {
		return true
	}
	if x.isShow(name) || x.isNetwork(name) {
		return true
	}
	for k := i; k < j; k++ {
		if !isInitials(x.toks[k].text) {
			return false
		}
	}
	return true
}

// charTitles may start a character's name: "Ser Adrian Redfort".
var charTitles = set(`sir lord lady dame king queen prince princess special agent coach president captain detective doctor dr officer sergeant general uncle aunt mr mrs ms miss madame father mother sister brother saint`)

func isCharWord(t *token) bool { return t.flags&fChar != 0 }

// charAt reads a character's name at i: capitalized words, with a quoted
// nickname inside ("Ser “Bold” Jon Roxton").
func (x *extractor) charAt(i int) int {
	j := i
	for j < len(x.toks) && j-i < 7 {
		t := &x.toks[j]
		if isCharWord(t) || t.cap && (x.monthName(j) || j == i && x.weekdayGiven(j) || j > i && (x.koreanSyllable(j) || x.syllableEnd(j))) { // "Dr. April Kepner", "Hong Hae In"; each asks a capital first"
			j++
			continue
		}
		if j > i && !t.cap && t.has(cParticle) && j+1 < len(x.toks) && isCharWord(&x.toks[j+1]) && x.toks[j+1].cap {
			j++ // "Andrés de Fonollosa": a particle inside the name
			continue
		}
		if j > i && (t.text == "“" || t.text == "\"" || t.text == "‘") && j+2 < len(x.toks) && isCharWord(&x.toks[j+1]) &&
			(x.toks[j+2].text == "”" || x.toks[j+2].text == "\"" || x.toks[j+2].text == "’") && j+3 < len(x.toks) && isCharWord(&x.toks[j+3]) {
			j += 3
			continue
		}
		break
	}
	return j
}

// charBefore reads a character's name ending before j.
func (x *extractor) charBefore(j int) int {
	i := j
	for i > 0 && j-i < 7 {
		if isCharWord(&x.toks[i-1]) {
			i--
			continue
		}
		// a quoted nickname: Ser “Red” Tolan
		if i < j && i >= 4 && isQuote(x.toks[i-1].text) && isCharWord(&x.toks[i-2]) && isQuote(x.toks[i-3].text) && isCharWord(&x.toks[i-4]) {
			i -= 3
			continue
		}
		break
	}
	return i
}

// knownPerson returns the full name of a person the first reading found, or
// "".
func (x *extractor) knownPerson(name string) string {
	if n := x.memo.lookup(name); n.knownBy == x.know && x.know != nil && (x.know.log == nil || x.relogged(n.knownAsks)) {
		return n.known
	}
	a := x.asked()
	k := x.knownPersonUncached(name)
	n := x.memo.lookup(name)
	n.known, n.knownBy, n.knownAsks = k, x.know, x.logAsks(a)
	return k
}

func (x *extractor) knownPersonUncached(name string) string {
	r := x.resolve(name)
	if x.know.person(x.fold(r)) {
		return r
	}
	return ""
}

// resolve returns the full name for a surname used alone ("Cooke" for
// "Olivia Cooke"), or name.
func (x *extractor) resolve(name string) string {
	if n := x.memo.lookup(name); n.resolvedBy == x.know && x.know != nil && (x.know.log == nil || x.relogged(n.resolvedAsks)) {
		return n.resolved
	}
	a := x.asked()
	r := x.resolveUncached(name)
	if r == name && !hasByte(name, ' ') && x.know != nil {
		if full := x.nearestFull(name); full != "" {
			return full // not cached: the answer depends on the sentence
		}
	}
	n := x.memo.lookup(name)
	n.resolved, n.resolvedBy, n.resolvedAsks = r, x.know, x.logAsks(a)
	return r
}

func (x *extractor) resolveUncached(name string) string {
	name = cleanSpace(name)
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		if full := x.know.surnameOf(x.fold(name)); full != "" {
			return full
		}
		return name
	}
	if strings.IndexByte(name[sp+1:], ' ') >= 0 {
		return name // three words or more: no given names, honorific, particle or part name is asked for
	}
	return x.resolveTwo(name, name[:sp], name[sp+1:])
}

// givenFull is the full name whose given names are name, of two words
// ("Seo Joon" for "Park Seo Joon"), or "": a name of other length is not
// asked for.
func (x *extractor) givenFull(name string) string {
	if _, rest, ok := cutByte(name, ' '); !ok || hasByte(rest, ' ') {
		return "" // not one space
	}
	return x.know.givenOf(x.fold(name))
}

// shareSurname expands "Anthony and Joe Russo" to two full names.
func shareSurname(names []string) []string {
	if len(names) == 2 && !hasByte(names[0], ' ') && strings.Count(names[1], " ") == 1 &&
		!isUpperCase(names[0]) && !isAdverb(names[0]) && isNameStart(names[0]) {
		last := names[1][strings.LastIndex(names[1], " ")+1:]
		return []string{names[0] + " " + last, names[1]}
	}
	return names
}

// personShaped reports whether i..j read as a full name of 2 to 4 name words.
func (x *extractor) personShaped(i, j int) bool {
	if j-i == 1 && x.epithetBefore(i) && isName(&x.toks[i]) {
		return true // "Megastar Chiranjeevi": one name after a star's epithet
	}
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if !isName(&x.toks[k]) {
			return false
		}
	}
	return true
}

// clauseVerbs after a name make it the subject of a new clause.
var clauseVerbs = set(`who will would is was has have had are were plays stars joins returns as`)

// subjectsBefore reads the people a verb at k speaks of, backwards: "X will
// play", "X and Y (Show) have signed on to play", "X, who previously
// worked". want > 0 stops after that many.
func (x *extractor) subjectsBefore(k, want int) []string {
	if p := cmp.Or(x.formerLatter(k), x.theMakerOpener(k)); p != "" && want <= 1 {
		return []string{p} // "Per Deadline, the former will play C", "The filmmaker made his debut with T"
	}
	if p := x.theStarOpener(); p > 1 && k > p && want <= 1 {
		return x.starOpenerSubject() // "The stage and screen star, who appeared in T1, was best known for T2"
	}
	j := k - 1
	steps := 0
	comma, both := false, false
	for j >= 0 {
		t := &x.toks[j]
		switch {
		case steps < 3 && t.cap && x.numeralCompanyBehind(j) >= 0:
			j, steps = x.numeralCompanyBehind(j), steps+1 // "A (T1), B (T2), and 21 Laps will co-produce": past the company
			continue
		case t.text == ")" || t.text == "]":
			o := x.openOf(j)
			if o < 0 {
				return nil
			}
			j = o - 1
			continue
		case steps < 9 && x.closeQuote(j) && x.starOfAsideBehind(j) >= 0:
			j = x.starOfAsideBehind(j) // "X, 68, star of “T” will play C": the aside has no closing comma
			steps++
			continue
		case (t.cap || isQuote(t.text) || t.kind == tNum) && steps < 9 && x.sshow != "" && x.showBehind(j) >= 0:
			j = x.showBehind(j) // "X first appears on the second episode of T as C", "joined the cast of the film T 2 as C"
			steps++
			continue
		case t.cap && steps < 9 && x.genreTitleBehind(j) >= 0:
			j = x.genreTitleBehind(j) // "X previously starred in the hit series T as C"
			steps++
			continue
		case t.cap && steps < 9 && x.roleAsBehind(j) >= 0:
			j = x.roleAsBehind(j) // "X, best known for his role as C on T will play": the aside's character
			steps++
			continue
		case t.cap && steps < 9 && comma && x.workTitleBehind(j) >= 0:
			j = x.workTitleBehind(j) // "He starred in T, playing C"
			steps++
			continue
		case j == k-1 && x.titleStarAt(j) != "":
			// "The Queen For Seven Days actor plays a widower": the person
			// "the T actor" names, not a name in T
			return []string{x.titleStarAt(j)}
		case t.low == "fame" && !t.cap && x.fameOf(j) > 0:
			j = x.fameOf(j) - 1 // "X of T fame was roped in"
			continue
		case (t.kind == tNum || t.low == "episode" || t.low == "season" || t.low == "series" || t.low == "episodes") && steps < 9:
			j-- // "X appears in Episode 5 as C"
			steps++
			continue
		case t.kind == tWord && (!t.cap || strings.Contains(t.low, "-") && describesWord(t.low) || awardWordsIDs.has(t.id) || t.low == "oscar") && steps < 14 && t.low != "she" && t.low != "he" && !(t.low == "they" && want > 1) && !(t.low == "you" && x.interviewee() != ""):
			// "X, who was recently BAFTA-nominated for her role as C"
			switch t.low {
			case "pair", "duo", "trio":
				if l := x.tok(j - 1).low; l == "this" || l == "the" || l == "these" {
					return x.groupSubject(t.low, want) // "Earlier this pair acted in T": no name before it
				}
			case "and":
				// "X, who rose to fame in T1 and recently starred as C",
				// "X guest-starred on T1 and appeared as C": the subject of
				// the first verb of the pair
				if s := x.coordSubject(j); s >= 0 {
					j = s
					continue
				}
				return nil
			case "after", "before", "while":
				if j > 0 && k < len(x.toks) && (strings.HasSuffix(x.toks[k].low, "ing") && (j == k-1 && !x.toks[j-1].cap && x.toks[j-1].kind == tWord || x.spanOfTime(j+1, k)) || x.yearsAfterSpan(j+1, k)) {
					// "X, who makes her debut after writing for T": the gerund's
					// subject is the clause's; "X is leaving after nine years
					// of playing C"
					j--
					steps++
					continue
				}
				return nil
			case "said", "says":
				if x.tok(j+1).low != "to" {
					return nil // not "X and Y are said to be starring": a report, the subject before it
				}
			case "that", "which", "but", "because", "if", "when", "where", "so", "or",
				"told", "although", "though", "since", "until", "however":
				return nil
			}
			j--
			steps++
			continue
		case t.cap && steps < 14 && j+1 < k && x.toks[j+1].kind == tWord && !x.toks[j+1].cap && x.toks[j+1].has(cCastNouns) && x.describedAfterA(j) >= 0:
			j = x.describedAfterA(j) // "X, a Lark Theatre actor who plays C": capitals after "a" describe the actor
			steps++
			continue
		case t.cap && j > 0 && x.toks[j-1].low == "the" && !x.toks[j-1].cap && steps < 14 && j+1 < k && x.toks[j+1].kind == tWord && !x.toks[j+1].cap && !x.toks[j+1].has(cAuxWords|cClauseVerbs),
			steps < 14 && x.onNetworkAt(j, k):
			j-- // "X, who grew up on the Fylde coast will appear": a place's name; "joined T on NBC to play C"
			steps++
			continue
		case x.closeQuote(j) && j+1 < len(x.toks) && x.toks[j-1].text == ",":
			j-- // "known for “Dust,” plays": the comma is inside the quotes
			continue
		case t.kind == tPoss && j > 0 && x.toks[j-1].low == "who":
			j-- // "X, who's also helmed T": "who has"
			continue
		case t.kind == tPoss && steps > 0:
			// "X's performance as": the owner is the subject
			if ps := x.personBefore(j); ps < j {
				return []string{x.span(ps, j)}
			}
			return nil
		case isDash(t.text) && !comma && (asideStartsIDs.has(x.tok(j+1).id) || x.tok(j+1).low == "who"):
			comma = true // "X – best known for his roles as C in T"
			j--
			continue
		case t.text == "," && comma && x.tok(j+1).kind == tNum && x.tok(j+2).text == ",":
			j-- // "X, 36, best known for playing C": an age before the aside
			continue
		case t.text == "," && !comma && x.whoAsideStart(j) > 0:
			// "Fan, who recently ended a hiatus after starring in T, previously
			// appeared in U": past the relative clause to its person
			comma = true
			j = x.whoAsideStart(j) - 1
			continue
		case t.text == "," && !comma && x.asWellAsItemBefore(j):
			j-- // "A and B, as well as C, will star": C is the list's last item, not an aside
			continue
		case t.text == "," && !comma:
			nx := x.tok(j + 1).low
			if nx == "who" || nx == "whose" || asideStarts[nx] || x.performerAside(j+1) || j == k-1 && x.toks[k].has(cPlayVerbs) && strings.HasSuffix(nx, "ing") || x.ofWhomAt(j+1) { // "X, playing C,"; "A and B, both of whom"
				for m := j + 1 + boolInt(!x.ofWhomAt(j+1)); m < k && m < j+5; m++ {
					if l := x.toks[m].low; l == "both" || l == "all" {
						both = true // "writer A and director B, who will both executive produce": each of the list
					}
				}
				comma = true
				j--
				continue
			}
			// an aside between commas: "X, the creator of T, will"
			for m := j - 1; m >= 0 && m > j-20; m-- {
				if x.toks[m].text == "," && x.tok(m+1).low == "along" && x.tok(m+2).low == "with" && !x.tok(m+1).cap && j-m > 3 {
					// "A of T, along with B of U, will executive produce": the
					// aside's people are the list's too (read past "along with")
					comma = true
					j--
					break
				}
				if x.toks[m].text == "," && m > 0 && x.personAt(m+1) == j && (j > m+2 || j == m+2 && x.startsName(m+1)) && x.apposedNoun(m-1) {
					return []string{x.resolve(x.span(m+1, j))} // "The popular Tamil actor, X, will star in T": the name between commas
				}
				if x.toks[m].text == "," {
					if a := x.tok(m + 1); j-m == 2 && a.kind == tNum || // "Berg, 41, plays C": an age
						a.kind == tWord && !a.cap && (a.low == "the" || a.low == "a" || a.low == "an" || a.low == "who" || a.low == "whose" || a.low == "best" || fameWordsIDs.has(a.id) || // "X, celebrated for his versatility, is set to portray C"
							x.seenInAside(m+1) || // "X, seen in T2, will join T", "A, vue dans T2, rejoint le casting"
							a.has(cJobNoun|cCastNouns) && x.tok(m+2).low == "of" || // "X, director of Netflix's T (2019), will helm"
							(a.low == "currently" || a.low == "recently" || a.low == "now") && strings.HasSuffix(x.tok(m+2).low, "ing") || // "X, currently voicing C in T, will play"
							j-m == 3 && (a.low == "now" || a.low == "aged") && x.tok(m+2).kind == tNum || // "Reyes, now 38, went on to star in T"
							j-m <= 6 && (a.low == "on" || a.low == "meanwhile" || a.low == "however" || a.low == "though" || a.low == "too" || a.low == "for" || a.low == "in")) {
						// "X, on the other hand, has", "X, for his part, has"
						comma = true
						j = m - 1
					}
					break
				}
			}
			if comma {
				continue
			}
			return nil
		}
		break
	}
	if p := x.youOrI(j, k, want); p != "" {
		return []string{p} // an interview's "In T you play C": the headline's person; "“I play C,” said X": X (firstperson.go)
	}
	if j >= 0 && (x.toks[j].low == "she" || x.toks[j].low == "he") && want <= 1 && k < len(x.toks) && (x.toks[k].has(cPlayVerbs|cWorkCues) || x.toks[k].low == "as" || x.voiceGift(k)) &&
		(j == 0 || x.toks[j-1].kind == tPunct || x.toks[j-1].low == "and" || x.toks[j-1].low == "but" || (x.toks[j-1].low == "that" || x.toks[j-1].low == "as" || reportVerbsIDs.has(x.toks[j-1].id)) && x.subjectEnd() > 0 && x.subjectEnd() < j ||
			pronounClauseOpenersIDs.has(x.toks[j-1].id) && !x.toks[j-1].cap || x.timeIntroBefore(j)) {
		// "She will play C": the person an earlier sentence opened with, or
		// this one before the pronoun ("Cruz is new; she appeared in T")
		if x.subjectEnd() > 0 && x.subjectEnd() <= j {
			return []string{x.subject()}
		}
		if p := x.sectionPronoun(); p != "" {
			return []string{p}
		}
		if p := x.pronounNamed(j); x.subject() == "" && p != "" {
			// no one opened a sentence of the paragraph before "She can also
			// be seen in": the one person it named, else the person the
			// article's lead sentence opened with
			return []string{p}
		}
	}
	if j >= 1 && x.toks[0].low == "the" && want <= 1 && titleStarNounsIDs.has(x.tok(j+1).id) && x.titleBeforeNoun(j+1) {
		// "The former Hollyoaks actor will play C": the person the
		// sentence before, or the article's lead, named (or the last
		// credited: "T has cast X. The U actor will play C"); no title
		for _, p := range []string{x.prevSubject(), x.mainPerson(), x.lastCast()} {
			if p != "" && hasByte(p, ' ') {
				return []string{p}
			}
		}
		return nil
	}
	if j == 0 && x.toks[0].low == "one" && x.tok(1).low == "of" && (x.tok(2).low == "his" || x.tok(2).low == "her") && want <= 1 {
		// "One of his most famous roles was as C in T": the person the
		// sentence before, or the article's lead, named
		for _, p := range []string{x.prevSubject(), x.mainPerson()} {
			if p != "" {
				return []string{p}
			}
		}
		return nil
	}
	if j == 0 && x.toks[0].low == "the" && len(x.toks) > 2 && (!x.toks[1].cap && (titleStarNounsIDs.has(x.toks[1].id) || x.toks[1].flags&fAge != 0) || x.prizeHolder(2) && !x.tok(3).cap) && want <= 1 {
		// "Andy Garcia is headed to ABC. The actor has been cast opposite
		// X", "The Oscar winner was known for her roles in T": the person
		// the sentence before, or the article's lead, named; else the one
		// the paragraph, or the one before it, named (paranamed.go)
		for _, p := range []string{x.prevSubject(), x.mainPerson(), x.lastCast()} {
			if p != "" {
				return []string{p}
			}
		}
		if p := x.named(); p != "-" && hasByte(p, ' ') {
			return []string{p}
		}
	}
	if j == 0 && x.toks[0].low == "the" && len(x.toks) > 1 && !x.toks[1].cap && groupNounSize(x.toks[1].low) > 0 && len(x.prevGroup()) == groupNounSize(x.toks[1].low) && want <= len(x.prevGroup()) {
		// "A and B will lead T. The duo, who were last seen together in
		// U, ...", "The trio previously worked together on U": the people
		// the sentence before opened with or listed
		return x.prevGroup()
	}
	if j >= 0 && x.toks[j].low == "they" && want > 1 && want == len(x.prevGroup()) && k < len(x.toks) && x.toks[k].has(cPlayVerbs) {
		// "A, B and C were upped to regulars. Respectively, they play C1,
		// C2 and C3": the people the sentence before listed
		return x.prevGroup()
	}
	if j >= 2 && x.toks[j].cap {
		if ps, ti := x.personOfTitle(j + 1); ti != "" {
			j = x.personAt(ps) - 1 // "X of T will direct": X, whose show T is
		}
	}
	j = x.pastBandOf(j)
	if j >= 0 && x.toks[j].cap {
		if o := x.companyOfBefore(j + 1); o <= j {
			j = o - 1 // "X of Toluca Pictures and Y of 1.21 Entertainment executive produce"
		} else if cs := x.companyBefore(j + 1); cs <= j && cs > 1 && x.toks[cs-1].low == "and" {
			j = cs - 2 // "RD Raja and KJR Studios are bankrolling": the company is no person
		}
	}
	if j < 0 || !isName(&x.toks[j]) && !isInitials(x.toks[j].text) && !x.commonSurname(j) {
		return nil
	}
	var out []string
	end := j + 1
	if ps := x.personBefore(end); ps == end-1 && ps >= 2 && x.toks[ps-1].cap && x.toks[ps-1].kind == tWord && x.toks[ps-1].has(cStopWords) && !x.startsName(ps-2) && !x.startsName(ps-1) {
		return nil // "My Next Life as a Villainess": a title's words, no person
	}
	if ps := x.personBefore(end); ps < end && ps > 1 && x.toks[ps-1].text == "The" && x.toks[ps-2].kind == tWord {
		return nil // "leads the drama The Quiet Hour as C": a title's words, no person
	}
	if ps := x.personBefore(end); ps < end {
		if x.tok(ps-1).low == "the" {
			ps--
		}
		switch {
		case x.placeAt(ps):
			return nil // "released in the United Kingdom as T": a place
		case x.tok(ps-1).low == "opposite" || x.tok(ps-1).low == "alongside":
			if v := ps - 2; v >= 0 && x.toks[v].has(cWorkCues) && !x.toks[v].cap && want <= 1 {
				return x.subjectsBefore(v, want) // "He starred opposite Y in T, playing C": the verb's subject
			}
		}
	}
	for len(out) < 40 {
		ps := x.personBefore(end)
		if ps == end || len(out) > 0 && x.titleItem(ps, end) {
			break // not "In X's The Winter Tenants, A plays": a title before the comma
		}
		out = x.appendStr(out, x.span(ps, end))
		if want > 0 && len(out) >= want {
			break
		}
		// skip a prefix ("17-year-old", "actress", "Andor star"), then a
		// separator, then the previous item's bracket
		p := ps - 1
		for p >= 0 && (x.isAgeWord(&x.toks[p]) || (x.toks[p].has(cCastNouns) || (both || x.crewVerbAt(k)) && x.toks[p].has(cJobNoun)) && !x.toks[p].cap && x.toks[p].low != "stars" || relationNounsIDs.has(x.toks[p].id) && !x.toks[p].cap) {
			if x.toks[p].has(cCastNouns) {
				if ts := x.joinedTitleBefore(p); ts < p {
					p = ts
				}
			}
			p--
		}
		if p < 0 {
			break
		}
		switch {
		case x.toks[p].text == "," || x.toks[p].low == "and" && p > 0 && x.toks[p-1].text == ",":
			p = x.pastAgent(p - 1 - boolInt(x.toks[p].low == "and")) // not "helmed by X, and Y plays C", "In T, directed by X, A plays C"
		case x.toks[p].low == "alongside" && !x.toks[p].cap && p > 0 && x.toks[p-1].text == ",":
			p -= 2 // "A and B, alongside C (T) and D (U), are part of the cast"
		case x.toks[p].low == "with" && p > 1 && x.toks[p-1].low == "along" && !x.toks[p-1].cap && x.toks[p-2].text == ",":
			p -= 3 // "A, along with B, will executive produce"
		case x.toks[p].low == "and" || x.toks[p].text == "&":
			p--
		case x.asWellAsBefore(p) >= 0:
			p = x.asWellAsBefore(p) // "A and B, as well as C, will star": the list goes on before "as well as"
		default:
			p = -1
		}
		if p < 0 {
			break
		}
		for p >= 0 && (x.toks[p].text == ")" || x.toks[p].text == "]") {
			o := x.openOf(p)
			if o < 0 {
				p = -1
				break
			}
			p = o - 1
		}
		if p >= 0 && x.toks[p].cap {
			if o := x.companyOfBefore(p + 1); o <= p {
				p = o - 1 // past the item's company
			}
		}
		p = x.pastJobAside(p) // "A, the producer of T, and B will"
		if p < 0 || !isName(&x.toks[p]) && !isInitials(x.toks[p].text) || x.placeOpener(x.personBefore(p+1)) {
			break // not "Born in Maracaibo, X began": a place
		}
		end = p + 1
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// awardWords are no part of a person's name: "Academy Award, BAFTA and
// Golden Globe-nominated X".
var awardWords = set(`award awards bafta baftas emmy emmys grammy grammys globe globes`)

// prizePlurals name prizes, never a person: "their Best Film and Best
// Director Oscars".
var prizePlurals = set(`oscars emmys baftas grammys globes awards`)

// prizePlural reports whether prizePlurals holds w: none is longer than
// seven bytes, so a longer w needs no lookup.
func prizePlural(w string) bool { return len(w) <= 7 && prizePlurals[w] }

// isUsed reports whether the token at k was read as a character's name; out
// of a sentence's reading (while the article's show is sought) none is.
func (x *extractor) isUsed(k int) bool { return k < len(x.used) && x.used[k] }

// monthNames are months that are also given names.
var monthNames = set(`april may june august`)

// monthName reports whether the capitalized month at i starts a person's
// name: "April Gustilo", not "in April 2024" or "on May 5".
func (x *extractor) monthName(i int) bool {
	t := x.tok(i)
	if !t.cap || !t.has(cMonth) || x.isUsed(i) {
		return false
	}
	n := x.tok(i + 1)
	if !isName(n) || n.has(cDateWords) || !t.has(cNameStart) {
		return false
	}
	switch x.tok(i - 1).low {
	case "in", "on", "since", "from", "until", "by", "of", "last", "next", "this", "early", "late", "mid", "through", "to", "before", "after", "between":
		return false
	}
	return true
}

// noteSubject keeps the person the sentence opens with, for "he" or "she"
// in the sentences that follow; a sentence that opens with a pronoun keeps
// the one before.
func (x *extractor) noteSubject() {
	w := &x.who
	w.prevSubject = w.subject
	w.subjectEnd = 0
	w.prevGroup, w.group = w.group, w.prevGroup[:0] // two buffers, swapped
	if x.s.first {
		x.setSubject(x.headPerson) // a paragraph may speak of someone else, or of its section's person
	}
	st := x.introEnd()
	if b := bulletEnd(x.toks); b > st {
		st = b
	}
	if x.tok(0).low == "as" && x.tok(1).low == "for" {
		st = 2 // "As for Ferrigno, ..., he will play Ryan"
	}
	switch l := x.tok(st).low; {
	case l == "he" || l == "she":
		return
	}
	st = x.awardPrefixEnd(st) // "Academy Award-winner X", "Emmy-nominated Y"
	st = x.pastKnighthood(st) // "Dame Ana Selo, the actress, died"
	if l := x.tok(st).low; (l == "south" || l == "north") && x.tok(st+1).has(cDescribe) {
		st++ // "South Korean actor X"
	}
	if l := x.tok(st).low; (l == "the" || l == "a") && (x.tok(st+1).has(cCastNouns) || x.tok(st+1).has(cDescribe) && x.tok(st+2).has(cCastNouns)) && !x.tok(st+1).has(cNetworks) {
		st++ // "The American actress X started out"
	}
	base := st
	for st < len(x.toks) && st < base+4 && (x.toks[st].has(cDescribe|cCastNouns|cPrefixNouns) && (!x.toks[st].cap || st == base && x.toks[st].has(cCastNouns|cPrefixNouns)) || x.toks[st].has(cDescribe) && (x.tok(st+1).has(cCastNouns|cPrefixNouns) || x.tok(st+1).kind == tWord && !x.tok(st+1).cap && !x.tok(st+1).has(cStopWords) && x.tok(st+2).has(cCastNouns|cPrefixNouns)) ||
		x.toks[st].kind == tWord && !x.toks[st].cap && !x.toks[st].has(cStopWords) && x.tok(st+1).has(cCastNouns|cPrefixNouns)) { // "Japanese voice actress X", "British acting legend X", "comic actor X"
		st++ // "Actress X", "veteran actor X"
	}
	if st == base && x.tok(st).has(cJobNoun) && x.tok(st).cap && !x.tok(st).has(cStopWords) && x.personAt(st+1) > st+2 {
		st++ // "Director X is on the jury": the job before the name
	}
	st = x.titleStarOpener(x.pastApposedNoun(st, base)) // "Former Home and Away star X has joined", "A veteran actor, X, has died"
	if items := x.openingList(st); len(items) > 1 {
		if x.worksAmongAt(items[len(items)-1].end) {
			return // "T1, T2 and T3 were among other productions he appeared in": titles, no people
		}
		// "A, B and C have been upped to series regulars": whom a "they"
		// of the next sentence names
		for _, it := range items {
			w.group = append(w.group, x.resolve(x.itemName(it)))
		}
		x.teamUpGroup(items[len(items)-1].end)
	}
	if e := x.personAt(st); e > st+1 && x.tok(e).kind == tPoss && (x.knownPerson(x.span(st, e)) != "" || agencyWordsIDs.has(x.tok(e+1).id)) && !x.isShow(x.span(st, e)) {
		// "Nia Rell's most recent work was T. Her latest ...", "X's agency said that he": whom pronouns name
		x.setSubject(x.resolve(x.span(st, e)))
		w.subjectEnd = e * boolInt(agencyWordsIDs.has(x.tok(e+1).id))
		return
	}
	if e := x.personAt(st); e > st && x.tok(e).kind != tPoss {
		name := x.span(st, e)
		if x.isShow(name) || x.isNetwork(name) || e == st+1 && (x.resolve(name) == name && !x.know.person(x.fold(name)) || x.worksPlural(e)) { // a one-word name the article credits ("Hyun-bin") opens it too
			return
		}
		x.setSubject(x.resolve(name))
		w.subjectEnd = e
		if x.s.para <= 1 && w.mainPerson == "" {
			// the lead's person, and the gender its noun gives: "Actress X"
			w.mainPerson, w.mainGender = w.subject, x.leadNounGender(st, e)
		}
	}
}

// shareSurname is the package's shareSurname where the single name is a
// given name, not the surname of a person the article names in full:
// "Anthony and Joe Russo", not "penned by Lanthimos and Efthimis Filippou".
func (x *extractor) shareSurname(names []string) []string {
	if len(names) == 2 && !hasByte(names[0], ' ') && (x.resolve(names[0]) != names[0] || !isNameStart(names[0])) {
		return names
	}
	return shareSurname(names)
}

// lastInitial reports whether the token at k is a one-letter capital that
// ends a name before punctuation: "Bambam and Teddy A.", not "A" opening
// a phrase.
func (x *extractor) lastInitial(k int) bool {
	t := &x.toks[k]
	return t.kind == tWord && len(t.text) == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z' && isName(&x.toks[k-1]) &&
		(k+1 == len(x.toks) || x.toks[k+1].kind == tPunct && x.toks[k+1].text != "(")
}
