package extract

// careerWithConstructions are TestConstructions' cases for careers that
// name each work with the people its subject shared it with, and for the
// crew credits a career or a profile states in prose.
var careerWithConstructions = []construction{
	{
		name: "productions such as 'T1' with A; 'T2' with B; 'T3' with C and D or 'T4' with E: a semicolon between the items keeps the chain (one sentence), the subject and the co-stars in each title",
		text: "Actor Orrin Vell dies at 91\n\nOrrin Vell, an actor known for his roles in films such as 'Quarry Bells', has died.\n\nThroughout his career he has participated in productions such as 'Marrow Lane' with Tibb Corrant; 'Ostler Point' with Fenna Drasz; 'The Pale Wick' with Jory Lanch and Ulla Brenn or 'Cobble Hours' with Nessa Tarrow.",
		want: []string{
			"cast|Orrin Vell|Quarry Bells||",
			"cast|Orrin Vell|Marrow Lane||", "cast|Tibb Corrant|Marrow Lane||",
			"cast|Orrin Vell|Ostler Point||", "cast|Fenna Drasz|Ostler Point||",
			"cast|Orrin Vell|The Pale Wick||", "cast|Jory Lanch|The Pale Wick||", "cast|Ulla Brenn|The Pale Wick||",
			"cast|Orrin Vell|Cobble Hours||", "cast|Nessa Tarrow|Cobble Hours||",
		},
	},
	{
		name: "semicolons between quoted titles with no co-stars still split a roundup's clauses: the drama 'T1', starring A; the thriller 'T2', starring B",
		text: "Fall slate\n\nThe network has the drama 'Marrow Lane', starring Tibb Corrant and more; the thriller 'Ostler Point', starring Fenna Drasz, rounds it out.",
		want: []string{"cast|Tibb Corrant|Marrow Lane||", "cast|Fenna Drasz|Ostler Point||"},
	},
	{
		name: "who starred in the 1978 film “T” alongside A, in the drama T2 with B, in the hit comedy T3 with C: a year, a genre noun and 'the' between 'in' and the title",
		text: "Orrin Vell dies at 91\n\nOrrin Vell has died at 91.\n\nActress Fenna Drasz, who starred in the 1978 film “Marrow Lane” alongside Orrin Vell, wrote that it was an honour. Actor Jory Lanch, who starred in the drama Ostler Point with Orrin Vell, paid tribute. Ulla Brenn was in the hit comedy Cobble Hours with Tibb Corrant in 1961.",
		want: []string{
			"cast|Fenna Drasz|Marrow Lane||", "cast|Orrin Vell|Marrow Lane||",
			"cast|Jory Lanch|Ostler Point||", "cast|Orrin Vell|Ostler Point||",
			"cast|Ulla Brenn|Cobble Hours||", "cast|Tibb Corrant|Cobble Hours||",
		},
	},
	{
		name: "X, JOB and JOB of T: a pair of jobs in the appositive (co-showrunner and executive producer, writer and director, the writer and executive producer of the sitcom “T”), each job on T",
		text: "Marrow Lane renewed\n\n“We are grateful,” said Orrin Vell, co-showrunner and executive producer of Ostler Point: New Tides. Fenna Drasz, writer and director of Cobble Hours, said it was fine. Jory Lanch, the writer and executive producer of the sitcom “Quarry Bells”, agreed. “Yes,” said Ulla Brenn, executive producer and showrunner of The Pale Wick.",
		want: []string{
			"crew|Orrin Vell|Ostler Point: New Tides||showrunner", "crew|Orrin Vell|Ostler Point: New Tides||producer",
			"crew|Fenna Drasz|Cobble Hours||writer", "crew|Fenna Drasz|Cobble Hours||director",
			"crew|Jory Lanch|Quarry Bells||writer", "crew|Jory Lanch|Quarry Bells||producer",
			"crew|Ulla Brenn|The Pale Wick||showrunner", "crew|Ulla Brenn|The Pale Wick||producer",
		},
	},
	{
		name: "credits include a (wide) variety of films including T1 and T2, a wide (and stellar) range of shows such as T3: a count of works, a describing word and an aside before it, after the credits' verb",
		text: "Marrow Lane casts Fenna Drasz\n\nFenna Drasz has joined the cast of Marrow Lane.\n\nHer credits include a wide (and absolutely stellar) variety of films including Ostler Point and Cobble Hours. Jory Lanch's credits include a range of shows such as Quarry Bells.",
		want: []string{
			"cast|Fenna Drasz|Marrow Lane||", "cast|Fenna Drasz|Ostler Point||", "cast|Fenna Drasz|Cobble Hours||",
			"cast|Jory Lanch|Quarry Bells||",
		},
	},
	{
		name: "she lent her voice to C in T; X starred opposite Y in the thriller T2, and lent her voice to C3 in T3: the pronoun's person, and the subject of the first verb past the comma before \"and\"",
		text: "Marrow Lane casts Fenna Drasz\n\nFenna Drasz has joined the cast of Marrow Lane.\n\nShe lent her voice to Tibby in Ostler Point. Drasz most recently starred opposite Jory Lanch in the spy thriller Cobble Hours, and lent her voice to Wren in Quarry Bells: Dawn of the Gulls.",
		want: []string{
			"cast|Fenna Drasz|Marrow Lane||", "cast|Fenna Drasz|Ostler Point|Tibby|",
			"cast|Fenna Drasz|Cobble Hours||", "cast|Jory Lanch|Cobble Hours||",
			"cast|Fenna Drasz|Quarry Bells: Dawn of the Gulls|Wren|",
		},
	},
	{
		name: "A, B and C, all of whom appeared in the melodrama T (2016); A and B, both of whom starred in T2; each of whom: the relative clause's subject is each of the list",
		text: "Marrow Lane\n\nStarring Fenna Drasz, Jory Lanch and Ulla Brenn, all of whom appeared in the melodrama Ostler Point (2016). Orrin Vell and Nessa Tarrow, both of whom starred in Quarry Bells, join them.",
		want: []string{
			"cast|Fenna Drasz|Ostler Point||", "cast|Jory Lanch|Ostler Point||", "cast|Ulla Brenn|Ostler Point||",
			"cast|Orrin Vell|Quarry Bells||", "cast|Nessa Tarrow|Quarry Bells||",
			// the first line, a bare title over "Starring A, B and C", is their show (bareheads.go)
			"cast|Fenna Drasz|Marrow Lane||", "cast|Jory Lanch|Marrow Lane||", "cast|Ulla Brenn|Marrow Lane||",
		},
	},
	{
		name: "X is the creator of T1 and T2, Y was the writer and director of T3, T4 and the comedy T5: each title of the list after 'of', each job",
		text: "Marrow Lane gets its team\n\nMarrow Lane is a new drama for BBC One.\n\nOrrin Vell is the creator of Ostler Point and Cobble Hours. Fenna Drasz was the writer and director of Quarry Bells, The Pale Wick and the comedy Gull Reach.",
		want: []string{
			"crew|Orrin Vell|Ostler Point||creator", "crew|Orrin Vell|Cobble Hours||creator",
			"crew|Fenna Drasz|Quarry Bells||writer", "crew|Fenna Drasz|The Pale Wick||writer", "crew|Fenna Drasz|Gull Reach||writer",
			"crew|Fenna Drasz|Quarry Bells||director", "crew|Fenna Drasz|The Pale Wick||director", "crew|Fenna Drasz|Gull Reach||director",
		},
	},
	{
		name: "X, whose last directorial was the massive hit T, has begun filming; Y, whose last directorial venture was T2; Z, whose last film was the acclaimed drama T3 (the kind open): the person before 'whose'",
		text: "Marrow Lane starts filming\n\nMarrow Lane is a new drama for BBC One.\n\nOrrin Vell, whose last directorial was the massive hit Ostler Point: The Long Tide, has begun filming his upcoming movie. Fenna Drasz, whose last directorial venture was Cobble Hours, joins him. Jory Lanch, whose last film was the acclaimed drama Quarry Bells, said it was fine.",
		want: []string{
			"crew|Orrin Vell|Ostler Point: The Long Tide||director", "crew|Fenna Drasz|Cobble Hours||director", "cast|Jory Lanch|Quarry Bells||",
		},
	},
	{
		name: "The second title is T directed by X and produced by Y; T2 directed by Z is also coming; “T3” directed by W: a title right before the participle, after a copula, opening the sentence or in quotes; not 'Originally created by'",
		text: "Prime Video announces new originals\n\nThe streamer announced seven series on Monday.\n\nThe second title is Ostler Point directed by Orrin Vell and produced by Fenna Drasz. Cobble Hours directed by Jory Lanch is also coming. “Quarry Bells” directed by Ulla Brenn rounds it out. Originally created by Nessa Tarrow, the show was a hit.",
		want: []string{
			"crew|Orrin Vell|Ostler Point||director", "crew|Fenna Drasz|Ostler Point||producer",
			"crew|Jory Lanch|Cobble Hours||director", "crew|Ulla Brenn|Quarry Bells||director",
			"crew|Nessa Tarrow|Quarry Bells||creator",
		},
	},
	{
		name: "says T (its title in another language) by X has been a favourite: the title before the bracket, after a verb in lower case",
		text: "Festival sneak peek\n\nThe festival opens on Friday.\n\nJudging by the demand, the programmer says The Salt Orchard (Kebun Garam) by Orrin Vell has been one of the favourites.",
		want: []string{"crew|Orrin Vell|The Salt Orchard||"},
	},
	{
		name: "credits include T1 and T2, as well as T3; appeared in films such as T4 and T5, as well as the series T6; films including A's T7, as well as B's T8: 'as well as' goes on with the list of titles",
		text: "Marrow Lane casts Fenna Drasz\n\nFenna Drasz has joined the cast of Marrow Lane.\n\nHer credits include Ostler Point and Cobble Hours, as well as Quarry Bells. Drasz has appeared in films such as Gull Reach and Salt Flats, as well as the series Iron Gate. Jory Lanch was an assistant director on films including Orrin Vell’s The Pale Wick, as well as Ulla Brenn’s Tin Harbour.",
		want: []string{
			"cast|Fenna Drasz|Marrow Lane||", "cast|Fenna Drasz|Ostler Point||", "cast|Fenna Drasz|Cobble Hours||", "cast|Fenna Drasz|Quarry Bells||",
			"cast|Fenna Drasz|Gull Reach||", "cast|Fenna Drasz|Salt Flats||", "cast|Fenna Drasz|Iron Gate||",
			"crew|Orrin Vell|The Pale Wick||", "crew|Ulla Brenn|Tin Harbour||", "crew|Jory Lanch|The Pale Wick||", "crew|Jory Lanch|Tin Harbour||",
		},
	},
	{
		name: "X's timely and provocative morality tale T, Y's dark and moving coming-of-age drama T2: describing words joined by 'and' between a maker's possessive and the genre noun (or 'tale'); not a title cut at a symbol set inside it",
		text: "BBC One commissions four dramas\n\nThe channel has commissioned four new dramas.\n\nThe slate has Orrin Vell’s timely and provocative morality tale Ostler Point. It also has Fenna Drasz’s dark and moving coming-of-age drama Cobble Hours. Jory Lanch’s cautionary tale Gull Mon£y is the fourth.",
		want: []string{"crew|Orrin Vell|Ostler Point||", "crew|Fenna Drasz|Cobble Hours||"},
	},
	{
		name: "Y, who starred in the 1978 film “T” alongside Dame X, and 'with Sir Z': a knighthood before a given name alone names the person the article names in full",
		text: "Ulla Brenn dies at 96\n\nUlla Brenn has died at 96. Orrin Vell has died too.\n\nActress Fenna Drasz, who starred in the 1978 film “Ostler Point” alongside Dame Ulla, paid tribute. Jory Lanch was in Cobble Hours with Sir Orrin in 1960.",
		want: []string{
			"cast|Ulla Brenn|Ostler Point||", "cast|Fenna Drasz|Ostler Point||",
			"cast|Jory Lanch|Cobble Hours||", "cast|Orrin Vell|Cobble Hours||",
		},
	},
}
