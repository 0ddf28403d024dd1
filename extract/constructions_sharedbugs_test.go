package extract

// sharedBugConstructions are TestConstructions' cases for shared
// mechanisms that read wrong on many articles' shapes: a wire story's
// dateline at a paragraph's start; a maker's aside before the subjects; a
// one-word name before "and" and a full name; a nickname of several words
// in quotes inside a name; the kind after the title before "as"; a
// performer's aside between "played by" and the name.
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
	{
		name: "In the thriller T, directed by X, A and B play sisters: the aside's maker is no subject, the subjects no makers",
		text: "New film\n\nIn the thriller Harrow Lane, directed by Teodor Vask, Anna Keswick and Tom Baxley play sisters.",
		want: []string{"crew|Teodor Vask|Harrow Lane||director", "cast|Anna Keswick|Harrow Lane||", "cast|Tom Baxley|Harrow Lane||"},
	},
	{
		name: "In the film T, directed by X, A plays C; In the series T, written by X, A stars as a nurse",
		text: "New film\n\nIn the film Harrow Lane, directed by Teodor Vask, Anna Keswick plays Dora Vell.\n\nNew series\n\nIn the series Copper Vale, written by Lina Oskarth, Marisa Quillon stars as a nurse.",
		want: []string{"crew|Teodor Vask|Harrow Lane||director", "cast|Anna Keswick|Harrow Lane|Dora Vell|", "crew|Lina Oskarth|Copper Vale||writer", "cast|Marisa Quillon|Copper Vale||"},
	},
	{
		name: "T, directed by X, A and B, premieres soon: a list between commas after by is the makers'",
		text: "New film\n\nThe film Harrow Lane, directed by Teodor Vask, Anna Keswick and Tom Baxley, premieres soon.",
		want: []string{"crew|Teodor Vask|Harrow Lane||director", "crew|Anna Keswick|Harrow Lane||director", "crew|Tom Baxley|Harrow Lane||director"},
	},
	{
		name: "A and B will play criminals C1 and C2 D respectively: a one-word character no given name starts does not share the surname after and",
		text: "Harrow Lane casting\n\nThe drama Harrow Lane begins filming in May. Popular actors Teodor Vask and Anna Keswick will play criminals Quorvath and Pim Arlo respectively in the soapie.",
		want: []string{"cast|Teodor Vask|Harrow Lane|Quorvath|", "cast|Anna Keswick|Harrow Lane|Pim Arlo|"},
	},
	{
		name: "A and B play C and D, respectively; A and B star as C and D, respectively: each pairing",
		text: "Harrow Lane casting\n\nThe drama Harrow Lane begins filming in May. Teodor Vask and Anna Keswick play Dora Vell and Pim Arlo, respectively. Tom Baxley and Marisa Quillon star as Ola Brenn and Ivo Tarsk, respectively.",
		want: []string{"cast|Teodor Vask|Harrow Lane|Dora Vell|", "cast|Anna Keswick|Harrow Lane|Pim Arlo|", "cast|Tom Baxley|Harrow Lane|Ola Brenn|", "cast|Marisa Quillon|Harrow Lane|Ivo Tarsk|"},
	},
	{
		name: "Robert and Michelle Vask created the show: a given name before and a full name still shares the surname",
		text: "New drama\n\nThe series Harrow Lane was created by Robert and Michelle Vask.",
		want: []string{"crew|Robert Vask|Harrow Lane||creator", "crew|Michelle Vask|Harrow Lane||creator"},
	},
	{
		name: "C1 and C2 are played by A and B, respectively; The roles of C1 and C2 will be played by A and B, respectively: each pairing",
		text: "Harrow Lane casting\n\nThe drama Harrow Lane begins filming in May. Dora Vell and Pim Arlo are played by Teodor Vask and Anna Keswick, respectively. The roles of Ola Brenn and Ivo Tarsk will be played by Tom Baxley and Marisa Quillon, respectively.",
		want: []string{"cast|Teodor Vask|Harrow Lane|Dora Vell|", "cast|Anna Keswick|Harrow Lane|Pim Arlo|", "cast|Tom Baxley|Harrow Lane|Ola Brenn|", "cast|Marisa Quillon|Harrow Lane|Ivo Tarsk|"},
	},
	{
		name: "given “The Nick Name” surname: the name runs on past the nickname to the surname, as a subject, in a list and by surname later",
		text: "New show\n\nThe reality series Harrow Lane stars Anna Keswick and Teodor “The Iron Hammer” Vask. Vask plays Dora Vell. Tom \"The Wall\" Baxley joins the cast as Ola Brenn.",
		want: []string{"cast|Anna Keswick|Harrow Lane||", "cast|Teodor “The Iron Hammer” Vask|Harrow Lane|Dora Vell|", "cast|Tom \"The Wall\" Baxley|Harrow Lane|Ola Brenn|"},
	},
	{
		name: "given ‘Nick’ surname: a one-word nickname stays in the name too",
		text: "New show\n\nTeodor ‘Teddy’ Vask will star in Harrow Lane.",
		want: []string{"cast|Teodor ‘Teddy’ Vask|Harrow Lane||"},
	},
	{
		name: "X has joined the T drama as C, Y joins the T cast as D, Z will lead the T series as E: the kind after the title, then the role",
		text: "New show\n\nAnna Keswick has joined the Harrow Lane drama as Dora Vell. Tom Baxley joins the Harrow Lane cast as Ola Brenn. Marisa Quillon will lead the Harrow Lane series as Ivo Tarsk.",
		want: []string{"cast|Anna Keswick|Harrow Lane|Dora Vell|", "cast|Tom Baxley|Harrow Lane|Ola Brenn|", "cast|Marisa Quillon|Harrow Lane|Ivo Tarsk|"},
	},
	{
		name: "X, who starred in “T1”, has joined the drama T: both credits",
		text: "New show\n\nAnna Keswick, who starred in “Copper Vale”, has joined the drama Harrow Lane.",
		want: []string{"cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Copper Vale||"},
	},
	{
		name: "C is played by break-out star of T2, X; D will be played by rising actress of “T3”, Y: the name after the aside, in T2 and T3 too",
		text: "New show\n\nThe drama Harrow Lane begins filming in May. Dora Vell is played by break-out star of Copper Vale, Anna Keswick. Ola Brenn will be played by rising actress of “Salt Road”, Marisa Quillon.",
		want: []string{"cast|Anna Keswick|Harrow Lane|Dora Vell|", "cast|Anna Keswick|Copper Vale||", "cast|Marisa Quillon|Harrow Lane|Ola Brenn|", "cast|Marisa Quillon|Salt Road||"},
	},
}
