package extract

import (
	"math/bits"
	"reflect"
)

// Most rules read nothing in most sentences: each starts by asking whether
// the sentence has a token of its word classes or one of its words, and
// returns where it has none. The rules runner asks that once for all of
// them: a rule's trigger is what a sentence must have for the rule to read
// anything in it, and each sentence keeps the set of rules whose trigger it
// has (ruleSet), made from its word classes, token kinds and word bits the
// first time its rules run and read again by the second reading. A rule
// keeps its own test (other callers, and the state it also asks), so that
// a trigger only has to be what the rule's first test needs: where that
// test needs two things, either one; where it needs one of two, both.
// TestRuleTriggersChangeNothing reads every article and construction case
// with the triggers and without, and fails where the facts differ.

// trigger is what a sentence must have for a rule to read it: a token of
// one of classes, one of the words, a token of one of kinds (1<<kind), or a
// bracket. The zero trigger is every sentence.
type trigger struct {
	classes uint64
	words   *wordBits
	ids     *idSet // words by their ids (wordids.go): exact, where words is a bit each
	kinds   uint8
	parens  bool
}

func onClass(c uint64) trigger { return trigger{classes: c} }
func onWords(m wordSet) trigger {
	if len(m.marks) == 0 {
		return trigger{ids: &m.ids}
	}
	return trigger{words: &m.wordBits}
}
func onKind(k uint8) trigger { return trigger{kinds: 1 << k} }
func onEither(a, b trigger) trigger {
	t := trigger{classes: a.classes | b.classes, kinds: a.kinds | b.kinds, parens: a.parens || b.parens}
	switch {
	case a.words == nil:
		t.words = b.words
	case b.words == nil:
		t.words = a.words
	default:
		m := *a.words
		for i := range m {
			m[i] |= b.words[i]
		}
		t.words = &m
	}
	switch {
	case a.ids == nil:
		t.ids = b.ids
	case b.ids == nil:
		t.ids = a.ids
	default:
		u := &idSet{}
		u.union(a.ids)
		u.union(b.ids)
		t.ids = u
	}
	return t
}

