package extract

// Cues that the earlier-work rules share: which verbs credit a title, which
// words count or praise works, and whether a clause is the opening
// person's own.

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// isCrewVerb reports whether low, before a title, credits its subject's work
// on it.
func isCrewVerb(low string) bool {
	return wordClasses.get(low)&cCrewVerb != 0 // a key of crewVerbTitle
}

// crewVerbTitle maps a verb before a title to the job it names; "" for crew
// work with no job of the contract's ("who also lensed Take Off").
var crewVerbTitle = map[string]string{
	"lensed": "", "edited": "", "scored": "", "co-produced": "producer", "showran": "showrunner", "writing": "writer",
	"co-creating": "creator", "creating": "creator", "directing": "director",
	"helmed": "director", "directed": "director", "created": "creator", "co-created": "creator",
	"wrote": "writer", "penned": "writer", "co-wrote": "writer", "produced": "producer", "scripted": "writer",
	"direct": "director", "helm": "director", "written": "writer", // "has written for T1 and T2"
}

// genreTitleAt is where the title starts after an article, describing
// words and a genre noun at i: "the memorable romance film “T”", "the
// 2015 romantic drama ‘T’"; else 0.
func (x *extractor) genreTitleAt(i int) int {
	if l := x.tok(i).low; (l != "the" && l != "a" && l != "an") || x.tok(i).cap {
		return 0
	}
	m := i + 1
	for m < len(x.toks) && m < i+6 && (x.toks[m].kind == tWord && !x.toks[m].cap && (!x.toks[m].has(cStopWords) || titleAdjectivesIDs.has(x.toks[m].id)) || x.toks[m].kind == tNum || x.toks[m].has(cDescribe)) {
		m++
	}
	if m == i+1 || !x.tok(m-1).has(cGenreNouns) && !successNounsIDs.has(x.tok(m-1).id) || x.tok(m-1).cap || !x.titleStarts(m) {
		return 0
	}
	if e := x.titleAt(m, false); e == m || x.isNetwork(x.span(m, e)) {
		return 0
	}
	return m
}

// bareGenreTitleAt is where the title starts after describing words and a
// genre noun with no article before them, as British copy writes a
// maker's earlier work: "who penned historical drama T", "directed crime
// drama T", "wrote 2019 thriller T"; else 0. A genre noun alone that may
// be the sentence's show ("series", "project") is not enough.
func (x *extractor) bareGenreTitleAt(i int) int {
	m := i
	for m < len(x.toks) && m < i+4 && (x.toks[m].kind == tWord && !x.toks[m].cap && !x.toks[m].has(cStopWords) || x.toks[m].kind == tNum) {
		m++
	}
	g := x.tok(m - 1)
	if m == i || !g.has(cGenreNouns) || g.cap || m == i+1 && bareGenreNotAloneIDs.has(g.id) || !x.titleStarts(m) {
		return 0
	}
	if e := x.titleAt(m, false); e == m || x.isNetwork(x.span(m, e)) || x.startsName(m) && x.personShaped(m, e) {
		return 0
	}
	return m
}

// bareGenreNotAlone are genre nouns that, alone after a crew verb, name no
// kind of work: "produced series T" is read, "wrote project T" is not.
var bareGenreNotAlone = set(`project story adaptation murder mystery show series serial spin-off spinoff sequel prequel co-production`)

// successNouns stand for a work before its title as a genre noun does:
// "who earlier helmed the hit 'T'", "the 2019 blockbuster T".
var successNouns = set(`hit blockbuster smash`)

// filmographyNouns, before "like", "such as", "include" or "on", introduce
// a list of a person's earlier work: "known for her roles on shows like T1
// and T2", "who has directed series such as T".
var filmographyNouns = set(`role roles credits credit work works films film series shows dramas drama hits projects blockbusters
	titles movies adaptations franchises`)

