package extract

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// Options tune Extract. The zero Options is valid.
type Options struct {
	// KnownShow reports whether title names a show the caller knows, for
	// example one already in the graph. A bracket after a name that holds a
	// known show is read as a credit in that show, never as a character.
	// Default: nil, only shows named in the article itself are known.
	KnownShow func(title string) bool

	// MinConfidence drops the facts whose confidence (graph.Fact.Confidence,
	// between 0 and 1) is below it. Default: 0, every fact is kept.
	MinConfidence float64
}

// Extract reads the credits that article a states. The facts come in the
// order the article states them, without duplicates; each is normalized and
// valid, and carries its sentence as Evidence, a.ID as Article and a.Date.
//
// The article is read twice: the first reading learns which names in it are
// people and which are shows, the second uses that to read brackets and
// possessives that one sentence alone leaves open.
//
// Extract keeps no state between calls and may run concurrently, as long as
// opt.KnownShow may.
func Extract(a Article, opt Options) []graph.Fact {
	sc := scratches.Get().(*scratch)
	x := sc.extractor(a, opt)
	x.first = true
	x.epoch = x.memo.newEpoch()
	x.run()
	x.reset(x.knowledge(&sc.know))
	x.run()
	facts := x.finish()
	facts = refuseNoTitles(facts) // a show that is no title (notitleshows.go)
	sc.keep(x)
	scratches.Put(sc)
	if opt.MinConfidence > 0 {
		facts = slices.DeleteFunc(facts, func(f graph.Fact) bool { return f.Confidence < opt.MinConfidence })
	}
	return facts
}

// memo caches what is known of a name or title: the same names recur in
// every sentence, and a show key runs a regular expression. One map lookup
// finds all of it.
type memo struct {
	names strTable[*name]
	// the last string looked up and its entry: callers often ask several
	// things of one name in a row
	lastKey string
	last    *name
	lastLen int // len(lastKey) + 1 where last is set, else 0
	// recent entries by where their string lies in memory: a span of a
	// sentence is looked up again and again, each time the same bytes, and
	// comparing an address costs less than hashing the text
	recent [128]recentName
	slab   []name   // storage for new entries
	slabs  [][]name // every slab handed out, cleared and kept by scratch
	spare  int      // slabs[spare:] are cleared and not in use
	epoch  uint32   // the last epoch handed out
	// solo counts the capitalized words that stand alone in the article's
	// prose, outside brackets and names: "Guzmán" in "cross paths with
	// Guzmán, Samuel and Ander". Made on first use.
	solo map[string]int
	// translated caches translatedTitle, which reads the whole text
	translated map[string]string
	// prose caches proseWord, which reads the whole text
	prose map[string]bool
	// notAPerson caches notAPersonHere: each sentence's answers are a
	// chain through it, from the sentence's notAPersonLast
	notAPerson []notAPersonAnswer
	// the questions the first reading's findArticleShow asked of the
	// knowledge, and what it found
	log   askLog
	shown articleShown
	// what the first reading's rules did, sentence by sentence
	rr rereads
	// obit is whether the article is an obituary (obituary), once read: 0
	// not yet, 1 no, 2 yes
	obit uint8
	// quoted is whether the text has a quote before a bracket
	// (quoteBeforeBracket), once read: 0 not yet, 1 no, 2 yes
	quoted uint8
	// folds holds the folds the cache makes (foldNew), one after another
	folds []byte
}

// name is the cache entry of one string.
type name struct {
	has        uint16 // hasFold, ...
	net        bool   // isNetwork
	show       bool   // isShow, valid in showEpoch
	showEpoch  uint32
	fold, skey string
	title      string // split: the title without its season qualifier
	seasons    []int  // and the seasons it names
	noCredit   bool   // noCreditName: never a person or show of a credit
	nameStart  bool   // isNameStart
	acronymMod bool   // acronymModifier: a network's letters before a genre noun, each time the article writes it
	is         uint16 // the answers of nameFlag's questions, a bit each as in has
	// the string cleaned as a credit's person, and as its show: see
	// cleanedPerson and cleanedShow
	asPerson, asShow string
	// resolve and knownPerson, valid for the knowledge they were read with
	resolved, known     string
	resolvedBy, knownBy *knowledge
	// with the log of the first reading's rules on, where in it the
	// questions of resolve and knownPerson lie (logAsks)
	resolvedAsks, knownAsks [2]int32
	words                   int32 // wordCount in the article's text
}

