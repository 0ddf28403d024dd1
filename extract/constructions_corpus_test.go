package extract

// corpusConstructions are TestConstructions' cases for constructions
// that the corpus' articles use and the rules before them missed.
var corpusConstructions = []construction{
	{
		name: "Character (Actor) with one word of the actor's name: two brothers, Daniel (Dingdong) and Miguel (Dennis), in an article that names both in full; Seiichi (Taiga) after a pair read the same way",
		text: "Rival Tides premieres\n\n'Rival Tides' is a drama about two brothers, Pablo (Rigo) and Tomas (Vito), who grew up apart. Rigo Salcedo and Vito Lacson lead the series.\n\nThe story follows Mirai (Aoi Kanda), Shun (Renji) and Hiro (Daiki Mori). Actors Aoi Kanda, Renji and Daiki Mori said it was fun.",
		want: []string{"cast|Rigo Salcedo|Rival Tides|Pablo|", "cast|Vito Lacson|Rival Tides|Tomas|", "cast|Aoi Kanda|Rival Tides|Mirai|", "cast|Renji|Rival Tides|Shun|", "cast|Daiki Mori|Rival Tides|Hiro|"},
	},
	{
		name: "a streaming service is no show (Globoplay, Showmax, Viaplay): X (Showmax) joins the cast",
		text: "Harbour Lights adds two\n\nDaniel Ramos (Showmax) and Ana Lobo (Viaplay) join the cast of Harbour Lights, a Globoplay drama.",
		want: []string{"cast|Daniel Ramos|Harbour Lights||", "cast|Ana Lobo|Harbour Lights||"},
	},
	{
		name: "In addition to X, A (an aside), B and C are part of the cast; Along with X, A and B star: the list after the opening phrase is the subject, and X is one of them",
		text: "Rivers of Gold premieres\n\nRivers of Gold is a new drama from Globoplay.\n\nIn addition to Pedro Alves, Sofia Lima (considered one of the writer's “muses”), Marco Dias and Lia Costa are part of the cast. Along with Tia Mendes, Rui Sousa and Eva Lobo star in the film.",
		want: []string{"cast|Pedro Alves|Rivers of Gold||", "cast|Sofia Lima|Rivers of Gold||", "cast|Marco Dias|Rivers of Gold||", "cast|Lia Costa|Rivers of Gold||", "cast|Tia Mendes|Rivers of Gold||", "cast|Rui Sousa|Rivers of Gold||", "cast|Eva Lobo|Rivers of Gold||"},
	},
	{
		name: "original drama T from Kenya’s Baraka Pictures: a possessive after from names where the show comes from, and ends the title",
		text: "Showmax UK adds Kenyan drama\n\nSet in Nairobi, original drama Tides from Kenya’s award-winning Baraka Pictures, is set in the world of four friends. Otieno Kamau stars as businessman Juma, with Wanjiru Mwangi as Amani.",
		want: []string{"cast|Otieno Kamau|Tides|Juma|", "cast|Wanjiru Mwangi|Tides|Amani|"},
	},
	{
		name: "a comma inside one quoted title in a bracket: X (“4 Months, 3 Weeks and 2 Days”), not (“T1,” “T2”) nor (“T1”, “T2”)",
		text: "Night Desk adds two\n\nNight Desk will be produced by Ion Popa (“4 Months, 3 Weeks and 2 Days”) and Ana Lobo (“Red Sky,” “Blue Fire”). It stars Dan Pop (“Hello, Goodbye”, “Salt”).",
		want: []string{"crew|Ion Popa|4 Months, 3 Weeks and 2 Days||", "crew|Ion Popa|Night Desk||producer", "crew|Ana Lobo|Red Sky||", "crew|Ana Lobo|Blue Fire||", "crew|Ana Lobo|Night Desk||producer", "cast|Dan Pop|Night Desk||", "cast|Dan Pop|Hello, Goodbye||", "cast|Dan Pop|Salt||"},
	},
	{
		name: "a list joined by a plain and ends at a comma and: romantic comedy T, starring A and B, and Y's festival favourite U are also part of the slate",
		text: "Netflix unveils slate\n\nNetflix has unveiled its slate. Romantic comedy Paper Moons, starring Mira Das and Kabir Sen, and Leela Rao's festival favourite animation film Salt Roads are also part of the slate.",
		want: []string{"cast|Mira Das|Paper Moons||", "cast|Kabir Sen|Paper Moons||", "crew|Leela Rao|Salt Roads||"},
	},
	{
		name: "Other television credits in supporting roles include T1, T2 and T3: the person the paragraph (or the article's lead) speaks of, on screen",
		text: "Dana Cole lands Fox pilot\n\nActress Dana Cole has been cast to star in Fox drama pilot Night Ward. Cole will also executive produce.\n\nIf the pilot is picked up, it will be her first lead role in years. Other television credits in supporting roles include The Pines, Open House and Red Tide.",
		want: []string{"cast|Dana Cole|Night Ward||", "cast|Dana Cole|The Pines||", "cast|Dana Cole|Open House||", "cast|Dana Cole|Red Tide||", "crew|Dana Cole|Night Ward||producer"},
	},
	{
		name: "a possessive inside a title that opens with A, before a capitalized stop word and more of the title: such as T1 (2005), A Millionaire’s First Love (2006) and T3",
		text: "Kkun cast\n\nSeo-jun will star in Kkun. Seo-jun rose to stardom appearing in a series of romantic roles, such as Paper Kites (2005), A Gardener’s First Spring (2006) and Blue Sky (2009).",
		want: []string{"cast|Seo-jun|Kkun||", "cast|Seo-jun|Paper Kites||", "cast|Seo-jun|A Gardener’s First Spring||", "cast|Seo-jun|Blue Sky||"},
	},
	{
		name: "a paragraph that opens with Academy Award-winner X makes X the he of the next sentence: He also recently scripted Y's T",
		text: "Harbor casts Lena Ward\n\nLena Ward will star in Harbor.\n\nAcademy Award-winner Tom Varga is penning the screenplay. He also recently scripted Ana Molnar's Dune Sea.",
		want: []string{"cast|Lena Ward|Harbor||", "crew|Tom Varga|Harbor||writer", "crew|Tom Varga|Dune Sea||writer", "crew|Ana Molnar|Dune Sea||"},
	},
	{
		name: "a one-word title that is a function word after a studio's possessive: the cast of Searchlight Pictures’ And, a new film (And alone names no network; The alone is no title: The drama stars X)",
		text: "Nolan Reyes joins Searchlight film\n\nNolan Reyes is set to join the cast of Searchlight Pictures’ And, a new film to be directed by Ilse Varga.\n\nReyes joins Mara Quint and Tomas Bell in Searchlight Pictures’ And. The drama stars Reyes in the lead role.",
		want: []string{"cast|Nolan Reyes|And||", "crew|Ilse Varga|And||director", "cast|Mara Quint|And||", "cast|Tomas Bell|And||"},
	},
	{
		name: "a capitalized job noun before a department is an executive's title, no crew: overseen by Studio VP Production A and Director Development & Production B",
		text: "Nolan Reyes joins Searchlight film\n\nNolan Reyes is set to join the cast of Searchlight Pictures’ And, a new film.\n\nAnd is being overseen by Searchlight VP Production Rita Moss and Director Development & Production Sam Hale.",
		want: []string{"cast|Nolan Reyes|And||"},
	},
	{
		name: "Senior actors A and B C essay the pivotal roles: A keeps no surname of B's where A starts no known name, and Senior is a describing word, no title",
		text: "Kappa goes on floors\n\nKappa stars Asif Ali. Senior actors Velan and Joju Thomas essay the pivotal roles in the movie.",
		want: []string{"cast|Asif Ali|Kappa||", "cast|Velan|Kappa||", "cast|Joju Thomas|Kappa||"},
	},
	{
		name: "by T creator, X, (the name in apposition after the job noun): X's credit in T, and the sentence's job in its show",
		text: "The Quiet Coast premieres\n\nWritten by Harbor creator, Mia Lunde, and boasting an all-star cast led by Ana Reis and Tom Vale, the three-part series The Quiet Coast will be directed by Ivo Sand.",
		want: []string{"cast|Ana Reis|The Quiet Coast||", "cast|Tom Vale|The Quiet Coast||", "crew|Mia Lunde|Harbor||", "crew|Mia Lunde|The Quiet Coast||writer", "crew|Ivo Sand|The Quiet Coast||director"},
	},
	{
		name: "surnames that are common words after a known given name (Colin Singer, Nadia Lord): along with EP X (EP before a name is no part of it); X is directing",
		text: "Harbor Nights renewed\n\nHarbor Nights has been renewed for a second season. Rui Costa directs and co-executive produces along with EP Colin Singer. Nadia Lord is directing the English dub.",
		want: []string{"crew|Rui Costa|Harbor Nights||director", "crew|Rui Costa|Harbor Nights||producer", "crew|Colin Singer|Harbor Nights||producer", "crew|Nadia Lord|Harbor Nights||director"},
	},
	{
		name: "a quoted title that ends in a run of marks: In “Again!!”, X will play the role of C",
		text: "Ren Aoki to star in late-night drama\n\nThe drama follows “Night Bus”.\n\nIn “Go Go!!”, Ren Aoki will play the role of Kenta Mori, a high school student.",
		want: []string{"cast|Ren Aoki|Go Go!!|Kenta Mori|"},
	},
	{
		name: "X was one of the original members of the T cast, portraying son C: T is the sentence's show",
		text: "The Harlows renewed\n\nThe Harlows has been renewed for a second season. Dan Kessler was one of the original members of the Greenfield cast, portraying son DJ Harlow.",
		want: []string{"cast|Dan Kessler|Greenfield|DJ Harlow|"},
	},
	{
		name: "T is bringing back X; T welcomes back A and B: the list after back is the show's cast",
		text: "Harbor news\n\nHarbor Lights is bringing back Mira Stone for season two. Harbor Lights welcomes back Tom Vale and Ann Roe.",
		want: []string{"cast|Mira Stone|Harbor Lights||", "cast|Tom Vale|Harbor Lights||", "cast|Ann Roe|Harbor Lights||"},
	},
	{
		name: "a reunion names earlier works: T will mark X's fourth collaboration with ..., after T1, T2, and T3; X will be reteaming with Y again after T4 and T5 (each person in each title, the kind from their other credits)",
		text: "Salt Roads goes on floors\n\nSalt Roads stars Ravi Menon and is directed by Arun Das. Salt Roads will mark Ravi Menon's fourth collaboration with the multi-faceted talent, after Take Off, Blue Coast, and C U Soon. Cinematographer Jomon Paul will be reteaming with Arun Das again after Red Sand and Unda.",
		want: []string{"cast|Ravi Menon|Salt Roads||", "crew|Arun Das|Salt Roads||director", "cast|Ravi Menon|Take Off||", "cast|Ravi Menon|Blue Coast||", "cast|Ravi Menon|C U Soon||",
			"crew|Jomon Paul|Salt Roads||", "crew|Jomon Paul|Red Sand||", "crew|Arun Das|Red Sand||", "crew|Jomon Paul|Unda||", "crew|Arun Das|Unda||"},
	},
	{
		name: "a subtitle The X from Y after a colon is no person from a show: Mobile Suit Gundam: The Witch from Mercury",
		text: "Lynn Sato joins Blue Coast anime\n\nThe anime Blue Coast has cast Lynn Sato as Aoi. Sato is known for voicing Mira Tanaka in Mobile Suit Gundam: The Witch from Mercury, and more.",
		want: []string{"cast|Lynn Sato|Blue Coast|Aoi|", "cast|Lynn Sato|Mobile Suit Gundam: The Witch from Mercury|Mira Tanaka|"},
	},
	{
		name: "a sentence of Actor (Character) pairs whose brackets mostly hold names the article uses alone: every one-word bracket is a character (Lia Moreno (Bea), Omar Salas (Omar)), not a show",
		text: "Rio High season 4 adds four\n\nRio High has added four new faces for its fourth season. The official account shared photos of the new cast on set with Lia Moreno (Bea), Tomas Vidal (Guzmo), Ana Piper (Andi), Omar Salas (Omar), Clara Ruiz (Reba) and Gina Amoros (Caye).\n\nLast season, Guzmo, Andi, Reba and Caye faced the killer.",
		want: []string{"cast|Lia Moreno|Rio High|Bea|", "cast|Tomas Vidal|Rio High|Guzmo|", "cast|Ana Piper|Rio High|Andi|", "cast|Omar Salas|Rio High|Omar|", "cast|Clara Ruiz|Rio High|Reba|", "cast|Gina Amoros|Rio High|Caye|"},
	},
	{
		name: "X's first feature directorial work since T: X made T, with the job the phrase names; a family name two people share gives none",
		text: "Red Sky starts filming\n\nRed Sky, a thriller directed by Mara Quint, starts filming. This film marks Mara Quint's first feature directorial work since Blue Hour. Ji-won Park and Min-ho Park star in Red Sky. It is Park's first acting project since Salt Lake.",
		want: []string{"crew|Mara Quint|Red Sky||director", "crew|Mara Quint|Blue Hour||director", "cast|Ji-won Park|Red Sky||", "cast|Min-ho Park|Red Sky||"},
	},
	{
		name: "a gerund after after, before or while shares its clause's subject: from a script by X, who makes her feature writing debut after writing for TV shows such as T1, T2 and T3",
		text: "Ghost Town 2 sets director\n\nGhost Town 2 will be directed by Ana Fleet from a script by Jen Dale, who makes her feature writing debut after writing for TV shows such as Cougar Lane, Workhorses and Old Rock.",
		want: []string{"crew|Ana Fleet|Ghost Town 2||director", "crew|Jen Dale|Ghost Town 2||writer", "crew|Jen Dale|Cougar Lane||writer", "crew|Jen Dale|Workhorses||writer", "crew|Jen Dale|Old Rock||writer"},
	},
	{
		name: "a list of titles goes on past most recently: writing for TV shows such as T1, T2 and most recently T3",
		text: "Ghost Town 2 sets writer\n\nJen Dale is known for writing for TV shows such as Cougar Lane, Workhorses and most recently Old Rock.",
		want: []string{"crew|Jen Dale|Cougar Lane||writer", "crew|Jen Dale|Workhorses||writer", "crew|Jen Dale|Old Rock||writer"},
	},
	{
		name: "his T1 and T2 co-star Y: the person the pronoun names acted in both too",
		text: "Harbor adds\n\nDan Mercer has joined the cast of the upcoming drama Harbor - reuniting with his Salt Creek and August: Red County co-star Julia Vance.",
		want: []string{"cast|Dan Mercer|Harbor||", "cast|Dan Mercer|Salt Creek||", "cast|Dan Mercer|August: Red County||", "cast|Julia Vance|Salt Creek||", "cast|Julia Vance|August: Red County||"},
	},
	{
		name: "a one-word bracket after a character's possessive holds the surname of its actor: a family friend of Andrew’s (Kwan)",
		text: "Voss joins The Hollow\n\nNora Voss and Tom Kwan star in The Hollow. Voss will play Peter Morrow, a local investigator and a family friend of Andrew’s (Kwan).",
		want: []string{"cast|Nora Voss|The Hollow|Peter Morrow|", "cast|Tom Kwan|The Hollow|Andrew|"},
	},
	{
		name: "C1 and C2, two new characters who will be portrayed by A and B, respectively, where a name is also a network's word (Max)",
		text: "Strange Days is a new drama.\n\nThe publication theorizes that Mayfeld could be the father of Jake and Max, two new characters who will be portrayed by Dacre Montel and Sadie Sinko, respectively.",
		want: []string{"cast|Dacre Montel|Strange Days|Jake|", "cast|Sadie Sinko|Strange Days|Max|"},
	},
	{
		name: "X, who recently ended a hiatus after starring in T, previously appeared in the 2011 film U: past the relative clause to its person",
		text: "Nine Tails 2 adds Ana Lei\n\nNine Tails 2 has cast Ana Lei. Lei, who recently ended a four-year hiatus after starring in the Hollywood film The 366, previously appeared in the 2011 Korean film My Road .",
		want: []string{"cast|Ana Lei|Nine Tails 2||", "cast|Ana Lei|The 366||", "cast|Ana Lei|My Road||"},
	},
	{
		name: "a name list's entry of two capitals is a full name where its last word is used alone: names like Odun Bakare, Mo Ade and ...; Directed and produced by Bakare",
		text: "Netflix Naija unveils slate\n\nThe masterminds behind these creations include prolific names like Odun Bakare, Mo Ade and Kunle Afolayan. Black Ledger follows a father's quest for justice. Directed and produced by Bakare, the film boasts a stellar ensemble cast led by Richard Mofe.",
		want: []string{"cast|Richard Mofe|Black Ledger||", "crew|Odun Bakare|Black Ledger||producer", "crew|Odun Bakare|Black Ledger||director"},
	},
	{
		name: "a clock time in a bracket is no title: kicks off today at 4:00PM Eastern (1:00PM Pacific); the sentence-case headline 'T dub' names the show Rat is voiced in",
		text: "Zodiac War dub\n\nZodiac War's SimulDub kicks off today at 4:00PM Eastern (1:00PM Pacific). Ana Ruiz (Blue Coast) voices Rat.",
		want: []string{"cast|Ana Ruiz|Blue Coast||", "cast|Ana Ruiz|Zodiac War|Rat|"},
	},
	{
		name: "a person's name before a genre noun and a title in a list of releases: releases included X comedy T (4) with $9 million and Y comedy U (5)",
		text: "Box office: Cloudy Skies 2 leads\n\nCloudy Skies 2 topped the box office. Other new wide releases included Nora Vance comedy Luggage Claim (4) with $9 million and Joseph Lane-Ward comedy Don Juno (5) with $8.7 million.",
		want: []string{"cast|Nora Vance|Luggage Claim||", "cast|Joseph Lane-Ward|Don Juno||"},
	},
	{
		name: "The T star opens a sentence and a verb follows: the person the article leads with (not The Chinese star: a nationality)",
		text: "Wanda Reyes opens up\n\nWanda Reyes has given up trying to convince the public she is not crazy.\n\nThe Glasshouse star sat down for a candid interview with a broadcaster in 1999. The Chinese star recently completed filming.",
		want: []string{"cast|Wanda Reyes|The Glasshouse||"},
	},
	{
		name: "X is awaiting the release of T; the actor is also waiting for the release of a film titled U: X's coming work, on screen",
		text: "Salt Road starts\n\nSalt Road stars Tovin Das and Arya Raj. Meanwhile, Tovin is awaiting the release of Lightning Man, which is slated for a direct release on Netflix. Arya Raj stars in Salt. The actor is also waiting for the release of a film titled Teddy Bear.",
		want: []string{"cast|Tovin Das|Salt Road||", "cast|Arya Raj|Salt Road||", "cast|Tovin Das|Lightning Man||", "cast|Arya Raj|Salt||", "cast|Arya Raj|Teddy Bear||"},
	},
	{
		name: "X rose to fame after grabbing eyeballs in the 2020 k-drama T; directed by Y, who rose to fame with U (the work that made the person known, the kind from their other credits)",
		text: "Harbor Creature cast\n\nActor Ryu Min Ho and actress Han Ji Won have been confirmed to star in Harbor Creature. On the other hand, Han Ji Won rose to fame after grabbing eyeballs in the 2020 k-drama The Married World.\n\nHarbor Creature will be directed by Ana Lobo, who rose to fame with Night Bus.",
		want: []string{"cast|Ryu Min Ho|Harbor Creature||", "cast|Han Ji Won|Harbor Creature||", "cast|Han Ji Won|The Married World||", "crew|Ana Lobo|Harbor Creature||director", "crew|Ana Lobo|Night Bus||"},
	},
	{
		name: "a one-word owner of a quoted title that the article names in full: Rigo’s ‘Iron Hood’ (season 2) is Rigo Salcedo's show",
		text: "Twin Tides premieres\n\nRigo Salcedo and Vito Lacson star in ‘Twin Tides’. Rigo’s ‘Iron Hood’ (season 2) only lasted a month before it was moved to a later timeslot.",
		want: []string{"cast|Rigo Salcedo|Twin Tides||", "cast|Vito Lacson|Twin Tides||", "crew|Rigo Salcedo|Iron Hood||"},
	},
	{
		name: "an unquoted X in Y in a bracket beside a plain title is one title: X (A Place to Call Home, Ladies in Black); not (C in “T”, C2 in “T2”)",
		text: "Blaze cast\n\nThe drama Blaze will also star Nina Hazel (A Place by the Sea, Ladies in Grey) and Tom Ruiz (Mira in “Dust”, Rook in “Red Fields”).",
		want: []string{"cast|Nina Hazel|Blaze||", "cast|Nina Hazel|A Place by the Sea||", "cast|Nina Hazel|Ladies in Grey||", "cast|Tom Ruiz|Blaze||", "cast|Tom Ruiz|Dust|Mira|", "cast|Tom Ruiz|Red Fields|Rook|"},
	},
	{
		name: "a title that opens with I and a comma in a bracket is one title: X (I, Claudia), as in I, Robot or I, Tonya",
		text: "Zoo City voice cast\n\nThe voice cast of Zoo City includes Ida Berg (Blue Planet) and Alan Tully (I, Claudia).",
		want: []string{"cast|Ida Berg|Zoo City||", "cast|Ida Berg|Blue Planet||", "cast|Alan Tully|Zoo City||", "cast|Alan Tully|I, Claudia||"},
	},
	{
		name: "a slash between spaces inside a title: the co-commission, Good Guy / Bad Guy, starring A and B; not Emma Lane/Bruno Gale starrer (no spaces: two people)",
		text: "Stan unveils slate\n\nThe slate includes Lingo Pictures thriller Watching Her; The CW and Roku co-commission, Good Guy / Bad Guy, starring Leona Mist and Luke Cole; and the Emma Lane/Bruno Gale starrer Quiet Hours.",
		want: []string{"cast|Leona Mist|Good Guy / Bad Guy||", "cast|Luke Cole|Good Guy / Bad Guy||", "cast|Emma Lane|Quiet Hours||", "cast|Bruno Gale|Quiet Hours||"},
	},
	{
		name: "a quoted title right before starring: The sequel, 'Spiderman: Far From Home' starring X, is set to hit theatres (the quoted title's cast, not the article's show)",
		text: "The Jungle King Hindi dub\n\nThe Hindi version of The Jungle King features Ravi Khan as the lion. The sequel, 'Web Man: Far From Here' starring Tom Hollis is set to hit theatres on June 28.",
		want: []string{"cast|Ravi Khan|The Jungle King||", "cast|Tom Hollis|Web Man: Far From Here||"},
	},
	{
		name: "a character named by a code in an earlier-roles bracket: (C in “T,” and 2B in “U”), (C in “T” and 9S in “U”)",
		text: "Tower of Gods English Dub Cast\n\nCrunchyroll revealed the English dub cast for Tower of Gods.\n\nYuri - Kira Bell (Reimi in “Diamond Road,” and 2B in “Iron Automata” among many others)\nEvan - Kyle Marley (Nara in “Golden Wind” and 9S in “Iron Automata”)",
		want: []string{"cast|Kira Bell|Tower of Gods|Yuri|", "cast|Kira Bell|Diamond Road|Reimi|", "cast|Kira Bell|Iron Automata|2B|", "cast|Kyle Marley|Tower of Gods|Evan|", "cast|Kyle Marley|Golden Wind|Nara|", "cast|Kyle Marley|Iron Automata|9S|"},
	},
	{
		name: "various voices in “T” in an earlier-roles bracket: a credit in T with no character",
		text: "Tower of Gods English Dub Cast\n\nCrunchyroll revealed the English dub cast for Tower of Gods.\n\nHeadon - Chris Swain (Jack in “Baki,” various voices in “Boruto: Next Generations,” and Arthur in “Stray Dogs”)",
		want: []string{"cast|Chris Swain|Tower of Gods|Headon|", "cast|Chris Swain|Baki|Jack|", "cast|Chris Swain|Boruto: Next Generations||", "cast|Chris Swain|Stray Dogs|Arthur|"},
	},
}
