package extract

// titleGlueConstructions are TestConstructions' cases for the words inside
// a title that also stand between a title and other words: "by" before
// one capitalised word, and a describing word before a glue word.
var titleGlueConstructions = []construction{
	{
		name: `"A appeared in Murder by Dusk (1976)": one capitalised word after "by" ends the title, no maker`,
		text: "Ana Selo dies at 90\n\nAna Selo, star of Harbor Bay, has died at 90.\n\nSelo appeared in Murder by Dusk (1976) and Tavo Line.",
		want: []string{"cast|Ana Selo|Harbor Bay||", "cast|Ana Selo|Murder by Dusk||", "cast|Ana Selo|Tavo Line||"},
	},
	{
		name: `"Harbor Lights adds Murder by Dusk star A": the title before a performer's noun keeps its "by"`,
		text: "Harbor Lights adds cast\n\nHarbor Lights, the new drama from Kestrel TV, adds Murder by Dusk star Ana Selo.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Murder by Dusk||"},
	},
	{
		name: `"the film Murder by Dusk": the title after a kind of work keeps its "by"`,
		text: "Ana Selo dies at 90\n\nAna Selo, star of Harbor Bay, has died at 90.\n\nSelo appeared in the film Murder by Dusk.",
		want: []string{"cast|Ana Selo|Harbor Bay||", "cast|Ana Selo|Murder by Dusk||"},
	},
	{
		name: `"Tavo Line by French director A", "Tavo Line by Selo": a describing word, a job noun or a known person after "by" is the maker`,
		text: "Cannes names its winners\n\nTavo Line by French director Ana Selo won the Palme d'Or. Bo Rinta (Harbor Bay) stars in the film.",
		want: []string{"crew|Ana Selo|Tavo Line||director", "cast|Bo Rinta|Tavo Line||", "cast|Bo Rinta|Harbor Bay||"},
	},
	{
		name: `"Top of the Lakes star A joins Harbor Lights": a describing word before a glue word opens the title`,
		text: "Harbor Lights adds cast\n\nHarbor Lights, the new drama from Kestrel TV, adds cast. Top of the Lakes star Ana Selo joins Harbor Lights.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Top of the Lakes||"},
	},
}
