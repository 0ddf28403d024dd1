package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// creditArgs is what the checks of a credit's arguments (creditChecks)
// made of them: the person and show the credit records, or no credit.
type creditArgs struct {
	person, show string
	personClean  bool // person is clean already
	ok           bool // no check turned the credit down
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
func (x *extractor) creditChecks(kind, person, show, character, job string) creditArgs {
	if c, ok := x.reusedChecks(kind, person, show, character, job); ok {
		return c
	}
	c := x.checkCredit(kind, person, show, character)
	if r := &x.memo.rr; r.reading && !c.byFacts {
		r.checks = append(r.checks, c)
		r.adds[len(r.adds)-1].checks = int32(len(r.checks)) // add recorded the credit just before
	}
	return c
}

// reusedChecks returns the first reading's checks of the credit being
// replayed, where it is this one and the first reading kept them.
func (x *extractor) reusedChecks(kind, person, show, character, job string) (creditArgs, bool) {
	a := x.replaying
	if a == nil || a.checks == 0 || a.kind != kind || a.person != person || a.show != show || a.character != character || a.job != job {
		return creditArgs{}, false
	}
	return x.memo.rr.checks[a.checks-1], true
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
	if kind != graph.KindCrew && character == "" && person != "" && !strings.Contains(person, " ") {
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
	if kind == graph.KindCrew && len(person) >= 3 && !strings.ContainsAny(person, " .-") && isUpperCase(person) && x.resolve(person) == person {
		return c // "produced by MAPPA": a company in capitals, no person
	}
	pf := x.fold(person) // folded once for the checks below
	if character == "" && pf == x.fold(show) || isAdverb(person) || hasDigit(person) || prizePlural(pf) {
		return c // "Interestingly, X is playing": an adverb; "an MI-6 agent": no person
	}
	if x.know.char(pf) {
		return c // a character of this article, not a person
	}
	c.person, c.show, c.personClean, c.ok = person, show, personClean, true
	return c
}
