package extract

// twiceNamedConstructions are TestConstructions' cases for the article's
// show guessed from a title of two capitalized words that the opening
// names and the article names once more (articleguess.go), where no
// pattern of the opening names a show.
var twiceNamedConstructions = []construction{
	{
		name: "a two-word title named in the opening and once again, nothing else naming a show: the article's show",
		text: "A new role for Ana Selo\n\nAna Selo has found her next role after months of talks, and The Gullwater will bring her back to the small screen this winter.\n\nShe plays Brisk, a lighthouse keeper. Ben Tal also stars. Critics who saw The Gullwater early praise it.",
		want: []string{"cast|Ana Selo|The Gullwater|Brisk|", "cast|Ben Tal|The Gullwater||"},
	},
	{
		name: "a place after 'in' named twice is no title: 'in The Gullwater' gives no article show",
		text: "A new role for Ana Selo\n\nAna Selo has found her next role after months of talks, and she will spend the winter in The Gullwater.\n\nShe plays Brisk, a lighthouse keeper. Ben Tal also stars. She was born in The Gullwater.",
		want: []string{},
	},
}
