package extract

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// creditArgs is what the checks of a credit's arguments (creditChecks)
// made of them: the person and show the credit records, or no credit.
type creditArgs struct {
	person, show string
	pf           string // the fold of person
	personClean  bool   // person is clean already
	ok           bool   // no check turned the credit down
	// byFacts: a check read the credits read so far (charFirstName), which
	// the two readings keep differently
	byFacts bool
}

// creditChecks reads the person and show of a credit from add's arguments
// and checks them, as both readings do. The second reading's own checks
// follow in addNew. A credit the first reading's rules read is checked
// once: where the second reading replays it (rereads.go), with the same
// arguments in the same sentence and state, and the knowledge answering
// the rules' questions as before, the checks read what they read then
// (reusedChecks).
//
// at is 1 + the index in rereads.checks of the checks kept (in the first
// reading) or reused (in the second), or 0.
func (x *extractor) creditChecks(kind, person, show, character, job string) (c creditArgs, at int32) {
	if at := x.reusedChecks(kind, person, show, character, job); at > 0 {
		return x.memo.rr.checks[at-1], at
	}
	r := &x.memo.rr
	if !r.reading {
		if at := x.rereadChecks(kind, person, show, character, job); at > 0 {
			return r.checks[at-1], at
		}
		return x.checkCredit(kind, person, show, character), 0
	}
	// the checks' questions, all of them: an answer kept from before them
	// notes its questions again (reask)
	a, seg := x.asked(), r.segment
	r.segment = a
	c = x.checkCredit(kind, person, show, character)
	r.segment = seg
	if !c.byFacts {
		r.checks = append(r.checks, c)
		r.norms = append(r.norms, normalized{asks: [2]int32{a, x.asked()}, shown: x.showState})
		at = int32(len(r.checks))
		r.adds[len(r.adds)-1].checks = at // add recorded the credit just before
	}
	return c, at
}

// rereadChecks returns, for a credit the second reading's rules read anew
// in a sentence (resumes.go), where the first reading kept its checks of
// the same credit read by its rules in the same sentence, where the
// article's show is as it was then and the knowledge answers their
// questions (normalize's among them) as it did: the checks read only the
// credit's arguments, the sentence, the article's show and the knowledge.
// Else 0.
func (x *extractor) rereadChecks(kind, person, show, character, job string) int32 {
	r := &x.memo.rr
	if x.first || x.s == nil || x.sentAt >= len(r.reads) {
		return 0
	}
	rd := &r.reads[x.sentAt]
	if rd.s != x.s {
		return 0
	}
	for i := rd.adds[0]; i < rd.adds[1]; i++ {
		a := &r.adds[i]
		if a.checks == 0 || a.person != person || a.show != show || a.character != character || a.kind != kind || a.job != job {
			continue
		}
		n := &r.norms[a.checks-1]
		if sameShow(n.shown, x.showState) && x.sameAnswers(&r.whos[2*x.sentAt+1], n.asks[0], n.asks[1]) {
			return a.checks
		}
		return 0
	}
	return 0
}

// reusedChecks returns where the first reading kept its checks of the
// credit being replayed (as creditChecks), where it is this one and the
// first reading kept them; else 0.
func (x *extractor) reusedChecks(kind, person, show, character, job string) int32 {
	a := x.replaying
	if a == nil || a.checks == 0 || a.kind != kind || a.person != person || a.show != show || a.character != character || a.job != job {
		return 0
	}
	return a.checks
}

// normalized is what the first reading's normalize made of a credit whose
// checks it kept: the second reading, replaying the credit, gives the same
// fields, and seasons of its own (normalizeAgain).
type normalized struct {
	// where the questions of the checks and normalize lie in the log of
	// the first reading's rules, and the article's show they read
	asks  [2]int32
	shown *showState
	made  bool // normalize read the credit: the fields below hold
	none  bool // it left no credit
	// the fact's fields, and the seasons its show names
	person, show, character, job string
	seasons                      []int
	key                          factKey // factKey of the fact
}

// keepNormalized keeps, in the first reading, what normalize made of f,
// the credit whose checks creditChecks kept at at.
func (x *extractor) keepNormalized(at int32, f *graph.Fact, key factKey) {
	n := &x.memo.rr.norms[at-1] // its fields one by one: a literal is made on the stack and copied over
	n.asks[1], n.made, n.none = x.asked(), true, f.Person == ""
	n.person, n.show, n.character, n.job, n.seasons, n.key = f.Person, f.Show, f.Character, f.Job, f.Seasons, key
}

// normalizeAgain is normalize and factKey, in the second reading, of a
// credit replayed with the checks kept at at, where the first reading
// normalized it: the fields it made then, the seasons merged with f's.
// It leaves f with no person where normalize would.
func (x *extractor) normalizeAgain(at int32, f *graph.Fact) (factKey, bool) {
	if at == 0 {
		return factKey{}, false
	}
	n := &x.memo.rr.norms[at-1]
	if !n.made {
		return factKey{}, false
	}
	if n.none {
		f.Person = ""
		return factKey{}, true
	}
	f.Person, f.Show, f.Character, f.Job = n.person, n.show, n.character, n.job
	f.Seasons = mergeInto(f.Seasons, n.seasons)
	f.Evidence = x.s.clean()
	f.Article = strings.TrimSpace(f.Article)
	for _, s := range f.Seasons {
		if s < 0 || s > graph.MaxSeason {
			f.Person = ""
		}
	}
	return n.key, true
}

