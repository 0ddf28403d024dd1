package extract

// carriedShowConstructions are TestConstructions' cases for the show a
// paragraph carries to the next (paragraphfocus.go): a show named inside a
// paragraph, after its first sentence, stays in that paragraph; a
// paragraph about another show from its first sentence, or one that names
// the show again, carries it on.
var carriedShowConstructions = []construction{
	{
		name: "a show named mid-paragraph as a cast member's other work ('Harbor is also set to air Tide'): the next paragraph's credit goes back to the article's show",
		text: "Harbor adds Ana Selo to its cast\n\nHarbor has cast Ana Selo as Mira, the show's new lead. The network also ordered Tide, a new drama from Corvin Lade, last week.\n\nBen Oru will play Teo, her brother.",
		want: []string{"cast|Ana Selo|Harbor|Mira|", "crew|Corvin Lade|Tide||", "cast|Ben Oru|Harbor|Teo|"},
	},
	{
		name: "a paragraph that opens on another show ('Tide, a new drama from X, starts filming') carries it to the next paragraph's credit",
		text: "Harbor adds Ana Selo to its cast\n\nHarbor has cast Ana Selo as Mira, the show's new lead.\n\nTide, a new drama from Corvin Lade, starts filming in May. It is set in a fishing town.\n\nBen Oru will play Teo, a fisherman.",
		want: []string{"cast|Ana Selo|Harbor|Mira|", "crew|Corvin Lade|Tide||", "cast|Ben Oru|Tide|Teo|"},
	},
	{
		name: "a heading that names another show ('Tide') over a paragraph with a credit: the heading's show, not the earlier one",
		text: "Harbor adds Ana Selo to its cast\n\nHarbor has cast Ana Selo as Mira, the show's new lead.\n\nTide\n\nTide is a new drama. Ben Oru will play Teo, a fisherman.",
		want: []string{"cast|Ana Selo|Harbor|Mira|", "cast|Ben Oru|Tide|Teo|"},
	},
	{
		name: "the article's own show carried to the next paragraph, past a cast member's earlier work in brackets ('Ben Oru (Tide)'): the credit stays with the article's show",
		text: "Harbor adds Ana Selo to its cast\n\nHarbor has cast Ana Selo as Mira. Ben Oru (Tide) joins her as Teo.\n\nCal Dorne will play Rhea's father.",
		want: []string{"cast|Ana Selo|Harbor|Mira|", "cast|Ben Oru|Harbor|Teo|", "cast|Ben Oru|Tide||", "cast|Cal Dorne|Harbor||"},
	},
}
