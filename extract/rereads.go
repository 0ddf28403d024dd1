package extract

import "slices"

// The second reading of a sentence's rules gives what the first gave
// wherever what the first reading learnt cannot reach it. The first reading
// records, for each sentence, the state its rules start with and leave
// (sentState), every question they ask of the knowledge (knowasks.go) and
// the credits they read; the second reading, where the state is the same
// and the knowledge it has learnt answers each of those questions as the
// empty knowledge of the first reading did, adds the same credits again
// without running the rules.
//
// That holds only while every rule reads nothing but its sentence, the
// state in sentState and the knowledge through its methods. A rule that
// reads anything else that the two readings differ in must say so to the
// log: x.know.askReading() where it reads x.first or x.sseasons (nil in
// the first reading: only add reads it), x.know.askCredits() where it
// reads x.facts. A rule that keeps something for the sentences
// after it keeps it in sentState; an answer kept for the rules after it in
// the sentence notes its questions again where a later segment of the rules
// takes it (resumes.go). TestRereadsChangeNothing reads every
// article with and without the rereads and compares the facts;
// TestSentStateSame checks that each field of sentState is compared.

// sentState is the state the rules of a sentence share with the rules of
// the sentences after it, and what sentence readies for them.
type sentState struct {
	// the article's show, its season and headings (showstate.go), never
	// nil in a reading: shared by the states kept until it changes
	*showState
	focus string // the show the text is currently about
	// paraFocus is the focus a heading or the paragraph's first sentence
	// set: the show the paragraph is about (paragraphfocus.go)
	paraFocus string
	// dropped is the show paragraphFocus last set aside for the article's
	dropped string
	// pastShow is the last show named as a person's earlier work while the
	// text was about the article's show: naming it again takes no focus
	pastShow string
	// entryLines counts the lines that are one title over prose: a
	// roundup's entries when there are two or more
	entryLines int
	rosterLine bool // the line is a name alone under a roster heading
	sshow      string
	sshowFold  string
	// returning: the sentence speaks of returning cast; secondComma: the
	// index of its second comma, or -1
	returning    bool
	secondComma  int
	crewSentence bool     // crew words and no casting words: open credits are crew
	jobOnly      bool     // ... and its only crew words are job nouns before names
	jobOf        []string // the folded names those job nouns stand before
	castWords    bool     // the sentence has a casting verb or noun
	jury         bool     // the sentence is about a festival jury: its jobs are no credits
	lastChar     string
	headPerson   string // the person a section's heading names alone ("3. Ana Lee")
	pronounSex   byte   // 'f' or 'm' when the article's pronouns say, '-' when they do not, 0 before reading them
	guest        string // the person an interview's headline opens with ("Actor X talks to us"), once guestRead
	guestRead    bool
	sentPerson   string // the person of the last credit read in this sentence
	sentCast     string // and of the first cast credit
	pending      string // "a Descendants 3 star": the show of a person named next
	pendAge      int
	isCharAt     int  // 1 + the index of the last sentence isCharRule read, or 0
	soap         bool // the article speaks of a soap: valid once soapSeen
	soapSeen     bool
	// kinds are the kinds of show the article has named ("the soap"), nil
	// before any: label makes a new kindState where one changes, so the
	// states kept and compared share it instead of copying it
	kinds *kindState
}

// whoState is whom the sentences before have named, as sentence reads them
// before the rules: the first reading, which knows no names yet, may find
// other people there than the second ("Cooke" where the second finds
// "Olivia Cooke"), so the rules read these through the methods below, which
// note each field read, and the second reading compares only the fields the
// rules read. Only sentence's opening (noteSubject, notePair) writes them:
// it is kept apart from sentState, only before and after the opening.
type whoState struct {
	subject     string // the person an earlier sentence opened with, whom "he" or "she" names
	prevSubject string
	subjectEnd  int    // where this sentence's opening person ends, or 0
	mainPerson  string // the person the article's lead opens with
	mainGender  byte   // 'f' or 'm' when the lead's noun says ("Actress X"), else 0
	lastPerson  string // the person of the last credit read in an earlier sentence: "His credits include"
	// the person of the first cast credit read in the last sentence that
	// read one: "The U actor will play C"
	lastCast  string
	group     []string  // the people a list opening this sentence names
	prevGroup []string  // and the sentence before
	pair      [2]string // the two people a recent sentence opened with: "the former", "the latter"
	pairAge   int       // sentences since
	// named is the one person the article credits that the sentences of the
	// paragraph before this one name ("" for none, "-" for more than one),
	// where a later sentence of it opens with a pronoun (paranamed.go);
	// namedNext is the same with this sentence
	named     string
	namedNext string
}