// ruleTriggers are the triggers of the rules that have one, each beside
// the rule's first test.
var ruleTriggers = []struct {
	rule func(*extractor)
	on   trigger
}{
	{(*extractor).inTitleLineRule, trigger{parens: true}},
	{(*extractor).roleRule, onClass(cPlayVerbs | cRoleCue)},
	{(*extractor).bracketRule, trigger{parens: true}},
	{(*extractor).crewByRule, onClass(cByCue)},
	{(*extractor).jobNounRule, onEither(onClass(cJobNoun|cCastNouns), onWords(leadOfWords))},
	{(*extractor).jobVerbRule, onClass(cJobVerb | cWriteVerb)},
	{(*extractor).ofTitleRule, onWords(wordMask("of"))},
	{(*extractor).fromJobOfRule, onClass(cJobNoun)},
	{(*extractor).jobOfOpenerRule, onWords(wordMask("of"))},
	{(*extractor).dirBracketRule, onWords(wordMask("dir"))},
	{(*extractor).broughtUsRule, onWords(broughtWord)},
	// its second test: a source noun or cue, or a past cue with "literary"
	{(*extractor).sourceRule, onClass(cSourceNouns | cSourceCues | cPastCue)},
	{(*extractor).possRule, onKind(tPoss)},
	{(*extractor).workedRule, onClass(cWorkCues)},
	{(*extractor).creditsRule, onClass(cAkaCue)},
	{(*extractor).coMakerRule, onEither(onWords(wordMask("with")), onWords(wordMask("from")))},
	{(*extractor).filmographyRule, onClass(cPastCue)},
	// the sentence's casting words (castWords) are tokens of these classes
	{(*extractor).fameRule, onClass(cFame | cCastVerbs | cCastNouns | cPlayVerbs | cCastCue)},
	{(*extractor).vehicleRule, onClass(cGenreNouns | cVehicleCue)},
	{(*extractor).directorialRule, onClass(cVehicleCue)},
	{(*extractor).boardRule, onClass(cCrewWorkCue)},
	{(*extractor).replacingRule, onClass(cCastCue | cCrewWorkCue)},
	{(*extractor).guestRule, onClass(cGuestCue)},
	{(*extractor).possCharRule, onKind(tPoss)},
	{(*extractor).pronounCharRule, onWords(characterWord)},
	{(*extractor).voiceOfRule, onWords(voiceWord)},
	{(*extractor).bothKindsRule, onWords(bothWord)},
	{(*extractor).hasAsLeadRule, onClass(cLeadWord)},
	{(*extractor).pronounWorkRule, onClass(cPronounCue)},
	{(*extractor).castingOfRule, onWords(castingOfWords)},
	{(*extractor).sourceYearRule, onWords(sourceYearWords)},
	{(*extractor).listOfTitlesRule, onWords(listOfWords)},
	{(*extractor).beltWorksRule, onWords(beltWords)},
	{(*extractor).pairingOfRule, onWords(pairingOfWords)},
	{(*extractor).akaRule, onClass(cAkaCue)},
	{(*extractor).starOfRule, onClass(cGuestCue)},
	{(*extractor).newFacesRule, onWords(facesWord)},
	{(*extractor).withCastRule, onWords(wordMask("with"))},
	{(*extractor).takePartRule, onWords(partWord)},
	{(*extractor).starredByRule, onWords(starredWord)},
	{(*extractor).whoWasInRule, onWords(whoWord)},
	{(*extractor).quotedCastRule, onWords(quotedCastMask)},
	{(*extractor).introducingRule, onWords(introducingMask)},
	{(*extractor).titleWithRule, onWords(wordMask("with"))},
	{(*extractor).leadsWorkRule, onClass(cLeadsCue)},
	{(*extractor).dutiesByRule, onWords(dutiesWord)},
	{(*extractor).jobAndStarRule, onWords(starWord)},
	{(*extractor).reunionRule, onClass(cReunion)},
	{(*extractor).sinceRule, onClass(cPastCue)},
	{(*extractor).priorWorkRule, onWords(priorWorkMask)},
	{(*extractor).debutBehindRule, onWords(debutWord)},
	{(*extractor).responsibleRule, onWords(responsibleMask)},
	{(*extractor).awaitRule, onClass(cPastCue)},
	{(*extractor).awardRule, onEither(onClass(cAwardCue), onWords(wordMask("named")))},
	{(*extractor).awardLineRule, onClass(cAwardLine)},
	{(*extractor).roseToFameRule, onEither(onClass(cFameVerb), onWords(becameFamousMask))},
	{(*extractor).theTitleStarRule, onEither(onClass(cCastNouns), onWords(memberNounMask))},
	{(*extractor).fromAsideRule, onWords(wordMask("from"))},
	{(*extractor).comebackRule, onWords(comebackMask)},
	// "X is C": each clause it reads has "is"
	{(*extractor).isCharRule, onWords(wordMask("is"))},
	{(*extractor).isPartRule, onWords(wordMask("is"))},
	{(*extractor).myCharacterRule, onWords(myWord)},
	{(*extractor).fromPairsRule, onWords(wordMask("you"))},
	{(*extractor).reuniteInRule, onClass(cReunion)},
	{(*extractor).teamUpRule, onWords(wordMask("up"))},
	{(*extractor).formerQuotedRule, onWords(formerWord)},
	{(*extractor).countsAmongRule, onWords(countsWords)},
	{(*extractor).releaseWithRule, onWords(releaseWithVerbs)},
	{(*extractor).frontedWorksRule, onWords(frontedWorksOpeners)},
	{(*extractor).landedLeadRule, onWords(landedLeadWords)},
	{(*extractor).kinToRule, onClass(cPlayVerbs)},
	{(*extractor).onScreensRule, onWords(screensWords)},
	{(*extractor).onSetRule, onEither(onWords(wordMask("set")), onWords(wordMask("scenes")))},
	{(*extractor).ofTheGenreRule, onClass(cGenreNouns)},
	{(*extractor).outingRule, onWords(outingWords)},
	{(*extractor).followUpRule, onWords(followUpWords)},
	{(*extractor).inWhichRule, onClass(cPlayVerbs | cCastVerbs)},
	{(*extractor).coStarChainRule, onClass(cCastVerbs)},
	{(*extractor).screenShareRule, onWords(wordMask("screen"))},
	{(*extractor).broughtToLifeRule, onWords(lifeWord)},
	{(*extractor).pairedRule, onWords(pairedWords)},
	{(*extractor).titleByRule, onClass(cByCue)},
	{(*extractor).asWellAsRule, onWords(wordMask("well"))},
	{(*extractor).possGenreRule, onKind(tPoss)},
	{(*extractor).creditShareRule, onClass(cCrewCues)},
	{(*extractor).assistedRule, onWords(assistedWord)},
	{(*extractor).staffWorkRule, onWords(staffVerbWords)},
	{(*extractor).hostRule, onWords(hostMask)},
	{(*extractor).titularRule, onWords(titularMask)},
	{(*extractor).praiseAsideRule, onWords(asidePraiseMask)},
	{(*extractor).knownFromRule, onWords(knowFromMask)},
	{(*extractor).exitRule, onWords(exitVerbMask)},
	{(*extractor).screenReturnRule, onWords(screenReturnMask)},
	{(*extractor).repriseReturnRule, onClass(cReturnWords)},
	{(*extractor).makerActorRule, onClass(cJobVerb | cWriteVerb)},
	{(*extractor).actorMakerRule, onClass(cJobVerb | cWriteVerb)},
	{(*extractor).categoryNomineeRule, onWords(bestMask)},
	// a "(" in the text is a token of its own
	{(*extractor).loglineCastRule, trigger{parens: true}},
	{(*extractor).titleWithCastRule, onWords(withMask)},
	{(*extractor).playedRolesRule, onClass(cPlayVerbs)},
	{(*extractor).speakForRule, onWords(speakVerbMask)},
	{(*extractor).titleRoleRule, onWords(titleRoleMask)},
	{(*extractor).pairPossRule, onKind(tPoss)},
	{(*extractor).roleCameRule, onWords(roleCameMask)},
	{(*extractor).reunitesCastRule, onWords(reunitesMask)},
	{(*extractor).coStarRule, onWords(coStarRuleWords)},
	{(*extractor).careerWorkRule, onWords(careerCueWords)},
	{(*extractor).careerProseRule, onEither(onWords(careerProseWords), onWords(wordMask("role")))},
	{(*extractor).yearMakerRule, onWords(yearMakerMask)},
	{(*extractor).behindRule, onWords(behindWord)},
	{(*extractor).jobBracketRule, onClass(cJobNoun)},
	{(*extractor).pronounCrewRule, onClass(cCrewVerb)},
	{(*extractor).groupWorksRule, onWords(groupWorksBits)},
	{(*extractor).workIncludingRule, onWords(includingWord)},
	{(*extractor).directorialSeatRule, onClass(cVehicleCue)},
	{(*extractor).jobOnShowRule, onClass(cJobNoun)},
	{(*extractor).whichCrewRule, onClass(cCrewVerb)},
	{(*extractor).comesFromRule, onWords(comesMask)},
	{(*extractor).showWinnerRule, onWords(showWinnerMask)},
	{(*extractor).debutInRule, onWords(debutInMask)},
	{(*extractor).ownNameRule, onWords(ownMask)},
	{(*extractor).againCastRule, onWords(againCastWords)},
	{(*extractor).entryTradeRule, onClass(cCastNouns | cJobNoun)},
	{(*extractor).ensembleListRule, onWords(ensembleMask)},
	{(*extractor).fallbackTieRule, onWords(tieCueMask)},
	{(*extractor).scriptAuthorRule, onWords(scriptAuthorWords)},
	{(*extractor).wasInRule, onWords(wordMask("was"))},
	// the rules that read only a sentence's first words: "Executive
	// producing T are", "Playing C is X", "As C, X", "From A and B.", "They
	// star", "The duo star", "..., that she joins"
	{(*extractor).frontedGerundRule, onWords(frontedGerundWords)},
	{(*extractor).frontPlayingRule, onWords(frontPlayingWords)},
	{(*extractor).portrayingIsRule, onWords(portrayingIsWords)},
	{(*extractor).frontedRoleRule, onWords(wordMask("as"))},
	{(*extractor).fromMakersRule, onWords(wordMask("from"))},
	{(*extractor).groupCastRule, onWords(wordMask("they", "duo", "pair", "two", "couple", "trio", "three"))},
	{(*extractor).pronounJoinRule, onWords(pronounJoinWords)},
	// its loop reads a bracket, a possessive or a word of these classes;
	// its openings "directorial", "made" or "gave"
	{(*extractor).crewWorkRule, onEither(onEither(trigger{parens: true}, onKind(tPoss)),
		onEither(onClass(cCrewWorkCue|cJobNoun), onEither(onWords(wordMask("directorial")), onEither(onWords(wordMask("made")), onWords(wordMask("gave"))))))},
}