const (
	hasFold = 1 << iota
	hasSkey
	hasNet
	hasSplit
	hasNoCredit
	hasAsPerson
	hasAsShow
	hasWords
	hasAcronymMod
	hasNameStart
	hasCountry
	hasPlace
	hasPhoto
)

// noCreditName reports whether s can be neither the person nor the show of
// a credit: only describing words ("Veteran", "British"), or a season
// and nothing else ("Season 5").
func (x *extractor) noCreditName(s string) bool {
	n := x.memo.lookup(s)
	if n.has&hasNoCredit == 0 {
		title, _ := x.split(s)
		n = x.memo.lookup(s) // split may have moved the cache's last entry
		n.noCredit = noCreditUncached(s, title) && !x.genreQuotedWord(s)
		n.has |= hasNoCredit
	}
	return n.noCredit
}

// creditless reports whether s can be neither the person nor the show of a
// credit, as a network, a company or a noCreditName: one cache lookup once
// both are known.
func (x *extractor) creditless(s string) bool {
	n := x.memo.lookup(s)
	if n.has&(hasNet|hasNoCredit) == hasNet|hasNoCredit {
		return n.net || n.noCredit
	}
	return x.isNetwork(s) || x.noCreditName(s)
}

// newEpoch returns a number not used before: the answers of isShow cached
// under an older one are stale.
func (m *memo) newEpoch() uint32 {
	m.epoch++
	return m.epoch
}

// newSlab returns storage for 64 entries, a kept one if there is one.
func (m *memo) newSlab() []name {
	if m.spare < len(m.slabs) {
		m.spare++
		return m.slabs[m.spare-1][:0]
	}
	s := make([]name, 0, 64)
	m.slabs = append(m.slabs, s)
	m.spare = len(m.slabs)
	return s
}

// recentName is a string and its cache entry.
type recentName struct {
	key string
	n   *name
}

func (m *memo) lookup(s string) *name {
	if len(s) == m.lastLen-1 && unsafe.StringData(s) == unsafe.StringData(m.lastKey) {
		return m.last // the same string at the same address: inlined in the callers
	}
	return m.lookupAgain(s)
}

// lookupAgain is lookup past its first test.
func (m *memo) lookupAgain(s string) *name {
	if m.last != nil && len(s) == len(m.lastKey) && (unsafe.StringData(s) == unsafe.StringData(m.lastKey) || s == m.lastKey) {
		return m.last // the same string, most often at the same address
	}
	// the same address and length hold the same text: strings do not change
	at := unsafe.StringData(s)
	r := &m.recent[(uintptr(unsafe.Pointer(at))^uintptr(len(s))<<4)%uintptr(len(m.recent))]
	if r.n != nil && unsafe.StringData(r.key) == at && len(r.key) == len(s) {
		m.lastKey, m.last, m.lastLen = s, r.n, len(s)+1
		return r.n
	}
	h := strHash(s)
	if n, ok := m.names.getHashed(h, s); ok {
		m.lastKey, m.last, m.lastLen = s, n, len(s)+1
		*r = recentName{s, n}
		return n
	}
	if len(m.slab) == cap(m.slab) {
		m.slab = m.newSlab()
	}
	m.slab = m.slab[:len(m.slab)+1]
	n := &m.slab[len(m.slab)-1]
	m.names.add(h, s, n)
	m.lastKey, m.last, m.lastLen = s, n, len(s)+1
	*r = recentName{s, n}
	return n
}

func (n *name) foldOf(m *memo, s string) string {
	if n.has&hasFold == 0 {
		n.fold = m.foldNew(s)
		n.has |= hasFold
	}
	return n.fold
}

func (x *extractor) fold(s string) string { m := x.memo; return m.lookup(s).foldOf(m, s) }

