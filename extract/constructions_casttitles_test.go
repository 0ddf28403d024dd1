package extract

// castTitleConstructions are TestConstructions' cases for cast and role
// credits whose show is named in a shape the plain title readers miss: a
// source's title set off by commas, a title in capitals, a nickname before
// a name in a cast list.
var castTitleConstructions = []construction{
	{
		name: "the adaptation film of A's novel about X, T!, has announced: T (with its exclamation mark) is the article's show",
		text: "The official website for the live-action adaptation film of Hana Mori's popular novel about the fashion industry, Runway Days!, has announced its cast.\n\nThe film will be narrated by Rina Oda. In addition, Yuki Sato and Mei Ito will also appear in the film.",
		want: []string{"crew|Hana Mori|Runway Days!||original author", "cast|Rina Oda|Runway Days!||", "cast|Yuki Sato|Runway Days!||", "cast|Mei Ito|Runway Days!||"},
	},
	{
		name: "the adaptation of A's novel, T, has announced: the title between commas",
		text: "The official website for the live-action adaptation of Hana Mori's novel, Runway Days, has announced its cast.\n\nIn addition, Yuki Sato and Mei Ito will also appear in the film.",
		want: []string{"crew|Hana Mori|Runway Days||original author", "cast|Yuki Sato|Runway Days||", "cast|Mei Ito|Runway Days||"},
	},
	{
		name: "Joining Mr. X in the cast are A and B: the opening participle and the honorific are no part of a name, and Mr. X is X named in full before",
		text: "Cable Orders Comedy Pilots\n\nDana Holt assembles a cast for her new comedy Silver Lake. British actor Tom Brine has been announced to take on the role of Rosa. Joining Mr. Brine in the cast are Paul Grady and Nico Varda.",
		want: []string{"cast|Tom Brine|Silver Lake|Rosa|", "cast|Paul Grady|Silver Lake||", "cast|Nico Varda|Silver Lake||"},
	},
	{
		name: "X was in the Channel miniseries T1 and the big-screen T2: X is cast in each, and the sentences after stay on the show before",
		text: "Cable Orders Comedy Pilots\n\nDana Holt assembles a cast for her new comedy Silver Lake. British actor Tom Brine will play Rosa. Brine was in the History Channel miniseries Gold Rush and the big-screen Night Owls 3. Paul Grady and Nico Varda also join the cast.",
		want: []string{"cast|Tom Brine|Silver Lake|Rosa|", "cast|Tom Brine|Gold Rush||", "cast|Tom Brine|Night Owls 3||", "cast|Paul Grady|Silver Lake||", "cast|Nico Varda|Silver Lake||"},
	},
	{
		name: "X was in Lagos: a bare name after was in may be a place, no title",
		text: "Cable Orders Comedy Pilots\n\nDana Holt assembles a cast for her new comedy Silver Lake. British actor Tom Brine will play Rosa. Brine was in Lagos for the shoot.",
		want: []string{"cast|Tom Brine|Silver Lake|Rosa|"},
	},
	{
		name: "Surname (C1 in T1 and C2 in T2) play C3: the bracket holds two roles, each in its title, and a given name inside it (Paul of Paul Reed) is no other person",
		text: "Silver Lake casting\n\nDana Holt assembles a cast for her new comedy Silver Lake. Joining the cast are Paul Grady and Mary Ann Pole. Grady (Paul Reed in TIDES and Carl Munk in PIER SEVEN) and Pole (Ada in HALL) play the couple.",
		want: []string{"cast|Paul Grady|Silver Lake||", "cast|Mary Ann Pole|Silver Lake||", "cast|Paul Grady|TIDES|Paul Reed|", "cast|Paul Grady|PIER SEVEN|Carl Munk|", "cast|Mary Ann Pole|HALL|Ada|"},
	},
	{
		name: "the script with which “T” was made, with the stellar participation of A and B; “U,” its 2010 soap opera, starring then C and D: each list is its quoted title's cast",
		text: "Telemundo slate\n\nThe network owns the script with which “Amor Salvaje” was made on Televisa, with the stellar participation of Rosa Vidal and Pedro Ortiz.\n\nThe network is preparing a new version of “Donde Esta Ana,” its successful 2010 soap opera, starring then Maria Gil and Juan Sol.",
		want: []string{"cast|Rosa Vidal|Amor Salvaje||", "cast|Pedro Ortiz|Amor Salvaje||", "cast|Maria Gil|Donde Esta Ana||", "cast|Juan Sol|Donde Esta Ana||"},
	},
	{
		name: "the rest of the cast such as A, 'Salem' B, C and etc: a quoted nickname before a name is part of it, and the list goes on past it",
		text: "'Kaala Mann' review\n\n'Kaala Mann' finds itself a new coat of paint. The rest of the cast such as Ravi Menon, 'Salem' Mani, Kumar Das, Bala Devi and etc has even less substantial roles.",
		want: []string{"cast|Ravi Menon|Kaala Mann||", "cast|'Salem' Mani|Kaala Mann||", "cast|Kumar Das|Kaala Mann||", "cast|Bala Devi|Kaala Mann||"},
	},
	{
		name: "In the upcoming ‘T’, X will speak for C: the fronted quoted title is the sentence's show, and the next sentence's",
		text: "Ravi Mehta to voice Skyfox\n\nRavi Mehta is the Indian ‘Skyfox’. He voices Rex in the Hindi dubbing of ‘Skyfox’.\n\nIn the upcoming ‘Star Pilots 2’, Kajal Rao will speak for Captain Vega. Mia Grant returns to voice Nora Vale.",
		want: []string{"cast|Kajal Rao|Star Pilots 2|Captain Vega|", "cast|Mia Grant|Star Pilots 2|Nora Vale|", "cast|Ravi Mehta|Skyfox|Rex|"},
	},
	{
		name: "a roundup's person heading, then a label line Film: ‘T’ (2008): the person is T's cast",
		text: "Stars who lent their voices\n\nSome actors have dubbed for animated films.\n\nRavi Mehta\n\nFilm: ‘Sky Raiders’ (2008)\n\nLowdown: He lent his voice to the hero of this venture.",
		want: []string{"cast|Ravi Mehta|Sky Raiders||"},
	},
	{
		name: "X has landed the ABC drama pilot “T”. Y will appear in the pilot: a genre noun and pilot before the title make T the sentence's show and focus, over the headline's show",
		text: "Tom Hale Books New Pilot, What About 'Harbor Town?'\n\nTom Hale has joined the cast of \"Lady Luck,\" an NBC comedy pilot. He is still on \"Harbor Town\".\n\nIn other casting news...\n\nNat Fox has been tapped to star in the Fox comedy pilot \"Ned Is My Manny.\" The project revolves around Abby Lane's Kate, a single mother.",
		want: []string{"cast|Tom Hale|Lady Luck||", "cast|Nat Fox|Ned Is My Manny||", "cast|Abby Lane|Ned Is My Manny|Kate|"},
	},
	{
		name: "Emmy-nomnated X, 68, star of “T” will play C: a prize's hyphenated word is no part of the name, however spelt, and the star-of aside with no closing comma leaves X the verb's subject",
		text: "Harbor Lies adds Mara Quist\n\nHBO has cast Mara Quist in Harbor Lies. The channel announced that Emmy-nomnated Quist, 68, star of “The Memo” will play Ada Wright, mother of the late Perry Wright.",
		want: []string{"cast|Mara Quist|Harbor Lies|Ada Wright|", "cast|Mara Quist|The Memo||"},
	},
	{
		name: "the return of T, introducing comedian X as the new host, accompanied by singer-songwriter A and comedian B as team captains: each is T's cast",
		text: "Network slate\n\nIn entertainment and comedy, we see the highly anticipated return of QUIZ NIGHT, introducing comedian Josh Earnley as the new host, accompanied by singer-songwriter Ella Hoopman and comedian Adam Rich as team captains.",
		want: []string{"cast|Josh Earnley|QUIZ NIGHT||", "cast|Ella Hoopman|QUIZ NIGHT||", "cast|Adam Rich|QUIZ NIGHT||"},
	},
	{
		name: "“T” starring A, B, introducing C with D: the name before the comma is a list's, no title",
		text: "Network lineup\n\nSet to launch as well is the TV adaptation of the 1988 film “Nag Luha” starring Glaiza Cruz, Rayver Tan, introducing Claire Lim with Mike Sy.",
		want: []string{"cast|Glaiza Cruz|Nag Luha||", "cast|Rayver Tan|Nag Luha||", "cast|Claire Lim|Nag Luha||", "cast|Mike Sy|Nag Luha||"},
	},
	{
		name: "a line-up's X’s “T” with A and B, Y’s “U” with C and Z’s “V” with C, D: each list is its title's cast, up to the next entry's maker",
		text: "Film fest lineup\n\nOther screenings will include David Lowe’s “The Old Man & the Gun” with Robert Redd and Sissy Spade, Karyn Kuse’s “Destroyer” with Nicole Kidd and Joel Edge’s “Boy Erased” with Kidd, Lucas Hedge and Russell Crane.",
		want: []string{"crew|David Lowe|The Old Man & the Gun||", "crew|Karyn Kuse|Destroyer||", "crew|Joel Edge|Boy Erased||", "cast|Robert Redd|The Old Man & the Gun||", "cast|Sissy Spade|The Old Man & the Gun||", "cast|Nicole Kidd|Destroyer||", "cast|Nicole Kidd|Boy Erased||", "cast|Lucas Hedge|Boy Erased||", "cast|Russell Crane|Boy Erased||"},
	},
	{
		name: "X will star alongside Y in the new series, T.: the title after a genre noun and a comma, ending the sentence, is its show",
		text: "Kerem Aslan to star in new series\n\nKerem Aslan has signed a deal. Kerem Aslan will star alongside Alvaro Mora in the new series, The Art Dealer.",
		want: []string{"cast|Kerem Aslan|The Art Dealer||", "cast|Alvaro Mora|The Art Dealer||"},
	},
	{
		name: "the movie T, shot after the U series; X shared the lead with Y in the film: the film is the movie named, not the series in focus",
		text: "Kerem Aslan news\n\nKerem Aslan returns after his long silence with the TV series Silver Key. The handsome actor starred in the movie Open Road, which was shot shortly after the end of the Silver Key series broadcast on Star TV. Kerem Aslan shared the lead role with young actor Tolga Sari in the film, which was shot all summer.",
		want: []string{"cast|Kerem Aslan|Silver Key||", "cast|Kerem Aslan|Open Road||", "cast|Tolga Sari|Open Road||"},
	},
}
