package extract

// twiceNamedConstructions are TestConstructions' cases for the article's
// show guessed where no pattern of the opening names one (articleguess.go):
// a title of two capitalized words that the opening names and the article
// names once more; a quoted title of the fifth or sixth sentence that the
// article names again.
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
	{
		name: "a quoted title first named in the sixth sentence and named again, nothing before it naming a show: the article's show",
		text: "A new role for Ana Selo\n\nAna Selo has found her next role. She spent months in talks. Her agent confirmed it on Monday.\n\nThe news came late. Selo will lead \u201cGullwater\u201d, which films in May. She plays Brisk. Ben Tal also stars. Fans of \u201cGullwater\u201d are pleased.",
		want: []string{"cast|Ana Selo|Gullwater|Brisk|", "cast|Ben Tal|Gullwater||"},
	},
	{
		name: "a quoted title first named in the sixth sentence and only there: no article show",
		text: "A new role for Ana Selo\n\nAna Selo has found her next role. She spent months in talks. Her agent confirmed it on Monday.\n\nThe news came late. Selo was once in \u201cGullwater\u201d, which filmed in May. She plays Brisk. Ben Tal also stars.",
		want: []string{},
	},
}
