package extract

// newsStyleConstructions are TestConstructions' cases for constructions found
// wanting in made-up articles written in news styles the corpus lacks:
// soap spoilers, upfronts, Korean dramas and variety line-ups, stage
// casting, documentaries, audio dramas, box-office reports, premieres,
// dubs, trade deals, anniversaries and awards lists.
var newsStyleConstructions = []construction{
	{
		name: "X, now 38, went on to star in T1 and T2: the age aside, and T1 is X's later work, so 'The show's star' stays with the article's show",
		text: "20 years ago, 'Pine Hollow High' premiered\n\nTwenty years ago this week, Pine Hollow High premiered with Noel Varga as Kit Dunmore.\n\nVarga, now 38, went on to star in the drama Copper Mile and the film Glass Harbour.\n\nThe show's breakout star was Ines Talbot, who played goalkeeper Ruth Ames.",
		want: []string{"cast|Noel Varga|Pine Hollow High|Kit Dunmore|", "cast|Noel Varga|Copper Mile||", "cast|Noel Varga|Glass Harbour||", "cast|Ines Talbot|Pine Hollow High|Ruth Ames|"},
	},
	{
		name: "a character described before the actor: C, a lantern maker who hides a secret, will be played by X; C2, the daughter of a minister, is played by Y",
		text: "'Willow Gate' confirms its leads\n\nThe upcoming drama 'Willow Gate' has finalized its cast.\n\nHan So-ri, a potter who hides a talent for forgery, will be played by Moon Ga-eun. Lord Baek Ji-hun, the son of a powerful general, is played by Ryu Dong-su.",
		want: []string{"cast|Moon Ga-eun|Willow Gate|Han So-ri|", "cast|Ryu Dong-su|Willow Gate|Lord Baek Ji-hun|"},
	},
	{
		name: "X, who plays C, has been nominated for Best Young Performer at the awards: the category after 'nominated for' is no work",
		text: "Quay Street spoilers\n\nQuay Street's Dora Vance has teased a big week.\n\nMeanwhile, Alfie Brand, who plays troubled teen Jed Cole, has been nominated for Best Young Performer at this year's soap awards.",
		want: []string{"cast|Alfie Brand|Quay Street|Jed Cole|"},
	},
	{
		name: "X has teased a big week for her character C; Y says his character C2 is in trouble (the person before the pronoun plays the character)",
		text: "Quay Street spoilers\n\nThe soap Quay Street returns next week.\n\nDora Vance has teased a dramatic wedding week for her character Nell Hardy. Oswin Pike says his character Rob Tate is in trouble. The producers said their character work was new.",
		want: []string{"cast|Dora Vance|Quay Street|Nell Hardy|", "cast|Oswin Pike|Quay Street|Rob Tate|"},
	},
	{
		name: "C is played by X, who joined after leaving T, where he played C2: the pronoun is the relative clause's person, not the character the sentence opens with",
		text: "Quay Street spoilers\n\nThe soap Quay Street returns next week. Dora Vance plays Nell Hardy, who is to marry fisherman Rob Tate.\n\nRob is played by Oswin Pike, who joined the soap in 2023 after leaving rival serial Elm Close, where he played mechanic Gaz Lumb.",
		want: []string{"cast|Dora Vance|Quay Street|Nell Hardy|", "cast|Oswin Pike|Quay Street|Rob|", "cast|Oswin Pike|Elm Close|Gaz Lumb|"},
	},
	{
		name: "the return of C, with X reprising the role: X plays the character the clause says returns (also after Dame)",
		text: "Quay Street spoilers\n\nThe soap Quay Street returns next week.\n\nNext week also sees the return of Nell's estranged mother Maud, with Dame Ottilie Grange reprising the role for the first time since 2019. The show also marks the comeback of Dr Ivo Hart, with Sam Reddy reprising the part.",
		want: []string{"cast|Ottilie Grange|Quay Street|Maud|", "cast|Sam Reddy|Quay Street|Dr Ivo Hart|"},
	},
	{
		name: "Sir and Dame before names: The musical stars Dame A and Sir B and is directed by Sir C, with choreography by D",
		text: "Cast announced for 'Tidewater Lane'\n\nThe new musical 'Tidewater Lane' stars Dame Ada Wrenfield and Sir Tobias Hale. The musical is directed by Sir Ivo Lambourne.",
		want: []string{"cast|Ada Wrenfield|Tidewater Lane||", "cast|Tobias Hale|Tidewater Lane||", "crew|Ivo Lambourne|Tidewater Lane||director"},
	},
	{
		name: "T (1987) which was written by X: the title before 'which' is the work; His television roles include U: the performer, not the writer",
		text: "Actor Noel Brandt dies at 90\n\nActor Noel Brandt has died at 90.\n\nNoel also starred in comedy dramas Tin Bells (1983) and Fen Road (1987) which was written by Sir Oswin Pike.\n\nHis television roles include The Glass Orchard.",
		want: []string{"cast|Noel Brandt|Tin Bells||", "cast|Noel Brandt|Fen Road||", "crew|Oswin Pike|Fen Road||writer", "cast|Noel Brandt|The Glass Orchard||"},
	},
	{
		name: "a documentary's narrator: 'with X set to narrate', 'Y is to narrate the series', 'X, who previously narrated the BBC series T' (cast, no character)",
		text: "Streamer orders 'Coral Kingdoms'\n\nThe streamer has ordered Coral Kingdoms, a five-part natural history series, with Ivo Marchant set to narrate.\n\nMarchant, who previously narrated the BBC series Frozen Shores, said he jumped at the chance.\n\nIn France, Lena Duvall is to narrate the series.",
		want: []string{"cast|Ivo Marchant|Coral Kingdoms||", "cast|Ivo Marchant|Frozen Shores||", "cast|Lena Duvall|Coral Kingdoms||"},
	},
	{
		name: "an awards list's host category: 'Best Host, Talk or Entertainment: X for T' casts X (a host is on screen)",
		text: "Prairie Screen Awards: the winners\n\nThe Prairie Screen Awards were handed out on Sunday.\n\nBest Lead Performer, Drama: Ada Kowal for Black Birch\nBest Host, Talk or Entertainment: Leo Marchand for Night Desk",
		want: []string{"cast|Ada Kowal|Black Birch||", "cast|Leo Marchand|Night Desk||"},
	},
	{
		name: "an upfronts slate: 'a reboot of the dating format T, hosted by A and B' casts A and B in T, not in the show the paragraph before was about",
		text: "Network unveils its slate\n\nThe network has unveiled its 2027 slate.\n\nBlue Gum Flats, a six-part thriller, stars Rory Dunne as a disgraced detective.\n\nThe network also confirmed a reboot of the dating format Paddock Hearts, hosted by Tess Rearden and Liam Oakes.",
		want: []string{"cast|Rory Dunne|Blue Gum Flats||", "cast|Tess Rearden|Paddock Hearts||", "cast|Liam Oakes|Paddock Hearts||"},
	},
	{
		name: "an unquoted title opening 'T starred A and B' is the show, not a performer of the article's show; an earlier work, so 'Sound design is by X' after it stays with the article's show",
		text: "Audio drama 'The Far Drift' sets its cast\n\nThe audio drama 'The Far Drift' has set its cast.\n\nLow Static starred Greta Holm and Marcus Vane. Sound design is by Ola Brenner.",
		want: []string{"cast|Greta Holm|Low Static||", "cast|Marcus Vane|Low Static||", "crew|Ola Brenner|The Far Drift||"},
	},
	{
		name: "a variety line-up: 'comedian A, actor B, singer C and D of the girl group G will join the show as fixed members' (the group is no person)",
		text: "New variety show 'Harbour Runners' unveils its members\n\nThe new variety program 'Harbour Runners' has revealed its fixed cast.\n\nAccording to the network on the 3rd, comedian Yoo Jae-min, actor Han Seo-ri, singer Bae Jin-ho and Jung Ha-na of the girl group VELLA will join the show as fixed members.",
		want: []string{"cast|Yoo Jae-min|Harbour Runners||", "cast|Han Seo-ri|Harbour Runners||", "cast|Bae Jin-ho|Harbour Runners||", "cast|Jung Ha-na|Harbour Runners||"},
	},
	{
		name: "a variety show's guests: 'The first guest will be actor X', 'This week's guests are A and B' (cast); not 'Among the guests are C and D'",
		text: "New variety show 'Harbour Runners' unveils its members\n\nThe new variety program 'Harbour Runners' has revealed its fixed cast.\n\nThe first guest will be actor Oh Jin-seok, who filmed the pilot last month. This week's guests are Ma Dong-ho and Lee Ha-rim. Among the guests at the party are Baek Mi-ran and Cho Yu-na.",
		want: []string{"cast|Oh Jin-seok|Harbour Runners||", "cast|Ma Dong-ho|Harbour Runners||", "cast|Lee Ha-rim|Harbour Runners||"},
	},
	{
		name: "a showrunner deal's career line: 'X was a writer and co-executive producer on NBC's T1 and a supervising producer on the CW's T2'",
		text: "'Grey Harbor' showrunner signs overall deal\n\nDana Whitlow, the showrunner of the crime drama Grey Harbor, has signed an overall deal.\n\nBefore Grey Harbor, Whitlow was a writer and co-executive producer on NBC's The Tenth Ward and a supervising producer on the CW's Shadowmere.",
		want: []string{"crew|Dana Whitlow|Grey Harbor||showrunner", "crew|Dana Whitlow|The Tenth Ward||writer", "crew|Dana Whitlow|The Tenth Ward||producer", "crew|Dana Whitlow|Shadowmere||producer"},
	},
}
