package extract

// fameWorkConstructions are TestConstructions' cases for a person's works
// after a word of fame and "for", as after "known for".
var fameWorkConstructions = []construction{
	{
		name: `"T (2023), directed by A who is acclaimed for T2 (2020), will be screened": a crew credit in T2`,
		text: "Harbor Gate Selected for Festival\n\nHarbor Gate (2023), directed by Ana Selo who is acclaimed for Night Watch (2020), will be screened as a world premiere.",
		want: []string{"crew|Ana Selo|Harbor Gate||director", "crew|Ana Selo|Night Watch||"},
	},
	{
		name: `"T, directed by A, renowned for T2": a crew credit in T2`,
		text: "Harbor Gate Selected for Festival\n\nHarbor Gate (2023), directed by Ana Selo, renowned for Night Watch (2020), will be screened as a world premiere.",
		want: []string{"crew|Ana Selo|Harbor Gate||director", "crew|Ana Selo|Night Watch||"},
	},
}
