package extract

// A police or army rank before a name makes it a character's: "the Welsh
// detective DCI Tom Mathias leads a new investigation", "Detective
// Inspector X returns to solve a new case", "DS Vask returns". Actors are
// not written with their characters' ranks, so such a name is no person
// to credit.

// rankOpeners open a character's name: ranks of the police and the army,
// written out or shortened.
var rankOpeners = set(`dci di ds dc pc dsi dcs det det. sgt sgt. insp insp. lt lt. cpl cpl. pvt pvt. detective inspector sergeant constable
	superintendent lieutenant corporal private officer`)

// rankedName reports whether person, read for a credit, opens with a
// rank and goes on with a name: "DCI Tom Mathias", "Detective Inspector
// Vera Stanhope", "Officer Wilkins".
func rankedName(person string) bool {
	first, _, n := firstTwoFields(person)
	if n < 2 || len(first) < 2 || first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	var buf [16]byte
	if len(first) > len(buf) {
		return false
	}
	return rankOpeners[string(lowerInto(buf[:0], first))]
}