// showIsSubject reports whether the "from" at k follows the sentence's
// show as subject and a verb of origin: "The series is from", "T comes
// from", "the drama hails from".
func (x *extractor) showIsSubject(k int) bool {
	v := k - 1
	switch x.tok(v).low {
	case "is", "comes", "come", "hails", "hail", "was":
	default:
		return false
	}
	if x.tok(v).low == "come" || x.tok(v).low == "hail" {
		if x.tok(v-1).low != "will" {
			return false
		}
		v--
	}
	s := v - 1
	if x.tok(s).low == "also" {
		s--
	}
	switch l := x.tok(s).low; {
	case (l == "series" || l == "show" || l == "drama" || l == "film" || l == "movie" || l == "project" || l == "comedy" || l == "thriller") && x.tok(s-1).low == "the" && s-1 == 0:
		return true
	}
	if ts := x.titleBefore(s + 1); ts == 0 && ts <= s {
		return x.skey(unquote(x.span(ts, s+1))) == x.skey(x.sshow)
	}
	return false
}

// appositiveGenre reports whether the "from" at k ends an aside that
// describes the sentence's show: "T, the new drama from X", "greenlit T, a
// thriller from X".
func (x *extractor) appositiveGenre(k int) bool {
	g := k - 1
	if !x.tok(g).has(cGenreNouns) || x.tok(g).cap {
		return false
	}
	m := g - 1
	for m > 0 && m > g-5 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "a" && x.tok(m).low != "an" && x.tok(m).low != "the" {
		m-- // "the new eight-episode drama"
	}
	if l := x.tok(m).low; l != "a" && l != "an" && l != "the" || x.tok(m-1).text != "," {
		return false
	}
	ts := x.titleBefore(m - 1)
	return ts < m-1 && x.skey(unquote(x.span(ts, m-1))) == x.skey(x.sshow)
}

// landVerbs win a role: "X has landed the lead role".
var landVerbs = set(`landed lands land bagged bags bag nabbed nabs snagged snags scored scores won wins got gets secured secures earned bagging landing`)

// landedRole reports whether the role noun at k is the object of a verb
// that wins it: "has landed the lead role", "bagged a pivotal part".
func (x *extractor) landedRole(k int) bool {
	for v := k - 1; v > 0 && v >= k-4; v-- {
		t := x.tok(v)
		if landVerbsIDs.has(t.id) && !t.cap {
			return true
		}
		if t.low == "on" && (x.tok(v-1).low == "take" || x.tok(v-1).low == "takes" || x.tok(v-1).low == "took" || x.tok(v-1).low == "taking") {
			return true // "X will take on the male lead role"
		}
		if t.cap || t.kind != tWord {
			return false
		}
	}
	return false
}

// titleCharList reads a list of a title's characters at i: "Attack on
// Titan’s Conny Springer and Demon Slayer’s Zenitsu Agatsuma", "either
// Haikyu!!’s Tobio Kageyama or One Punch Man’s Genos". It returns the
// (title, character) pairs, or none when the list does not start with one.
func (x *extractor) titleCharList(i int) [][2]string {
	var out [][2]string
	k := i
	if x.tok(k).low == "either" {
		k++
	}
	for len(out) < 8 {
		e := x.titleAt(k, false)
		if e <= k || x.tok(e).kind != tPoss || x.isNetwork(x.span(k, e)) || len(out) == 0 && (x.knownPerson(x.span(k, e)) != "" || x.personShaped(k, e) && x.startsName(k)) {
			break
		}
		if e-k > 2 && x.inNetwork(e) {
			break // "played Tom in the BBC's T": a character, then T's network
		}
		if x.inPossTitle(k, e) {
			break // "played Jim in Kessel's Creek": a character, then a title with a possessive inside
		}
		ce := x.charAt(e + 1)
		if ce <= e+1 {
			break
		}
		out = append(out, [2]string{unquote(x.span(k, e)), x.span(e+1, ce)})
		k = ce
		if x.tok(k).text == "," {
			k++
		}
		if l := x.tok(k).low; l == "and" || l == "or" {
			k++
		}
		if x.tok(k).low == "as" {
			k++
		}
	}
	return out
}

