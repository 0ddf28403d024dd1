package extract

// Words before a person's name that say what the person is, read past
// before the name: "veteran actor X", "Oscar winner Y", "Golden Globe
// nominee Z".

// prizeNames are the words of prizes that come before "winner" or
// "nominee": "Oscar winner X", "Golden Globe nominee Y", "Academy Award
// winner Z".
var prizeNames = set(`oscar oscars emmy emmys bafta baftas grammy grammys golden globe globes academy award awards tony tonys
	cannes palme d'or sag filmfare césar cesar goya olivier pulitzer booker nobel`)

// prizeNameWords are the bits of prizeNames (mayHold), prizeHolderWords
// those of the words after them that pastPrizeHolder reads.
var (
	prizeNameWords   = setMask(prizeNames)
	prizeHolderWords = wordMask("winner", "nominee", "laureate", "recipient", "winners", "nominees")
)

// prizeHolderSentence is sentHasAnyWord(prizeHolderWords), kept in the
// sentence.
func (x *extractor) prizeHolderSentence() bool {
	s := x.s
	if s == nil {
		return true
	}
	if s.prizeHolders == 0 {
		s.prizeHolders = 1
		if x.sentHasAnyWord(prizeHolderWords) {
			s.prizeHolders = 2
		}
	}
	return s.prizeHolders == 2
}

// pastPrizeHolder is where the name after a prize's winner or nominee at k
// starts: "Oscar nominee X", "Golden Globe winner Y"; k where none stands.
func (x *extractor) pastPrizeHolder(k int) int {
	if s := x.s; s != nil && s.prizeHolders == 1 {
		return k // the sentence read before: no "winner", "nominee", ... in it
	}
	return x.pastPrizeHolderAt(k)
}

// pastPrizeHolderAt is pastPrizeHolder past its test of a sentence already
// read.
func (x *extractor) pastPrizeHolderAt(k int) int {
	if !x.prizeHolderSentence() {
		return k // no "winner", "nominee", ... in the sentence
	}
	m := k
	for m < k+3 && x.tok(m).cap && (prizeNameWords.mayHold(x.tok(m)) && prizeNamesIDs.has(x.tok(m).id) || prizeAcronym(x.tok(m))) {
		m++ // "Oscar winner", "SAFTA winners": a prize's name in capitals
	}
	if m == k {
		return x.pastShowWinner(k)
	}
	switch x.tok(m).low {
	case "winner", "nominee", "laureate", "recipient", "winners", "nominees":
		if !x.tok(m).cap && x.tok(m+1).cap {
			return m + 1
		}
	}
	return x.pastShowWinner(k) // "Golden Lion winner X": a prize's first word, then more of its name
}

// pastPerformerWords is where the words before i that say what a person is
// start: "veteran actor" in "with veteran actor X"; i where there are none.
func (x *extractor) pastPerformerWords(i int) int {
	m := i
	for n := 0; n < 3 && m > 0; n++ {
		p := x.tok(m - 1)
		if p.kind != tWord || p.cap || !(p.has(cCastNouns) && p.low != "stars" && p.low != "cast" || p.has(cDescribeWord)) { // cDescribeWord: describeWords
			break
		}
		m--
	}
	return m
}

// bandNouns name a group of performers: "Moon Bin of boy group ASTRO".
var bandNouns = set(`group band duo trio unit quartet quintet`)

// bandNounMask is bandNouns as a word mask: a sentence without one of them
// names no group after a person.
var bandNounMask = setMask(bandNouns)

// pastBandOf is where the person before the group named at j ends: "X of
// boy group ASTRO will make his acting debut" reads X, not ASTRO; j where
// no group stands there.
func (x *extractor) pastBandOf(j int) int {
	if j < 3 || !x.toks[j].cap || !x.sentHasAnyWord(bandNounMask) {
		return j // no band noun in the sentence: no person's end to read
	}
	ps := x.personBefore(j + 1)
	if ps > j || ps < 2 || !bandNounsIDs.has(x.toks[ps-1].id) || x.toks[ps-1].cap {
		return j
	}
	for m := ps - 2; m >= 1 && m >= ps-4; m-- {
		switch w := &x.toks[m]; {
		case (w.low == "of" || w.low == "from") && !w.cap:
			return m - 1
		case w.cap || w.kind != tWord:
			return j
		}
	}
	return j
}

