package extract

// articleShowWordConstructions are TestConstructions' cases for single
// words that are no show of a sentence or a section (showwords.go): an
// article of another language opening a heading ("Il cast"), a character
// or a performer named alone as a sentence's subject.
var articleShowWordConstructions = []construction{
	{
		name: "an Italian heading 'Il cast' over one-credit lines: the article 'Il' is no show, the lines go to no show",
		text: "Il sito ufficiale ha annunciato i membri del cast della nuova serie.\n\nIl cast\n\n- Jorin Malvek nel ruolo di Odo Brask\n\n- Nelda Quorlan nel ruolo di Yarra Olsk",
		want: []string{},
	},
	{
		name: "'The other addition is C, played by X': the character opening the sentence is no show, X is cast in the article's show",
		text: "Netflix Reveals New Faces for Second Season of 'Gullwater Lights'\n\nThe new faces joining Gullwater Lights are Jorin Malvek, who will play Odo. The other addition is Brisk, played by Nelda Quorlan, who will get more screen time in the second season.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo|", "cast|Nelda Quorlan|Gullwater Lights|Brisk|"},
	},
	{
		name: "'Kelvra played the hero.' in a review: the performer's one name opening the sentence is no show, and the cast after it stays in the film",
		text: "Gullwater Movie Review: A Mixed Bag\n\nBexo Hallan directed and wrote the movie Gullwater. Kelvra played the hero. The top cast members were Lido Marsk, Nelda Quorlan, and Jorin Malvek. Kelvra has no background in acting.",
		want: []string{"cast|Jorin Malvek|Gullwater||", "cast|Kelvra|Gullwater||", "cast|Lido Marsk|Gullwater||", "cast|Nelda Quorlan|Gullwater||", "crew|Bexo Hallan|Gullwater||director", "crew|Bexo Hallan|Gullwater||writer"},
	},
	{
		name: "'T: A & B to start shooting on THIS day!': a demonstrative in capitals before a lower-case noun is no title the shoot is of",
		text: "Gullwater: Jorin Malvek & Nelda Quorlan to start shooting on THIS day!\n\nFans are waiting for the upcoming film Gullwater, which stars Jorin Malvek and Nelda Quorlan.",
		want: []string{"cast|Jorin Malvek|Gullwater||", "cast|Nelda Quorlan|Gullwater||"},
	},
	{
		name: "'X started shooting on Monday': a weekday after the shoot is no title; 'X started shooting for T' still credits T",
		text: "Jorin Malvek started shooting on Monday morning.\n\nNelda Quorlan has started shooting for Gullwater Lights.",
		want: []string{"cast|Nelda Quorlan|Gullwater Lights||"},
	},
	{
		name: "'Pilot Watch: Power Ranking 10 Recent Casting Decisions': a column's label before the headline's colon is no title, and the cast of an untitled pilot goes to no show",
		text: "Pilot Watch: Power Ranking 10 Recent Casting Decisions\n\nPilot season is a weird time of year. For instance, a Nelda Quorlan sitcom was rejected. Jorin Malvek has been added to an untitled cop comedy.",
		want: []string{},
	},
	{
		name: "'Gullwater Lights: Jorin Malvek Joins Cast': a title before the headline's colon, with no column's label, is still the article's show",
		text: "Gullwater Lights: Jorin Malvek Joins Cast\n\nThe pilot of Gullwater Lights aired last night. Jorin Malvek plays the fisherman Odo Brask.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
}