// checkCredit is creditChecks, read anew.
func (x *extractor) checkCredit(kind, person, show, character string) (c creditArgs) {
	named := x.cleanedPerson(person)
	if kind == graph.KindCrew {
		named = x.dropRank(named) // "written by Dr. Ana Lee"; a rank before a cast name may be a character's
	}
	// resolve gives a clean name (cleanSpace would return it as it is):
	// only named, which trimming may have left with a space at an end, may
	// not be
	personClean := true
	if person = x.resolve(named); person != named && x.givenAlone(named, person) {
		person = named // "Kalyani will be seen in Priyadarshan's Marakkar": two people
		personClean = false
	}
	if full := x.pairedSurname(person); full != "" && kind == graph.KindCrew || kind != graph.KindCrew && (x.familyPair(person, &full) || x.castPair(person, &full)) {
		person = full // "Joel and Ethan Coen directed T"; "their children Cassy and Mavy Legaspi as C1 and C2"
	}
	show = x.cleanedShow(show)
	if x.isAbbr(show) || x.show != "" && len(x.show) > len(show) && x.show[len(show)] == ':' && strings.HasPrefix(x.show, show) || x.showCut(show) || x.showSubtitle(show) {
		show = x.show // "Kaguya-sama" for "Kaguya-sama: Love is War"; "Home" of "from Home and Away"; "Ember Gate" of "Chronicles of Vell: Ember Gate"
	}
	if kind != graph.KindCrew && character == "" && person != "" && !hasByte(person, ' ') {
		c.byFacts = true
		if x.charFirstName(person) {
			return c // "... as Dean-Levine Wilkins. Dean will play": the character's first name
		}
	}
	num := !hasLetter(show) && (x.numberTitleIn(show) || len(show) >= 5 && show[0] >= '1' && show[0] <= '9' && digitCode(show[1:])) // "films like T1, 1987, and T2"
	if person == "" || show == "" || !hasLetter(show) && !num || !num && x.creditless(show) || x.creditless(person) || x.acronymModifier(show) {
		return c // "Veteran actress X", "guest star in Season 5": no credit; "the new TVE series": a network
	}
	if x.placeOrPrizeShow(show) {
		return c // "stars in Korea", "the 2013 Tony award winning revival": a place, a prize
	}
	if x.notAPersonHere(kind, person) || character != "" && x.s != nil && x.companyLed(character) || rankedName(person) || contractedPronoun(person) || character == "" && kind != graph.KindCrew && x.playHostTo(person) {
		return c // "Gaumont USA will produce", "produced by JK Film", "the banner X (Y)": a company
	}
	if kind == graph.KindCrew && len(person) >= 3 && !spaceDotHyphen.has(person) && isUpperCase(person) && x.resolve(person) == person {
		return c // "produced by MAPPA": a company in capitals, no person
	}
	pf := x.fold(person) // folded once for the checks below
	if character == "" && foldMayBe(show, pf) && pf == x.fold(show) || isAdverb(person) || hasDigit(person) || prizePlural(pf) {
		return c // "Interestingly, X is playing": an adverb; "an MI-6 agent": no person
	}
	if x.know.char(pf) {
		return c // a character of this article, not a person
	}
	c.person, c.show, c.pf, c.personClean, c.ok = person, show, pf, personClean, true
	return c
}

// appendFact appends a credit of f's fields to x.facts, written in place:
// a credit is about 300 bytes, and a literal appended is made and then
// copied.
func (x *extractor) appendFact(f *graph.Fact, open, crewHint bool, key factKey, hash uint64) {
	n := len(x.facts)
	x.facts = slices.Grow(x.facts, 1)[:n+1]
	nf := &x.facts[n]
	nf.Fact, nf.open, nf.crewHint, nf.key, nf.hash = *f, open, crewHint, key, hash
	nf.firstKey, nf.lastKey, nf.wordKeys = "", "", false
}

// normalize is graph.Fact.Normalize with a cheap path for titles without
// digits, which have no season qualifier, in place. It leaves the fact with
// no person when it would not be valid; finish validates every fact again.
// personClean says that f.Person is clean already.
//
// pf is the fold of f.Person where the credit's checks made it, else "". It
// returns the folds of f.Person and of f.Show's key (skey), where f keeps a
// person.
func (x *extractor) normalize(f *graph.Fact, personClean bool, pf string) (pk, sk string) {
	if !personClean {
		f.Person = cleanSpace(f.Person)
		pf = ""
	}
	f.Character = akaCut(cleanSpace(f.Character))
	f.Job = strings.ToLower(cleanSpace(f.Job))
	title, qs := x.split(f.Show)
	f.Show = title
	f.Seasons = mergeInto(f.Seasons, qs)
	f.Evidence = x.s.clean()
	f.Article = strings.TrimSpace(f.Article)
	if pf == "" {
		pf = x.fold(f.Person)
	}
	if pf == "" || f.Show == "" {
		f.Person = ""
	} else if sk = x.skey(f.Show); sk == "" {
		f.Person = ""
	}
	for _, n := range f.Seasons {
		if n < 0 || n > graph.MaxSeason {
			f.Person = ""
		}
	}
	return pf, sk
}
