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
	{
		name: `"roles in T1, T2, Osuna in London, and T3", "NBC's T1 and FOX's LA to Vegas": a place after a glue word ends a list item that opens after a comma or a network's possessive, and is the title's`,
		text: "Ana Selo dies at 90\n\nAna Selo, star of Harbor Bay, has died at 90.\n\nSelo is best remembered for her roles in Tom and Jeremy, Owo Blown, Osuna in London, and Tayo Dala. Her credits include recurring roles on NBC's Shamble and FOX's LA to Vegas.",
		want: []string{"cast|Ana Selo|Harbor Bay||", "cast|Ana Selo|Tom and Jeremy||", "cast|Ana Selo|Owo Blown||", "cast|Ana Selo|Osuna in London||", "cast|Ana Selo|Tayo Dala||", "cast|Ana Selo|Shamble||", "cast|Ana Selo|LA to Vegas||"},
	},
	{
		name: `"Selo filmed Hookway in London": a place after the title with no list around it is no part of it`,
		text: "Ana Selo dies at 90\n\nAna Selo, star of Harbor Bay, has died at 90.\n\nSelo starred in Hookway in London in 1988.",
		want: []string{"cast|Ana Selo|Harbor Bay||", "cast|Ana Selo|Hookway||"},
	},
	{
		name: `"roles in T1, T2, and I want to harvest yams.": "I" and the words to the sentence's end, the last item after "and", are one title; "T1, T2 and I loved it, she said" ends the list at the pronoun`,
		text: "Ana Selo dies at 90\n\nAna Selo, star of Harbor Bay, has died at 90.\n\nSelo is best remembered for her roles in Tom and Jeremy, Owo Blown, and I want to harvest yams. Bo Kander starred in Tavo Line, Orin Gate and I loved it, Kander said.",
		want: []string{"cast|Ana Selo|Harbor Bay||", "cast|Ana Selo|Tom and Jeremy||", "cast|Ana Selo|Owo Blown||", "cast|Ana Selo|I want to harvest yams||", "cast|Bo Kander|Tavo Line||", "cast|Bo Kander|Orin Gate||"},
	},
	{
		name: `"series such as Miss Fisk's Murder Riddles", "starred in Mrs Bramble's Boys and T": a form of address, one word and a possessive open a title, no maker's credit`,
		text: "Harbor Lights adds cast\n\nHarbor Lights, the new drama from Kestrel TV, adds cast.\n\nThe company has produced hit series such as Miss Fisk's Murder Riddles. Ana Selo starred in Mrs Bramble's Boys and Tavo Line.",
		want: []string{"cast|Ana Selo|Mrs Bramble's Boys||", "cast|Ana Selo|Tavo Line||"},
	},
	{
		name: `"Director Bo Kander's Tavo Line stars A": a full name's possessive is the maker's`,
		text: "Tavo Line premieres in May\n\nDirector Bo Kander's Tavo Line stars Ana Selo.",
		want: []string{"crew|Bo Kander|Tavo Line||director", "cast|Ana Selo|Tavo Line||"},
	},
	{
		name: `"starred in 「Tavo Line」 and 《Orin Gate》": East Asian title brackets quote a title`,
		text: "Ana Selo joins Harbor Lights\n\nAna Selo joins the cast of Harbor Lights. Selo starred in 「Tavo Line」 and 《Orin Gate》.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Tavo Line||", "cast|Ana Selo|Orin Gate||"},
	},
	{
		name: `German "spielt in dem Film »Orin Gate« mit": » before a word opens the quotation, « after one closes it`,
		text: "Neue Besetzung für Tavo Line\n\nBo Kander spielt in dem Film »Orin Gate« mit.",
		want: []string{"cast|Bo Kander|Orin Gate||"},
	},
	{
		name: `French "dans «Orin Gate»" and "dans « Orin Gate »": the French order is kept`,
		text: "Ana Selo rejoint Harbor Lights\n\nAna Selo rejoint le casting de Harbor Lights. Bo Kander (vu dans «Orin Gate») et Cara Vell (vue dans « Tavo Line ») complètent la distribution.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Kander|Harbor Lights||", "cast|Bo Kander|Orin Gate||", "cast|Cara Vell|Harbor Lights||", "cast|Cara Vell|Tavo Line||"},
	},
	{
		name: `"Tide of Doom and Top of the Lakes's A also joins T": the title before "and" shares the possessive's person`,
		text: "Ana Selo joins Harbor Lights\n\nAna Selo joins the cast of Harbor Lights. Tide of Doom and Top of the Lakes's Bo Kander also joins the series.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Kander|Harbor Lights||", "cast|Bo Kander|Tide of Doom||", "cast|Bo Kander|Top of the Lakes||"},
	},
	{
		name: `"Cara Vell and Orin Gate's A", "Tavo Line and Orin Gate's A": two capitalised words before "and" may be a name, and give no title unless the article knows one`,
		text: "Ana Selo joins Harbor Lights\n\nAna Selo joins the cast of Harbor Lights. Also joining are Cara Vell and Orin Gate's Bo Kander.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Cara Vell|Harbor Lights||", "cast|Bo Kander|Harbor Lights||", "cast|Bo Kander|Orin Gate||"},
	},
	{
		name: `"known for the Prime Video series T", "the Apple TV+ series T": a network of two words before a kind of show is no part of the title`,
		text: "Ana Selo joins Harbor Lights\n\nAna Selo joins the cast of Harbor Lights. Selo is known for the Prime Video series Orin Gate.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Orin Gate||"},
	},
}
