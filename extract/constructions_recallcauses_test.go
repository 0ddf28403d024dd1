package extract

// recallCauseConstructions are cases for credits lost in shared readings
// that the corpus's missed credits were grouped by: an actor's "parts" (not
// only "roles") before a plural kind of work and "such as".
var recallCauseConstructions = []construction{
	{
		name: "She also landed parts in films such as T1 and T2; had small parts in TV shows like; parts in dramas such as T1, T2 and T3",
		text: "Maren Holt dies at 80\n\nActress Maren Holt has died. She also landed parts in films such as 1994's Quarrow Bay and 1997's Hollin Street.",
		want: []string{"cast|Maren Holt|Quarrow Bay||", "cast|Maren Holt|Hollin Street||"},
	},
	{
		name: "He had small parts in TV shows like T1 and T2: cast",
		text: "Maren Holt dies at 80\n\nActor Maren Holt has died. He had small parts in TV shows like Quarrow Bay and Hollin Street.",
		want: []string{"cast|Maren Holt|Quarrow Bay||", "cast|Maren Holt|Hollin Street||"},
	},
	{
		name: "Over the years he had parts in dramas such as T1, T2 and T3: cast in the three",
		text: "Maren Holt dies at 80\n\nActor Maren Holt has died. Over the years he had parts in dramas such as Quarrow Bay, Hollin Street and Tessel Point.",
		want: []string{"cast|Maren Holt|Quarrow Bay||", "cast|Maren Holt|Hollin Street||", "cast|Maren Holt|Tessel Point||"},
	},
}
