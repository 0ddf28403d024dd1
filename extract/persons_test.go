package extract

import "testing"

// personConstructions are TestConstructions' cases for one-word names: a
// word no one is credited under that titles use is no person; a one-word
// name people are credited under, a given name alone, and capitals stay
// people.
var personConstructions = []construction{
	{
		name: "'Harbor (C in T1) and Ruthven (C2 in T2) play the leads in T': a title word standing alone is no person, a surname no title holds stays one",
		text: "Klondyke\n\nHarbor (Paul Keyes in Riverton) and Ruthven (Sophie in Veep) play the leads in Klondyke.",
		want: []string{"cast|Ruthven|Klondyke||", "cast|Ruthven|Veep|Sophie|"},
	},
	{
		name: "'T stars A, B, C and D' with one-word names: a name people are credited under, a given name alone and capitals are people, a title word is not",
		text: "Red Orchard\n\nRed Orchard stars Aamani, Marnie, ZQV, Mara Dane and Bridge.",
		want: []string{"cast|Aamani|Red Orchard||", "cast|Marnie|Red Orchard||", "cast|ZQV|Red Orchard||", "cast|Mara Dane|Red Orchard||"},
	},
}

func TestUnlikelyPerson(t *testing.T) {
	for person, want := range map[string]bool{
		"Bridge": true, "Affair": true, "One": true,
		"SAFTA": false, "DK": false, "Marnie": false, "IU": false, "Aamani": false, "Rain": false, "Ruthven": false, "Kim Na-ra": false, "Bridge Cole": false, "X": false,
	} {
		if got := unlikelyPerson(person); got != want {
			t.Errorf("unlikelyPerson(%q) = %v, want %v", person, got, want)
		}
	}
}