type extractor struct {
	// the streaming services the article names by a service's cue word, once
	// read (serviceName)
	services     []string
	servicesRead bool
	// the names the text gives as people (textPeople), once read
	people     map[string]bool
	peopleRead bool
	// whether the article's text holds "anime" (animeVoiceList): 0 not
	// yet read, 1 no, 2 yes
	anime int8
	first bool // the first reading, which only learns names
	memo  *memo
	epoch uint32 // of the answers of isShow: changes with what makes a show
	a     Article
	opt   Options
	sents []sentence
	know  *knowledge

	// sentState is what one sentence's rules share with the next's, and
	// what sentence readies for them (rereads.go): every field the rules
	// read or write that outlives a rule goes in it
	sentState
	who whoState // whom the sentences before name: the opening writes it, the rules read it (rereads.go)

	sentAt, namedAt int // the index of the sentence being read; 1 + that of the last whose opening noted its names (noteNamed)
	amb             ambiguousSurname
	headings        map[string]bool // the keys of headingKeys, as a set
	facts           []fact
	index           *keyTable[factKey]
	raw             *keyTable[rawKey] // facts by their fields as given, before normalizing
	early           *keyTable[rawKey] // facts by add's arguments

	// the sentence being read
	s        *sentence
	toks     []token
	sseasons []int  // the seasons it names, in the second reading: only credits read them
	used     []bool // tokens read as a character's name: set with use
	usedGen  uint32 // changes with used
	inBr     []bool // tokens inside round brackets
	brOver   map[int]bool
	buf, brs []bool      // storage of used and inBr for ready; of inBr for look, handed out in turn through an article
	items    []item      // storage for parseList
	strs     []string    // storage handed out by strBuf, never twice (strbufs.go)
	added    sentAdds    // the credits the rules gave in the sentence being read (ensemblelists.go)
	conf     float64     // the confidence of the rule being applied
	fin      finishStore // finish's storage
	pmemo    tokenMemo   // personAt and personBefore of the sentence's tokens
	// the first reading's credit replay adds again, while it does
	replaying *ruleAdd
}

// reset readies x for the second reading, with what the first learnt: the
// state of scratch.extractor, keeping the caches and the storage of the
// maps.
func (x *extractor) reset(know *knowledge) {
	clear(x.headings)
	x.index.clear()
	x.raw.clear()
	x.early.clear()
	clear(x.brOver)
	*x = extractor{sentState: sentState{showState: noShow}, memo: x.memo, epoch: x.memo.newEpoch(), a: x.a, opt: x.opt, sents: x.sents, know: know, facts: x.facts[:0], headings: x.headings,
		index: x.index, raw: x.raw, early: x.early, brOver: x.brOver, buf: x.buf, brs: x.brs, items: x.items, strs: x.strs, added: x.added.kept(), fin: x.fin, pmemo: x.pmemo.kept(),
		people: x.people, peopleRead: x.peopleRead}
}

