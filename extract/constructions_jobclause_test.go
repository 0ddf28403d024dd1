package extract

// jobClauseConstructions are TestConstructions' cases for a singular job
// noun's name that a comma joins to the names of the next clause.
var jobClauseConstructions = []construction{
	{
		name: "in this debut of writer-director A, B and C play C1 and C2: the job is A's alone",
		text: "“Harbor” gets a date\n\nIn this feature directorial debut of writer-director Ana Selo, Bren Talo and Kal Veder play Luke and Dominic, respectively.",
		want: []string{"crew|Ana Selo|Harbor||writer", "crew|Ana Selo|Harbor||director", "cast|Bren Talo|Harbor|Luke|", "cast|Kal Veder|Harbor|Dominic|"},
	},
	{
		name: "producers A, B and C star in it too: a plural job noun keeps its list",
		text: "“Harbor” gets a date\n\nThe film Harbor opens today. Producers Ana Selo, Bren Talo and Kal Veder star in it too.",
		want: []string{"crew|Ana Selo|Harbor||producer", "crew|Bren Talo|Harbor||producer", "crew|Kal Veder|Harbor||producer"},
	},
}