// inPossTitle reports whether the title from k to e, before a possessive,
// holds an "in" in lower case after which one title runs past the
// possessive: "Jim in Kessel's Creek" is a character in "Kessel's Creek",
// not "Jim in Kessel"'s character.
func (x *extractor) inPossTitle(k, e int) bool {
	for m := k + 1; m+1 < e; m++ {
		if t := &x.toks[m]; t.low == "in" && !t.cap && x.titleAt(m+1, false) > e {
			return true
		}
	}
	return false
}

// ofTitles reads "the live-action films of" at i, a few lower-case words
// ending in "of" before titles; it returns the index after "of", or 0.
func (x *extractor) ofTitles(i int) int {
	for m := i + 1; m < len(x.toks) && m < i+5; m++ {
		t := &x.toks[m]
		if t.low == "of" && x.titleStarts(m+1) {
			return m + 1
		}
		if t.cap || t.kind != tWord {
			return 0
		}
	}
	return 0
}

// creditModifiers stand between a credits owner and "credits": "X's
// previous TV credits include".
var creditModifiers = set(`previous prior recent other past earlier notable tv television film movie screen stage acting directing writing screenwriting big-screen small-screen
	later best-known famous memorable major best-remembered directorial`)

// roleWords stand before the titles of a credits list: "include recurring
// roles on T".
var roleWords = set(`recurring guest regular starring supporting lead leading roles role turns turn parts part stints stint appearances`)

// genreAfter reports whether t is a lower-case genre noun, perhaps glued
// to the next word ("movies-a"): the genre word before it is an adjective.
func genreAfter(t *token) bool {
	if t.cap || t.kind != tWord {
		return false
	}
	if t.has(cGenreNouns) {
		return true
	}
	w, _, dash := strings.Cut(t.low, "-")
	if !dash {
		// w is the whole word, and genreNouns[w] is t.has(cGenreNouns),
		// false here: only its plural is left to look up
		return strings.HasSuffix(w, "s") && genreNouns[w[:len(w)-1]]
	}
	return genreNouns[w] || genreNouns[strings.TrimSuffix(w, "s")]
}

// madeBy reports whether w joins a name to a crew participle: "shyamalan-produced".
func madeBy(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	_, ok := crewBy[w[i+1:]]
	return ok
}

// worksNounBefore reports whether a plural works noun stands before the
// word at k, past a comma: "romantic roles, such as T1".
func (x *extractor) worksNounBefore(k int) bool {
	if x.tok(k-1).text == "," {
		k--
	}
	return x.worksNoun(k-1) || x.tok(k-1).low == "roles" && !x.tok(k-1).cap
}

// worksNoun reports whether the word at k names works in the plural: "film
// hits", "dramas", "movies".
func (x *extractor) worksNoun(k int) bool {
	w := x.tok(k)
	if w.cap || w.kind != tWord || !strings.HasSuffix(w.low, "s") {
		return false
	}
	return w.low == "hits" || w.low == "blockbusters" || w.has(cGenreNouns) || genreNouns[strings.TrimSuffix(w.low, "s")]
}

// ownClause reports whether the words from i to k belong to the clause of
// the person the sentence opens with: no relative pronoun and no other
// person's name between.
func (x *extractor) ownClause(i, k int) bool {
	for m := i; m < k && m < len(x.toks); m++ {
		switch x.toks[m].low {
		case "which", "that":
			if l := strings.TrimSuffix(strings.TrimSuffix(x.tok(m+1).low, "’s"), "'s"); (l == "he" || l == "she") && !x.toks[m].cap {
				m++ // "X continues the themes that he's addressed in films like T": the subject's own clause
				continue
			}
			return false
		case "who", "whom", "whose", "while", "whereas":
			return false
		}
		if x.toks[m].cap {
			if pe := x.personAt(m); pe > m && x.knownPerson(x.span(m, pe)) != "" {
				return false
			}
		}
	}
	return true
}

