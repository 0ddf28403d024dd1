package extract

// articleShowOwnerConstructions are TestConstructions' cases for the
// article's show named after an owner in the possessive that the rules do
// not know (ownerposs.go): a channel in capitals ("KBX's T", "SABC1's
// soapie T"), a studio or channel before the title in a join headline
// ("New Faces Join Veltrix's T").
var articleShowOwnerConstructions = []construction{
	{
		name: "a title-case headline 'New Faces Join KBX's T': T, not the channel in capitals, is the article's show, and the channel is no maker",
		text: "New Faces Join KBX's Gullwater Lights\n\nThe pilot of Gullwater Lights aired last night, and the new cast did well. Jorin Malvek plays the fisherman Odo Brask. Nelda Quorlan will play the role of Yarra Olsk, and Lido Brenvik plays Skipper Fenn.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Lido Brenvik|Gullwater Lights|Skipper Fenn|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'Three Actors Join VTN2's T': a channel of capitals and a digit in the possessive owns the title after it",
		text: "Three Actors Join VTN2's Gullwater Lights\n\nThe pilot of Gullwater Lights aired last night. Jorin Malvek plays the fisherman Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'New Faces Join Veltrix's T': a one-word owner the rules do not know, before a title, is no show; the run 'Faces Join Veltrix' is no maker",
		text: "New Faces Join Veltrix's Gullwater Lights\n\nThe pilot of Gullwater Lights aired last night. Jorin Malvek plays the fisherman Odo Brask.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
	{
		name: "'X Joins KBX's T' in a headline: X is cast in T, the channel gives no credit",
		text: "Jorin Malvek Joins KBX's Gullwater Lights\n\nThe pilot of Gullwater Lights aired last night. Jorin Malvek plays the fisherman Odo Brask.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
	{
		name: "'The cast of KBX drama T': a word in capitals before a genre noun is a channel, and T the article's show",
		text: "The cast of KBX drama Gullwater Lights\n\nThe cast includes Jorin Malvek as Odo Brask and Nelda Quorlan as Yarra Olsk. Lido Brenvik plays Skipper Fenn.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Lido Brenvik|Gullwater Lights|Skipper Fenn|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'has joined the cast of VTN2 series T': a channel of capitals and a digit before the kind, then the title",
		text: "Jorin Malvek has joined the cast of VTN2 series Gullwater Lights.\n\nMalvek will play Odo Brask, a fisherman. Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'Meet the cast of KBX's T': the channel's possessive after 'cast of' is passed to the title",
		text: "Meet the cast of KBX's Gullwater Lights\n\nJorin Malvek plays Odo Brask, a fisherman. Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "a lead 'A and B are taking a break from the soap T', no headline: 'the' and a genre noun before the title are passed, and T is the article's show",
		text: "Jorin Malvek and Nelda Quorlan are taking a break from the soap Gullwater Lights to pursue other projects. Jorin, who plays Odo Brask, will be seen until June. Nelda, who has played Yarra Olsk since 2019, will be seen until August.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'A and B are returning to the drama T': the kind after 'the' is passed",
		text: "Jorin Malvek and Nelda Quorlan are returning to the drama Gullwater Lights. Jorin, who plays Odo Brask, will be seen until June. Nelda, who has played Yarra Olsk since 2019, will be seen until August.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'A and B have been written out of the sitcom T'",
		text: "Jorin Malvek and Nelda Quorlan have been written out of the sitcom Gullwater Lights. Jorin, who plays Odo Brask, will be seen until June. Nelda, who has played Yarra Olsk since 2019, will be seen until August.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'A and B have quit the hit series “T”': an adjective and the kind before a quoted title",
		text: "Jorin Malvek and Nelda Quorlan have quit the hit series “Gullwater Lights”. Jorin, who plays Odo Brask, will be seen until June. Nelda, who has played Yarra Olsk since 2019, will be seen until August.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "a headline that opens with a channel in capitals in the possessive, 'KBX's T adds three': T is the article's show though the body never names it",
		text: "KBX's Gullwater Lights adds three\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'VTN2's T casts its leads': a channel of capitals and a digit opening the headline",
		text: "VTN2's Gullwater Lights casts its leads\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'A B's T adds three': a person's full name owning the title that opens the headline; T is the show, and the owner its maker",
		text: "Pell Ardon's Gullwater Lights adds three\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|", "crew|Pell Ardon|Gullwater Lights||"},
	},
	{
		name: "a colon headline that says what the title is, 'T: the new thriller from X': T is the article's show with no cue verb",
		text: "Gullwater Lights: the new thriller from Veltrix\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'T: a drama about two sisters': an article and a genre noun after the colon",
		text: "Gullwater Lights: a drama about two sisters\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'T: The new thriller from X': the article after the colon in capitals",
		text: "Gullwater Lights: The new thriller from Veltrix\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "an explainer headline 'Everything we know about season two of T': a season's number in words before 'of' and the title, as 'Season 2 of T'",
		text: "Everything we know about season two of Gullwater Lights\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'Season three of T: what we know': the season in words opening the headline",
		text: "Season three of Gullwater Lights: what we know\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "a question headline 'Who is in the cast of KBX thriller T?': the question's mark closes the sentence, not the title named once",
		text: "Who is in the cast of KBX thriller Gullwater Lights?\n\nJorin Malvek returns as Odo Brask, and Nelda Quorlan plays Yarra Olsk.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|", "cast|Nelda Quorlan|Gullwater Lights|Yarra Olsk|"},
	},
	{
		name: "'taking a break from the crime drama T': lower-case words before the title, the last a genre noun, are its kind",
		text: "Jorin Malvek and Nelda Quorlan are taking a break from the crime drama Gullwater Lights to pursue other projects. Jorin, who plays Odo Brask, will be seen until June.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
	{
		name: "'taking a break from the soap opera T': lower-case words before the title, the last a genre noun, are its kind",
		text: "Jorin Malvek and Nelda Quorlan are taking a break from the soap opera Gullwater Lights to pursue other projects. Jorin, who plays Odo Brask, will be seen until June.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
	{
		name: "'taking a break from the reality show T': lower-case words before the title, the last a genre noun, are its kind",
		text: "Jorin Malvek and Nelda Quorlan are taking a break from the reality show Gullwater Lights to pursue other projects. Jorin, who plays Odo Brask, will be seen until June.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
	{
		name: "'taking a break from the long-running soap T': lower-case words before the title, the last a genre noun, are its kind",
		text: "Jorin Malvek and Nelda Quorlan are taking a break from the long-running soap Gullwater Lights to pursue other projects. Jorin, who plays Odo Brask, will be seen until June.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights|Odo Brask|"},
	},
}
