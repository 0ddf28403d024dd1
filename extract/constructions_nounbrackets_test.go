package extract

// nounBracketConstructions are TestConstructions' cases for a player's name
// alone in brackets after a character that a common noun describes, the
// show the article's (nounbrackets.go describedNounBracket).
var nounBracketConstructions = []construction{
	{
		name: "the judge (A) ... under a new educator (B): a character a common noun describes, its player in brackets, cast in the article's show with no character",
		text: "Harrow Lane review\n\nThe drama Harrow Lane opens on Friday. The judge (Nia Ostrander) gives him one last chance before prison, under a new educator (Tom Baxley).",
		want: []string{"cast|Nia Ostrander|Harrow Lane||", "cast|Tom Baxley|Harrow Lane||"},
	},
	{
		name: "a wealthy young couple (A och B), la mère (C): names joined by another language's \"and\", and a noun in French, read so too",
		text: "Harrow Lane review\n\nThe drama Harrow Lane opens on Friday. Ett välbärgat ungt par (Anna Keswick och Peter Dorn) ger sig ut på en vandring. Quand la mère (Ilsa Varrow), junkie, accouche, tout bascule.",
		want: []string{"cast|Anna Keswick|Harrow Lane||", "cast|Peter Dorn|Harrow Lane||", "cast|Ilsa Varrow|Harrow Lane||"},
	},
	{
		name: "Leo's ruthless widow (A), a Southern lawyer (Surname): a character's kin is a character; a surname alone is read as the full name the article gave",
		text: "Harrow Lane review\n\nThe drama Harrow Lane stars Jomo Rotch. Sinde is the daughter of Leo, pitting her against Leo's ruthless widow (Nell Duarte). It follows a Yankee attorney and a Southern lawyer (Rotch) who hide their attraction.",
		want: []string{"cast|Jomo Rotch|Harrow Lane||", "cast|Nell Duarte|Harrow Lane||"},
	},
	{
		name: "a veteran director (A), the winners (B and C), a documentary (D), Tom Hale and his wife (E): a job off screen, an event's people, a work and a real person's kin give nothing",
		text: "Harrow Lane review\n\nThe drama Harrow Lane opens on Friday. The festival honoured a veteran director (Nia Ostrander) on Friday. The prize went to the winners (Tom Baxley and Anna Keswick). It screens beside a documentary (Peter Dorn) about farming. Jomo Rotch and his wife (Ilsa Varrow) attended.",
		want: []string{},
	},
	{
		name: "a young couple (A, 34) and a child (B of T): a bracket holding more than names gives nothing",
		text: "Harrow Lane review\n\nThe drama Harrow Lane opens on Friday. A young couple (Nia Ostrander, 34) set off on a hike. A child (Tom Baxley of Salt Road) finds them.",
		want: []string{},
	},
	{
		name: "their estranged father (unconvincingly portrayed by A), the family dog (voiced by B): a verb of playing and its adverb before the names",
		text: "Harrow Lane review\n\nIn the drama Harrow Lane, a family is shaken by the return of their estranged father (unconvincingly portrayed by Nia Ostrander). Only the family dog (voiced by Tom Baxley) is pleased.",
		want: []string{"cast|Nia Ostrander|Harrow Lane||", "cast|Tom Baxley|Harrow Lane||"},
	},
	{
		name: "a veteran director (played by A): a job off screen gives nothing, a verb of playing or not",
		text: "Harrow Lane review\n\nThe drama Harrow Lane opens on Friday. The festival honoured a veteran director (played by Nia Ostrander) on Friday.",
		want: []string{},
	},
}
