package extract

// titleReadConstructions are TestConstructions' cases for how far an
// unquoted title reads: a possessive inside a title of earlier work whose
// next word is a given name alone; a title between an indefinite article
// and a cast noun, no person; a title in sentence case after a preposition,
// "the" and a genre noun.
var titleReadConstructions = []construction{
	{
		name: `"known for Master's Sun and Velmar's Moon", "appeared in Lover's Lane", "known for The Master's Sun": a given name alone after a title's possessive is the title's word, not a person`,
		text: "Ana Selo joins Harbor\n\nAna Selo will star in the drama Harbor. Selo is known for Master's Sun and Velmar's Moon. Bo Rinta previously appeared in Lover's Lane and Devil's Tower. Cy Dano is known for The Master's Sun.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|Master's Sun||", "cast|Ana Selo|Velmar's Moon||",
			"cast|Bo Rinta|Lover's Lane||", "cast|Bo Rinta|Devil's Tower||", "cast|Cy Dano|The Master's Sun||"},
	},
	{
		name: `"B is a Grey Lantern star", "C, a Red Mile star, plays Kio": a title between "a" and a cast noun is no person of the sentence's show`,
		text: "Harbor cast\n\nAna Selo will star in the drama Harbor. Bo Rinta is a Grey Lantern star. Cy Dano, a Red Mile star, plays Kio.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Cy Dano|Harbor|Kio|"},
	},
	{
		name: `"at the premiere of the film Mystery in sight, in which she plays C", "known for the series Night train home.": a title in sentence case after a preposition, "the" and a genre noun runs to the mark`,
		text: "Ana Selo interview\n\nAna Selo shone on the red carpet at the premiere of the film Mystery in sight, in which she plays Countess Sekou. Bo Rinta is known for the series Night train home.",
		want: []string{"cast|Ana Selo|Mystery in sight|Countess Sekou|", "cast|Bo Rinta|Night train home||"},
	},
	{
		name: `"starred in the film Harbor in theaters", "known for the drama Harbor too": words that go on the clause end no title in sentence case`,
		text: "Harbor returns\n\nAna Selo starred in the film Harbor in theaters. Bo Rinta is known for the drama Harbor too.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinta|Harbor||"},
	},
	{
		name: `"cast in the Netflix Original Harbor Lights", "previously starred in the Showmax Original Iron Coast": a network and "Original" before a title are no part of it`,
		text: "Ana Selo cast in new series\n\nAna Selo has been cast in the Netflix Original Harbor Lights. The series comes from creator Bo Rinta. Cy Dano previously starred in the Showmax Original Iron Coast.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "crew|Bo Rinta|Harbor Lights||creator", "cast|Cy Dano|Iron Coast||"},
	},
	{
		name: `"Showmax Original Salt Road is a crime series starring A and B": the network's label opens no title`,
		text: "Salt Road premieres\n\nShowmax Original Salt Road is a crime series starring Ana Selo and Bo Rinta.",
		want: []string{"cast|Ana Selo|Salt Road||", "cast|Bo Rinta|Salt Road||"},
	},
	{
		name: `"known for America's Next Top Model and T2", "features Canada's Smartest Person host B": a country's possessive opens the title before a list's end or a cast or job noun; not "Kenya's 2023 Oscar submission, Mvera"`,
		text: "Harbor cast\n\nAna Selo will star in the drama Harbor. Selo is best known for America's Next Top Model and Salt Road. The series also features Canada's Smartest Person host Bo Rinta. Director Cy Dano, best known for Kenya's 2023 Oscar submission, Iron Coast, is behind it.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|America's Next Top Model||", "cast|Ana Selo|Salt Road||", "cast|Bo Rinta|Harbor||",
			"cast|Bo Rinta|Canada's Smartest Person||", "crew|Cy Dano|Harbor||director", "crew|Cy Dano|Iron Coast||director"},
	},
	{
		name: `"appeared in It's Always Sunny in Velmar and T2", "credits include Who's the Boss?, T2": after a cue of earlier work, "'s" after "it" or "who" is "is", inside the title`,
		text: "Harbor cast\n\nAna Selo will star in the drama Harbor. Selo appeared in It's Always Sunny in Velmar and Salt Road. Bo Rinta's credits include Who's the Boss?, Iron Coast and Are You Afraid of the Dark?",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|It's Always Sunny in Velmar||", "cast|Ana Selo|Salt Road||",
			"cast|Bo Rinta|Who's the Boss?||", "cast|Bo Rinta|Iron Coast||", "cast|Bo Rinta|Are You Afraid of the Dark?||"},
	},
	{
		name: `"Lanterns in sight: A on her new role", then "stars in Lanterns in sight" and "In Lanterns in sight, Selo plays C": a headline's title in sentence case before a colon, written the same way twice more, is the article's show`,
		text: "Lanterns in sight: Ana Selo on her new role\n\nAna Selo stars in Lanterns in sight, the new Netflix film. In Lanterns in sight, Selo plays Countess Vara.",
		want: []string{"cast|Ana Selo|Lanterns in sight|Countess Vara|"},
	},
	{
		name: `"Box office: A leads the weekend": a headline's words before a colon written once are no title`,
		text: "Box office: Ana Selo leads the weekend\n\nThe drama Harbor, starring Ana Selo, opened at the top.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: `"A, a Salt Road alum, plays Kio", "B, a Salt Road star,": the title before "alum" or "star" after an indefinite article where the article knows it as a show; not "a Broadway star", "a Ridgeback star" known as none`,
		text: "Ana Selo joins Harbor\n\nBo Rinta has joined the cast of Harbor. Cy Dano starred in Salt Road. Ana Selo, a Salt Road alum, plays Kio. Ed Moro, a Broadway star, plays Lia. Fay Lund, a Ridgeback star, plays Ren.",
		want: []string{"cast|Bo Rinta|Harbor||", "cast|Cy Dano|Salt Road||", "cast|Ana Selo|Harbor|Kio|", "cast|Ana Selo|Salt Road||",
			"cast|Ed Moro|Harbor|Lia|", "cast|Fay Lund|Harbor|Ren|"},
	},
}