// pipelineAfter reports whether the words from i to the clause's end say
// the titles named are coming work: "... in the pipeline", "... lined up",
// "... in her kitty".
func (x *extractor) pipelineAfter(i int) bool {
	if !x.sentHasWord(bitPipeline) && !x.sentHasWord(bitKitty) && !x.sentHasWord(bitUp) && !x.sentHasWord(bitFloors) &&
		!x.sentHasWord(bitScheduled) && !x.sentHasWord(bitSlated) && !x.sentHasWord(bitOffing) {
		return false // none of the words it reads at
	}
	for m := i; m < len(x.toks) && m < i+40; m++ {
		t := &x.toks[m]
		if t.text == "(" {
			if c := x.closeOf(m); c > m {
				m = c // "(literal title)"
				continue
			}
		}
		switch {
		case t.kind == tPunct && t.text != "," && t.text != "’" && t.text != "'" && !(t.text == ":" && x.tok(m+1).cap) && !x.closeQuote(m) && !isQuote(t.text):
			return false // a subtitle's colon goes on: "Pushpa: The Rule"
		case t.low == "pipeline" && x.tok(m-1).low == "the" && x.tok(m-2).low == "in",
			t.low == "kitty" && x.tok(m-2).low == "in",
			t.low == "up" && x.tok(m-1).low == "lined",
			t.low == "floors" && x.tok(m-1).low == "the" && x.tok(m-2).low == "on",                             // "has T on the floors": in production
			(t.low == "scheduled" || t.low == "slated") && x.tok(m+1).low == "for" && x.tok(m-1).kind == tWord, // "has movie “T” (literal title) tentatively scheduled for release"
			t.low == "offing" && x.tok(m-1).low == "the":
			return true
		}
	}
	return false
}

// the bits of the words pipelineAfter reads at (sentHasWord)
var (
	bitPipeline  = wordBit("pipeline")
	bitKitty     = wordBit("kitty")
	bitUp        = wordBit("up")
	bitFloors    = wordBit("floors")
	bitScheduled = wordBit("scheduled")
	bitSlated    = wordBit("slated")
	bitOffing    = wordBit("offing")
)

// praiseWords judge a performance: "X was excellent on T".
var praiseWords = set(`excellent great terrific brilliant superb memorable outstanding fantastic wonderful phenomenal`)

// castInTitles credits each person as cast in each title that is no
// network, person or place: the works a filmography construction names.
func (x *extractor) castInTitles(people, titles []string) {
	for _, p := range people {
		for _, ti := range titles {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" && !placeWords[strings.ToLower(ti)] {
				x.add(graph.KindCast, p, ti, "", "")
			}
		}
	}
}

// holderOf reads whose "his" or "her" at k is: the people before it that a
// verb speaks of ("X won praise for her performance in T"), else the person
// the sentence opens with ("X is an actor who was nominated for an Oscar
// for his role in T"), else, in a sentence that opens with "He" or "She",
// the person an earlier sentence opened with.
func (x *extractor) holderOf(k int) []string {
	if p := x.frontedHolder(k); p != "" {
		return []string{p}
	}
	if ps := x.subjectsBefore(k, 0); len(ps) > 0 && !awardCategoryName(ps[len(ps)-1]) {
		return ps
	}
	if l := x.tok(k).low; l != "his" && l != "her" {
		return nil
	}
	if x.subjectEnd() > 0 && x.subjectEnd() < k {
		return []string{x.subject()}
	}
	if l := x.tok(0).low; l == "he" || l == "she" {
		if x.prevSubject() != "" {
			return []string{x.prevSubject()}
		}
	} else if st := x.introEnd(); st > 0 && st < k && x.tok(st).kind == tWord && (x.tok(st).low == "he" || x.tok(st).low == "she") && x.prevSubject() != "" {
		return []string{x.prevSubject()} // "In 2009, she won the award for her role in T": past an opening phrase
	}
	return nil
}

