package extract

// sharedBugConstructions are TestConstructions' cases for shared
// mechanisms that read wrong on many articles' shapes: a wire story's
// dateline at a paragraph's start.
var sharedBugConstructions = []construction{
	{
		name: "HILVERSUM (ANP) - X speelt in T: a city in capitals and an agency in brackets before a dash is a dateline, no person in a show",
		text: "Nieuwe serie\n\nHILVERSUM (ANP) - Tom Baxley speelt de hoofdrol in de nieuwe serie Harrow Lane.",
		want: []string{"cast|Tom Baxley|Harrow Lane||"},
	},
	{
		name: "LOS ANGELES (AP) —, MUMBAI (Reuters) -, SEOUL, Jan. 5 (Yonhap) -- open a paragraph: no credit, no article's show",
		text: "New season ahead\n\nLOS ANGELES (AP) — Tom Baxley will star in Harrow Lane.\n\nMUMBAI (Reuters) - Anna Keswick has joined the cast of the series.\n\nSEOUL, Jan. 5 (Yonhap) -- Marisa Quillon will also appear in the drama.",
		want: []string{"cast|Tom Baxley|Harrow Lane||", "cast|Anna Keswick|Harrow Lane||", "cast|Marisa Quillon|Harrow Lane||"},
	},
	{
		name: "ISTANBUL (AA) – the series T: the agency is no show, the city no person",
		text: "A temple on screen\n\nISTANBUL (AA) – The ruins will be the center of the new series Harrow Lane, officials told reporters.",
		want: nil,
	},
	{
		name: "a full name in mixed case before a bracket and a dash is no dateline: X (T) - a star on the rise - spoke",
		text: "Interview\n\nTom Baxley (Harrow Lane) - a star on the rise - spoke to us.",
		want: []string{"cast|Tom Baxley|Harrow Lane||"},
	},
}
