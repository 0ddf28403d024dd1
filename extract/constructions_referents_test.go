package extract

// referentConstructions are TestConstructions' cases for credits whose
// sentence names its people only through a group phrase ("They", "Both",
// "The trio") standing for the people just named.
var referentConstructions = []construction{
	{
		name: "They after a list of makers: produced by A, B and C. They have in the past produced T",
		text: "Velmora starts filming\n\nThe new film Velmora is produced by Anso Prent, Rodo Kastel and Gavi Kastel on the Nine Reels banner. They have in the past produced Superstar Tarun Vel's \"Dookra\".",
		want: []string{"crew|Anso Prent|Velmora||producer", "crew|Rodo Kastel|Velmora||producer", "crew|Gavi Kastel|Velmora||producer",
			"crew|Anso Prent|Dookra||producer", "crew|Rodo Kastel|Dookra||producer", "crew|Gavi Kastel|Dookra||producer", "cast|Tarun Vel|Dookra||"},
	},
	{
		name: "They after a list of directors: directed by A and B. They previously directed T",
		text: "Harrowgate gets a trailer\n\nThe thriller Harrowgate is directed by Lio Manter and Sefa Orrin. They previously directed \"Salt Road\" and \"Kettle Bay\".",
		want: []string{"crew|Lio Manter|Harrowgate||director", "crew|Sefa Orrin|Harrowgate||director",
			"crew|Lio Manter|Salt Road||director", "crew|Sefa Orrin|Salt Road||director", "crew|Lio Manter|Kettle Bay||director", "crew|Sefa Orrin|Kettle Bay||director"},
	},
	{
		name: "Both A and B: the two a They of the next sentence names",
		text: "Velmora starts filming\n\nBoth Aril Tovan and Mesh Verano share a great camaraderie. They have worked together in \"Avan Selu\".",
		want: []string{"cast|Aril Tovan|Avan Selu||", "cast|Mesh Verano|Avan Selu||"},
	},
	{
		name: "The trio after three names: each worked together on U",
		text: "Velmora adds three\n\nPella Varn, Ocho Lint and Desa Mur have joined the cast of Velmora. The trio previously worked together on \"Sea Glass\".",
		want: []string{"cast|Pella Varn|Velmora||", "cast|Ocho Lint|Velmora||", "cast|Desa Mur|Velmora||",
			"cast|Pella Varn|Sea Glass||", "cast|Ocho Lint|Sea Glass||", "cast|Desa Mur|Sea Glass||"},
	},
	{
		name: "no group across a paragraph break: They opening a new paragraph names no list of the paragraph before",
		text: "Harrowgate gets a trailer\n\nThe thriller Harrowgate is directed by Lio Manter and Sefa Orrin.\n\nThey previously directed \"Salt Road\".",
		want: []string{"crew|Lio Manter|Harrowgate||director", "crew|Sefa Orrin|Harrowgate||director"},
	},
	{
		name: "The duo after three names names none of them",
		text: "Velmora adds three\n\nPella Varn, Ocho Lint and Desa Mur have joined the cast of Velmora. The duo previously worked together on \"Sea Glass\".",
		want: []string{"cast|Pella Varn|Velmora||", "cast|Ocho Lint|Velmora||", "cast|Desa Mur|Velmora||"},
	},
}