// pronounSubject is subjectsBefore(k, 0), or for a sentence that opens with
// "He" or "She", the person an earlier sentence of the paragraph opened
// with: "He then went on to direct the drama T".
func (x *extractor) pronounSubject(k int) []string {
	if ps := x.subjectsBefore(k, 0); len(ps) > 0 {
		return ps
	}
	if l := x.tok(0).low; (l == "he" || l == "she") && x.subject() != "" {
		for m := 1; m < k; m++ {
			if x.toks[m].kind == tPunct || x.toks[m].cap {
				return nil // only in the pronoun's own clause
			}
		}
		return []string{x.subject()}
	}
	return nil
}

// frontedHolder is the person a sentence that opens with "Known for" or
// "Best known for" speaks of, named after the opening phrase and before
// its verb: "Best known for her role in T, X joins the cast", "Known for
// his work in films like T1, T2 and T3, X has yet to". k is a word of the
// opening phrase; "" when there is no such person.
func (x *extractor) frontedHolder(k int) string {
	at := 0
	for at < 2 && (x.tok(at).low == "perhaps" || x.tok(at).low == "best" || x.tok(at).low == "most") {
		at++
	}
	if l := x.tok(at).low; (l != "known" && l != "famous" && l != "famed" || x.tok(at+1).low != "for") && !x.besidesOpener(at) || k < at {
		return ""
	}
	for m := at + 2; m+1 < len(x.toks); m++ {
		if x.toks[m].text != "," || m < k {
			continue
		}
		if pe := x.personAt(m + 1); pe > m+1 {
			if n := x.tok(pe); n.has(cAuxWords|cClauseVerbs|cCastVerbs|cListTriggers) && !n.cap {
				return x.resolve(x.span(m+1, pe))
			}
		}
	}
	return ""
}

// behindTitles is where the titles start after "behind" at i-1: directly
// ("behind Dallas Buyers Club") or past an article and describing words
// ("behind the recent Oscar contenders “T1” and “T2”"); else 0.
func (x *extractor) behindTitles(i int) int {
	m := i
	if l := x.tok(m).low; l == "the" || l == "a" {
		for m++; m < len(x.toks) && m < i+6 && x.toks[m].kind == tWord && !isQuote(x.toks[m].text); m++ {
			if !x.toks[m].cap && (x.worksNoun(m) || strings.HasSuffix(x.toks[m].low, "s") && x.titleStarts(m+1)) {
				m++
				break
			}
		}
		if m == i+1 || x.tok(m-1).cap {
			return 0
		}
	}
	if !x.titleStarts(m) || !isQuote(x.tok(m).text) && m == i && !x.isShow(x.span(m, x.titleAt(m, false))) {
		return 0
	}
	return m
}

// comebackBefore reports whether the clause before "since" at k speaks of
// a return: "comeback", "coming back", "return", "for the first time".
func (x *extractor) comebackBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-14; m-- {
		t := &x.toks[m]
		if t.kind == tPunct && t.text != "’" && t.text != "'" {
			return false
		}
		switch t.low {
		case "comeback", "return", "returns", "returning":
			return true
		case "back":
			return x.tok(m-1).low == "coming" || x.tok(m-1).low == "come" || x.tok(m-1).low == "comes"
		}
	}
	return false
}

// comebackHolder is the person whose return a "since" at k dates: the
// owner of a possessive in the clause ("X's comeback drama"), else the
// person the sentence opens with.
func (x *extractor) comebackHolder(k int) string {
	for m := k - 1; m > 0 && m >= k-14; m-- {
		if x.toks[m].kind == tPoss {
			if ps := x.personBefore(m); ps < m && x.personShaped(ps, m) {
				return x.resolve(x.span(ps, m))
			}
			return ""
		}
	}
	if x.subjectEnd() > 0 && x.subjectEnd() < k {
		return x.subject()
	}
	return ""
}