func (x *extractor) run() {
	x.articleShow()
	if traceArticleShow != nil && !x.first {
		traceArticleShow(x.show)
	}
	x.focus = x.show
	obit := x.show == "" && x.obituary() // a career's shows, each of one paragraph
	x.entryLines = x.countEntryLines()
	roster := false // a roster heading opened a list of names, one a line
	lineupEnd := -1 // the last paragraph of a line-up entry's title and countries
	for i := range x.sents {
		s := &x.sents[i]
		x.sentAt = i
		x.conf = headingConfidence // a heading's credits: "“T” by director X"
		switch {
		case rosterHeading(s) || rosterLead(s) && (i+1 == len(x.sents) || x.sents[i+1].para != s.para):
			roster = true // "Cast:", "This is a list of the voice actors:"
		case roster && x.nameLine(s):
			// "Lee Sunne" under "Additional Voices:"
			x.rosterLine = true
			x.sentence(s)
			x.rosterLine = false
			continue
		default:
			roster = false
		}
		if !s.head && s.first && strings.HasSuffix(s.text, ")") && s.para > 0 {
			// "Marasli (ATV)": a section heading that ends in its network
			if title := x.castHeading(s); title != "" {
				x.setFocus(title)
				continue
			}
		}
		if s.para <= lineupEnd {
			continue // a line-up entry's title or countries
		}
		if x.lineupLine(i) {
			continue // "by X", "with A, B" under a line-up entry's title
		}
		if s.first && s.para > 0 && len(s.toks) <= 14 {
			if p := x.lineupHead(i); p >= 0 {
				lineupEnd = p
				continue
			}
			if x.dirLine(i) {
				lineupEnd = s.para // "Salt Tides – dir. Ana Duarte"
				continue
			}
		}
		if x.numberedCastEntry(i) || x.whoInItLine(i) || x.dashEntryFocus(i) {
			continue // "1. T with A and B, Ch3", "Who's in it: A, B": the entry's show, and its cast
		}
		if title := x.entryTitle(i); title != "" {
			// "Tokyo Hounds (東京ハウンズ)" over "Fuji TV, Monday 9:00pm":
			// a roundup's entry
			x.setFocus(title)
			continue
		}
		if x.dashCastEntry(s) {
			continue // "T — Cast: A, B": the entry's show, and its cast
		}
		if title := x.quotedByHeading(i); title != "" {
			// "“The Handmaiden” by director Park Chan-wook": a roundup's
			// section, and its maker
			x.setFocus(title)
			continue
		}
		if title := x.quotedHeading(i); title != "" {
			// "“Queen of Tears”" on a line of its own: a roundup's section
			x.setFocus(title)
			continue
		}
		if s.para > 0 && s.first && (s.head || i+1 < len(x.sents) && x.sents[i+1].para != s.para) {
			if title := x.creditHeading(i); title != "" {
				x.setFocus(title) // "Wyatt Cenac to star in “The Group”": the section's show
			} else if title := x.premiereHeading(i); title != "" {
				x.setFocus(title) // "T — Premieres Tuesday on X": a roundup's entry
				continue
			}
		}
		if s.first && !s.head && len(s.toks) <= 6 {
			if title := x.runInTitle(i); title != "" {
				x.setFocus(title) // "Tunna blå linjen. Polisserien ...": a roundup entry's title
				continue
			}
		}
		if s.head && x.nameJobLine(i) {
			continue // "Tomas Brel, actor/writer" under the heading "Kessel Boy"
		}
		if s.head && !creditLine(s) && !(s.para == 0 && castHeadline(s)) && !(x.headPerson != "" && rolesLabelEnd(s.toks) >= 0) { // "Known for: T1, T2" under a person's heading is read as a sentence
			person := "" // the person this heading names alone, if any
			// "Film: ‘T’ (2004)", "T1 and T2 actress", "Date of birth: 1955" under the person's heading keep it
			if s.para > 0 && x.workLabelEnd(s) < 0 && !x.headingCareerLine(s) && !x.profileLine(s) {
				person = x.openPersonSection(s) // a roundup of actors: whom the section is about
			}
			if s.para == 0 {
				x.headlineCast(s)      // "A And B Join T Season 2"
				x.headlineObituary(s)  // "T star X dies aged 82"
				x.headlineFilming(s)   // "X Filming T with Y"
				x.headlineBareTitle(i) // "The Quiet Actor" over "Directed by X, it follows ..."
			}
			// A heading whose words the next paragraph repeats names the
			// show that section is about.
			if s.para > 0 && len(s.toks) <= 10 && len(s.toks) > 0 && (s.toks[0].cap || s.toks[0].kind == tNum) && !castNounHeading(s.text) && !personNewsHeading(s.toks) {
				if person != "" && x.personSection(i, person) { // "2. Ana Selo" over "Ana Selo was an actor": no show
				} else if next := x.paragraph(i+1, s.para+1); next != "" && hasLetter(s.text) && strings.Contains(x.fold(next), x.fold(s.text)) && !x.isNetwork(s.text) {
					x.setFocus(graph.CleanSpace(s.text))
					x.headPerson = "" // the heading is the section's show, as the second reading finds it: no person's
				} else if title := x.capsHeading(s); title != "" {
					x.setFocus(title)
				} else if title := x.castHeading(s); title != "" {
					x.setFocus(title)
				} else if title := x.titleHeading(i); title != "" {
					x.setFocus(title) // "Tokyo Ghoul – 東京喰種 [...]", "Wisting season 2: ...", "Love, Lies" over "Starring A, B"
				} else if x.otherSection(i) || x.labelEntry(i) {
					x.focus = "" // "Battle over" over a paragraph on an actor's death: no show of the article's; an entry's heading over "Cast: A, B" read as no title
				}
			}
			x.proseHeadingSentence(s) // "‘T’, starring X, is the latest production ...": a standfirst
			continue
		}
		if obit && s.first && !x.sents[max(i-1, 0)].head {
			x.focus = "" // an obituary's new paragraph: no show of the paragraph before
		}
		x.paraSentence(s)
	}
}