// whoField names a field of whoState in the log of the rules' questions.
type whoField uint8

const (
	whoSubject whoField = iota
	whoPrevSubject
	whoSubjectEnd
	whoMainPerson
	whoMainGender
	whoLastPerson
	whoLastCast
	whoGroup
	whoPrevGroup
	whoPair
	whoPairAge
	whoNamed
	whoNamedNext
	whoFields // the number of fields
)

// sameField reports whether field f of a and b is the same.
func (a *whoState) sameField(b *whoState, f whoField) bool {
	switch f {
	case whoSubject:
		return a.subject == b.subject
	case whoPrevSubject:
		return a.prevSubject == b.prevSubject
	case whoSubjectEnd:
		return a.subjectEnd == b.subjectEnd
	case whoMainPerson:
		return a.mainPerson == b.mainPerson
	case whoMainGender:
		return a.mainGender == b.mainGender
	case whoLastPerson:
		return a.lastPerson == b.lastPerson
	case whoLastCast:
		return a.lastCast == b.lastCast
	case whoGroup:
		return slices.Equal(a.group, b.group)
	case whoPrevGroup:
		return slices.Equal(a.prevGroup, b.prevGroup)
	case whoPair:
		return a.pair == b.pair
	case whoPairAge:
		return a.pairAge == b.pairAge
	case whoNamed:
		return a.named == b.named
	case whoNamedNext:
		return a.namedNext == b.namedNext
	}
	return false
}

// read notes that a rule read field f of the whoState.
func (x *extractor) read(f whoField) {
	if x.know.log != nil {
		x.know.log.add(askWho, whoKeys[f])
	}
}

// whoKeys are the keys of the fields in the log: one string each, made
// once.
var whoKeys = func() (k [whoFields]string) {
	for f := range k {
		k[f] = string(rune('a' + f))
	}
	return k
}()

func (x *extractor) subject() string     { x.read(whoSubject); return x.who.subject }
func (x *extractor) prevSubject() string { x.read(whoPrevSubject); return x.who.prevSubject }
func (x *extractor) subjectEnd() int     { x.read(whoSubjectEnd); return x.who.subjectEnd }
func (x *extractor) mainPerson() string  { x.read(whoMainPerson); return x.who.mainPerson }
func (x *extractor) mainGender() byte    { x.read(whoMainGender); return x.who.mainGender }
func (x *extractor) lastPerson() string  { x.read(whoLastPerson); return x.who.lastPerson }
func (x *extractor) lastCast() string    { x.read(whoLastCast); return x.who.lastCast }
func (x *extractor) group() []string     { x.read(whoGroup); return x.who.group }
func (x *extractor) prevGroup() []string { x.read(whoPrevGroup); return x.who.prevGroup }
func (x *extractor) pair() [2]string     { x.read(whoPair); return x.who.pair }
func (x *extractor) pairAge() int        { x.read(whoPairAge); return x.who.pairAge }
func (x *extractor) named() string       { x.read(whoNamed); return x.who.named }

// same reports whether a and b are the same state. Whom the sentences
// before name (the extractor's who, no part of it) the rules read field
// by field.
func (a *sentState) same(b *sentState) bool {
	return sameShow(a.showState, b.showState) && a.focus == b.focus && a.paraFocus == b.paraFocus && a.dropped == b.dropped && a.pastShow == b.pastShow && a.entryLines == b.entryLines && a.rosterLine == b.rosterLine &&
		a.sshow == b.sshow && a.sshowFold == b.sshowFold && a.returning == b.returning && a.secondComma == b.secondComma &&
		a.crewSentence == b.crewSentence && a.jobOnly == b.jobOnly && slices.Equal(a.jobOf, b.jobOf) && a.castWords == b.castWords &&
		a.jury == b.jury && a.lastChar == b.lastChar && a.headPerson == b.headPerson &&
		a.pronounSex == b.pronounSex && a.guest == b.guest && a.guestRead == b.guestRead && a.sentPerson == b.sentPerson &&
		a.sentCast == b.sentCast && a.pending == b.pending && a.pendAge == b.pendAge && a.isCharAt == b.isCharAt &&
		a.soap == b.soap && a.soapSeen == b.soapSeen && sameKinds(a.kinds, b.kinds)
}

