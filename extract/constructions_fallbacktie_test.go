package extract

// fallbackTieConstructions are TestConstructions' cases for the fallback
// tie (fallbacktie.go): the full names of a list next to a credit cue that
// no other rule credited, in the show the cue or the sentence names.
var fallbackTieConstructions = []construction{
	{
		name: "'the drama T which starred industry greats A, B and C': cast credits in the title before the cue",
		text: "Ana Selo: a profile\n\nAna Selo is a singer from Manila.\n\nIn late 2009, Ana appeared in episodes of the network Christmas drama Harbor Lights which starred industry greats Mirela Vantu, Osric Pellane and Dagny Threlm.",
		want: []string{"cast|Mirela Vantu|Harbor Lights||", "cast|Osric Pellane|Harbor Lights||", "cast|Dagny Threlm|Harbor Lights||"},
	},
	{
		name: "'A, B, C, and D, are currently shooting a new movie titled T': cast credits in the title after the cue",
		text: "Kofi Amarh, Pell Warrick, Camden Roost, and Ellory Vantrisse, are currently shooting a new movie titled Princess of Harbor.\n\nThe movie is directed by Perrin Voske.",
		want: []string{"cast|Kofi Amarh|Princess of Harbor||", "cast|Pell Warrick|Princess of Harbor||", "cast|Camden Roost|Princess of Harbor||",
			"cast|Ellory Vantrisse|Princess of Harbor||", "crew|Perrin Voske|Princess of Harbor||director"},
	},
	{
		name: "'the gala was hosted by A and B': an event's hosts, no credit",
		text: "Harbor Lights premieres in Lagos\n\nThe premiere of Harbor Lights drew a crowd on Saturday.\n\nThe after party was hosted by Mirela Vantu and Osric Pellane at a hotel.",
		want: []string{},
	},
	{
		name: "'A and B have started filming the comedy': a work with no title, no credit in the article's show",
		text: "Harbor Lights returns\n\nThe series Harbor Lights will return next year.\n\nMirela Vantu and Osric Pellane have started filming the comedy.",
		want: []string{},
	},
	{
		name: "'A and B will begin shooting': one name before a trailing cue is not read as a list",
		text: "Harbor Lights returns\n\nThe series Harbor Lights will return next year.\n\nThe Wizard World will begin shooting this summer.",
		want: []string{},
	},
}