// ruleSet has bit i set for rules[i]; the rules from maxTriggered on are
// always run.
type ruleSet [3]uint64

const maxTriggered = len(ruleSet{}) * 64

// triggerIndex is ruleTriggers by what makes the rules: the rules of each
// word class bit, token kind and word bit, those of a bracket, and those
// with no trigger.
type triggerIndex struct {
	classes [64]ruleSet
	kinds   [8]ruleSet
	words   [len(wordBits{}) * 64]ruleSet
	parens  ruleSet
	always  ruleSet
	// the classes and words of any trigger: a sentence's others make no
	// rule
	anyClass uint64
	anyWord  wordBits
	// the rules of each word id, and the ids of any trigger
	byID  []ruleSet
	anyID idSet
}

// useTriggers turns the triggers off where false; tests compare.
var useTriggers = true

var triggers = func() *triggerIndex {
	ti := new(triggerIndex)
	on := make(map[uintptr]trigger, len(ruleTriggers))
	for _, rt := range ruleTriggers {
		on[reflect.ValueOf(rt.rule).Pointer()] = rt.on
	}
	for i := range maxTriggered {
		b := ruleSet{}
		b[i>>6] = 1 << (i & 63)
		t, ok := trigger{}, false
		if i < len(rules) {
			t, ok = on[reflect.ValueOf(rules[i].apply).Pointer()]
		}
		if !ok || t == (trigger{}) {
			ti.always.add(b)
			continue
		}
		ti.anyClass |= t.classes
		for c := t.classes; c != 0; c &= c - 1 {
			ti.classes[bits.TrailingZeros64(c)].add(b)
		}
		for k := range 8 {
			if t.kinds&(1<<k) != 0 {
				ti.kinds[k].add(b)
			}
		}
		if t.words != nil {
			for w, limb := range t.words {
				ti.anyWord[w] |= limb
				for ; limb != 0; limb &= limb - 1 {
					ti.words[w*64+bits.TrailingZeros64(limb)].add(b)
				}
			}
		}
		if t.ids != nil {
			ti.anyID.union(t.ids)
			for w, limb := range t.ids.bits {
				for ; limb != 0; limb &= limb - 1 {
					id := w*64 + bits.TrailingZeros64(limb)
					for id >= len(ti.byID) {
						ti.byID = append(ti.byID, ruleSet{})
					}
					ti.byID[id].add(b)
				}
			}
		}
		if t.parens {
			ti.parens.add(b)
		}
	}
	return ti
}()

