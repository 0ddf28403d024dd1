package extract

// titleNounConstructions are TestConstructions' cases for a title taken
// from the noun after it in an appositive with an indefinite article: "X,
// a T cast member,", "X, a former T star,", "X, an ex-housemate of the T
// reality TV show,".
var titleNounConstructions = []construction{
	{
		name: "X, best known as a T cast member, will host; Y, a T2 cast member, joins: each cast in the title, the title no person of the cast",
		text: "Ardent Lane adds two hosts\n\nArdent Lane casts Dovan Reel. Marta Velqin, best known as a Copper Lantern cast member, will host the show. Tesmar Orvel, a Grey Hollow cast member, said the show was fun.",
		want: []string{"cast|Dovan Reel|Ardent Lane||", "cast|Marta Velqin|Copper Lantern||", "cast|Marta Velqin|Ardent Lane||", "cast|Tesmar Orvel|Grey Hollow||"},
	},
	{
		name: "X, an ex-housemate of the T reality TV show, is set to star; Y, a contestant on the T2 show, said; Z, a former T3 actress, said",
		text: "Ardent Lane adds three\n\nMarta Velqin, an ex-housemate of the Copper Lantern reality TV show, is set to star in Ardent Lane. Tesmar Orvel, a contestant on the Grey Hollow show, said she was glad. Kessa Pellow, a former Saltmarsh Nights actress, said so too.",
		want: []string{"cast|Marta Velqin|Copper Lantern||", "cast|Marta Velqin|Ardent Lane||", "cast|Tesmar Orvel|Grey Hollow||", "cast|Kessa Pellow|Saltmarsh Nights||"},
	},
	{
		name: "X, a Broadway star, / a YouTube star, / a Juilliard alum, / an Army veteran, / a Canadian actress, / a former Netflix star, / a former Chelsea star,: a stage, a platform, a school, a service, a country, a network, a club, no title",
		text: "Ardent Lane adds five\n\nMarta Velqin, a Broadway star, will host Ardent Lane. Tesmar Orvel, a YouTube star, said she was glad. Kessa Pellow, a Juilliard alum, said so too. Dovan Reel, an Army veteran, said so too. Brindle Cove, a Canadian actress, said so too. Mira Osk, a former Netflix star, said so too. Rob Fenn, a former Chelsea star, said so too.",
		want: []string{"cast|Marta Velqin|Ardent Lane||"},
	},
}

// comebackConstructions are TestConstructions' cases for a comeback
// measured from an earlier work: "N years after T, X returns".
var comebackConstructions = []construction{
	{
		name: "Seventeen years after T, X returns; Y returns to the small screen five years after T2; Z makes her comeback a few years after T3: each cast in the earlier work (and, returning, in the article's show)",
		text: "Ardent Lane casts Dovan Reel\n\nArdent Lane casts Dovan Reel. Seventeen years after Copper Lantern, Marta Velqin returns to the small screen. Tesmar Orvel returns to the small screen five years after Grey Hollow. Kessa Pellow makes her comeback a few years after Saltmarsh Nights.",
		want: []string{"cast|Dovan Reel|Ardent Lane||", "cast|Marta Velqin|Copper Lantern||", "cast|Tesmar Orvel|Grey Hollow||", "cast|Kessa Pellow|Saltmarsh Nights||", "cast|Marta Velqin|Ardent Lane||", "cast|Tesmar Orvel|Ardent Lane||"},
	},
	{
		name: "X returns to the small screen two years after January: a month, no title; \"T returns five years after T2\": no person returns; \"N years after P, X returns home\": no return to the screen, no credit in P",
		text: "Ardent Lane casts Dovan Reel\n\nArdent Lane casts Dovan Reel. Marta Velqin returns to the small screen two years after January. Ardent Lane returns five years after Grey Hollow. Five years after Quenmoor, Tesmar Orvel returns home.",
		want: []string{"cast|Dovan Reel|Ardent Lane||", "cast|Marta Velqin|Ardent Lane||", "cast|Tesmar Orvel|Ardent Lane||"},
	}, {
		name: "Four years after T with a lower-case word, X returns: the opening clause ends the title",
		text: "Ardent Lane casts Dovan Reel\n\nArdent Lane casts Dovan Reel. Four years after Copper lantern, Marta Velqin returns to the small screen.",
		want: []string{"cast|Dovan Reel|Ardent Lane||", "cast|Marta Velqin|Copper lantern||", "cast|Marta Velqin|Ardent Lane||"},
	},
}
