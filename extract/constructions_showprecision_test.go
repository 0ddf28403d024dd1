package extract

// showPrecisionConstructions are TestConstructions' cases for credits that
// unseen news put on the wrong show or gave to what is no person: a title
// read as a name, a credit that goes to the article's show instead of the
// title the clause names.
var showPrecisionConstructions = []construction{
	{
		name: "Other series coming to N include T1 from Y Entertainment starring A, B; and T2 from M starring C: each item's cast is its title's, not the article's show",
		text: "Velvet Road is coming to Prime Video\n\nVelvet Road, a series written by Dorin Maskel, is coming to Prime Video. It casts Toma Brevik.\n\nOther new series coming to Prime Video include Kaldo Veni from Bright Harbor Entertainment starring Rufo Dannet, Pia Lorcan, Emil Saskow; The Last Ferry from Ansel Karpov with a cast yet to be named; and Gorsett from Only Much Quieter starring Amos Palder, Mina Kolt.",
		want: []string{"crew|Dorin Maskel|Velvet Road||writer", "cast|Toma Brevik|Velvet Road||",
			"cast|Rufo Dannet|Kaldo Veni||", "cast|Pia Lorcan|Kaldo Veni||", "cast|Emil Saskow|Kaldo Veni||",
			"cast|Amos Palder|Gorsett||", "cast|Mina Kolt|Gorsett||"},
	},
	{
		name: "New shows include T starring A and B; X starring in T, X starring as C stay the person's",
		text: "Velvet Road is a new drama.\n\nNew shows this year include Kaldo Veni starring Rufo Dannet and Pia Lorcan.\n\nThe cast includes Amos Palder starring as Velma Crane.",
		want: []string{"cast|Rufo Dannet|Kaldo Veni||", "cast|Pia Lorcan|Kaldo Veni||", "cast|Amos Palder|Velvet Road|Velma Crane|"},
	},
	{
		name: "X also doubles as the show's writer, alongside A, B and C; X is the show's director, alongside A; X directs, alongside A: A, B and C share the job, no cast; X is no title",
		text: "Kelp Harbor premieres on Friday\n\nKelp Harbor, a new political drama, premieres on Friday. It stars Dena Moru.\n\nWanjo Kabir also doubles as the show's writer, alongside Lina Odhi, Marcy Tulo and Fenn Karigo, with Oto Sibelo as story consultant.\n\nRavi Anand is the show's director, alongside Sima Pell. Tom Vell directs, alongside Dov Arun.",
		want: []string{"cast|Dena Moru|Kelp Harbor||", "crew|Wanjo Kabir|Kelp Harbor||writer", "crew|Lina Odhi|Kelp Harbor||writer", "crew|Marcy Tulo|Kelp Harbor||writer", "crew|Fenn Karigo|Kelp Harbor||writer",
			"crew|Oto Sibelo|Kelp Harbor||", "crew|Sima Pell|Kelp Harbor||director", "crew|Tom Vell|Kelp Harbor||director", "crew|Dov Arun|Kelp Harbor||director"},
	},
	{
		name: "the anime will be a 4-part film series, with the first film titled “T2”: the staff named after it are the article's show's",
		text: "Mirra Kato, Jun Pell join cast of Star Tamers\n\nThe staff of the upcoming Star Tamers announced the voice cast on Friday. The cast will star:\n\nMirra Kato as Aki Sen\n\nJun Pell as Rou Tan\n\nThe staff also announced that the anime will be a 4-part film series, with the first film titled \"Kaikou\" (Encounter) premiering on November 21.\n\nThe original cast for the partners are returning for the new anime. Suna Roe (Velvet Bay) will provide the character designs, and Tomo Iwade (Glass Age) will direct.",
		want: []string{"cast|Mirra Kato|Star Tamers|Aki Sen|", "cast|Jun Pell|Star Tamers|Rou Tan|", "crew|Suna Roe|Velvet Bay||", "crew|Suna Roe|Star Tamers||", "crew|Tomo Iwade|Glass Age||", "crew|Tomo Iwade|Star Tamers||director"},
	},
	{
		name: "X will return for the first ending theme; Y will return to perform the opening theme song; Z returns to sing the theme tune: singers, no cast",
		text: "Star Tamers returns this fall\n\nThe anime Star Tamers returns this fall with its original cast. Mirra Kato will return as Aki Sen.\n\nRina Odo will return for the first ending theme \"Shine.\" Kenji Sora will return to perform the original opening theme song, \"Blue Wind,\" while Ami Tora will also return to perform the insert song, \"Bright Heart.\" Jun Pell returns to sing the theme tune.",
		want: []string{"cast|Mirra Kato|Star Tamers|Aki Sen|"},
	},
	{
		name: "filming continued in A, B, C (D) and E; in the provinces of F (G); shot in H, I (J): places in a list after \"in\" or a place's noun, no name nor show",
		text: "Campo Verde premieres in Venice\n\nCampo Verde, directed by Gianni Arlotto, stars Lino Parvese and Ada Morandi.\n\nFilming began in October 2023 in the municipality of Roverdo and continued in Ulmo, Venzola, Tolvezzo, Codrino (Villa Marsin), Cormano and Gorizzo, then Tuscany, in the provinces of Sienna (Montalbo) and Arezzino.\n\nThe film was also shot in Brenta, Tivo (Lake Oss) and the towns of Ostrava (Sul Mare).",
		want: []string{"cast|Lino Parvese|Campo Verde||", "cast|Ada Morandi|Campo Verde||", "crew|Gianni Arlotto|Campo Verde||director"},
	},
	{
		name: "“A teaser video featuring the series’ cast was released ...: a plural's possessive mark closes no quoted title, and the next sentences stay on the article's show",
		text: "Kelp Road starts filming\n\nKelp Road, the new drama, has started filming in Toronto.\n\n“A teaser video featuring the series’ cast was also released today, announcing that production on the series is officially underway in Toronto.\n\nSima Pell and Dov Arun will also star.",
		want: []string{"cast|Sima Pell|Kelp Road||", "cast|Dov Arun|Kelp Road||"},
	},
	{
		name: "past the lead, X will appear in a new comedy series; commissioned a new drama starring X; releasing a new documentary, directed by X: untitled works, no credit in the article's show",
		text: "Kelp Road starts filming\n\nKelp Road, the new drama, has started filming with Dena Moru in the lead.\n\nMeanwhile, the network has commissioned a new true crime drama starring Dov Arun.\n\nNetflix is also releasing a new documentary about a killer, directed by Sima Pell.\n\nTom Vell will also appear in a new comedy series.\n\nLina Odhi joins the cast of Kelp Road.",
		want: []string{"cast|Dena Moru|Kelp Road||", "cast|Lina Odhi|Kelp Road||"},
	},
	{
		name: "the lead's a new crime thriller starring X, and a heading X to star in new network thriller: the article's show, named later",
		text: "Dena Moru to star in new thriller\n\nThe network has announced a new crime thriller starring Dena Moru.\n\nBased on a novel, Kelp Road follows a detective.\n\nDena Moru to star in new network thriller\n\nThe six-part series will be led by Dena Moru, as DI Crane. Also joining the cast is Tom Vell.",
		want: []string{"cast|Dena Moru|Kelp Road|DI Crane|", "cast|Tom Vell|Kelp Road||"},
	},
	{
		name: "best known for his role as C on popular soapie 7de Straat; known for 3rd Avenue: a title that opens with a number and its ending is read whole; its last word is no person",
		text: "Tom Vell joins Harbor Lane\n\nHarbor Lane, the popular soap, has a new face.\n\nTom Vell, best known for his role as Fikan on popular soapie 7de Straat will play the role of Anna Mara, a rogue journalist.\n\nSima Pell, known for 3rd Avenue, joins the cast as well. On May 3rd Dov Arun joined the cast too.",
		want: []string{"cast|Tom Vell|Harbor Lane|Anna Mara|", "cast|Tom Vell|7de Straat|Fikan|", "cast|Sima Pell|Harbor Lane||", "cast|Sima Pell|3rd Avenue||", "cast|Dov Arun|Harbor Lane||"},
	},
	{
		name: "included a film with Y starring X; has an untitled action movie by Y starring X: a work with no title, no credit; T is a film by Y starring X, T, a film by Y starring X: T's",
		text: "Sima Pell to star in Harbor Lane\n\nSima Pell will star in Harbor Lane, a new film.\n\nAmong the ones that he liked but did not take off, included a film with Remo Dass starring Ajan Devo. He also has an untitled action movie by Remo Dass starring Tom Vell.\n\nKelp Road, a film by Remo Dass starring Dov Arun, opens Friday.",
		want: []string{"cast|Sima Pell|Harbor Lane||", "cast|Dov Arun|Kelp Road||"},
	},
	{
		name: "A (C1) and experienced actress B (C2): once a bracket of the sentence held a person's character, a one-word bracket after the next person of the list is a character, no show; X (T) alone still credits T",
		text: "Daniel Velent and Laura Dunar join Oakmere cast\n\nOakmere, a drama, gets ready for its new season.\n\nWe hear that Daniel Velent (Tamor) and experienced actress Laura Dunar (Pelin) whom we have not seen for a while are getting ready to take part in the upcoming season.\n\nThat is all we can say about the Tamor character Velent is going to play. Drasko Nirel (Glassfield) will direct.",
		want: []string{"cast|Daniel Velent|Oakmere|Tamor|", "cast|Laura Dunar|Oakmere|Pelin|", "crew|Drasko Nirel|Glassfield||", "crew|Drasko Nirel|Oakmere||director"},
	},
	{
		name: "a stage name, then the performer's own name in brackets: KiV (Kiro Velan) is no show; Tessa Marlow (Kelp Harbor) still credits the title",
		text: "Star Tamers anime reveals new cast\n\nThe staff of the Star Tamers anime announced on Friday that Tessa Marlow (Kelp Harbor) will voice Aki Sen.\n\nLastly, the staff announced that KiV (Kiro Velan) will return for the first ending theme \"Tide.\" JoDo (Jona Dorvan) will sing the opening theme.",
		want: []string{"cast|Tessa Marlow|Kelp Harbor||", "cast|Tessa Marlow|Star Tamers|Aki Sen|"},
	},
	{
		name: "X will take on the role of C1 (O1) and C2 (O2), the leads of the original: the names of a list after \"the role of\" are characters, their brackets no shows; A (T) elsewhere still credits T",
		text: "Velvet Garden remake casts its leads\n\nVelvet Garden, a new drama, stars Tessa Marlow and Jona Dorvan.\n\nHarbor Studio, which will produce the Velvet Garden remake, said Jona Dorvan will take on the role of Daniel (Tov Ke Sen) and Laura (Pel Sio Tan), the two leads of the original.\n\nThe remake also stars Kiro Velan (Glassfield).",
		want: []string{"cast|Tessa Marlow|Velvet Garden||", "cast|Jona Dorvan|Velvet Garden|Daniel|", "cast|Kiro Velan|Glassfield||", "cast|Kiro Velan|Velvet Garden||"},
	},
	{
		name: "First (Surname), the writer,: a given name completed by the bracket is no show, and the lone given name no cast; Tessa Marlow (Glassfield) still credits the title",
		text: "Kiro Velan on Kelp Harbor\n\nKiro Velan stars in the new series Kelp Harbor. Tessa Marlow (Glassfield) plays his sister.\n\n\"There are a couple of scenes where Daniel (Pellar), the writer, has made that work quite nicely,\" he said.",
		want: []string{"cast|Kiro Velan|Kelp Harbor||", "cast|Tessa Marlow|Glassfield||", "cast|Tessa Marlow|Kelp Harbor||"},
	},
	{
		name: "C1 (Surname with a letter doubled), C2 (Surname2): the surname of a performer named in full, misspelled with one letter doubled, still names the actor, no show",
		text: "Tessa Marlow, Kiro Velan and Jona Dorvan return for Velvet Hollow\n\nTessa Marlow, Kiro Velan and Jona Dorvan will star in Velvet Hollow.\n\nThe story follows three sisters - Winny (Marllow), Sela (Velan) and Mirta (Dorvan) - to a small town.",
		want: []string{"cast|Tessa Marlow|Velvet Hollow|Winny|", "cast|Kiro Velan|Velvet Hollow|Sela|", "cast|Jona Dorvan|Velvet Hollow|Mirta|"},
	},
}
