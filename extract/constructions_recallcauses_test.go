package extract

// recallCauseConstructions are cases for credits lost in shared readings
// that the corpus's missed credits were grouped by: an actor's "parts" (not
// only "roles") before a plural kind of work and "such as"; "X's last kind
// of work was T".
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
	{
		name: "Her last telenovela was 2021's T; Her final film was the 1999 comedy T2: the paragraph's performer is in both",
		text: "Carla Vento dies at 80\n\nActress Carla Vento has died. Her last telenovela was 2021's Quarrow Bay, in which she played a nun. Her final film was the 1999 comedy Hollin Street.",
		want: []string{"cast|Carla Vento|Quarrow Bay||", "cast|Carla Vento|Hollin Street||"},
	},
	{
		name: "X's last television series was the 2018 show ‘T’ where she was paired with Y: X in T",
		text: "Tessel Point begins filming\n\nTessel Point is a new film. Carla Vento’s last television series was the 2018 show ‘Quarrow Bay’ where she was paired with Dario Pell.",
		want: []string{"cast|Carla Vento|Quarrow Bay||"},
	},
	{
		name: "Her last film was a flop: no title; a director's last film is no cast",
		text: "Tessel Point begins filming\n\nTessel Point is a new film. Actress Maren Holt has joined it. Her last film was a flop. Director Carla Vento will helm the film. Her last film was Hollin Street.",
		want: []string{"cast|Maren Holt|Tessel Point||", "crew|Carla Vento|Tessel Point||director", "crew|Carla Vento|Hollin Street||"},
	},
}
