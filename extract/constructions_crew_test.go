package extract

// crewConstructions are TestConstructions' cases for crew credits stated
// with a verb of being.
var crewConstructions = []construction{
	{
		name: "X will be the series director, X is a co-executive producer, X is associate producer: crew in the article's show; not X is the director of a festival",
		text: "Harbor starts filming\n\nThe drama Harbor starts filming in May. Ana Lee will be the series director. Bo Kim is a co-executive producer. Cy Tan is associate producer. Dan Ek is the director of a film festival.",
		want: []string{"crew|Ana Lee|Harbor||director", "crew|Bo Kim|Harbor||producer", "crew|Cy Tan|Harbor||producer"},
	},
	{
		name: "executive production credit goes to A and B; ... goes to the network's head of drama, C (the job title before the name is no part of it)",
		text: "Harbor starts filming\n\nThe miniseries Harbor starts filming in May. Cy Tan is associate producer, while executive production credit goes to Ana Lee and Bo Kim.\n\nThe miniseries Night Ward is in production. Executive production credit goes to SBS’s acting head of scripted, Amanda Duthie.",
		want: []string{"crew|Cy Tan|Harbor||producer", "crew|Ana Lee|Harbor||producer", "crew|Bo Kim|Harbor||producer", "crew|Amanda Duthie|Night Ward||producer"},
	},
}
