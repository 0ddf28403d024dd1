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
	{
		name: "He after a paragraph that named one person, not as its opener: that person, where the article's lead is a woman",
		text: "Kestra Vonn joins Harrow Lane\n\nActress Kestra Vonn has joined the cast of the new drama Harrow Lane. She will play a fisherwoman.\n\nThe series will also feature a special appearance by singer and actor Rovo Valt, also known as Jung Ri-hoon. If true, it will mark the star's first appearance in a historical drama. He last starred in the fantasy medical drama \"Ghost Ward\" earlier this year.",
		want: []string{"cast|Kestra Vonn|Harrow Lane||", "cast|Rovo Valt|Harrow Lane||", "cast|Rovo Valt|Ghost Ward||"},
	},
	{
		name: "He after an intro clause's person (Active since the 1990s, X became known): X, not the article's lead",
		text: "Hadrik Sol Signs Up for Moonfall\n\nSuperstar Hadrik Sol has signed up to take on the leading role in the upcoming project Moonfall. The role of a prosecutor will be played by Veno Talvik.\n\nActive since the late 1990s, Veno Talvik became known after appearing in Gas Station Blues (1999). He is currently shooting the bowling drama Strike Zone.",
		want: []string{"cast|Hadrik Sol|Moonfall||", "cast|Veno Talvik|Moonfall||", "cast|Veno Talvik|Gas Station Blues||", "cast|Veno Talvik|Strike Zone||"},
	},
	{
		name: "She after a paragraph that named two people: unsure, no credit, not even for the article's lead",
		text: "Kestra Vonn joins Harrow Lane\n\nActress Kestra Vonn has joined the cast of the new drama Harrow Lane. She will play a fisherwoman.\n\nThe cast also includes Oda Rimmel and Nilo Arvo. She also starred in \"Cold Meridian\".",
		want: []string{"cast|Kestra Vonn|Harrow Lane||", "cast|Oda Rimmel|Harrow Lane||", "cast|Nilo Arvo|Harrow Lane||"},
	},
	{
		name: "He after a character and its actor, C (A): the character's, no credit for the actor",
		text: "Kestra Vonn joins Harrow Lane\n\nActor Kestra Vonn has joined the cast of the new drama Harrow Lane. He will play a fisherman.\n\nThe drama tells the story of Tovo Rask (Kestra Vonn) who worked as a detective. He wanted more power and decided to work in the \"Grand Assembly\".",
		want: []string{"cast|Kestra Vonn|Harrow Lane|Tovo Rask|"},
	},
	{
		name: "He after a paragraph that named one man, where the article's lead is a man too: unsure, no credit",
		text: "Kestra Vonn joins Harrow Lane\n\nActor Kestra Vonn has joined the cast of the new drama Harrow Lane. He will play a fisherman.\n\nThe series will also feature a special appearance by singer and actor Rovo Valt. If true, it will mark the star's first appearance in a historical drama. He last starred in the fantasy medical drama \"Ghost Ward\" earlier this year.",
		want: []string{"cast|Kestra Vonn|Harrow Lane||", "cast|Rovo Valt|Harrow Lane||"},
	},
	{
		name: "I in a quotation the sentence attributes: “I play C,” said X; X said: “I loved playing C in T”",
		text: "Kestra Vonn joins Harrow Lane\n\nActress Kestra Vonn has joined the cast of the new drama Harrow Lane.\n\n\"I play Mirela, a fisherwoman who loses everything,\" said Vonn.\n\nPello Danter said: \"I loved playing Tarik in 'Cold Meridian', and this role is just as rich.\"",
		want: []string{"cast|Kestra Vonn|Harrow Lane|Mirela|", "cast|Pello Danter|Cold Meridian|Tarik|"},
	},
	{
		name: "I in a quotation: “I play C,” X told reporters; no speaker, or no quotation, no credit",
		text: "Kestra Vonn joins Harrow Lane\n\nActress Kestra Vonn has joined the cast of the new drama Harrow Lane, alongside Pello Danter.\n\n\"I play Tarik, a fisherman with a secret,\" Danter told reporters.\n\n\"I play Mirela, a woman who loses everything,\" the statement read.\n\nI play Tovela in the school production.",
		want: []string{"cast|Kestra Vonn|Harrow Lane||", "cast|Pello Danter|Harrow Lane|Tarik|"},
	},
	{
		name: "They after a sentence that starred two people: They previously starred in T, They have also appeared in the hit series U",
		text: "Harrow Lane casts leads\n\nThe new drama Harrow Lane stars Kestra Vonn and Pello Danter. They previously starred in \"Cold Meridian\".\n\nOda Rimmel and Tovo Rask have joined the cast of Harrow Lane. They have also appeared in the hit series \"Salt Meridian\".",
		want: []string{"cast|Kestra Vonn|Harrow Lane||", "cast|Pello Danter|Harrow Lane||", "cast|Kestra Vonn|Cold Meridian||", "cast|Pello Danter|Cold Meridian||",
			"cast|Oda Rimmel|Harrow Lane||", "cast|Tovo Rask|Harrow Lane||", "cast|Oda Rimmel|Salt Meridian||", "cast|Tovo Rask|Salt Meridian||"},
	},
	{
		name: "They with a verb of what is to come (will next appear in T), or opening a new paragraph, credits no one",
		text: "Harrow Lane casts leads\n\nThe new drama Harrow Lane stars Kestra Vonn and Pello Danter. They will next appear in \"Cold Meridian\".\n\nThey previously starred in \"Salt Meridian\".",
		want: []string{"cast|Kestra Vonn|Harrow Lane||", "cast|Pello Danter|Harrow Lane||"},
	},
	{
		name: "Both actors, The duo after two people: each is in the title after a past performer's verb; The duo after three, none",
		text: "Harrow Lane casts leads\n\nThe comedy Brass Bell stars Lira Hoss and Devo Markel. Both actors previously starred in \"Night Quay\".\n\nThe drama Iron Vale stars Sela Moor and Ravo Tinn. The duo have also appeared in \"Red Fern\".\n\nThe drama Stone Gate stars Sela Moor, Ravo Tinn and Lira Hoss. The duo have also appeared in \"Blue Fern\".",
		want: []string{"cast|Lira Hoss|Brass Bell||", "cast|Devo Markel|Brass Bell||", "cast|Lira Hoss|Night Quay||", "cast|Devo Markel|Night Quay||",
			"cast|Sela Moor|Iron Vale||", "cast|Ravo Tinn|Iron Vale||", "cast|Sela Moor|Red Fern||", "cast|Ravo Tinn|Red Fern||",
			"cast|Sela Moor|Stone Gate||", "cast|Ravo Tinn|Stone Gate||", "cast|Lira Hoss|Stone Gate||"},
	},
}
