package extract

// titleReadConstructions are TestConstructions' cases for how far an
// unquoted title reads: a possessive inside a title of earlier work whose
// next word is a given name alone; a title between an indefinite article
// and a cast noun, no person.
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
}
