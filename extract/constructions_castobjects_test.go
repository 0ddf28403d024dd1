package extract

// castObjectConstructions are TestConstructions' cases for lists of cast
// named as the object of a verb that is no casting verb of its own: "see",
// "boasts", "on board".
var castObjectConstructions = []construction{
	{
		name: "fans will also see A and B in supporting roles",
		text: "Summer Reef gets a teaser\n\nThe series Summer Reef premieres in January.\n\nFans will also see Mila Sorn and Ohm Tavi in supporting roles.",
		want: []string{"cast|Mila Sorn|Summer Reef||", "cast|Ohm Tavi|Summer Reef||"},
	},
	{
		name: "also on board are A and B; the cast also boasts C",
		text: "Summer Reef gets a teaser\n\nThe series Summer Reef premieres in January.\n\nAlso on board are Mila Sorn and Ohm Tavi. The cast also boasts Pia Rane.",
		want: []string{"cast|Mila Sorn|Summer Reef||", "cast|Ohm Tavi|Summer Reef||", "cast|Pia Rane|Summer Reef||"},
	},
	{
		name: "also on board are writer A and producer B: crew, each with a job",
		text: "Summer Reef gets a teaser\n\nThe series Summer Reef premieres in January.\n\nAlso on board are writer Mila Sorn and producer Ohm Tavi.",
		want: []string{"crew|Mila Sorn|Summer Reef||writer", "crew|Ohm Tavi|Summer Reef||producer"},
	},
}

// reunionConstructions are TestConstructions' cases for pairs that work
// together again, and for the surnames of the people they name.
var reunionConstructions = []construction{
	{
		name: "Actors A and B will reunite on screen for the first time in 17 years in director X's upcoming film 'T'; a family name no dataset starts a name with, later alone (\"Pyo portrays\")",
		text: "Two stars reunite\n\nActors Pyo Tae-ho and Lim Sang-woo will reunite on screen for the first time in 17 years in director Noh Ji-un's upcoming film \"Night Ferry,\" its distributor said.\n\nIn the film, Pyo portrays a retired detective, while Lim takes on the role of a businessman.",
		want: []string{"cast|Pyo Tae-ho|Night Ferry||", "cast|Lim Sang-woo|Night Ferry||", "crew|Noh Ji-un|Night Ferry||director"},
	},
	{
		name: "A and B reunite in T, a show the article names elsewhere; not in a place",
		text: "Night Ferry wraps\n\nThe drama Night Ferry has wrapped filming.\n\nMila Sorn and Ohm Tavi reunite in Night Ferry. They will reunite in Paris for the premiere.",
		want: []string{"cast|Mila Sorn|Night Ferry||", "cast|Ohm Tavi|Night Ferry||"},
	},
}

// hostConstructions are TestConstructions' cases for hosts and for posts
// on a show named through "as" and an appositive.
var hostConstructions = []construction{
	{
		name: "named X as the new host of T: a host is cast; X, a former star of T2; the show's longtime executive producer, Y",
		text: "Late-night shake-up: Joss Pike to replace Sam Ortiz\n\nThe network has named comedian Joss Pike as the new host of 'The Late Hour', replacing Sam Ortiz. Pike, a former star of 'Daily Laughs', will take over in September. The show's longtime executive producer, Rhoda Klein, will remain.",
		want: []string{"cast|Joss Pike|The Late Hour||", "cast|Joss Pike|Daily Laughs||", "crew|Rhoda Klein|The Late Hour||producer"},
	},
	{
		name: "named X as the new showrunner of T: the job is in T",
		text: "Night Desk changes hands\n\nThe talk show Night Desk is changing hands.\n\nThe network has named Joss Pike as the new showrunner of 'The Late Hour'.",
		want: []string{"crew|Joss Pike|The Late Hour||showrunner"},
	},
}