// headingConfidence is the confidence of the credits a heading or a
// headline reads, outside the rules applied to every sentence.
const headingConfidence = 0.7

// sentence applies every rule to one sentence.
func (x *extractor) sentence(s *sentence) {
	if x.rereadWhole(s) {
		return
	}
	x.ready(s)
	x.added.start(s)
	x.logOpening()
	clear(x.brOver)
	x.returning, x.secondComma = false, -1
	commas := 0
	crewWords, castWords := false, false
	x.jobOf, x.jobOnly = x.jobOf[:0], false
	const cues = cCrewCues | cJobVerb | cWriteVerb | cCastVerbs | cCastNouns | cPlayVerbs | cCastCue | cReturnWords | cJobNoun
	for i := range s.toks {
		t := &s.toks[i]
		if t.class&cues == 0 {
			// most tokens: none of the words below, only a comma to count
			if len(t.text) == 1 && t.text[0] == ',' {
				if commas++; commas == 2 {
					x.secondComma = i
				}
			}
			continue
		}
		if t.has(cCrewCues|cJobVerb|cWriteVerb) || t.has(cJobNoun) && !t.cap && (x.personAt(i+1) > i+1 || i > 0 && x.bareJobEnd(i)) && t.low != "executive" && t.low != "co-executive" {
			// "filmmaker X (T)", "screenwriter X": a job noun before a name
			if pe := x.personAt(i + 1); t.has(cJobNoun) && pe > i+1 && x.tok(pe).text != "(" {
				// "Bleak Night director Yoon Sung-hyun, and a reunion with
				// Lee Je-hoon (Tomorrow With You)": the job is Yoon's
				x.jobOf = append(x.jobOf, x.fold(x.resolve(x.span(i+1, pe))))
			} else {
				crewWords = true
			}
		}
		if t.has(cCastVerbs|cCastNouns|cPlayVerbs|cCastCue) && (!t.cap || i == 0) && !(strings.HasPrefix(t.low, "appear") && x.tok(i+1).low == "to") {
			castWords = true // not "Star" in "My Love From the Star", nor "appears to end his career"
		}
		if t.has(cReturnWords) && (!t.cap || i == 0) && !x.returnElsewhere(i) {
			x.returning = true // not "Back" in "Come Back Ajusshi"
		}
		if t.text == "," {
			if commas++; commas == 2 {
				x.secondComma = i
			}
		}
	}
	if !crewWords && len(x.jobOf) > 0 {
		crewWords, x.jobOnly = true, true
	}
	x.lastChar = ""
	if x.sentPerson != "" {
		x.who.lastPerson, x.sentPerson = x.sentPerson, ""
	}
	if x.sentCast != "" {
		x.who.lastCast, x.sentCast = x.sentCast, ""
	}
	if s.first {
		x.who.lastCast = "" // another paragraph
	}
	if s.parens {
		markBrackets(x.inBr, s.toks) // else none is inside brackets, as ready left them
	}
	x.crewSentence = crewWords && !castWords
	x.castWords = castWords
	x.jury = s.classes&cJury != 0 || x.jury && !s.first && juryGoesOn(s) || x.launchGuests() // "jury", "juror", "jurors"; "She will be joined by director X" after them
	x.openShow()
	x.noteSubject()
	x.noteListedGroup()
	x.noteNamed()
	x.notePair()
	if x.pending != "" {
		x.pendAge++
		if x.pendAge > 2 {
			x.pending = ""
		}
	}
	if traceSentence != nil && !x.first {
		traceSentence(x)
	}
	x.applyRules()
}

// traceSentence, when set (by tests), sees each sentence of the second
// reading before the rules read it, with its show and the focus.
var traceSentence func(x *extractor)