// rulesRead is what the first reading's rules did with one sentence.
type rulesRead struct {
	s    *sentence
	ok   bool  // the second reading may add its credits without the rules
	open int32 // where the questions of its opening start in rereads.log.asks
	// showAsks: 1 + where the questions of its opening end once its show
	// was read (openShow), or 0
	showAsks int32
	asks     [2]int32 // the questions they asked: rereads.log.asks[asks[0]:asks[1]]
	adds     [2]int32 // the credits they read: rereads.adds[adds[0]:adds[1]]
	// subjectSet: its opening set the subject (setSubject), whatever the
	// subject before it was
	subjectSet bool
	// named: what its opening's noteNamed read (wholereads.go)
	named namedReading
	// parses: the lists its listRule read, rereads.parses[parses[0]:parses[1]]
	parses [2]int32
	// br: what its bracketRule read (bracketparses.go)
	br bracketsRead
}

// ruleAdd is one credit a rule read, with what add reads besides its
// arguments.
type ruleAdd struct {
	kind, person, show, character, job string
	conf                               float64
	s                                  *sentence
	checks                             int32 // 1 + the index in rereads.checks of its checks (creditChecks), or 0
}

// rereads is what the first reading's rules did, sentence by sentence, kept
// in the memo with its storage.
type rereads struct {
	reads []rulesRead // by sentence index
	// states[2*i] and states[2*i+1] are the states the rules of sentence
	// i started with and left, where reads[i].ok
	states []sentState
	// pre[i] is the state before sentence i's opening (wholereads.go)
	pre []sentState
	// shown[i] is the state after sentence i's show was read in its opening
	// (openShow, openshows.go); showAsks says where its questions end
	shown []sentState
	// showKept: rereadWhole found the opening of the sentence being read
	// the same up to its show (openShow takes it)
	showKept bool
	// whos[2*i] and whos[2*i+1] are whom the sentences before name before
	// sentence i's opening and after it: the rules only read it
	whos []whoState
	log  askLog
	adds []ruleAdd
	// checks are the checks of the credits in adds that addNew read
	checks []creditArgs
	norms  []normalized // by the index of checks
	strs   []string     // storage of the slices of the states kept
	// points[i*len(resumeBefore)+p] is the state of sentence i before
	// rule resumeBefore[p] (resumes.go), its used tokens in marks
	points []resumePoint
	marks  []bool
	parses []listParse    // the lists listRule read (listparses.go)
	items  []item         // their items
	brs    []bracketPoint // bracketRule's points (bracketparses.go)
	brUsed uint32         // the extractor's usedGen where bracketRule started
	brSeg  int32          // the segment's start where bracketRule started
	brFrom bracketsFrom   // where the second reading's bracketRule starts
	unused uint32         // the extractor's usedGen where ready cleared the tokens used
	// readAnew are the sentences a token of which a rule read anew in
	// place (tokensRead): their tokens differ from the first reading's
	readAnew []*sentence
	segment  int32 // where the questions of the segment being read start in log
	reading  bool  // the rules of a sentence are being read in the first reading: add records its credits
}

// rereadRules turns the rereads off where false; tests compare.
var rereadRules = true

// clear empties r for an article of n sentences, keeping the storage.
func (r *rereads) clear(n int) {
	clear(r.reads)
	if cap(r.reads) < n {
		r.reads = make([]rulesRead, n)
	}
	r.reads = r.reads[:n]
	if cap(r.states) < 2*n {
		r.states = make([]sentState, 2*n)
	}
	r.states = r.states[:2*n] // each written before it is read
	if cap(r.pre) < n {
		r.pre = make([]sentState, n)
	}
	r.pre = r.pre[:n]
	if cap(r.shown) < n {
		r.shown = make([]sentState, n)
	}
	r.shown = r.shown[:n]
	r.showKept = false
	if cap(r.whos) < 2*n {
		r.whos = make([]whoState, 2*n)
	}
	r.whos = r.whos[:2*n]
	clear(r.log.asks)
	r.log.asks = r.log.asks[:0]
	clear(r.adds)
	r.adds = r.adds[:0]
	clear(r.checks)
	r.checks = r.checks[:0]
	clear(r.norms)
	r.norms = r.norms[:0]
	clear(r.strs)
	r.strs = r.strs[:0]
	if m := n * len(resumeBefore); cap(r.points) < m {
		r.points = make([]resumePoint, m)
	} else {
		r.points = r.points[:m]
	}
	r.marks = r.marks[:0]
	clear(r.items) // their owners' strings, the previous article's
	r.parses, r.items = r.parses[:0], r.items[:0]
	r.brs, r.brFrom = r.brs[:0], bracketsFrom{}
	clear(r.readAnew)
	r.readAnew = r.readAnew[:0]
	r.reading = false
}

