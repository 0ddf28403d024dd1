package extract

// precision4Constructions are TestConstructions' cases for wrong facts that
// unseen news gave on people and titles no credit names: an office read as
// a job, a crew member read as cast, a country read as a title.
var precision4Constructions = []construction{
	{
		name: "said the studio's managing director X; General Director Y; commissioning editor's title before \"director\": an office, no crew; \"director Z\" still crew",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. “We are thrilled,” said Brightwave Studios managing director Pelham Orrin. General Director Teodor Brenner added his thanks. The series is from director Kirsa Bellow.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "crew|Kirsa Bellow|Gantry Lane||director"},
	},
	{
		name: "Joining the team is X (executive producer), Y (director) as well as novelist Z: the bracketed job makes crew, no cast; a bracketed title still gives cast",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. Joining the team is Lantern Pictures' Odile Varnay (executive producer), Corwin Hale (director) as well as novelist Jessa Pryne. The film also stars Wren Adley (Copper Bay).",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "crew|Odile Varnay|Gantry Lane||producer", "crew|Corwin Hale|Gantry Lane||director", "cast|Wren Adley|Gantry Lane||", "cast|Wren Adley|Copper Bay||"},
	},
	{
		name: "Finalists are T1 (South Korea), T2 (China) and T3 (New Zealand): a country of two words in a bracket is a market or home, no title",
		text: "Gantry Lane festival lineup\n\nFinalists from Asia are Marrow (South Korea), Pale Moon (China) and Far Shore (New Zealand). Kelp Road stars Wren Adley (Copper Bay).",
		want: []string{"cast|Wren Adley|Kelp Road||", "cast|Wren Adley|Copper Bay||"},
	},
	{
		name: "X has played into that, the deal played out, Y played down the rumours, Z played a key role in bringing T to the network: idioms, no part; \"plays a pivotal role in the upcoming drama T\" and \"had a small role in T\" still cast",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. There are scenes where John (Morvay), the writer, has played into that nicely. The deal played out over months, and Desma Quell played down the rumours. Verla Lusk played a key role in bringing Gantry Lane to the network. Wren Adley plays a pivotal role in the upcoming drama Copper Bay. Kirsa Bellow had a small role in Tarn Hollow.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Wren Adley|Copper Bay||", "cast|Kirsa Bellow|Tarn Hollow||"},
	},
	{
		name: "The drama is about fashion designer A B (C D), who ..., after meeting star chef E F (Daly): characters and their actors; the one word after a pair is the next actor, no title; a fashion designer is no crew",
		text: "Gantry Lane premieres\n\nThe drama Gantry Lane is directed by Rhea Vonn. The drama is about reckless world-famous fashion designer Dorel Vant (Kim Sera), who suffers from memory loss, but experiences love after meeting star chef Ozri Ransu (Daly).",
		want: []string{"crew|Rhea Vonn|Gantry Lane||director", "cast|Kim Sera|Gantry Lane|Dorel Vant|", "cast|Daly|Gantry Lane|Ozri Ransu|"},
	},
	{
		name: "T2, a comedy starring A and T3 leading lady B; starring A and T3 actress B: the title before the performer noun is no person, and the name before \"and\" no title",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. Tarn Hollow, a comedy about three thirty-somethings, stars Mila Orsk and Copper Bay leading lady Wren Adley. The comedy Kelp Road, starring Kirsa Bellow and Copper Bay actress Odile Varnay, airs in May.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Mila Orsk|Tarn Hollow||", "cast|Wren Adley|Tarn Hollow||", "cast|Kirsa Bellow|Kelp Road||", "cast|Odile Varnay|Kelp Road||", "cast|Odile Varnay|Copper Bay||"},
	},
	{
		name: "In addition to her award-winning role in T1, X starred in T2; After her role in T1, Y starred in T2: the title after \"in\" before the comma is no second subject",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. In addition to her award-winning role in Copper Bay, Dovel starred in Tarn Hollow. After her role in Kelp Road, Wren Adley starred in Tarn Hollow.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Ilse Dovel|Copper Bay||", "cast|Ilse Dovel|Tarn Hollow||", "cast|Wren Adley|Kelp Road||", "cast|Wren Adley|Tarn Hollow||"},
	},
	{
		name: "The show's cast includes filmmaker X as C1, Y as C2: the trade before a performer gives no crew; \"Director Z serves as executive producer\" and \"from director W\" still crew",
		text: "Gantry Lane premieres\n\nThe show’s cast includes filmmaker Odile Varnay as Darvela Quorl, the grieving widow, Corwin Hale as Pettro Quorl, and Mila Orsk as Lisette Quorl. The drama Gantry Lane is from director Wren Adley.",
		want: []string{"cast|Odile Varnay|Gantry Lane|Darvela Quorl|", "cast|Corwin Hale|Gantry Lane|Pettro Quorl|", "cast|Mila Orsk|Gantry Lane|Lisette Quorl|", "crew|Wren Adley|Gantry Lane||director"},
	},
	{
		name: "local favourites X (T2) and Y (T3), screen veterans Z (T4): a plural of fame before the name makes the bracket the performer's title, no character",
		text: "Gantry Lane premieres\n\nThe drama Gantry Lane stars Ilse Dovel. Local favourites Mila Orsk (Copper Bay) and Tobin Ashe (Tarn Hollow) also appear, as do screen veterans Kirsa Bellow (Kelp Road).",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Mila Orsk|Copper Bay||", "cast|Tobin Ashe|Tarn Hollow||", "cast|Kirsa Bellow|Kelp Road||"},
	},
	{
		name: "X (T1 and T2 Words, T3, T4): an \"and\" inside a bracket's part that more parts follow is the title's; \"Y (T5 and T6)\" still two titles",
		text: "Gantry Lane renewed\n\nGantry Lane also stars Wren Adley (Rust and Mrs. Pell, Copper Bay, Men Behaving Oddly) as Jezra. Kirsa Bellow (Kelp Road and Tarn Hollow) joins the cast.",
		want: []string{"cast|Wren Adley|Gantry Lane|Jezra|", "cast|Wren Adley|Rust and Mrs. Pell||", "cast|Wren Adley|Copper Bay||", "cast|Wren Adley|Men Behaving Oddly||", "cast|Kirsa Bellow|Gantry Lane||", "cast|Kirsa Bellow|Kelp Road||", "cast|Kirsa Bellow|Tarn Hollow||"},
	},
	{
		name: "headline \"ZETA series starring A and B to film in C\" over \"An untitled ZETA series starring A and B\": a project with no title, no article's show made of the names",
		text: "ZETA series starring Wren Adley and Kirsa Bellow to film in Dover\n\nDOVER - An untitled ZETA series starring Wren Adley and Kirsa Bellow is set to film in Dover starting later this month.\n\nThe series will be executive produced by filmmaker Odile Varnay with co-executive producers Corwin Hale and Mila Orsk.",
		want: nil,
	},
	{
		name: "X rose to prominence after making appearances on U.K. and U.S. TV shows, such as T1 and T2: the countries are no titles; the shows after \"such as\" still credit",
		text: "Ilse Dovel, actress, dies at 90\n\nIlse Dovel has died at 90. Born in 1934, Dovel rose to prominence after making appearances on U.K. and U.S. TV shows, such as Copper Bay and Tarn Hollow, in the '50s.",
		want: []string{"cast|Ilse Dovel|Copper Bay||", "cast|Ilse Dovel|Tarn Hollow||"},
	},
	{
		name: "T1 and T2 return for a second season, starring X: shows return for a season, no cast; \"A and B return for a second season of T\" still cast",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. Kelp Road and Copper Bay return for a second season, starring Wren Adley. Kirsa Bellow and Mila Orsk return for a second season of Tarn Hollow.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Wren Adley|Gantry Lane||", "cast|Kirsa Bellow|Tarn Hollow||", "cast|Mila Orsk|Tarn Hollow||"},
	},
	{
		name: "X plays the CEO of an IT company; Y will play the Chief of Police: one office word after \"the\" is no character; \"Z plays Chief W V\" keeps the named character",
		text: "Gantry Lane renewed\n\nThe drama Gantry Lane stars Ilse Dovel. Wren Adley (Copper Bay) plays the CEO of an IT company who becomes a murder suspect. Kirsa Bellow will play the Chief of Police. Mila Orsk plays Chief Desma Vell.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Wren Adley|Gantry Lane||", "cast|Wren Adley|Copper Bay||", "cast|Kirsa Bellow|Gantry Lane||", "cast|Mila Orsk|Gantry Lane|Chief Desma Vell|"},
	},
}
