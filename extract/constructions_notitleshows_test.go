package extract

import (
	"testing"
)

// noTitleShowConstructions are the cases of shows that are no title, refused
// at the last look at an article's facts (notitleshows.go).
var noTitleShowConstructions = []construction{
	{
		name: "played roles in many Marathi & Hindi plays; popular TV & Film actor X: media and languages joined, no show",
		text: "Anya Brisk: a career\n\nAnya Brisk has played character roles in many Marathi & Hindi plays, serials and films. She plays the wife of popular TV & Film actor Joran Velt.",
		want: nil,
	},
	{
		name: "director X (T1, T2, Rock... to name a few of his films): the last title run on past the dots into prose is refused, the others kept",
		text: "A new face on the set\n\nThanks to director Dravo Kellen (Marrow Field Kampung, Tessel Bay Bulan, Rock... to name a few of his films), who thought of me when brainstorming on who to cast for the script.",
		want: []string{"crew|Dravo Kellen|Marrow Field Kampung||", "crew|Dravo Kellen|Tessel Bay Bulan||"},
	},
	{
		name: "near miss: X stars in Blood & Ember, a title joined by & whose words are no media, is kept",
		text: "Keel Ondra joins new drama\n\nKeel Ondra stars in Blood & Ember, the new drama.",
		want: []string{"cast|Keel Ondra|Blood & Ember||"},
	},
	{
		name: "near miss: as C in ‘T’ alongside B, a quoted title followed by prose, stays a show",
		text: "Wenna Lusk returns\n\nWenna Lusk stars as schoolgirl Jane Harlow in ‘Harbor Row’ alongside Kiri Malone.",
		want: []string{"cast|Kiri Malone|Harbor Row||", "cast|Wenna Lusk|Harbor Row|Jane Harlow|"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, noTitleShowConstructions...)
}

func TestNoTitleShow(t *testing.T) {
	for show, want := range map[string]bool{
		"Million": true, "8:15 pm": true, "10 p.m.": true, "Episodes: 42": true,
		"TV & Film": true, "Marathi/Hindi": true, "Rock... to name a few of his": true,
		// near misses: titles
		"March": false, "October": false, "May": false, "Billions": false, "Once Upon a Time... in the West": false, "Blood & Water": false, "Once Upon a Time... in Hollywood": false,
		"Scam 1992: The Harshad Mehta Story": false, "Season 2": false, "24": false, "Love 9 to 5": false,
		"I’ll Give It My All… Tomorrow": false, "Mission: Impossible 2": false,
	} {
		if got := noTitleShow(show); got != want {
			t.Errorf("noTitleShow(%q) = %v, want %v", show, got, want)
		}
	}
}