// lastSeenAt is where the titles start after "last seen" (i the token
// after "seen"): "in T", "on HBO's T", "on television in MBC's 2007 drama
// “T”", "in the 2018 film T"; else 0.
func (x *extractor) lastSeenAt(i int) int {
	if x.tok(i).low == "together" {
		i++ // "The duo, who were last seen together in T"
	}
	if x.tok(i).low == "on" {
		switch x.tok(i + 1).low {
		case "television", "tv", "screen", "screens", "stage":
			i += 2
		}
	}
	if l := x.tok(i).low; l != "in" && l != "on" {
		return 0
	}
	p := x.titlePrefix(i + 1)
	if !x.titleStarts(p) {
		return 0
	}
	if e := x.titleAt(p, false); e == p || x.tok(e).kind == tPoss || x.isNetwork(x.span(p, e)) || placeWords[strings.ToLower(x.span(p, e))] {
		return 0
	}
	return i + 1
}

// pastRoleTitles is where the title starts after "(his) role was" (i the
// token after the verb): "on HBO's T", "in T", "playing a king in the
// period thriller T"; else 0.
func (x *extractor) pastRoleTitles(i int) int {
	if x.tok(i).low == "playing" {
		for m := i + 1; m < len(x.toks) && m < i+10; m++ {
			if x.toks[m].kind == tPunct {
				return 0
			}
			if x.toks[m].low == "in" || x.toks[m].low == "on" {
				i = m
				break
			}
		}
	}
	if l := x.tok(i).low; l != "in" && l != "on" {
		return 0
	}
	p := x.titlePrefix(i + 1)
	if !x.titleStarts(p) {
		return 0
	}
	if e := x.titleAt(p, false); e == p || x.tok(e).kind == tPoss || x.isNetwork(x.span(p, e)) {
		return 0
	}
	return i + 1
}

// pairingTitle is where the title starts after "pairing with X" at k:
// "in hit romance drama T", "for T", past a bracket with X's name in
// another script; else 0.
func (x *extractor) pairingTitle(k int) int {
	pe := x.personAt(k + 2)
	if pe <= k+2 {
		return 0
	}
	if x.tok(pe).text == "(" {
		if c := x.closeOf(pe); c > pe {
			pe = c + 1
		}
	}
	if l := x.tok(pe).low; l != "in" && l != "for" {
		return 0
	}
	p := x.titlePrefix(pe + 1)
	if x.tok(p-1).low == "hit" {
		p = x.titlePrefix(p)
	}
	if !x.titleStarts(p) || x.titleAt(p, false) == p {
		return 0
	}
	return pe + 1
}

// ownersStartAt is the end of the possessive owner that opens the
// sentence at i ("Arthur's career ..."), or i.
func (x *extractor) ownersStartAt(i int) int {
	if pe := x.personAt(i); pe > i && x.tok(pe).kind == tPoss {
		return pe
	}
	return i
}

// pairedCrewVerbs is where the crew verbs joined to the one at k start:
// "X wrote and produced T", "X wrote, directed and produced T"; k when no
// other stands before it.
func (x *extractor) pairedCrewVerbs(k int) int {
	m := k
	for m >= 2 && (x.toks[m-1].low == "and" || x.toks[m-1].text == ",") && isCrewVerb(x.toks[m-2].low) && !x.toks[m-2].cap {
		m -= 2
	}
	return m
}

// pairedCrewJobs are the jobs of the crew verbs that end at k, each once:
// "wrote and produced" gives writer and producer.
func (x *extractor) pairedCrewJobs(k int) []string {
	var jobs []string
	for m := x.pairedCrewVerbs(k); m <= k; m += 2 {
		if j := crewVerbTitleIDs.get(x.toks[m].id); !slices.Contains(jobs, j) {
			jobs = append(jobs, j)
		}
	}
	return jobs
}

// execVerbs are what executives do to shows, no credit: "X oversaw hits
// such as T", "X commissioned T1 and T2".
var execVerbs = set(`oversaw oversee oversees overseeing overseen commissioned commissioning greenlit greenlighted
	acquired acquiring championed launched`)

// execVerbBetween reports whether an executive's verb stands among the
// words from i up to k.
func (x *extractor) execVerbBetween(i, k int) bool {
	for m := max(0, i); m < k && m < len(x.toks); m++ {
		if execVerbsIDs.has(x.toks[m].id) && !x.toks[m].cap {
			return true
		}
	}
	return false
}

