package extract

// precision3Constructions are TestConstructions' cases for names that news
// writes beside credits but that are no credited person: titles listed
// after a plural noun of works, a word describing works read as a name, a
// preposition that opens a sentence read as a given name.
var precision3Constructions = []construction{
	{
		name: "T renewed, with dramas A, B and C also set to return; new shows like D and E: titles after a plural noun of works, no cast",
		text: "Korvel Bay renewed\n\nKorvel Bay renewed for a second season, with award-nominated dramas GLASS HARBOUR, DUNMARROW and FELT LINES also set to return.\n\nComedies like Quiet Acre and Tin Parade are ending. Mina Sorvik stars in Korvel Bay.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||"},
	},
	{
		name: "Reliable hits such as T1 and T2 return: the describing word before the plural is no subject; X, known for hits such as T1, keeps them",
		text: "Korvel Bay slate\n\nReliable hits such as Glass Harbour and Dunmarrow are all set to return.\n\nMina Sorvik, who is known for hits such as Tin Parade and Quiet Acre, joins Korvel Bay.",
		want: []string{"cast|Mina Sorvik|Tin Parade||", "cast|Mina Sorvik|Quiet Acre||", "cast|Mina Sorvik|Korvel Bay||"},
	},
	{
		name: "Alongside X, A and B will star; Among Y's co-stars: the preposition opening the sentence is no given name",
		text: "Korvel Bay cast\n\nMina Sorvik leads Korvel Bay. Alongside Sorvik, Kell Arden and Pia Dalton will star.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||", "cast|Kell Arden|Korvel Bay||", "cast|Pia Dalton|Korvel Bay||"},
	},
	{
		name: "the studio X (T1, T2), animation studio Y (T3), under the banner Z (T4): a company's noun before the name, no person; the director beside keeps the credits",
		text: "Korvel Bay anime announced\n\nTarin Oshi (Glass Harbour) will direct Korvel Bay with the studio Bluepine Works (Dunmarrow, Felt Lines).\n\nNext is animation studio Marrow Kite (Quiet Acre opening) animating the opening. Jun Vesk (Tin Parade) writes it, under the banner Lantern Hollow (Salt Ridge).",
		want: []string{"crew|Tarin Oshi|Glass Harbour||", "crew|Tarin Oshi|Korvel Bay||director", "crew|Jun Vesk|Tin Parade||"},
	},
	{
		name: "stars including A, B and C attended the premiere; stars such as D and E, among others, arrived; F and G were spotted at it: guests, no cast; the cast list beside stays",
		text: "Korvel Bay premieres in Lagos\n\nKorvel Bay stars Mina Sorvik and Kell Arden.\n\nStars including Tess Kimble, Dan Orrin and Pia Dalton attended the premiere of Korvel Bay. As the red carpet rolled out, movie stars such as Jora Blent and Ulla Frame, among others, arrived in chic attire. Nneka Vold and Sade Pirro were spotted at the screening.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||", "cast|Kell Arden|Korvel Bay||"},
	},
	{
		name: "airs at 9 p.m. ET (6 p.m. PT); at 7 p.m. BST (2 a.m. EST); at 21:30 CET (20:30 GMT): a time of day in brackets is no title, the zone before it no person",
		text: "Korvel Bay returns\n\nKorvel Bay stars Mina Sorvik. The show airs Sundays at 9 p.m. ET (6 p.m. PT) on HBO. The first episode airs at 7 p.m. BST (2 a.m. EST). It repeats at 21:30 CET (20:30 GMT).",
		want: []string{"cast|Mina Sorvik|Korvel Bay||"},
	},
	{
		name: "Fans of A B's Inquest; 'C D's Way of Love' stars E: a possessive inside a title is no actor's character; the return of F G's Lottie keeps it",
		text: "Korvel Bay is a long-running soap\n\nKorvel Bay stars Mina Sorvik. Fans will love the return of Pia Dalton's Lottie. Fans of Dara Vell's Inquest and the cancelled Dunmarrow will be pleased that its creator is back.\n\n'City Parrow's Way of Love' stars Kell Arden.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||", "cast|Kell Arden|City Parrow's Way of Love||", "cast|Pia Dalton|Korvel Bay|Lottie|"},
	},
	{
		name: "the Welsh detective DCI A B leads a new investigation; Detective Inspector C D returns; Officer E: a rank opens a character's name, no person; X stars as DS A B keeps the character",
		text: "Korvel Bay returns\n\nKorvel Bay stars Mina Sorvik as DS Tobin Vask. Further afield, the Welsh detective DCI Harro Lund leads a new investigation in the second season of Dunmarrow. Detective Inspector Vell Orrin returns to solve a new case in Korvel Bay.",
		want: []string{"cast|Mina Sorvik|Korvel Bay|DS Tobin Vask|"},
	},
	{
		name: "a thriller featuring the Royal and Special Operations Branch (RaSO); the Department of Harbours (DoH): an acronym with small letters for the small words, or without the last word, is no title; a title in a bracket beside stays",
		text: "Korvel Bay returns\n\nKorvel Bay stars Mina Sorvik. From Verrick Productions, Korvel Bay is a thriller featuring the Royal and Special Operations Branch (RaSO) of the city police, and the Department of Harbours (DoH). Pia Dalton (Glass Harbour) joins the cast.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||", "cast|Pia Dalton|Korvel Bay||", "cast|Pia Dalton|Glass Harbour||"},
	},
	{
		name: "no PiaMa (Dalton and Maria Vask) for the moment: a bracket that spells out a pair's names holds no titles",
		text: "Korvel Bay reunion\n\nKorvel Bay stars Mina Sorvik, Kell Arden and Pia Dalton.\n\nSo this is the reunion of MinaKell and no PiaMa (Dalton and Maria Vask) for the moment.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||", "cast|Kell Arden|Korvel Bay||", "cast|Pia Dalton|Korvel Bay||"},
	},
	{
		name: "“We’re proud to have played a role in bringing ...,” he says; “They’ve played a part ...”: a pronoun with a contracted verb is no name",
		text: "Korvel Bay returns\n\nKorvel Bay stars Mina Sorvik. “We’re proud to have played a role in bringing so many titles to local screens,” he says. “They’ve played a part in bringing the series to life,” she said.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||"},
	},
	{
		name: "T will play host to a major event, the T Film Festival: a place that hosts an event gets no cast credit; X will play host to the contestants stays a host",
		text: "Korvel Bay returns\n\nKorvel Bay stars Mina Sorvik. Trinity Cove will play host to a major event, the Trinity Cove Film Festival, in November. Kell Arden will play host to the contestants in Korvel Bay.",
		want: []string{"cast|Mina Sorvik|Korvel Bay||", "cast|Kell Arden|Korvel Bay||"},
	},
}
