package extract

// titleWithConstructions are TestConstructions' cases for a title named
// with its cast after "with" in roundups: an aside between commas, a name
// before the next title's possessive.
var titleWithConstructions = []construction{
	{
		name: "the second film T, with A, is ...; the drama T2, with A and B, opens: T's cast; \"with its big budget\" names no one",
		text: "The festival lineup is out.\n\nPia Delmonte’s second film Vermiglia, with Marco Ragnelli, is a Cinedora production. The drama Red Fern, with its big budget, opens Friday. The film Salt Harbor, with Ada Perro and Ole Brask, opens Friday.",
		want: []string{
			"crew|Pia Delmonte|Vermiglia||", "cast|Marco Ragnelli|Vermiglia||",
			"cast|Ada Perro|Salt Harbor||", "cast|Ole Brask|Salt Harbor||",
		},
	},
	{
		name: "X’s “T” with A and Y’s “T2” with A, B and C: Y owns T2, no cast of T",
		text: "Other screenings include Karyn Kusano’s “Salt Meadow” with Nicola Kidder and Joel Edgeton’s “Boy Adrift” with Kidder, Lucas Hedgeway and Russell Crow.",
		want: []string{
			"crew|Karyn Kusano|Salt Meadow||", "crew|Joel Edgeton|Boy Adrift||",
			"cast|Nicola Kidder|Salt Meadow||", "cast|Nicola Kidder|Boy Adrift||",
			"cast|Lucas Hedgeway|Boy Adrift||", "cast|Russell Crow|Boy Adrift||",
		},
	},
}
