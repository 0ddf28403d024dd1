package extract

// A police or army rank before a name makes it a character's: "the Welsh
// detective DCI Tom Mathias leads a new investigation", "Detective
// Inspector X returns to solve a new case", "DS Vask returns". Actors are
// not written with their characters' ranks, so such a name is no person
// to credit. Nor is a pronoun with a contracted verb that opens a quote
// ("“We’re proud to have played a role ...,” he says").

import "strings"

// rankOpeners open a character's name: ranks of the police and the army,
// written out or shortened.
var rankOpeners = set(`dci di ds dc pc dsi dcs det det. sgt sgt. insp insp. lt lt. cpl cpl. pvt pvt. detective inspector sergeant constable
	superintendent lieutenant corporal private officer`)

// rankedName reports whether person, read for a credit, opens with a
// rank and goes on with a name: "DCI Tom Mathias", "Detective Inspector
// Vera Stanhope", "Officer Wilkins".
func rankedName(person string) bool {
	if len(person) < 4 {
		return false
	}
	switch person[0] { // the first letters of rankOpeners, in capitals
	case 'C', 'D', 'I', 'L', 'O', 'P', 'S':
	default:
		return false // most names: no map lookup
	}
	first, _, n := firstTwoFields(person)
	if n < 2 || len(first) < 2 || first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	var buf [16]byte
	if len(first) > len(buf) {
		return false
	}
	l := lowerInto(buf[:0], first)
	return rankOpenerBits.mayHoldBytes(l) && rankOpeners[string(l)]
}

// rankOpenerBits are rankOpeners' word bits (mayHoldBytes).
var rankOpenerBits = setMask(rankOpeners)

// contractionPronouns are the pronouns of a contraction that opens a
// quote: "We’re proud", "They’ve played a part".
var contractionPronouns = set(`we they you i he she it that there who let`)

// contractedPronoun reports whether person is a pronoun and a contracted
// verb, no name: "We’re", "They’ve", "I’m".
func contractedPronoun(person string) bool {
	if len(person) < 3 || len(person) > 16 || strings.IndexByte(person, ' ') >= 0 {
		return false // a full name, no contraction: one byte search
	}
	i := apostrophes.index(person)
	if i <= 0 {
		return false
	}
	tail := strings.TrimLeft(person[i:], "’'")
	switch strings.ToLower(tail) {
	case "re", "ve", "ll", "d", "m":
	default:
		return false
	}
	var buf [8]byte
	if i > len(buf) {
		return false
	}
	return contractionPronouns[string(lowerInto(buf[:0], person[:i]))]
}
