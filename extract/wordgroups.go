package extract

import "math/bits"

// groupedMasks are the word masks rules ask most of a sentence
// (sentHasAnyWord), at most 64: each has a bit of its own, and a sentence
// keeps the bits of the masks that hold one of its words (sentence.groups),
// found by each word's id, so that the question is one bit test and exact.
// A mask with a word that opens with no letter or digit has no bit.
var groupedMasks = []wordSet{
	launchMask, starringMask, airMask, releaseVerbMask,
	headlinedWords, nextWorkBits, untitledInWords, untitledWorkWords,
	seasonWords, starInNewsMask, prizeHolderWords, contestantMask,
	careerCueWords, siblingWords, boardWords, kindWords,
	tieStopMask, tieCueMask, exitVerbMask, careerProseWords,
	yearMakerMask, castingMask, asidePraiseMask, ensembleMask,
	lineupMask, debutInMask, listOfWords, coStarWords,
	hostMask, attendMask, showSeriesWords, bandNounMask,
	quotedCastMask, screenReturnMask, comebackMask, actVerbMask,
	loglineMask, announceMask, fameMask, partTitleMask,
	laterWorkMask, joinedMask, coStarRuleWords, familyNounBits,
	listOfCastWords, staffVerbWords, returnsWithMask, openCloseMask,
	withMask, playedRolesMask, kinWords, repriseMask,
	plotMask, promoMask, outingWords, adaptMask,
	earlierWorkMask, sourceYearWords, whoWord, speakVerbMask,
	pastStarredMask, showWinnerMask, characterWord, starInMask,
}

// idGroups is the bits of the grouped masks that hold the word of each id.
var idGroups []uint64

// makeGroups gives each of groupedMasks its bit and makes idGroups.
func makeGroups() {
	if len(groupedMasks) > 64 {
		panic("extract: more grouped masks than bits")
	}
	idGroups = make([]uint64, len(wordIDs)+1)
	for i, m := range groupedMasks {
		if len(m.marks) > 0 || m.group != 0 {
			continue
		}
		m.group = 1 << i
		for b, limb := range m.ids.bits {
			for ; limb != 0; limb &= limb - 1 {
				idGroups[b*64+bits.TrailingZeros64(limb)] |= m.group
			}
		}
	}
}
