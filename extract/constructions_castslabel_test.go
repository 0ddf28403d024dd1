package extract

// castsLabelConstructions are TestConstructions' cases for a credits
// block's "Casts:" label, the plural some entry guides write.
var castsLabelConstructions = []construction{
	{
		name: "an entry's block Director: / Writer: / Casts: A, B, C under the title's heading: each cast of the heading's title",
		text: "2008 Harbor Film Festival\n\nEight films are competing.\n\nHarbor\n\nDirector: Ana Selo\nWriter: Bren C. Talo\nCasts: Kal Veder, Mira Dovel, Tom de Sola\n\nStory: A soldier falls in love.",
		want: []string{"crew|Ana Selo|Harbor||director", "crew|Bren C. Talo|Harbor||writer", "cast|Kal Veder|Harbor||", "cast|Mira Dovel|Harbor||", "cast|Tom de Sola|Harbor||"},
	},
}
