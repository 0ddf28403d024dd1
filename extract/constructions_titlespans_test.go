package extract

// titleSpanConstructions are TestConstructions' cases for where a title
// ends: in sentence case, the lower-case words the article writes after
// its first words every time, or before a bracket after "titled"; in a
// title-case headline, before a network that carries the show.
var titleSpanConstructions = []construction{
	{
		name: `French "Le tournage de Nous sommes seuls a démarré", "Nous sommes seuls devrait arriver": the lower-case words after the title every time it is named are the title's`,
		text: "Le tournage de Nous sommes seuls en cours\n\nLe tournage de Nous sommes seuls a démarré dans le Gard. Au casting, on retrouvera Ana Selo, Bo Rinta et Cara Vell.\n\nNous sommes seuls devrait arriver à la rentrée.",
		want: []string{"cast|Ana Selo|Nous sommes seuls||", "cast|Bo Rinta|Nous sommes seuls||", "cast|Cara Vell|Nous sommes seuls||"},
	},
	{
		name: `"Harbor cast revealed", "The Harbor cast includes": a cast noun after the title every time is no part of it`,
		text: "Harbor cast revealed\n\nThe Harbor cast includes Ana Selo and Bo Rinta. The Harbor cast will begin filming in May.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinta|Harbor||"},
	},
	{
		name: `Italian "la serie intitolata Velkaro no Hoshi kara kite (tradotto ...)": lower-case words before the bracket end the title after "titled"`,
		text: "Il sito ufficiale ha annunciato il cast della serie live action intitolata Velkaro no Hoshi kara kite (tradotto in inglese come A star far away), la cui trasmissione inizierà a gennaio.\n\nIl cast\n\nTra gli attori troviamo:\n\n- Odila Marrent nel ruolo di Nives Calandri\n\n- Teodoro Vasquel nel ruolo di Gaspard Lemarchal",
		want: []string{"cast|Odila Marrent|Velkaro no Hoshi kara kite|Nives Calandri|", "cast|Teodoro Vasquel|Velkaro no Hoshi kara kite|Gaspard Lemarchal|"},
	},
	{
		name: `"A Joins Harbor Lights On Netflix", "B Joins Harbor Lights At Apple TV+": a title-case headline's preposition and network after the title are no part of it`,
		text: "Ana Selo Joins Harbor Lights On Netflix\n\nAna Selo will star in the series, from creator Bo Rinta. Harbor Lights is set in Maine.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "crew|Bo Rinta|Harbor Lights||creator"},
	},
	{
		name: `"A To Star In Harbor Lights Apple TV+ Series": a network and a kind of show after the title are no part of it`,
		text: "Ana Selo To Star In Harbor Lights Apple TV+ Series\n\nAna Selo will star in the series, from creator Bo Rinta. Harbor Lights is set in Maine.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "crew|Bo Rinta|Harbor Lights||creator"},
	},
	{
		name: `"A Joins Netflix Series": a network and a kind of show with no title name no show`,
		text: "Ana Selo Joins Netflix Series\n\nAna Selo has been cast in an upcoming series from creator Bo Rinta.",
		want: nil,
	},
	{
		name: `"A Joins The Cast Of Harbor Lights", "B Joins Season 2 Of T": the title after "Cast Of" or a season and "Of" in a title-case headline`,
		text: "Ana Selo Joins The Cast Of Harbor Lights\n\nAna Selo will star in the series, from creator Bo Rinta. Harbor Lights is set in Maine.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "crew|Bo Rinta|Harbor Lights||creator"},
	},
	{
		name: `"A Joins Season 2 Of Harbor Lights": the title after a season and "Of" in a title-case headline`,
		text: "Ana Selo Joins Season 2 Of Harbor Lights\n\nAna Selo will star in the series, from creator Bo Rinta. Harbor Lights is set in Maine.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "crew|Bo Rinta|Harbor Lights||creator"},
	},
	{
		name: `"starred in Kessel's Creek", "credits include Kessel's Creek, Dorran's Inquest and T", "appeared in episodes of T1, Kessel's Creek and T2": a word's possessive and a capitalized word after a cue of earlier work are one title, not a show and its character`,
		text: "Ana Selo joins Harbor\n\nAna Selo will lead the drama Harbor. She previously starred in Kessel's Creek. Her credits include Dorran's Inquest and Grey Lantern. She also appeared in episodes of Red Mile, Dorrick's Creek and Low Tide.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|Kessel's Creek||", "cast|Ana Selo|Dorran's Inquest||", "cast|Ana Selo|Grey Lantern||",
			"cast|Ana Selo|Red Mile||", "cast|Ana Selo|Dorrick's Creek||", "cast|Ana Selo|Low Tide||"},
	},
	{
		name: `"starred in 7-1-7 and T", "is best known for 7-1-7: Lone Lantern", "A (7-1-7: Lone Lantern)": digits joined by hyphens, one each, are a title's word; not a score "won 3-2"`,
		text: "Harbor premieres\n\nThe drama Harbor premieres tonight, starring Ana Selo. Selo previously starred in 7-1-7 and Red Mile. Bo Rinta is best known for 7-1-7: Lone Lantern. Cy Dano (7-1-7: Lone Lantern) plays Dara. Her team won 3-2 on Sunday.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|7-1-7||", "cast|Ana Selo|Red Mile||", "cast|Bo Rinta|7-1-7: Lone Lantern||",
			"cast|Cy Dano|7-1-7: Lone Lantern||", "cast|Cy Dano|Harbor|Dara|"},
	},
	{
		name: `"Meanwhile, A's new series has started filming", "Besides, B's new film has wrapped": a connective before the comma that opens the sentence is no title the maker's work is`,
		text: "Filming roundup\n\nMeanwhile, Bo Rinta's new series has started filming. Besides, Ana Selo's new film has wrapped.",
		want: nil,
	},
	{
		name: `"A was the star of T", "B is also the director of Six Lanterns to Cross": a copula before the job or cast noun reads as the appositive "A, the star of T,"`,
		text: "Harbor premieres\n\nThe drama Harbor premieres tonight. Ana Selo was the star of Red Mile. Bo Rinta is also the director of Six Lanterns to Cross.",
		want: []string{"cast|Ana Selo|Red Mile||", "crew|Bo Rinta|Six Lanterns to Cross||director"},
	},
	{
		name: `"starred in T1 and in Voyage to the Bottom of the Marsh": a second "in" after "and" goes on with the list of titles; not "and in March", "and in London"`,
		text: "Harbor premieres\n\nThe drama Harbor premieres tonight. Ana Selo starred in Red Mile and in Voyage to the Bottom of the Marsh. Bo Rinta starred in Grey Lantern and in London he met Cy Dano.",
		want: []string{"cast|Ana Selo|Red Mile||", "cast|Ana Selo|Voyage to the Bottom of the Marsh||", "cast|Bo Rinta|Grey Lantern||"},
	},
	{
		name: `French "la série Harbor sur TF1", Spanish "la serie Las chicas del mar de Netflix": a preposition and a network after a title in sentence case carry the show and are no part of it`,
		text: "Ana Selo rejoint Harbor\n\nAna Selo rejoint la série Harbor sur TF1.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: `Spanish "protagoniza la serie Las chicas del mar de Netflix": "de" and a network end the title`,
		text: "Ana Selo se une a Harbor\n\nAna Selo protagoniza la serie Las chicas del mar de Netflix.",
		want: []string{"cast|Ana Selo|Las chicas del mar||"},
	},
	{
		name: `"Harbor Lights Casts Ana Selo As Dara" over "Ana Selo will play Dara": the run after a name and "As" in a title-case headline is the part, no title the body names again`,
		text: "Harbor Lights Casts Ana Selo As Dara\n\nThe series is from creator Bo Rinta. Ana Selo will play Dara.",
		want: nil,
	},
	{
		name: `"Ana Selo Cast As Dara In Harbor Lights" over a body that names Harbor Lights: the title after the part`,
		text: "Ana Selo Cast As Dara In Harbor Lights\n\nHarbor Lights is from creator Bo Rinta. Ana Selo will play Dara.",
		want: []string{"cast|Ana Selo|Harbor Lights|Dara|", "crew|Bo Rinta|Harbor Lights||creator"},
	},
	{
		name: `"Ana Selo To Play Dara In Netflix Series Harbor Lights", "Bo Rinta Plays Queen Mara In T": a title-case headline's part, "In" and the title that ends it name the show, the body naming it no more; not "In New York", "In May"`,
		text: "Ana Selo To Play Dara In Netflix Series Harbor Lights\n\nThe series is from creator Bo Rinta. Ana Selo will play Dara.",
		want: []string{"cast|Ana Selo|Harbor Lights|Dara|", "crew|Bo Rinta|Harbor Lights||creator"},
	},
	{
		name: `"Ana Selo To Play Dara In New York": a place after "In" is no title`,
		text: "Ana Selo To Play Dara In New York\n\nThe series is from creator Bo Rinta. Ana Selo will play Dara.",
		want: nil,
	},
	{
		name: `"played Jim in Kessel's Creek", "voicing Mara in Dorran's Moving House", "stars as Jim in Kessel's Creek", "will appear in Kessel's Creek as Mara", "played Jim in T1 and Mara in T2": after a play or cast verb and a character, a word's possessive and a capitalized word after "in" are one title, not "C in T" and its character`,
		text: "Ana Selo joins Harbor\n\nAna Selo will lead the drama Harbor. Tomas Brel played Jim in Kessel’s Creek. Nell Duarte makes a return after voicing Mara in Dorran's Moving House. Rui Mata stars as Teo in Velmar’s Moon. Cal Dorne will appear in Lisker’s Creek as Odo. Bo Rinta played Lio in Corran's Field and Pia in Hesket's Tide.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Tomas Brel|Kessel’s Creek|Jim|", "cast|Nell Duarte|Dorran's Moving House|Mara|", "cast|Rui Mata|Velmar’s Moon|Teo|",
			"cast|Cal Dorne|Lisker’s Creek|Odo|", "cast|Bo Rinta|Corran's Field|Lio|", "cast|Bo Rinta|Hesket's Tide|Pia|"},
	},
	{
		name: `"directed by Moorfield and Time's Rui Mata": after "by", two lone capitalized words joined by "and" before a possessive and a full name are one title of the maker's, not a person and a title`,
		text: "Harbor begins filming\n\nHarbor, a new drama for the network, begins filming in Lisbon next month.\n\nThe drama, which is penned by Kettle Road writer Tomas Brel and directed by Moorfield and Time's Rui Mata, begins in May.",
		want: []string{"crew|Tomas Brel|Harbor||writer", "crew|Tomas Brel|Kettle Road||writer", "crew|Rui Mata|Harbor||director", "crew|Rui Mata|Moorfield and Time||"},
	},
	{
		name: `"Harbor stars Ana Selo and Kessel’s Creek star Tomas Brel": in a cast list, a lone word's possessive and capitalized words before a performer noun are one title, the item's person the name after the noun, not "Kessel" and a show "Creek"`,
		text: "Harbor adds to its cast\n\nHarbor stars Ana Selo and Kessel’s Creek star Tomas Brel. The drama also stars Rui Mata and Dorran's Moving House star Nell Duarte.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Tomas Brel|Harbor||", "cast|Tomas Brel|Kessel’s Creek||", "cast|Rui Mata|Harbor||", "cast|Nell Duarte|Harbor||", "cast|Nell Duarte|Dorran's Moving House||"},
	},
}
