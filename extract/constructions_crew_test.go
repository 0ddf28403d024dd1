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
	{
		name: "producers Company Productions (A and B), responsible for T1, and other series such as T2, T3: A and B produce the article's show and each title; describing words and a place's possessive before a name are no part of it",
		text: "Harbor shoots locally\n\nThe new series Harbor will shoot in Byron Bay. The project has the support of producers Blue Cloud Productions (Northern Rivers resident Deb Cole and Melbourne's Fia Egan), responsible for Miss Vale's Murder Mystery, and other series filmed here such as Deadlock, Gods of Wheat Street.",
		want: []string{"crew|Deb Cole|Harbor||producer", "crew|Fia Egan|Harbor||producer", "crew|Deb Cole|Miss Vale's Murder Mystery||producer", "crew|Fia Egan|Miss Vale's Murder Mystery||producer", "crew|Deb Cole|Deadlock||producer", "crew|Fia Egan|Deadlock||producer", "crew|Deb Cole|Gods of Wheat Street||producer", "crew|Fia Egan|Gods of Wheat Street||producer"},
	},
	{
		name: "the network confirmed its new project: T. (a title the lead sentence ends with after a colon) is the article's show",
		text: "Finally, local shoot confirmed\n\nTHE actors were here last week, but it was only today that online platform Stan officially confirmed its new project: Harbor.\n\nThe eight-part drama was commissioned as a Stan Original series. It is made by producers Blue Cloud Productions (Deb Cole and Fia Egan).",
		want: []string{"crew|Deb Cole|Harbor||producer", "crew|Fia Egan|Harbor||producer"},
	},
}
