package extract

// kindNounConstructions are TestConstructions' cases for titles read after
// a kind noun of the world's television news: "the saga T", "the
// telemovie T", "the anthology T".
var kindNounConstructions = []construction{
	{
		name: "the period saga T, written by X: \"saga\" says a title follows",
		text: "Drama updates\n\nThe period saga Harbor Light, written by Ana Selo, returns in May.",
		want: []string{"crew|Ana Selo|Harbor Light||writer"},
	},
	{
		name: "X stars in the telemovie T: \"telemovie\" says a title follows",
		text: "Drama updates\n\nBeno Tarik stars in the telemovie Quiet Orchard, which airs on Sunday.",
		want: []string{"cast|Beno Tarik|Quiet Orchard||"},
	},
	{
		name: "the anthology T, directed by X: \"anthology\" says a title follows",
		text: "Drama updates\n\nThe anthology Paper Rivers, directed by Lio Varend, opens with a heist.",
		want: []string{"crew|Lio Varend|Paper Rivers||director"},
	},
}
