package extract

// showPickConstructions are TestConstructions' cases for how the article's
// show is picked from its opening: a season's own name is no show
// (partnamed.go), and a one-word title that is also a person's surname is
// still a title where an appositive names it a work (kindapposed.go).
var showPickConstructions = []construction{
	{
		name: "'Harbor, the sweeping international series by X': the appositive makes Harbor a title though 'Bel Harbor' is a person; 'The first season, titled T2' names a season, no show",
		text: "Corvo Studios’ & Ana Selo’s Harbor to world premiere at CIFF 2025\n\nIn a landmark moment for storytelling, Harbor, the sweeping international series by Corvo Studios and filmmaker Ana Selo, is set to make its world premiere at the 2025 Corvo International Film Festival (CIFF).\n\nStarring Bel Harbor in the titular role, Harbor is adapted from Tiva Marsk’s biographies of Odo Karamchand Harbor. The first season, titled A Quiet Becoming (1888–1915), traces his formative years.",
		want: []string{"crew|Ana Selo|Harbor||director", "cast|Bel Harbor|Harbor||"},
	},
	{
		name: "'Season 2, called T2, follows ...' before the show is named: T2 is the season's name, the article's show is the title named after it",
		text: "A painter’s life on screen\n\nSeason 2, called A Quiet Becoming, follows the painter into old age. Harbor Lights, the new series from Ana Selo, returns on Friday.\n\nTiva Marsk joins the cast in season two.",
		want: []string{"crew|Ana Selo|Harbor Lights||", "cast|Tiva Marsk|Harbor Lights||"},
	},
	{
		name: "'Bel Rono, the star of the series,': an appositive with 'of' names a person, no work",
		text: "Harbor Lights returns\n\nHarbor Lights is back on Friday. Bel Rono, the star of the series, said filming was hard. Rono, the lead of the drama, plays a painter.",
		want: []string{"cast|Bel Rono|Harbor Lights||"},
	},
}