// rules are the rules applied to every sentence, in order, each with the
// confidence of the credits it reads: how often that construction states a
// credit in news copy. Where a fact is read by several rules, the most
// confident one counts.
//
// The second reading skips the rules of a sentence that nothing the first
// reading learnt reaches, and adds the credits they read in the first
// (rereads.go); in a sentence it reaches, it does so for the rules after a
// resume point past the last rule it reaches (resumes.go). A rule keeps that right by reading only its sentence, the
// state in sentState (whoState's fields through their methods: x.subject(),
// x.group(), ...) and the knowledge through its methods (x.know.person,
// x.resolve, x.isShow, ...), and by saying when it reads what the two
// readings differ in: x.know.askReading() before reading x.first,
// x.know.askCredits() before reading x.facts. What it keeps for later
// sentences goes in sentState. TestConstructions and TestRereadsChangeNothing
// read every case and article with and without the skipping, and fail
// where the facts differ. A rule whose first test asks for word classes or words has them as its trigger in ruletriggers.go: the runner passes over a sentence without them, and a rule's new first test changes its trigger.
var rules = []struct {
	apply      func(*extractor)
	confidence float64
}{
	{(*extractor).lineRule, 0.9}, // only on credits lines and paragraph openings
	{(*extractor).inTitleLineRule, 0.8},
	{(*extractor).roleRule, 0.9},
	{(*extractor).listRule, 0.85},
	{(*extractor).bracketRule, 0.8},
	{(*extractor).crewByRule, 0.9},
	{(*extractor).madeByRule, 0.7},
	{(*extractor).jobNounRule, 0.8},
	{(*extractor).jobVerbRule, 0.8},
	{(*extractor).ofTitleRule, 0.7},
	{(*extractor).fromJobOfRule, 0.75},
	{(*extractor).jobOfOpenerRule, 0.75},
	{(*extractor).dirBracketRule, 0.8},
	{(*extractor).broughtUsRule, 0.7},
	{(*extractor).sourceRule, 0.85},
	{(*extractor).possRule, 0.6},
	{(*extractor).genitiveMakerRule, 0.6},
	{(*extractor).crewWorkRule, 0.75},
	{(*extractor).workedRule, 0.75},
	{(*extractor).creditsRule, 0.75},
	{(*extractor).coMakerRule, 0.7},
	{(*extractor).filmographyRule, 0.7},
	{(*extractor).fameRule, 0.7},
	{(*extractor).vehicleRule, 0.6},
	{(*extractor).directorialRule, 0.7},
	{(*extractor).boardRule, 0.7},
	{(*extractor).replacingRule, 0.8},
	{(*extractor).guestRule, 0.7},
	{(*extractor).possCharRule, 0.6},
	{(*extractor).pronounCharRule, 0.6},
	{(*extractor).voiceOfRule, 0.7},
	{(*extractor).bothKindsRule, 0.7},
	{(*extractor).frontedRoleRule, 0.75},
	{(*extractor).hasAsLeadRule, 0.7},
	{(*extractor).pronounWorkRule, 0.6},
	{(*extractor).pronounJoinRule, 0.7},
	{(*extractor).castingOfRule, 0.8},
	{(*extractor).sourceYearRule, 0.8},
	{(*extractor).listOfTitlesRule, 0.7},
	{(*extractor).beltWorksRule, 0.7},
	{(*extractor).pairingOfRule, 0.7},
	{(*extractor).akaRule, 0.7},
	{(*extractor).starOfRule, 0.7},
	{(*extractor).newFacesRule, 0.8},
	{(*extractor).withCastRule, 0.7},
	{(*extractor).takePartRule, 0.8},
	{(*extractor).starredByRule, 0.8},
	{(*extractor).whoWasInRule, 0.7},
	{(*extractor).wasInRule, 0.7},
	{(*extractor).quotedCastRule, 0.7},
	{(*extractor).rolesLabelRule, 0.7},
	{(*extractor).workLabelRule, 0.7},
	{(*extractor).introducingRule, 0.7},
	{(*extractor).titleWithRule, 0.7},
	{(*extractor).leadsWorkRule, 0.75},
	{(*extractor).dutiesByRule, 0.75},
	{(*extractor).jobAndStarRule, 0.75},
	{(*extractor).reunionRule, 0.7},
	{(*extractor).sinceRule, 0.7},
	{(*extractor).priorWorkRule, 0.7},
	{(*extractor).debutBehindRule, 0.8},
	{(*extractor).responsibleRule, 0.75},
	{(*extractor).awaitRule, 0.7},
	{(*extractor).awardRule, 0.7},
	{(*extractor).awardLineRule, 0.75},
	{(*extractor).roseToFameRule, 0.7},
	{(*extractor).theTitleStarRule, 0.7},
	{(*extractor).fromAsideRule, 0.7},
	{(*extractor).comebackRule, 0.7},
	{(*extractor).isCharRule, 0.6},
	{(*extractor).isPartRule, 0.6},
	{(*extractor).portrayingIsRule, 0.7},
	{(*extractor).frontPlayingRule, 0.7},
	{(*extractor).myCharacterRule, 0.7},
	{(*extractor).fromPairsRule, 0.6},
	{(*extractor).reuniteInRule, 0.6},
	{(*extractor).teamUpRule, 0.6},
	{(*extractor).formerQuotedRule, 0.6},
	{(*extractor).countsAmongRule, 0.8},
	{(*extractor).releaseWithRule, 0.7},
	{(*extractor).frontedWorksRule, 0.6},
	{(*extractor).landedLeadRule, 0.75},
	{(*extractor).kinToRule, 0.6},
	{(*extractor).onScreensRule, 0.6},
	{(*extractor).onSetRule, 0.6},
	{(*extractor).ofTheGenreRule, 0.6},
	{(*extractor).outingRule, 0.6},
	{(*extractor).followUpRule, 0.6},
	{(*extractor).inWhichRule, 0.7},
	{(*extractor).coStarChainRule, 0.7},
	{(*extractor).screenShareRule, 0.7},
	{(*extractor).broughtToLifeRule, 0.8},
	{(*extractor).pairedRule, 0.7},
	{(*extractor).titleByRule, 0.6},
	{(*extractor).groupCastRule, 0.6},
	{(*extractor).asWellAsRule, 0.7},
	{(*extractor).possGenreRule, 0.6},
	{(*extractor).creditShareRule, 0.7},
	{(*extractor).assistedRule, 0.6},
	{(*extractor).staffWorkRule, 0.7},
	{(*extractor).nameTitleRule, 0.6},
	{(*extractor).categoryLineRule, 0.7},
	{(*extractor).hostRule, 0.7},
	{(*extractor).titularRule, 0.7},
	{(*extractor).praiseAsideRule, 0.6},
	{(*extractor).knownFromRule, 0.6},
	{(*extractor).exitRule, 0.7},
	{(*extractor).screenReturnRule, 0.7},
	{(*extractor).repriseReturnRule, 0.7},
	{(*extractor).makerActorRule, 0.7},
	{(*extractor).actorMakerRule, 0.7},
	{(*extractor).categoryNomineeRule, 0.7},
	{(*extractor).loglineCastRule, 0.7},
	{(*extractor).fromMakersRule, 0.6},
	{(*extractor).titleWithCastRule, 0.6},
	{(*extractor).playedRolesRule, 0.6},
	{(*extractor).speakForRule, 0.6},
	{(*extractor).titleRoleRule, 0.6},
	{(*extractor).pairPossRule, 0.6},
	{(*extractor).roleCameRule, 0.6},
	{(*extractor).reunitesCastRule, 0.7},
	{(*extractor).coStarRule, 0.6},
	{(*extractor).careerWorkRule, 0.6},
	{(*extractor).careerProseRule, 0.7},
	{(*extractor).yearMakerRule, 0.7},
	{(*extractor).behindRule, 0.7},
	{(*extractor).jobBracketRule, 0.7},
	{(*extractor).pronounCrewRule, 0.6},
	{(*extractor).groupWorksRule, 0.6},
	{(*extractor).workIncludingRule, 0.7},
	{(*extractor).directorialSeatRule, 0.7},
	{(*extractor).jobOnShowRule, 0.7},
	{(*extractor).frontedGerundRule, 0.75},
	{(*extractor).whichCrewRule, 0.7},
	{(*extractor).comesFromRule, 0.75},
	{(*extractor).scriptAuthorRule, 0.7},
	{(*extractor).showWinnerRule, 0.6},
	{(*extractor).debutInRule, 0.6},
	{(*extractor).ownNameRule, 0.6},
	{(*extractor).againCastRule, 0.7},
	{(*extractor).ensembleListRule, 0.6},
	{(*extractor).entryTradeRule, 0.7},
	{(*extractor).castAnswerRule, 0.7},
	{(*extractor).fallbackTieRule, 0.5},
}

