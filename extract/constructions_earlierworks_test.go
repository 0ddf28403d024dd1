package extract

// earlierWorkConstructions are TestConstructions' cases for a maker's
// earlier work named through a pronoun or an appositive, and for titles
// such constructions name.
var earlierWorkConstructions = []construction{
	{
		name: "director X is known for her films “T1” and “T2”; Y, nicknamed “N” for his films “T3” and “T4”: each title is the holder's, crew as the article gives them",
		text: "Harbor starts shooting\n\nThe drama Harbor starts shooting in May. Director Ana Selo is known for her films \"Oldtown\" and \"Hunger.\" Director Pim Varr, nicknamed \"Venice Pim\" for his films \"Grey Mile\" and \"Salt,\" will direct the second unit.",
		want: []string{"crew|Ana Selo|Harbor||director", "crew|Ana Selo|Oldtown||", "crew|Ana Selo|Hunger||", "crew|Pim Varr|Harbor||director", "crew|Pim Varr|Grey Mile||", "crew|Pim Varr|Salt||"},
	},
	{
		name: "her first film My 20th Century: an ordinal inside a title keeps the title whole",
		text: "Harbor starts shooting\n\nThe drama Harbor, directed by Ida Enzo, starts shooting in May. Enzo debuted in Cannes in 1989 when her first film My 20th Summer was selected.",
		want: []string{"crew|Ida Enzo|Harbor||director", "crew|Ida Enzo|My 20th Summer||"},
	},
}
