package extract

// settledTitleConstructions are TestConstructions' cases for where a
// title ends as the article settles it (titleextent.go): a title in title
// case, in a sentence or as the article's show, runs over small words in
// lower case between capitalized ones where the article writes the longer
// form as one run again; not where the words after the small ones name a
// person the article writes alone.
var settledTitleConstructions = []construction{
	{
		name: "a title opening the sentence runs over 'and the' where the article writes it whole again ('debut in The Wren and the Heron.'): the cast list's show is the whole title",
		text: "The Wren and the Heron is one of this winter's most anticipated films. The film stars Ana Selo, Bram Vell and Dara Kell.\n\nSelo makes her debut in The Wren and the Heron.",
		want: []string{"cast|Ana Selo|The Wren and the Heron||", "cast|Bram Vell|The Wren and the Heron||", "cast|Dara Kell|The Wren and the Heron||"},
	},
	{
		name: "a title over two runs of small words ('Season of the Fox and the Hound') written whole twice: one title, no 'Hound' of its own",
		text: "Season of the Fox and the Hound will premiere in May. The series stars Ana Selo and Bram Vell.\n\nDara Kell also stars in Season of the Fox and the Hound.",
		want: []string{"cast|Ana Selo|Season of the Fox and the Hound||", "cast|Bram Vell|Season of the Fox and the Hound||", "cast|Dara Kell|Season of the Fox and the Hound||"},
	},
	{
		name: "a person and 'and the' written once ('Ana Selo and the Cold War'): no title, the person's credit stays with the show the sentence names",
		text: "Ana Selo and the Cold War are the subject of a new book. Ana Selo starred in Harbor Lights alongside Bram Vell.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bram Vell|Harbor Lights||"},
	},
	{
		name: "the article's show read short from a headline ('Ana Selo talks The Wren and the Heron' read as 'The Wren'), the longer form written twice: the show is the longer form",
		text: "Ana Selo talks The Wren and the Heron\n\nThe Wren and the Heron is one of this winter's most anticipated films. Bram Vell, Dara Kell and Fenn Oduya also star.",
		want: []string{"cast|Bram Vell|The Wren and the Heron||", "cast|Dara Kell|The Wren and the Heron||", "cast|Fenn Oduya|The Wren and the Heron||"},
	},
	{
		name: "a title over small words named twice ('Coro Maddin's The Wren and the Heron is one of', 'The Wren and the Heron opens'): the article's show, as a title of two words named twice is",
		text: "Ana Selo stars in new film\n\nCoro Maddin's The Wren and the Heron is one of this winter's most anticipated films. It stars Ana Selo, Bram Vell and Dara Kell. The Wren and the Heron opens in cinemas on 3 December.",
		want: []string{"crew|Coro Maddin|The Wren and the Heron||", "cast|Ana Selo|The Wren and the Heron||", "cast|Bram Vell|The Wren and the Heron||", "cast|Dara Kell|The Wren and the Heron||"},
	},
}