func (x *extractor) span(i, j int) string {
	if i >= j {
		return ""
	}
	return x.s.text[x.toks[i].start:x.toks[j-1].end]
}

// tok returns token i, or an empty punctuation token outside the
// sentence. The token is read only.
func (x *extractor) tok(i int) *token {
	if uint(i) >= uint(len(x.toks)) { // i < 0 too
		return &noToken
	}
	return &x.toks[i]
}

var noToken = token{kind: tPunct}

// setFocus makes title the show the next sentences are about, as a section
// heading does.
func (x *extractor) setFocus(title string) {
	if notTitle(title) || x.noShowWord(title) {
		return // "English Cast", "From Friday 25 June", "Il cast": no show's section
	}
	x.focus, x.paraFocus = title, title
	key := x.skey(title)
	heading := !x.headings[key]
	if x.section != title || heading {
		x.withShow(func(st *showState) {
			st.section = title
			if heading {
				st.headingKeys = append(slices.Clip(st.headingKeys), key) // a new array: the one held is shared
			}
		})
	}
	if heading {
		x.headings[key] = true
		x.epoch = x.memo.newEpoch() // a show isShow did not know: its answers change
	}
}

// quotedHeading reads a line that is one quoted title and nothing else,
// past the headline, and whose title the article names again: a roundup's
// section heading. It returns the title, or "".
func (x *extractor) quotedHeading(i int) string {
	s := &x.sents[i]
	t := s.toks
	n := len(t)
	numbered := i > 0 && len(x.sents[i-1].toks) == 2 && x.sents[i-1].toks[0].kind == tNum && x.sents[i-1].toks[1].text == "." // "1." on the line before
	if s.para == 0 || n < 3 || n > 14 || !s.first && !(numbered && x.sents[i-1].para == s.para) || s.whole != "" || !isQuote(t[0].text) || !isQuote(t[n-1].text) ||
		i+1 < len(x.sents) && x.sents[i+1].para == s.para {
		return ""
	}
	x.ready(s)
	for k := 1; k < n-1; k++ {
		if isQuote(t[k].text) {
			return ""
		}
	}
	title := graph.CleanSpace(s.text[t[1].start:t[n-1].start])
	if !x.titleStarts(1) || x.isNetwork(title) || describes(title) || strings.Count(x.a.Text, title) < 2 && !numbered && !x.quotedLinesRoundup(i) {
		return ""
	}
	return title
}

