package extract

// titleNamingConstructions are TestConstructions' cases for a late naming
// of the article's show (titlenamed.go): "the title of the movie is T",
// "T. That's the title of the series".
var titleNamingConstructions = []construction{
	{
		name: "'The title of the movie is ‘t’ co-produced by X': the title named after 'is', quoted though in lower case, is the article's show where the opening named none",
		text: "Some actors are gifted with many talents, while some are not. Some of our actors are producers, while some are directors.\n\nPopular actor Ana Selo has just concluded his first movie.\n\nThe title of the movie is ‘under the quiet sea’ co-produced by Bel Rono and directed by Tiva Marsk.",
		want: []string{"crew|Bel Rono|under the quiet sea||producer", "crew|Tiva Marsk|under the quiet sea||director"},
	},
	{
		name: "'T. Thats the title of the series that had me as ...': the sentence before the naming, a title alone, is the article's show, though it opens with a given name",
		text: "Adam Vell Sora. Thats the title of the 8 episode series that had me as a supporting actor to Bel Rono. Thanks to director Tiva Marsk, who thought of me.\n\nThe story is about Adam (Bel Rono), a sound engineer.",
		want: []string{"cast|Bel Rono|Adam Vell Sora|Adam|", "crew|Tiva Marsk|Adam Vell Sora||director"},
	},
	{
		name: "near miss: 'the title of the song is T' names no work of the article, and 'That's the title of' after a sentence that is no title alone gives none",
		text: "Ana Selo sings at the gala. The title of the song is Gray Field.\n\nShe met Bel Rono there. That's the title of her memoir too.",
		want: []string{},
	},
}

func init() {
	showPickConstructions = append(showPickConstructions, titleNamingConstructions...)
}
