package extract

// headingBlockConstructions are TestConstructions' cases for a guide's
// blocks: a title on a line of its own over label lines ("Release Date:",
// "Director:", "Writer: X (Screenplay)", "Starring:"), each title the show
// of its block, and a bracket that says which writing a credit is
// (creditnotes.go) read as no title.
var headingBlockConstructions = []construction{
	{
		name: "a guide of three blocks, each a title over label lines ('Release Date:', 'Director:', 'Writer: X (Screenplay)', 'Written by', 'Starring:', 'Cast:'): each title the show of its block, '(Screenplay)' no title",
		text: "Festival guide: films to see at the Lakeside festival\n\nThe Lakeside festival opens on Friday with three new features.\n\nCopper Harbor\n\nRelease Date: May 3\nDirector: Ana Selo\nWriter: Brin Tavek (Screenplay)\nStarring: Osric Pellane, Dagny Threlm\n\nA fisherman returns home after twenty years.\n\nThe Salt Orchard\n\nDirector: Mirela Vantu\nCast: Pell Warrick, Camden Roost\n\nTwo sisters inherit a farm.\n\nMarsh Lantern\n\nRelease Date: May 17\nWritten by Tobiah Crenwell\nStarring: Ellory Vantrisse\n\nA lighthouse keeper meets a stranger.",
		want: []string{"crew|Ana Selo|Copper Harbor||director", "crew|Brin Tavek|Copper Harbor||writer",
			"cast|Osric Pellane|Copper Harbor||", "cast|Dagny Threlm|Copper Harbor||",
			"crew|Mirela Vantu|The Salt Orchard||director", "cast|Pell Warrick|The Salt Orchard||", "cast|Camden Roost|The Salt Orchard||",
			"crew|Tobiah Crenwell|Marsh Lantern||writer", "cast|Ellory Vantrisse|Marsh Lantern||"},
	},
	{
		name: "two blocks with no blank line between a title and its label lines, one writer's bracket '(Screenplay)': each title the show of its block, the bracket no title",
		text: "Film trailers: this week in new releases\n\nHere are the trailers for the films out this month.\n\nCopper Harbor\nRelease Date: May 3, 2024\nDirector: Ana Selo\nWriter: Brin Tavek (Screenplay)\nStarring: Osric Pellane, Dagny Threlm, Pell Warrick\nA fisherman returns home after twenty years.\n\nThe Salt Orchard\nRelease Date: May 10, 2024\nDirector: Mirela Vantu\nStarring: Camden Roost, Ellory Vantrisse\nTwo sisters inherit a farm.",
		want: []string{"crew|Ana Selo|Copper Harbor||director", "crew|Brin Tavek|Copper Harbor||writer",
			"cast|Osric Pellane|Copper Harbor||", "cast|Dagny Threlm|Copper Harbor||", "cast|Pell Warrick|Copper Harbor||",
			"crew|Mirela Vantu|The Salt Orchard||director", "cast|Camden Roost|The Salt Orchard||", "cast|Ellory Vantrisse|The Salt Orchard||"},
	},
	{
		name: "a person's name on a line of its own over label lines ('Director: X', 'Born: 1980') is no show: nothing",
		text: "Five directors to watch\n\nThe festival honours five filmmakers this year.\n\nAna Selo\n\nDirector: Ana Selo\nBorn: 1980\n\nShe made her name with short films.",
		want: nil,
	},
}