// capsHeading reads a roundup's section heading in capitals, "AMAZON's
// HOMECOMING" or "TNT'S ANIMAL KINGDOM": the show after the network, in the
// case the article writes it elsewhere ("Amazon's Homecoming"), or "".
func (x *extractor) capsHeading(s *sentence) string {
	if !isUpperCase(strings.ReplaceAll(s.text, "'s", "")) {
		return ""
	}
	t := s.toks
	k := 0
	for k < len(t) && (t[k].has(cNetworks) || t[k].kind == tPoss) {
		k++
	}
	if k == 0 || k >= len(t) || !isUpperCase(t[k].text) {
		return ""
	}
	want := strings.ToLower(s.text[t[k].start:])
	lower := strings.ToLower(x.a.Text)
	if len(lower) != len(x.a.Text) || len(want) != len(s.text)-int(t[k].start) {
		// lower-casing changed byte lengths (invalid UTF-8, "İ"): offsets
		// in lower are not offsets in the text, so compare in place
		w := s.text[t[k].start:]
		for i := 0; i+len(w) <= len(x.a.Text); i++ {
			if found := x.a.Text[i : i+len(w)]; strings.EqualFold(found, w) && !isUpperCase(found) {
				return found
			}
		}
		return ""
	}
	for i := range indexes(lower, want) {
		if found := x.a.Text[i : i+len(want)]; !isUpperCase(found) {
			return found
		}
	}
	return ""
}

// castHeadline reports whether a headline states a credit: "T Adds X,
// Promotes 5", "X Joins T", "X Cast as C in T".
func castHeadline(s *sentence) bool {
	for i := range s.toks {
		switch s.toks[i].low {
		case "adds", "joins", "join", "cast", "casts", "taps", "boards", "lands", "star", "stars", "to star", "to play", "plays":
			// only with a quoted title: a headline in title case gives no
			// other bounds between its title and its verb
			return hasQuoteMark(s.text) || guillemetQuoted(s.text)
		}
	}
	return false
}