// creditsVerbAt is where the verb after "credits" at k is: right after it,
// or past a short phrase that says which credits ("Other television
// credits in supporting roles include T1 and T2"), or past an adverb
// ("His credits also included T1 and T2"); else k+1.
func (x *extractor) creditsVerbAt(k int) int {
	if l := x.tok(k + 1).low; (l == "also" || l == "further") && !x.tok(k+1).cap {
		return k + 2
	}
	if l := x.tok(k + 1).low; l != "in" && l != "as" {
		return k + 1
	}
	for m := k + 2; m < len(x.toks) && m < k+6; m++ {
		t := &x.toks[m]
		switch {
		case t.low == "include" || t.low == "includes":
			if m > k+2 {
				return m
			}
			return k + 1
		case t.cap || t.kind != tWord:
			return k + 1
		}
	}
	return k + 1
}

// paragraphPerson is the person an earlier sentence of the paragraph
// opened with, or where none did, the person the article's lead opened
// with; or "".
func (x *extractor) paragraphPerson() string {
	if x.subject() != "" {
		return x.subject()
	}
	return x.mainPerson()
}

// actingPhrase reports whether the words i..j say the credits are on
// screen: "in supporting roles", "as a guest star".
func (x *extractor) actingPhrase(i, j int) bool {
	for m := i; m < j && m < len(x.toks); m++ {
		if l := x.toks[m].low; roleWordsIDs.has(x.toks[m].id) && l != "directing" || l == "characters" || l == "character" || x.toks[m].has(cCastNouns) {
			return true
		}
	}
	return false
}

// inNetwork reports whether the words before a possessive at e are "in
// (the) N" with N a network: "Tom in the BBC's", "Lorna in HBO's".
func (x *extractor) inNetwork(e int) bool {
	n := e - 1
	for n > 0 && x.tok(n-1).cap && x.tok(n-1).low != "the" && n > e-3 {
		n-- // "in Sky Atlantic's"
	}
	p := n - 1
	if x.tok(p).low == "the" {
		p--
	}
	l := x.tok(p).low
	return (l == "in" || l == "on") && !x.tok(p).cap && x.isNetwork(x.span(n, e))
}

// awardCategoryName reports whether a capitalized phrase read as a name
// ends in a word of an award's category: "Best Actress in a Leading Role".
func awardCategoryName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	switch name[i+1:] {
	case "Role", "Actress", "Actor", "Performance", "Series", "Film", "Drama", "Comedy":
		return true
	}
	return false
}

// besidesOpener reports whether the sentence opens at 0 with a phrase of
// something beside the clause after it, a possessive to follow: "In
// addition to her role in T, X starred in", "Aside from his turn in T,
// X", "After her role in T, X".
func (x *extractor) besidesOpener(at int) bool {
	if at != 0 {
		return false
	}
	m := 1
	switch x.tok(0).low {
	case "in":
		if x.tok(1).low != "addition" || x.tok(2).low != "to" {
			return false
		}
		m = 3
	case "aside", "apart":
		if x.tok(1).low != "from" {
			return false
		}
		m = 2
	case "besides", "after", "following", "beyond":
	default:
		return false
	}
	l := x.tok(m).low
	return l == "her" || l == "his" || l == "their"
}

// castOfTitleAt is where the title starts after "cast" at i, or after up to
// two words in lower case and "cast" ("ensemble cast", "main voice
// cast"), then "of" or "in": "the ensemble cast in T"; else 0.
func (x *extractor) castOfTitleAt(i int) int {
	m := i
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && x.tok(m).low != "cast"; q++ {
		m++
	}
	if x.tok(m).low != "cast" || x.tok(m).cap {
		return 0
	}
	if l := x.tok(m + 1).low; l != "of" && l != "in" || !x.titleStarts(m+2) {
		return 0
	}
	return m + 2
}