// keep copies st to dst, with its slices in r's storage: the extractor's
// own slices change as it reads on.
func (r *rereads) keep(dst, st *sentState) {
	*dst = *st
	dst.jobOf = r.keepStrs(st.jobOf)
}

// keepWho copies w to dst, with its slices in r's storage.
func (r *rereads) keepWho(dst, w *whoState) {
	*dst = *w
	dst.group = r.keepStrs(w.group)
	dst.prevGroup = r.keepStrs(w.prevGroup)
}

func (r *rereads) keepStrs(s []string) []string {
	if s == nil {
		return nil
	}
	n := len(r.strs)
	r.strs = append(r.strs, s...)
	return r.strs[n:len(r.strs):len(r.strs)]
}

// applyRules applies every rule to the sentence readied: in the first
// reading, recording what they do; in the second, adding what the first
// read where nothing learnt since reaches the sentence.
func (x *extractor) applyRules() {
	if !x.first {
		if !x.reread() {
			x.resumeRules()
		}
		return
	}
	r := &x.memo.rr
	if !rereadRules || x.sentAt >= len(r.reads) {
		x.runRules()
		return
	}
	rd := &r.reads[x.sentAt]
	in, out := &r.states[2*x.sentAt], &r.states[2*x.sentAt+1]
	r.keep(in, &x.sentState)
	r.keepWho(&r.whos[2*x.sentAt+1], &x.who)
	rd.s, rd.asks[0], rd.adds[0] = x.s, int32(len(r.log.asks)), int32(len(r.adds))
	// the answers of personAt given before the rules were asked with the
	// log on (logOpening): the rules note their questions again
	x.know.log, r.reading = &r.log, true
	rd.parses[0] = int32(len(r.parses))
	x.recordRules()
	rd.parses[1] = int32(len(r.parses))
	x.know.log, r.reading = nil, false
	rd.asks[1], rd.adds[1] = int32(len(r.log.asks)), int32(len(r.adds))
	r.keep(out, &x.sentState)
	// a new heading changes what makes a show: isShow's epoch
	rd.ok = len(out.headingKeys) == len(in.headingKeys)
}

// runRules applies every rule to the sentence readied.
func (x *extractor) runRules() {
	x.runRange(0, len(rules))
}

// reread adds the credits the first reading's rules read in the sentence
// readied and leaves the state they left, where they would read the same
// now: it reports whether it did.
func (x *extractor) reread() bool {
	r := &x.memo.rr
	if !rereadRules || x.sentAt >= len(r.reads) {
		return false
	}
	rd := &r.reads[x.sentAt]
	in, out := &r.states[2*x.sentAt], &r.states[2*x.sentAt+1]
	if !rd.ok || rd.s != x.s || !in.same(&x.sentState) {
		return false
	}
	if !x.sameAnswers(&r.whos[2*x.sentAt+1], rd.asks[0], rd.asks[1]) {
		return false
	}
	x.replay(rd.adds[0], rd.adds[1])
	x.sentState.restore(out)
	return true
}

// replay adds again the credits the first reading's rules read,
// r.adds[from:to].
func (x *extractor) replay(from, to int32) {
	r := &x.memo.rr
	s, toks := x.s, x.toks
	for i := from; i < to; i++ {
		a := &r.adds[i]
		x.conf, x.s, x.toks, x.replaying = a.conf, a.s, a.s.toks, a
		x.add(a.kind, a.person, a.show, a.character, a.job)
	}
	x.s, x.toks, x.replaying = s, toks, nil
}

// restore makes st the state out, but for the person of this sentence's
// credits, which the credits just added set: the two readings may keep
// different credits of the same arguments.
func (st *sentState) restore(out *sentState) {
	person, cast, jobOf := st.sentPerson, st.sentCast, st.jobOf
	*st = *out
	st.sentPerson, st.sentCast = person, cast
	// out's slices lie in the kept storage: the extractor appends to its
	// own
	st.jobOf = keptOr(jobOf, out.jobOf)
}

// keptOr returns cur where it equals out, else a copy of out.
func keptOr[E comparable](cur, out []E) []E {
	if slices.Equal(cur, out) {
		return cur
	}
	return slices.Clone(out)
}

// record notes a credit a rule of the first reading read.
func (x *extractor) record(kind, person, show, character, job string) {
	r := &x.memo.rr
	r.adds = append(r.adds, ruleAdd{kind: kind, person: person, show: show, character: character, job: job, conf: x.conf, s: x.s})
}
