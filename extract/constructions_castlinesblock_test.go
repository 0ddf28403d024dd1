package extract

// castLinesBlockConstructions are TestConstructions' cases for a cast given one
// entry a line as "Character (Actor)" (castlinesblock.go).
var castLinesBlockConstructions = []construction{
	{
		name: "a block of 'C (A)' lines under a cast heading: each line a role in the article's show, no line ('Oskar (Peter Sorrel)') a roundup entry's title with the next lines its credits",
		text: "Harrow Lane\n\n\"Harrow Lane\". Who plays in it? Cast\n\nThey play:\n\nMira (Anna Varnok)\n\nOskar (Peter Sorrel)\n\nJan \"Jonty\" Holm (Caspar Drevin)\n\nWilla Stroud (Ilse Marrow)\n\nEwa Lis (Maria Borek)",
		want: []string{"cast|Anna Varnok|Harrow Lane|Mira|", "cast|Peter Sorrel|Harrow Lane|Oskar|", "cast|Caspar Drevin|Harrow Lane|Jan \"Jonty\" Holm|",
			"cast|Ilse Marrow|Harrow Lane|Willa Stroud|", "cast|Maria Borek|Harrow Lane|Ewa Lis|"},
	},
	{
		name: "a roundup's entry title with its slot in brackets ('T (Velvet+, Mondays 9pm)') stays a title: the bracket holds no full name",
		text: "Three dramas to watch this spring\n\nHarrow Lane (Velvet+, Mondays 9pm)\n\nThe drama stars Tessaly Varnok as a harbour pilot.\n\nCold Orchard (Velvet+, Fridays 10pm)\n\nThe drama stars Bendik Sorrel as a farmer.",
		want: []string{"cast|Tessaly Varnok|Harrow Lane||", "cast|Bendik Sorrel|Cold Orchard||"},
	},
}

func init() {
	constructions = append(constructions, castLinesBlockConstructions...)
}
