package extract

// roundupEntryConstructions are TestConstructions' cases for a numbered
// roundup entry line that gives its title and its cast together, with no
// dash between them, an entry's title line with its genre in brackets, a
// "Who's in it" line under it, and an entry's paragraph that opens with its
// title and a dash or colon (roundupentries.go).
var roundupEntryConstructions = []construction{
	{
		name: "numbered entry lines 'N. T with A and B, Ch3': each line's names are its title's cast, the channel after the last comma no name",
		text: "The contenders for drama of the year\n\nThree dramas were on the shortlist:\n1. Harrow Lane with Tessaly Varnok and Bendik Sorrel, Ch3\n2. Cold Orchard with Mirela Ostrand and ‘Pip’ Corvin Dallow, Ch7\n\nThe winner is announced on Friday.",
		want: []string{"cast|Tessaly Varnok|Harrow Lane||", "cast|Bendik Sorrel|Harrow Lane||", "cast|Mirela Ostrand|Cold Orchard||", "cast|‘Pip’ Corvin Dallow|Cold Orchard||"},
	},
	{
		name: "a numbered entry line 'N) T (2025), starring A and B' over its blurb: the names are T's cast, not the entry's before",
		text: "The best new shows to watch this week\n\nHere is what is streaming this week.\n\n1) Glass Meridian (2025), starring Pessa Lindqvist and Aldo Brenner\n\nTwo sisters inherit a lighthouse.\n\n2) Harrow Lane (2024), starring Ilse Marrow\n\nA harbour pilot finds a body in the fog.",
		want: []string{"cast|Pessa Lindqvist|Glass Meridian||", "cast|Aldo Brenner|Glass Meridian||", "cast|Ilse Marrow|Harrow Lane||"},
	},
	{
		name: "not a numbered entry's cast: 'N. A reunites with B' is a person's news, and 'N. T with its big budget' names no one",
		text: "The week in drama\n\nHere is what happened this week.\n\n1. Harrow Lane with its big budget\n\nThe drama cost more than any before it.\n\n2. Tessaly Varnok reunites with Bendik Sorrel\n\nThe pair last worked together ten years ago.",
		want: []string{},
	},
	{
		name: "an entry's title line with its genre in brackets, 'T (Crime drama)', over 'Who's in it: A, B': the names are T's cast, no person T in a show 'Crime'; 'Where to watch:' is no credit",
		text: "What to watch this week\n\nFrom a crime drama to a comedy, here is what to watch.\n\nHarrow Lane (Crime drama)\n\nWho's in it: Mirela Ostrand, Corvin Dallow\n\nWhere to watch: Velvet+\n\nGlass Meridian (Thriller)\n\nThe details\n\n• Who’s in it Pessa Lindqvist, Aldo Brenner and Ilse Marrow\n• Where to find it Velvet+",
		want: []string{"cast|Mirela Ostrand|Harrow Lane||", "cast|Corvin Dallow|Harrow Lane||", "cast|Pessa Lindqvist|Glass Meridian||", "cast|Aldo Brenner|Glass Meridian||", "cast|Ilse Marrow|Glass Meridian||"},
	},
	{
		name: "not a 'Who's in it' list: its answer is no list of full names",
		text: "What to watch this week\n\nFrom a crime drama to a comedy, here is what to watch.\n\nHarrow Lane (Crime drama)\n\nWho's in it: a cast of unknowns from Velvet Bay\n\nWhere to watch: Velvet+",
		want: []string{},
	},
	{
		name: "roundup entries that open their paragraph with the title, quoted or bare, then a dash or colon: each clause's names, and the paragraph's under it, are that entry's cast, not the first entry's",
		text: "New on Velvet+ in March\n\nThe streamer has a busy month ahead.\n\n“Harrow Lane”: Pessa Lindqvist plays a detective hunting a missing child.\n\n'Glass Meridian' – Mirela Ostrand and Corvin Dallow star as two sisters who inherit a lighthouse.\n\nIlse Marrow plays their mother.\n\nCold Orchard - Aldo Brenner leads this thriller about a missing child.",
		want: []string{"cast|Pessa Lindqvist|Harrow Lane||", "cast|Mirela Ostrand|Glass Meridian||", "cast|Corvin Dallow|Glass Meridian||", "cast|Ilse Marrow|Glass Meridian||", "cast|Aldo Brenner|Cold Orchard||"},
	},
	{
		name: "not an entry's title: a label before the colon ('Verdict: A stars ...') leaves the sentence the article's show's",
		text: "Harrow Lane review\n\n“Harrow Lane” is the streamer's new crime drama.\n\nVerdict: Pessa Lindqvist stars as a detective and carries every scene.",
		want: []string{"cast|Pessa Lindqvist|Harrow Lane||"},
	},
}

func init() {
	constructions = append(constructions, roundupEntryConstructions...)
}
