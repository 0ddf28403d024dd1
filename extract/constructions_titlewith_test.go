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

// digitTitleConstructions are TestConstructions' cases for titles that open
// with digits run into letters, and the aside on a best-known part before
// the verb.
var digitTitleConstructions = []construction{
	{
		name: "X, best known for his role as C on popular Afrikaans soapie 7de Straat will play the role of C2 in T: both parts X's; no person named Straat",
		text: "Tobin Marsk, best known for his role as Fikano on popular Afrikaans soapie 7de Straat will play the role of Anathi Pofu in Red Fern.",
		want: []string{"cast|Tobin Marsk|7de Straat|Fikano|", "cast|Tobin Marsk|Red Fern|Anathi Pofu|"},
	},
	{
		name: "X starred in 7de Straat and 4evermore: two titles; Y, best known for her role as C on the popular Korean drama T will play C2 in T2",
		text: "Tobin Marsk starred in 7de Straat and 4evermore. Wenda Orrel, best known for her role as Yselle on the popular Korean drama Glass Orchard will play Quenby in Red Fern.",
		want: []string{"cast|Tobin Marsk|7de Straat||", "cast|Tobin Marsk|4evermore||", "cast|Wenda Orrel|Glass Orchard|Yselle|", "cast|Wenda Orrel|Red Fern|Quenby|"},
	},
	{
		name: "units, times, decades and ordinals are no titles: \"in 3D\", \"at 10pm\", \"the 1990s\", \"the 2nd\"",
		text: "Tobin Marsk starred in 3D at 10pm in the 1990s and appeared on the 2nd.",
		want: nil,
	},
}

// relativeTitleConstructions are TestConstructions' cases for a list of
// titles whose last item a relative clause follows.
var relativeTitleConstructions = []construction{
	{
		name: "He recently starred in T1 and T2 that netted 40 million admissions: both titles (a relative \"that\" opens no new clause)",
		text: "Tobin Marsk has appeared in many films. He recently starred in Salt Harbor and Red Fern that netted 40 million admissions.",
		want: []string{"cast|Tobin Marsk|Salt Harbor||", "cast|Tobin Marsk|Red Fern||"},
	},
}
