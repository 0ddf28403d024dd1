package extract

// castPredicateConstructions are TestConstructions' cases for a cast named
// by what its people are: "A and B are the confirmed stars", "will be the
// new additions to the cast", a cast list's cue before a colon.
var castPredicateConstructions = []construction{
	{
		name: "names such as A, B and C will be taking the main roles; A and B take the lead roles; X takes the title role, is taking a leading role: a part taken; not \"took the role seriously\"",
		text: "Blue Harbor adds cast\n\nThe drama Blue Harbor is coming to tvN. Along with Mara Quint, veteran actors such as Dev Olan, Pia Roe and Kit Varga will be taking the main roles, the drama creators said. Sam Pell and Ola Brin will take the lead roles. Tess Auden takes the title role. Lu Ban is taking a leading role in the drama. Rob Ames took the role seriously.",
		want: []string{
			"cast|Dev Olan|Blue Harbor||", "cast|Pia Roe|Blue Harbor||", "cast|Kit Varga|Blue Harbor||",
			"cast|Sam Pell|Blue Harbor||", "cast|Ola Brin|Blue Harbor||",
			"cast|Tess Auden|Blue Harbor||", "cast|Lu Ban|Blue Harbor||",
		},
	},
	{
		name: "A and B are the confirmed stars; C and D will be the new additions to the cast; E and F are the two main stars: the sentence's show",
		text: "Copper Lantern is a new drama from Netflix, directed by Ilse Varno.\n\nAs of now, Tobin Marsk and Wenda Orrel are the confirmed stars. Pavo Lindqvist and Ree Okonta will be the new additions to the cast. Jory Sallet and Mirela Trovak are the two main stars of the series.",
		want: []string{
			"crew|Ilse Varno|Copper Lantern||director",
			"cast|Tobin Marsk|Copper Lantern||", "cast|Wenda Orrel|Copper Lantern||",
			"cast|Pavo Lindqvist|Copper Lantern||", "cast|Ree Okonta|Copper Lantern||",
			"cast|Jory Sallet|Copper Lantern||", "cast|Mirela Trovak|Copper Lantern||",
		},
	},
	{
		name: "A and B are the stars of T, the two main protagonists of T: T's cast, not the sentence's show",
		text: "Copper Lantern is a new drama from Netflix.\n\nTobin Marsk and Wenda Orrel are the stars of Glass Orchard. Pavo Lindqvist and Ree Okonta are the two main protagonists of Night Ferry.",
		want: []string{
			"cast|Tobin Marsk|Glass Orchard||", "cast|Wenda Orrel|Glass Orchard||",
			"cast|Pavo Lindqvist|Night Ferry||", "cast|Ree Okonta|Night Ferry||",
		},
	},
	{
		name: "\"were the stars of the night\", \"are the new additions to the board\": no cast",
		text: "Copper Lantern is a new drama from Netflix.\n\nTobin Marsk and Wenda Orrel were the stars of the night. Pavo Lindqvist and Ree Okonta are the new additions to the board.",
		want: nil,
	},
	{
		name: "a cast list's cue before a colon or a semicolon: \"The actors include: A (T1), B\", \"The cast includes: C\", \"In attendance were the cast; D, E as well as other stars like F\"",
		text: "Copper Lantern is a new drama from Netflix.\n\nThe actors include: Tobin Marsk (Glass Orchard, Night Ferry), Wenda Orrel (Salt Meadow), and Pavo Lindqvist. The cast includes: Ree Okonta and Jory Sallet.\n\nIn attendance were the cast; Mirela Trovak, Desh Amberlo as well as other stars like Quill Maroway and many more.",
		want: []string{
			"cast|Tobin Marsk|Copper Lantern||", "cast|Tobin Marsk|Glass Orchard||", "cast|Tobin Marsk|Night Ferry||",
			"cast|Wenda Orrel|Copper Lantern||", "cast|Wenda Orrel|Salt Meadow||",
			"cast|Pavo Lindqvist|Copper Lantern||",
			"cast|Ree Okonta|Copper Lantern||", "cast|Jory Sallet|Copper Lantern||",
			"cast|Mirela Trovak|Copper Lantern||", "cast|Desh Amberlo|Copper Lantern||",
		},
	},
}

// castAppositiveConstructions are TestConstructions' cases for a performer
// named in an appositive: the lead actor in a show, the star of it past
// the acclaim the part won.
var castAppositiveConstructions = []construction{
	{
		name: "X, the principal actor in the internationally acclaimed Turkish TV series “T,”; Y, the lead actress in T2: cast",
		text: "Pella Voss, the principal actor in the internationally acclaimed Turkish TV series “Dawn Riders,” was awarded “best actor” by a magazine. Orrin Vale, the lead actress in the drama Kestrel Bay, attended.",
		want: []string{"cast|Pella Voss|Dawn Riders||", "cast|Orrin Vale|Kestrel Bay||"},
	},
	{
		name: "X, who won international acclaim as the star of the US TV crime series “T”, has died; Y, who rose to fame as the star of T2: cast",
		text: "Three-time Oscar nominee Pella Voss, who won international acclaim as the star of the US TV crime series “Dawn Riders”, has died. Orrin Vale, who rose to fame as the star of Kestrel Bay, paid tribute.",
		want: []string{"cast|Pella Voss|Dawn Riders||", "cast|Orrin Vale|Kestrel Bay||"},
	},
	{
		name: "X, the lead writer of T: crew; Y, an actor in T2: no reading of \"in\" after an actor with no rank",
		text: "Pella Voss, the lead writer of Dawn Riders, said the show was over. Orrin Vale, the main star in the making, agreed.",
		want: []string{"crew|Pella Voss|Dawn Riders||writer"},
	},
}

// castCueConstructions are TestConstructions' cases for a cast named by
// its performances and its characters: "with stellar performances by A and
// B", "X's new character, C".
var castCueConstructions = []construction{
	{
		name: "“T” is written by W, with stellar performances by A, B and others; the film features strong performances by C: cast; \"a live performance by singer D\" is none",
		text: "“Copper Lantern” is written by Ilse Varno, with stellar performances by Tobin Marsk, Clara Orrel and others. The film features strong performances by Pavo Lindqvist.\n\nThe night ended with a live performance by singer Ree Okonta.",
		want: []string{"crew|Ilse Varno|Copper Lantern||writer", "cast|Tobin Marsk|Copper Lantern||", "cast|Clara Orrel|Copper Lantern||", "cast|Pavo Lindqvist|Copper Lantern||"},
	},
	{
		name: "X’s new character, C: cast with C in the sentence's show, also after \"the sister of\"",
		text: "Copper Lantern is a new drama. Rumor has it that Tobin Marsk’s Eden Vorne is the sister of Clara Orrel’s new character, Abigail Vorne. Martin Sallet’s latest character, Hal Brenner, arrives next week.",
		want: []string{"cast|Clara Orrel|Copper Lantern|Abigail Vorne|", "cast|Martin Sallet|Copper Lantern|Hal Brenner|"},
	},
}
