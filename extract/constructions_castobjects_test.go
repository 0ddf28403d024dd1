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