// roleOfShow is the show "the lead role of" names at at, where a network's
// possessive or a genre noun says it is one: "the lead role of FX's Alien
// series", "the title role of the drama T"; else "".
func (x *extractor) roleOfShow(at int) string {
	if x.tok(at).low == "the" {
		at++
	}
	owned := false
	if e := x.titleAt(at, false); e > at && x.tok(e).kind == tPoss && x.isNetwork(x.span(at, e)) {
		at, owned = e+1, true
	}
	if x.tok(at).has(cGenreNouns) && !x.tok(at).cap && x.titleStarts(at+1) {
		at++ // "the drama T"
		owned = true
	}
	e := x.titleAt(at, false)
	if e <= at || !(owned || x.tok(e).has(cGenreNouns) && !x.tok(e).cap) {
		return ""
	}
	if x.tok(e-1).kind == tNum && len(x.tok(e-1).text) == 4 && x.tok(e-2).low == "the" && !x.tok(e-2).cap {
		return "" // "the lead role of C in the 2025 film T": the year is the film's
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(at, e) && x.startsName(at) {
		return ""
	}
	return ti
}

// prizeAcronym reports whether t is a word in capitals of three to six
// letters, a prize's initials before "winner": "SAFTA", "AMVCA".
func prizeAcronym(t *token) bool {
	if t.kind != tWord || len(t.text) < 3 || len(t.text) > 6 {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// personRanks are ranks and honorifics written before a person's name and
// no part of it: "Officer Wilkins", "Dr. Ana Lee".
var personRanks = set(`officer detective sergeant sgt inspector constable dr dr. doctor professor prof prof.`)

// personRankBits are personRanks' word bits (mayHoldBytes).
var personRankBits = setMask(personRanks)

// dropRank drops a rank before a person's name: "Dr. Ana Lee" is Ana Lee;
// "Officer Wilkins" is the Wilkins the article names in full, and stays as
// it is where the article names no such person.
func (x *extractor) dropRank(person string) string {
	first, rest, ok := cutByte(person, ' ')
	if !ok || len(first) > 10 || first == "" || first[0] < 'A' || first[0] > 'Z' {
		return person
	}
	var buf [16]byte
	if l := lowerInto(buf[:0], first); !personRankBits.mayHoldBytes(l) || !personRanks[string(l)] {
		return person
	}
	if hasByte(rest, ' ') || x.resolve(rest) != rest {
		return rest
	}
	return person
}

// pastGroupOf reads past a singer's group after "of" at k, "of the girl
// group LUMIS", "of boy band Nine Days": the group is no show and no
// person. It returns where the words after it start, or k.
func (x *extractor) pastGroupOf(k int) int {
	m := k + 1
	if x.tok(m).low == "the" {
		m++
	}
	for q := 0; q < 2 && !x.tok(m).cap && musicGroupWordsIDs.has(x.tok(m).id); q++ {
		m++ // "girl", "boy", "idol", "K-pop"
	}
	if l := x.tok(m).low; x.tok(m).cap || l != "group" && l != "band" && l != "duo" && l != "trio" {
		return k
	}
	if e := x.titleAt(m+1, false); e > m+1 && e-m-1 <= 3 {
		return e
	}
	return k
}

// pastGroupAside is where a list item goes on past the music group after
// its name at k: "of the girl group Y" (pastGroupOf), or the same between
// commas, ", of the group Y," (past the closing comma: the group is no
// person); else k.
func (x *extractor) pastGroupAside(k int) int {
	if x.tok(k).low == "of" {
		return x.pastGroupOf(k)
	}
	if x.tok(k).text == "," && x.tok(k+1).low == "of" {
		if e := x.pastGroupOf(k + 1); e > k+1 && x.tok(e).text == "," {
			return e + 1
		}
	}
	return k
}

// musicGroupWords describe a music group: "girl group", "K-pop boy band".
var musicGroupWords = set(`girl boy idol k-pop kpop pop rock vocal`)

// guestsAre reports whether the verb at v ("be", "is", "are") follows a
// sentence's opening subject of guests: "The first guest will be actor X",
// "This week's guests are A and B".
func (x *extractor) guestsAre(v int) bool {
	m := v - 1
	if x.tok(m).low == "will" || x.tok(m).low == "would" {
		m--
	}
	if l := x.tok(m).low; l != "guest" && l != "guests" || x.tok(m).cap || m > 4 {
		return false
	}
	for q := 0; q < m; q++ {
		if t := &x.toks[q]; t.kind != tPoss && !guestOpenersIDs.has(t.id) {
			return false // the subject opens the sentence: not "Among the guests are C and D"
		}
	}
	return true
}

// guestOpeners are the words before "guest" in a sentence's opening
// subject: "The first guest", "This week's guests".
var guestOpeners = set(`the first next special this week today tonight episode's final last second third celebrity surprise musical`)

// pastShowWinner is where the name after a show's winner at k starts:
// "Star Kitchen Season 5 winner X joins the cast" (the show is read by
// showWinnerRule); k where none stands.
func (x *extractor) pastShowWinner(k int) int {
	m := k
	for m < k+6 && (x.tok(m).cap && x.tok(m).kind == tWord || x.tok(m).kind == tNum) {
		m++
	}
	if m == k || m-k < 2 && x.tok(m-1).kind != tNum || x.tok(m).cap || x.tok(m).low != "winner" && x.tok(m).low != "winners" || !x.tok(m+1).cap {
		return k // a title of one word may be a prize's: "Emmy winner X" is read above
	}
	return m + 1
}