func (s *ruleSet) add(b ruleSet) { s[0] |= b[0]; s[1] |= b[1]; s[2] |= b[2] }

// ruleSet returns the rules that may read s: those whose trigger it has,
// and those without one.
func (s *sentence) ruleSet() *ruleSet {
	if s.rulesMade {
		return &s.rules
	}
	ti := triggers
	rs := ti.always
	if !useTriggers {
		rs = ruleSet{^uint64(0), ^uint64(0), ^uint64(0)}
	}
	for c := s.classes & ti.anyClass; c != 0; c &= c - 1 {
		rs.add(ti.classes[bits.TrailingZeros64(c)])
	}
	for k := uint8(s.kinds); k != 0; k &= k - 1 {
		rs.add(ti.kinds[bits.TrailingZeros8(k)])
	}
	for w := range s.words {
		for limb := s.words[w] & ti.anyWord[w]; limb != 0; limb &= limb - 1 {
			rs.add(ti.words[w*64+bits.TrailingZeros64(limb)])
		}
	}
	for k := range s.toks {
		if id := s.toks[k].id; ti.anyID.has(id) {
			rs.add(ti.byID[id])
		}
	}
	if s.parens {
		rs.add(ti.parens)
	}
	s.rules, s.rulesMade = rs, true
	return &s.rules
}

// runRange applies rules[from:to] to the sentence readied, those whose
// trigger it has.
func (x *extractor) runRange(from, to int) {
	rs := rules // read once: the rules do not change it
	set := x.s.ruleSet()
	for w := from >> 6; w<<6 < min(to, maxTriggered); w++ {
		// the rules of set in [from, to) among rules[w*64:(w+1)*64]
		bs := set[w]
		if lo := from - w<<6; lo > 0 {
			bs &^= 1<<lo - 1
		}
		if hi := to - w<<6; hi < 64 {
			bs &= 1<<hi - 1
		}
		for ; bs != 0; bs &= bs - 1 {
			i := w<<6 + bits.TrailingZeros64(bs)
			x.conf = rs[i].confidence
			rs[i].apply(x)
		}
	}
	for i := max(from, maxTriggered); i < to; i++ {
		x.conf = rs[i].confidence
		rs[i].apply(x)
	}
}
