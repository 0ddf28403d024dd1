package extract

// bareHeadingConstructions are TestConstructions' cases for a roundup's
// bare title heading (bareheads.go): a short line in title case that is one
// title, over a paragraph that opens a sentence with its credits.
var bareHeadingConstructions = []construction{
	{
		name: "a roundup's bare title headings, one with a comma inside ('Salt, Smoke'), over 'Starring A, B and C' and 'A quiet drama, directed by X,': each the show of its section",
		text: "Five films to watch this spring\n\nSalt, Smoke\n\nStarring Mirela Vantu, Osric Pellane and Dagny Threlm, it is set in a fishing town.\n\nThe Paper Orchard\n\nA quiet family drama, directed by Tobiah Crenwell, opens with a wedding.\n\nIt premiered at a festival last year.",
		want: []string{"cast|Mirela Vantu|Salt, Smoke||", "cast|Osric Pellane|Salt, Smoke||", "cast|Dagny Threlm|Salt, Smoke||",
			"crew|Tobiah Crenwell|The Paper Orchard||director"},
	},
	{
		name: "a first line that is only a title, over a paragraph with 'Directed by X, it follows ...': the title is the show",
		text: "The Lantern Keeper\n\nThe veteran character actor takes a lead role for the first time. Directed by Quillon Marsk, it follows a night guard at a lighthouse.",
		want: []string{"crew|Quillon Marsk|The Lantern Keeper||director"},
	},
	{
		name: "bare title headings over 'Written and directed by X, the film ...' and 'Helmed by Y, it ...': each the show of its section",
		text: "New releases this week\n\nHollow Crown of Ash\n\nWritten and directed by Perrin Voske, the film follows two sisters.\n\nThe Glass Ferry\n\nHelmed by Idunn Calloway, it tells of a river crossing.",
		want: []string{"crew|Perrin Voske|Hollow Crown of Ash||director", "crew|Perrin Voske|Hollow Crown of Ash||writer", "crew|Idunn Calloway|The Glass Ferry||director"},
	},
	{
		name: "bare title headings over a paragraph that opens 'It stars A and B' or 'The film stars C': each the show of its section",
		text: "Three films to watch\n\nMarsh Orchid\n\nIt stars Ellory Vantrisse and Camden Roost as two sisters.\n\nThe Tin Parade\n\nThe film stars Pell Warrick as a bandleader.",
		want: []string{"cast|Ellory Vantrisse|Marsh Orchid||", "cast|Camden Roost|Marsh Orchid||", "cast|Pell Warrick|The Tin Parade||"},
	},
	{
		name: "a review's section label ('Performances') over 'Starring A and B' is no show: the article's own show is the credits'",
		text: "Review: Marsh Orchid is a quiet triumph\n\nMarsh Orchid opens in cinemas on Friday.\n\nPerformances\n\nStarring Ellory Vantrisse and Camden Roost, the film is a delight.",
		want: []string{"cast|Ellory Vantrisse|Marsh Orchid||", "cast|Camden Roost|Marsh Orchid||"},
	},
	{
		name: "a heading over a paragraph whose cue comes after another title ('Kestrel Bay, directed by X'): the credit is Kestrel Bay's, the heading no show; a heading over a list of characters gives nothing",
		text: "Festival line-up\n\nMidnight Picks\n\nKestrel Bay, directed by Anwen Tollis, closes the festival.\n\nThe Wardens\n\nVarro, a knight sworn to the crown, and Ysolde, his sister.",
		want: []string{"crew|Anwen Tollis|Kestrel Bay||director"},
	},
}
