package extract

// recallCauseConstructions are cases for credits lost in shared readings
// that the corpus's missed credits were grouped by: an actor's "parts" (not
// only "roles") before a plural kind of work and "such as"; "X's last kind
// of work was T"; list items after "rising star", after "as well as new
// talent in", and quoted titles with their series noun ("‘T’ trilogy");
// a pair after a noun of pairing ("the first on-screen pairing of A and
// B"); a screen debut's co-stars and "with a movie titled, T"; a name in
// apposition between commas as the subject ("The actor, X, will star");
// a list's last item after ", with" ("A, B, with singer C"); "T, which
// marked A and B's debut".
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
	{
		name: "a cast list's last item after a describing word and 'star': 'led by A, B, awarded child star C', 'and rising star D'",
		text: "Kelvo Marrow cast\n\nKelvo Marrow is a new drama. The series features a powerhouse cast led by Dana Whitfield, Carl Brenn, awarded child star Maren Holt. The film also stars Odo Pell and rising star Tova Lind.",
		want: []string{"cast|Dana Whitfield|Kelvo Marrow||", "cast|Carl Brenn|Kelvo Marrow||", "cast|Maren Holt|Kelvo Marrow||", "cast|Odo Pell|Kelvo Marrow||", "cast|Tova Lind|Kelvo Marrow||"},
	},
	{
		name: "features returning stars A and B, as well as new talent in C and D; and fresh faces like E; newcomers such as F",
		text: "Kelvo Marrow cast\n\nKelvo Marrow is a new drama. It features returning stars Dana Whitfield and Carl Brenn, as well as new talent in Maren Holt and Tova Lind. The cast includes Odo Pell and newcomers such as Ismay Droe.",
		want: []string{"cast|Dana Whitfield|Kelvo Marrow||", "cast|Carl Brenn|Kelvo Marrow||", "cast|Maren Holt|Kelvo Marrow||", "cast|Tova Lind|Kelvo Marrow||", "cast|Odo Pell|Kelvo Marrow||", "cast|Ismay Droe|Kelvo Marrow||"},
	},
	{
		name: "X's other films include ‘T1’ trilogy, ‘T2’ and ‘T3’: the series noun after a quoted title keeps the list going",
		text: "Kelvo Marrow news\n\nDana Whitfield directed Kelvo Marrow. Whitfield's other films include ‘Quarrow Bay’ trilogy, ‘Hollin Street’ and ‘Tessel Point’.",
		want: []string{"crew|Dana Whitfield|Kelvo Marrow||director", "crew|Dana Whitfield|Quarrow Bay||", "crew|Dana Whitfield|Hollin Street||", "crew|Dana Whitfield|Tessel Point||"},
	},
	{
		name: "“T,” which marks the first on-screen pairing of Fan Title A and Fan Title B; the well-loved tandem of C and D returns on “T2”; T3 marks the reunion of E and F",
		text: "GMA lineup\n\nGMA has new shows. The adrenaline continues with \"Quarrow Bay,\" which marks the first on-screen pairing of Star of the Next Gen Dana Whitfield and Pambansang Ginoo Carl Brenn. The well-loved tandem of Maren Holt and Odo Pell returns to the small screen on “Hollin Street” and is joined by Tova Lind. Tessel Point marks the reunion of Ismay Droe and Corin Tash.",
		want: []string{"cast|Dana Whitfield|Quarrow Bay||", "cast|Carl Brenn|Quarrow Bay||", "cast|Maren Holt|Hollin Street||", "cast|Odo Pell|Hollin Street||", "cast|Tova Lind|Hollin Street||", "cast|Ismay Droe|Tessel Point||", "cast|Corin Tash|Tessel Point||"},
	},
	{
		name: "the reunion of A and B's families: no pair of performers; T stars C and real-life couple D and E: the three",
		text: "Quarrow Bay review\n\nQuarrow Bay is a new drama. The story follows the reunion of Dana Whitfield and Carl Brenn's families. The film stars Tova Lind and real-life couple Maren Holt and Odo Pell.",
		want: []string{"cast|Tova Lind|Quarrow Bay||", "cast|Maren Holt|Quarrow Bay||", "cast|Odo Pell|Quarrow Bay||"},
	},
	{
		name: "The popular Tamil actor, X, will star in T; The actor, Y, made his film debut with T2: the name between commas is the subject",
		text: "Bollywood news\n\nNew films are coming. The popular Tamil actor, Dana Whitfield, will star in Quarrow Bay. The actor, Carl Brenn, made his film debut with Hollin Street.",
		want: []string{"cast|Dana Whitfield|Quarrow Bay||", "cast|Carl Brenn|Hollin Street||"},
	},
	{
		name: "X is making his Telugu debut with a movie titled, T; Y, who made his OTT debut alongside A and B in the online series “T2”, spoke",
		text: "Bollywood news\n\nNew films are coming. Dana Whitfield is making his Telugu debut with a movie titled, Quarrow Bay. Carl Brenn, who made his OTT debut alongside Maren Holt and Odo Pell in the online series “Hollin Street”, spoke to us. Tova Lind made her debut with the band in 2001.",
		want: []string{"cast|Dana Whitfield|Quarrow Bay||", "cast|Carl Brenn|Hollin Street||", "cast|Maren Holt|Hollin Street||", "cast|Odo Pell|Hollin Street||"},
	},
	{
		name: "Other stars featured in the movie are A, B, with singer C on special appearance; stars D, E, with F in a cameo; not 'with music by G'",
		text: "Quarrow Bay review\n\nQuarrow Bay is a new film. Other stars featured in the movie are Dana Whitfield, Carl Brenn, with singer Maren Holt on special appearance in the movie. The film also stars Odo Pell, Tova Lind, with Ismay Droe in a cameo. The sequel stars Corin Tash, Pell Marrow, with music by Harl Benning.",
		want: []string{"cast|Dana Whitfield|Quarrow Bay||", "cast|Carl Brenn|Quarrow Bay||", "cast|Maren Holt|Quarrow Bay||", "cast|Odo Pell|Quarrow Bay||", "cast|Tova Lind|Quarrow Bay||", "cast|Ismay Droe|Quarrow Bay||", "cast|Corin Tash|Quarrow Bay||", "cast|Pell Marrow|Quarrow Bay||", "crew|Harl Benning|Quarrow Bay||"},
	},
	{
		name: "released its newest film T2, which marked A and B's debut; The film marked C's debut; not The award marked D's debut",
		text: "Quarrow Bay review\n\nQuarrow Bay is a new film. The film marked Maren Holt's debut. The award marked Odo Pell's debut. Rajshri Productions released its newest film Hollin Street, which marked Dana Whitfield and Carl Brenn’s debut.",
		want: []string{"cast|Maren Holt|Quarrow Bay||", "cast|Dana Whitfield|Hollin Street||", "cast|Carl Brenn|Hollin Street||"},
	},
}
