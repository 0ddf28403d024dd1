package extract

// crossLinkConstructions are TestConstructions' cases for a person tied to
// a title across clauses and sentences: a pronoun or a description ("The
// actress", "The 55-year-old") opening a paragraph after one that named one
// person, a subject carried past its relative clause or a comma into a
// later clause, a list of works that repeats its "in", "acted in", "this
// pair", an honour's "as", a new clause's subject after a list of
// titles, and a list of people before "starred together in T".
var crossLinkConstructions = []construction{
	{
		name: "..., X played C. ¶ She also played C in the spinoff “T”: the one person the paragraph before named",
		text: "Six soap actors remembered\n\nThe soap opera “Harbor” has run for 60 years, and for 16 of those, Ana Selo played the nurse Mira Dane.\n\nShe also played Mira in the spinoff “Harbor Nights” in 2007.",
		want: []string{"cast|Ana Selo|Harbor|Mira Dane|", "cast|Ana Selo|Harbor Nights|Mira|"},
	},
	{
		name: "..., X played C. ¶ The actress also played C in “T”: a description opening the paragraph names the one person before it",
		text: "Six soap actors remembered\n\nThe soap opera “Harbor” has run for 60 years, and for 16 of those, Ana Selo played the nurse Mira Dane.\n\nThe actress also played Mira in “Harbor Nights” in 2007.",
		want: []string{"cast|Ana Selo|Harbor|Mira Dane|", "cast|Ana Selo|Harbor Nights|Mira|"},
	},
	{
		name: "..., X played C. ¶ The 55-year-old also played C in “T”: an age that stands for the name",
		text: "Six soap actors remembered\n\nThe soap opera “Harbor” has run for 60 years, and for 16 of those, Ana Selo played the nurse Mira Dane.\n\nThe 55-year-old also played Mira in “Harbor Nights” in 2007.",
		want: []string{"cast|Ana Selo|Harbor|Mira Dane|", "cast|Ana Selo|Harbor Nights|Mira|"},
	},
	{
		name: "X and Y starred in T. ¶ She also played C in U: two people before the pronoun, whose is unsure",
		text: "Six soap actors remembered\n\nThe soap opera Harbor has run for 60 years; Ana Selo and Lia Roe starred in it.\n\nShe also played Mira in “Harbor Nights” in 2007.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Lia Roe|Harbor||"},
	},
	{
		name: "X, who died on Monday, was known for T1 and for her role as C in T2: the subject past its relative clause",
		text: "Harbor returns for a new season\n\nThe drama Harbor returns to TV this week.\n\nAna Selo, who died on Monday, was known for Iron Coast and for her role as Mira in Star Road.",
		want: []string{"cast|Ana Selo|Iron Coast||", "cast|Ana Selo|Star Road|Mira|"},
	},
	{
		name: "X starred in T1, and later played C in T2: the later clause has no subject of its own",
		text: "Harbor returns for a new season\n\nThe drama Harbor returns to TV this week.\n\nAna Selo starred in Iron Coast, and later played Mira in Star Road.",
		want: []string{"cast|Ana Selo|Iron Coast||", "cast|Ana Selo|Star Road|Mira|"},
	},
	{
		name: "She starred in T1, as well as in T2 and T3; and later in T4: the list of works repeats its 'in'",
		text: "Ana Selo dies\n\nAna Selo, an actress, has died aged 80.\n\nShe starred in Iron Coast, as well as in Star Road and The Keepers. She starred in Red Meadow, and later in Low Tide.",
		want: []string{"cast|Ana Selo|Iron Coast||", "cast|Ana Selo|Star Road||", "cast|Ana Selo|The Keepers||", "cast|Ana Selo|Red Meadow||", "cast|Ana Selo|Low Tide||"},
	},
	{
		name: "X acted in T: a cast credit, as 'starred in'",
		text: "Ana Selo dies\n\nAna Selo, an actress, has died aged 80.\n\nSelo acted in Iron Coast.",
		want: []string{"cast|Ana Selo|Iron Coast||"},
	},
	{
		name: "A and B star in T. Earlier this pair acted in U: the pair the sentence before opened with, no capital before it",
		text: "Harbor returns\n\nThe drama Harbor returns this week.\n\nAna Selo and Bo Tane star in Harbor. Earlier this pair acted in Iron Coast.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Tane|Harbor||", "cast|Ana Selo|Iron Coast||", "cast|Bo Tane|Iron Coast||"},
	},
	{
		name: "X was honoured as a Member of the Order: an honour, no character",
		text: "Ana Selo makes directing debut in “Harbor”\n\nNollywood star, Ana Selo has made her debut as a director in a new movie titled, “Harbor”.\n\nAna Selo was honoured as a Member of the Order of the Republic.",
		want: []string{"crew|Ana Selo|Harbor||director"},
	},
	{
		name: "A and B starred together in T1 while the series T2 is new: both in T1, neither in the article's show nor in T2",
		text: "Harbor returns for a new season\n\nThe drama Harbor returns to TV this week.\n\nAna Selo and Bo Tane starred together in Iron Coast while the series Star Road is new.",
		want: []string{"cast|Ana Selo|Iron Coast||", "cast|Bo Tane|Iron Coast||"},
	},
	{
		name: "X, 45, starred in T1 and played C in T2; Actress Y starred in T3, and later played C2 in T4: the opening person past an age or a describing noun",
		text: "Harbor returns for a new season\n\nThe drama Harbor returns to TV this week.\n\nAna Selo, 45, starred in Iron Coast and played Mira in Star Road. Actress Lia Roe starred in Red Meadow, and later played Lena in Low Tide.",
		want: []string{"cast|Ana Selo|Iron Coast||", "cast|Ana Selo|Star Road|Mira|", "cast|Lia Roe|Red Meadow||", "cast|Lia Roe|Low Tide|Lena|"},
	},
}
