package extract

// crewFormConstructions are TestConstructions' cases for the forms crew
// credits take: names two makers share, the makers' titles in ranges and
// lists.
var crewFormConstructions = []construction{
	{
		name: "written by X (T1, Too, and T2): \"Too\" after a comma ends the title before it, no title of its own",
		text: "Harbor starts filming\n\nThe new drama Harbor starts filming in May. The script will be written by Ana Lee (I Was a Sister, Too, and Dark Orchard).",
		want: []string{"crew|Ana Lee|Harbor||writer", "crew|Ana Lee|I Was a Sister, Too||", "crew|Ana Lee|Dark Orchard||"},
	},
	{
		name: "A and director B created T, Novelist C and producer D wrote U: the crew verb's subjects read past a job noun before the last name",
		text: "Night Ferry announced\n\nAna Lee and director Bo Kim created the series Night Ferry. Novelist Cy Tan and producer Dan Ek wrote the drama Dark Orchard.",
		want: []string{"crew|Ana Lee|Night Ferry||creator", "crew|Bo Kim|Night Ferry||creator", "crew|Bo Kim|Night Ferry||director",
			"crew|Cy Tan|Dark Orchard||writer", "crew|Dan Ek|Dark Orchard||writer", "crew|Dan Ek|Dark Orchard||producer"},
	},
	{
		name: "X, who was also the author of the screenplay for the popular TV series T; Y was the author of the scripts of T1 and T2: writers (not \"the author of the novel\")",
		text: "Harbor starts filming\n\nThe new drama Harbor starts filming in May. The screenplay is written by Ana Lee, who was also the author of the screenplay for the popular TV series Night Ferry. Bo Kim was the author of the scripts of Dark Orchard and Cold Meridian. Cy Tan is the author of the novel.",
		want: []string{"crew|Ana Lee|Harbor||writer", "crew|Ana Lee|Night Ferry||writer", "crew|Bo Kim|Dark Orchard||writer", "crew|Bo Kim|Cold Meridian||writer", "crew|Cy Tan|Harbor||original author"},
	},
	{
		name: "She was also seen in A-directed T: a maker's hyphenated participle after \"in\" before a title",
		text: "Night Ferry is back\n\nShe was also seen in Nikhil Varma-directed Night Ferry.",
		want: []string{"crew|Nikhil Varma|Night Ferry||director"},
	},
	{
		name: "the A directed B starrer T, C produced D starrer U, E directed the F starrer V: the maker before the stars of a starrer (Indian trade copy)",
		text: "Vera Holt signs a new film\n\nVera Holt was last seen in the Ravi Solanki directed Arun Mehra starrer Glass Harbor. Before that she worked in Priya Desai produced Kiran Bedi starrer Paper Lanterns. Dev Anand Rao directed the Meena Kapoor starrer Cold Meridian.",
		want: []string{"cast|Arun Mehra|Glass Harbor||", "crew|Ravi Solanki|Glass Harbor||director",
			"cast|Kiran Bedi|Paper Lanterns||", "crew|Priya Desai|Paper Lanterns||producer",
			"cast|Meena Kapoor|Cold Meridian||", "crew|Dev Anand Rao|Cold Meridian||director"},
	},
	{
		name: "From A's new family drama T1 to B C's provocative drama T2, to D's thriller T3: each maker's title ends before \"to\" and the next maker's possessive",
		text: "Four dramas commissioned\n\nFrom Mara Quint’s explosive new family drama Glass Harbor to Levi Ann Darrow’s provocative drama Paper Lanterns, to Tova Link’s electric thriller Cold Meridian, each of these dramas is bold.",
		want: []string{"crew|Mara Quint|Glass Harbor||", "crew|Levi Ann Darrow|Paper Lanterns||", "crew|Tova Link|Cold Meridian||"},
	},
	{
		name: "T, the new NET series directed by A (T2) and B: T's directors, not the network's (one the article does not know as a network too); “U,” the upcoming NET drama written by C",
		text: "Harbor arrives\n\nVera Holt returns to television with Harbor, the new TVQ series directed by Ana Lee (Night Ferry) and Bo Kim. Mara Quint stars in “Dark Orchard,” the upcoming BBC drama written by Cy Tan.",
		want: []string{"cast|Vera Holt|Harbor||", "crew|Ana Lee|Harbor||director", "crew|Bo Kim|Harbor||director", "crew|Ana Lee|Night Ferry||", "cast|Mara Quint|Dark Orchard||", "crew|Cy Tan|Dark Orchard||writer"},
	},
	{
		name: "A and B C directed T, A and B C created T, A and B C star in T: both share the surname; not in a list (A, B and C D)",
		text: "Harbor premieres\n\nBertram and Leopold Varnaby directed Harbor. Hedda and Ilse Tolliver created the comedy Night Ward. Tova, Sigrid and Margit Lundqvist wrote Blue Static. Rudolf and Torsten Olander star in Glass Orchard.",
		want: []string{"crew|Bertram Varnaby|Harbor||director", "crew|Leopold Varnaby|Harbor||director", "crew|Hedda Tolliver|Night Ward||creator", "crew|Ilse Tolliver|Night Ward||creator",
			"crew|Tova|Blue Static||writer", "crew|Sigrid|Blue Static||writer", "crew|Margit Lundqvist|Blue Static||writer", "cast|Rudolf Olander|Glass Orchard||", "cast|Torsten Olander|Glass Orchard||"},
	},
}

// filmographyFormConstructions are TestConstructions' cases for the titles
// an obituary's or a career's prose lists.
var filmographyFormConstructions = []construction{
	{
		name: "appeared with A in T1 (1955), with B in T2 (1956) and with C in T3 and the U (1957): the chain goes on past \"and with\"; a one-word title, \"and the\" and a capital word is one title",
		text: "Vera Holt dies at 90\n\nVera Holt, the actress, died on Sunday. She appeared with Ana Lee in Dark Orchard (1955), with Bo Kim in Night Ferry (1956) and with Cy Tan in Dancer and the Hunter (1957).",
		want: []string{"cast|Vera Holt|Dark Orchard||", "cast|Ana Lee|Dark Orchard||", "cast|Vera Holt|Night Ferry||", "cast|Bo Kim|Night Ferry||",
			"cast|Vera Holt|Dancer and the Hunter||", "cast|Cy Tan|Dancer and the Hunter||"},
	},
	{
		name: "films including the 1987 comedy T1 and 1989 drama T2; the 1987 comedy T1, the 1989 drama T2 and T3 (a year and a genre noun open each item, with or without \"the\")",
		text: "Vera Holt dies at 89\n\nVera Holt has died at 89. She was known for her roles in films including the 1987 comedy Dark Orchard and 1989 drama Night Ferry.\n\nMara Quint's films include the 1992 comedy Glass Harbor, the 1994 romantic drama Paper Lanterns and Cold Meridian.",
		want: []string{"cast|Vera Holt|Dark Orchard||", "cast|Vera Holt|Night Ferry||", "cast|Mara Quint|Glass Harbor||", "cast|Mara Quint|Paper Lanterns||", "cast|Mara Quint|Cold Meridian||"},
	},
	{
		name: "The Oscar winner was known for her roles in films including T1 and T2: the person the sentence before named",
		text: "Vera Holt dies at 89\n\nVera Holt has died at 89. The Oscar winner was known for her roles in films including Dark Orchard and Night Ferry.",
		want: []string{"cast|Vera Holt|Dark Orchard||", "cast|Vera Holt|Night Ferry||"},
	},
}
