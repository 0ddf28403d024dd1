package extract

// yearMakerConstructions are TestConstructions' cases for a film named
// with its year and its maker before the noun.
var yearMakerConstructions = []construction{
	{
		name: "the 1984 A B classic T, the 1978 C D film T2: the name between the year and the noun is the film's director",
		text: "Orrin Vell dies at 90\n\nOrrin Vell, the veteran actor, has died at 90.\n\nThe 1984 Jory Lanch classic Marrow Lane was a hit, and the 1978 Ulla Brenn film Ostler Point followed.",
		want: []string{"crew|Jory Lanch|Marrow Lane||director", "crew|Ulla Brenn|Ostler Point||director"},
	},
}
