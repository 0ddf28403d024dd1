package extract

// madeByAppositiveConstructions are TestConstructions' cases for a title
// before an appositive of its makers (madebyappositive.go).
var madeByAppositiveConstructions = []construction{
	{
		name: "'T, written and directed by X, fails to rise above': a review naming its film only after its credits lines, the title before the makers' appositive is the article's show",
		text: "Boxed in\n\nDirector: Tiva Marsk\n\nSports movies by their very nature tend to be predictable affairs.\n\nGold Harbor, written and directed by Tiva Marsk, fails to rise above the clichés of the genre.\n\nFormer boxer Adi (Bel Rono) is exiled by his coach Dev (Ana Selo).",
		want: []string{"crew|Tiva Marsk|Gold Harbor||director", "crew|Tiva Marsk|Gold Harbor||writer", "cast|Bel Rono|Gold Harbor|Adi|", "cast|Ana Selo|Gold Harbor|Dev|"},
	},
	{
		name: "near miss: the same appositive after 'The streamer unveiled its autumn lineup.': one entry of a slate is no article's show, so the characters after it go to none",
		text: "Boxed in\n\nThe streamer unveiled its autumn lineup.\n\nSports movies by their very nature tend to be predictable affairs.\n\nGold Harbor, written and directed by Tiva Marsk, fails to rise above the clichés of the genre.\n\nFormer boxer Adi (Bel Rono) is exiled by his coach Dev (Ana Selo).",
		want: []string{},
	},
}

func init() {
	showPickConstructions = append(showPickConstructions, madeByAppositiveConstructions...)
}
