package extract

// articleArrivalConstructions are TestConstructions' cases for the
// article's show named as where a newcomer arrives ("A newcomer is on their
// way to T"), and for a show a person joined years ago, which takes no
// focus from it.
var articleArrivalConstructions = []construction{
	{
		name: "'A newcomer is on their way to T': T is the article's show, not the soap the newcomer 'joined the cast of' years ago",
		text: "A NEWCOMER is on their way to Harbor and may be a familiar face to soap fans.\n\nThe BBC soap has cast actress Ana Selo, best known for playing Mira Tal in daytime soap Lantern.\n\nAna joined the cast of Lantern in 2015 and has remained with the show since.\n\nAna will make her first appearance next week, playing the guest character Odo Brask, a new friend of Lido Marsk (played by Jorin Malvek).",
		want: []string{"cast|Ana Selo|Harbor|Odo Brask|", "cast|Ana Selo|Lantern|Mira Tal|", "cast|Jorin Malvek|Harbor|Lido Marsk|"},
	},
	{
		name: "'X is heading to T': the show the first sentence says the actor is heading to is the article's show",
		text: "Nelda Quorlan is heading to Gullwater Lights this spring.\n\nThe actress will play Brisk, the new harbour master.",
		want: []string{"cast|Nelda Quorlan|Gullwater Lights|Brisk|"},
	},
	{
		name: "'Yesterday, the studio unveiled their English dub cast for T: Subtitle.' under a teaser headline: T is the article's show",
		text: "The harbour wars are heating up, on both sides of the pond.\n\nYesterday, Veltrix unveiled their English dub cast for Gullwater Lights: Tide War.\n\nThe dub stars Jorin Malvek as Odo and Nelda Quorlan as Brisk.\n\nThe series is directed by Ana Selo.",
		want: []string{"cast|Jorin Malvek|Gullwater Lights: Tide War|Odo|", "cast|Nelda Quorlan|Gullwater Lights: Tide War|Brisk|", "crew|Ana Selo|Gullwater Lights: Tide War||director"},
	},
	{
		name: "'launched their fifth original drama this year, T, featuring A, B and C': the title set off by commas after the genre noun is the article's show",
		text: "A thriller led by an award-winning cast\n\nVeltrix launched their fifth original drama this year, Harbor, featuring Jorin Malvek, Nelda Quorlan and Lido Marsk. The series streams every Thursday.",
		want: []string{"cast|Jorin Malvek|Harbor||", "cast|Lido Marsk|Harbor||", "cast|Nelda Quorlan|Harbor||"},
	},
	{
		name: "'singer-actor Kelvra', 'Dame Ana Selo': a name after a performer's noun, or after Dame or Sir, is no guessed show, and a credit read in a sentence with no show goes nowhere",
		text: "Kelvra in talks for new drama\n\nSouth Korean singer-actor Kelvra is currently in talks for an upcoming drama. Kelvra was reported to be starring in the new drama penned by Lido Marsk.\n\nThe world mourns Dame Nelda Quorlan. Fans remembered Dame Nelda Quorlan, who starred alongside Jorin Malvek.",
		want: []string{},
	},
	{
		name: "'A B: \u2018Playing C changed my life\u2019': the name before an interview headline's colon and a quotation in the first person is its speaker, not a title; the show is the one the text names",
		text: "Nelda Quorlan: \u2018Playing Odo changed my life\u2019\n\nNelda Quorlan talks to us about her role in the new series Gullwater, in which she plays the harbour master Odo.\n\nHer co-star Jorin Malvek plays Brisk.",
		want: []string{"cast|Jorin Malvek|Gullwater|Brisk|", "cast|Nelda Quorlan|Gullwater|Odo|"},
	},
	{
		name: "'A joins B in new Netflix thriller', 'cast opposite B in T, a new thriller': B is a co-star, not the show, and T after 'in' is the article's show",
		text: "Nelda Quorlan joins Jorin Malvek in new Netflix thriller\n\nNelda Quorlan has been cast opposite Jorin Malvek in Gullwater, a new thriller from Netflix. Quorlan will play Odo.\n\nBexo Hallan will direct the film, which begins shooting in May.",
		want: []string{"cast|Jorin Malvek|Gullwater||", "cast|Nelda Quorlan|Gullwater|Odo|", "crew|Bexo Hallan|Gullwater||director"},
	},
	{
		name: "'Why T is the best show on TV right now': the question's word opening the headline is no part of the title the text names alone below",
		text: "Why Gullwater is the best show on TV right now\n\nThere is no show quite like Gullwater. Now in its third season, the drama follows a fishing family.\n\nJorin Malvek is superb as Brisk, and Nelda Quorlan matches him as Odo.",
		want: []string{"cast|Jorin Malvek|Gullwater|Brisk|", "cast|Nelda Quorlan|Gullwater|Odo|"},
	},
	{
		name: "'Why Women Sing renewed for season 2': a title that opens with a question's word and is named so below stays whole",
		text: "Why Women Sing renewed for season 2\n\nVeltrix has renewed Why Women Sing for a second season. Jorin Malvek stars as Brisk.",
		want: []string{"cast|Jorin Malvek|Why Women Sing|Brisk|"},
	},
	{
		name: "'A B: a career in ten roles' over 'He broke through in T': the name before a profile's colon is the person it profiles, no show, and a credit with no sure show goes nowhere",
		text: "Jorin Malvek: a career in ten roles\n\nFew actors have had a career like Jorin Malvek. He broke through in Gullwater in 2004, playing a fisherman.\n\nHe then starred opposite Nelda Quorlan in Harbor Lights. His latest series, Sun and Sea, also stars Lido Marsk.",
		want: []string{"cast|Nelda Quorlan|Harbor Lights||"},
	},
	{
		name: "'The second season of T has added A. A was last seen in the film U. The film was directed by X': a show with seasons is a series, so 'the film' is the film named last, not the article's show",
		text: "Gullwater season 2 adds three\n\nThe second season of Gullwater has added Nelda Quorlan, Lido Marsk and Kelvra Tose.\n\nQuorlan was last seen in the film Harbor Lights, where she played a pilot. The film was directed by Bexo Hallan.\n\nMarsk will play Odo. Tose will play Brisk.",
		want: []string{"cast|Kelvra Tose|Gullwater|Brisk|", "cast|Lido Marsk|Gullwater|Odo|", "cast|Nelda Quorlan|Gullwater||", "cast|Nelda Quorlan|Harbor Lights||", "crew|Bexo Hallan|Harbor Lights||director"},
	},
	{
		name: "'Finally, X confirmed her casting in \"T.\" Y will direct.': the quoted title after 'casting in' is the sentence's show, her own casting a credit in it, and the crew after it goes to T, not to the show of the roundup's item before",
		text: "Drama casting roundup: Gullwater, Harbor Lights and more\n\nNelda Quorlan will star in \"Harbor Lights.\" She will play a lighthouse keeper.\n\nFinally, Kelvra Tose confirmed her casting in \"Sun and Sea.\" Bexo Hallan will direct.",
		want: []string{"cast|Kelvra Tose|Sun and Sea||", "cast|Nelda Quorlan|Harbor Lights||", "crew|Bexo Hallan|Sun and Sea||director"},
	},
	{
		name: "'T: The Reckoning cast revealed' over 'The fourth season of T, titled T: The Reckoning': the subtitle's 'The' opens no title of its own before 'cast', and the article's show is T",
		text: "Gullwater: The Reckoning cast revealed\n\nThe fourth season of Gullwater, titled Gullwater: The Reckoning, will star Jorin Malvek and Nelda Quorlan.\n\nBexo Hallan returns as showrunner.",
		want: []string{"cast|Jorin Malvek|Gullwater||", "cast|Nelda Quorlan|Gullwater||", "crew|Bexo Hallan|Gullwater||showrunner"},
	},
}
