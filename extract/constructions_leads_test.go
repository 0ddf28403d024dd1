package extract

// leadConstructions are TestConstructions' cases for how an article names
// the show it is about in its headline and first sentences, where no cue
// word before the title says so.
var leadConstructions = []construction{
	{
		name: "Philippine network news: an epithet ending in King, Queen, Prince, Princess or Hero after a describing word ('Kapuso Primetime King X', 'Action Hero Y', 'Popstar Princess Z') is no part of the name; 'Prince Hale Mercer' opening a name stays whole",
		text: "Network line-up for 2030\n\nKapuso Primetime King Lito Ramos headlines \"Golden Thread,\" a new action series. The series also stars Primetime Action Hero Nico Paredes and Popstar Princess Ria Santos. \"Golden Thread\" also stars Prince Hale Mercer.",
		want: []string{"cast|Lito Ramos|Golden Thread||", "cast|Nico Paredes|Golden Thread||", "cast|Ria Santos|Golden Thread||", "cast|Prince Hale Mercer|Golden Thread||"},
	},
	{
		name: "a one-word soap's spoilers: 'T spoilers:' and 'T fans' make T the article's show, for a reprised role, Character (Actor) and a producer",
		text: "Harbourside spoilers: shock return for village bad boy\n\nHarbourside fans are in for a surprise next week as a familiar face returns.\n\nActor Tom Vale is reprising his role as troublemaker Kyle Penn, three years after the character was last seen.\n\nMeanwhile, Ada Moss (Rita Quill) faces a tough choice.\n\nProducer Lena Shaw teased that the storyline would change the village forever.",
		want: []string{"cast|Tom Vale|Harbourside|Kyle Penn|", "cast|Rita Quill|Harbourside|Ada Moss|", "crew|Lena Shaw|Harbourside||producer"},
	},
	{
		name: "'Marvel fans' named once is no show",
		text: "Marvel fans rejoice\n\nTom Vale will play Kyle Penn in the new film.",
		want: []string{},
	},
}

// roundupConstructions are TestConstructions' cases for streaming
// roundups: entries headed by a title and its date, each its own show.
var roundupConstructions = []construction{
	{
		name: "a roundup's entries 'T (December 20)' and 'T2 (2023)' each make their title the show of the paragraph under them; 'a biopic of composer X' makes X no crew; 'X directs and stars in' is both",
		text: "New on StreamCo this week: 'Moon Harbor', 'Maestra' and more\n\nHere's everything coming to StreamCo this week.\n\nMaestra (December 20)\n\nBrad Cole directs and stars in this biopic of composer Lena Berg, with Cara Mull as his wife, Fia.\n\nSilent Acre (2023)\n\nJulia Rowe, Mahesh Ali and Ethan Hale star in Sam Essam's thriller.",
		want: []string{
			"crew|Brad Cole|Maestra||director", "cast|Brad Cole|Maestra||", "cast|Cara Mull|Maestra|Fia|",
			"cast|Julia Rowe|Silent Acre||", "cast|Mahesh Ali|Silent Acre||", "cast|Ethan Hale|Silent Acre||", "crew|Sam Essam|Silent Acre||",
		},
	},
	{
		name: "X wrote, directed, and starred in T: cast and crew with both jobs in T",
		text: "Festival line-up\n\nThe festival opens on Friday.\n\nBrad Cole wrote, directed, and starred in Quiet Acre, his second film.",
		want: []string{"cast|Brad Cole|Quiet Acre||", "crew|Brad Cole|Quiet Acre||director", "crew|Brad Cole|Quiet Acre||writer"},
	},
	{
		name: "an obituary's career in prose: 'Born in P, X began … before landing small parts in films such as T1 (1979)', 'when he was cast opposite Y in T2', 'In later years he guest-starred on T3, T4 and had a recurring role as C on T5'",
		text: "Actor Mark Hale dies at 78\n\nMark Hale, the character actor best known for playing the gruff police chief Fred Doyle on the long-running series \"Harbor Watch,\" has died. He was 78.\n\nBorn in Ohio, Hale began his career on stage before landing small parts in films such as \"The Long Dark\" (1979) and \"Crossway\" (1983). His breakthrough came in 1988 when he was cast opposite Sara Fell in \"Open Lanes.\"\n\nIn later years he guest-starred on \"Ward 9,\" \"The East Wing\" and \"Law & Disorder,\" and had a recurring role as Judge Amos Reed on \"The Bench.\"\n\nHe is survived by his wife, actress Joan Tate, and two children.",
		want: []string{
			"cast|Mark Hale|Harbor Watch|Fred Doyle|", "cast|Mark Hale|The Long Dark||", "cast|Mark Hale|Crossway||",
			"cast|Mark Hale|Open Lanes||", "cast|Sara Fell|Open Lanes||", "cast|Mark Hale|Ward 9||", "cast|Mark Hale|The East Wing||",
			"cast|Mark Hale|Law & Disorder||", "cast|Mark Hale|The Bench|Judge Amos Reed|",
		},
	},
	{
		name: "a review: 'Her scenes with X, playing her estranged brother C, crackle'; 'the supporting cast, notably Y as the town's formidable mayor'",
		text: "'The Still Shore' review: a slow-burning coastal mystery\n\nThree episodes into The Still Shore, the new Sunday-night drama, it is clear what it is doing.\n\nHer scenes with Adam Lest, playing her estranged brother Tom, crackle with unspoken history. The supporting cast, notably Lena Mansell as the town's formidable mayor, is uniformly excellent.",
		want: []string{"cast|Adam Lest|The Still Shore|Tom|", "cast|Lena Mansell|The Still Shore||"},
	},
	{
		name: "a trade's casting story: a logline's 'a small-town sheriff (X)', 'Epps is C, the sheriff's partner', ', and Grant is C2', and agents' 'X is repped by A; Y by B' give no show",
		text: "'Still Creek' Pilot Adds Three To Cast\n\nThe drama pilot Still Creek has rounded out its cast with Nia Lang, Omar Epp and newcomer Tyler Grent.\n\nStill Creek centers on a small-town sheriff (Josh Duham) who uncovers a conspiracy tied to the local dam.\n\nLang will play Renee Walker, the town's district attorney. Epp is Deputy Marcus Hill, the sheriff's loyal partner. Lang plays Jess, a journalist, and Grent is Caleb, a troubled teen.\n\nLang is repped by ICM Partners; Epp by Gersh; Grent by WME.",
		want: []string{
			"cast|Nia Lang|Still Creek|Renee Walker|", "cast|Nia Lang|Still Creek|Jess|", "cast|Omar Epp|Still Creek|Deputy Marcus Hill|",
			"cast|Tyler Grent|Still Creek|Caleb|", "cast|Josh Duham|Still Creek||",
		},
	},
	{
		name: "a J-drama announcement: a weekday's slot before the genre noun ('TBS Sunday drama', 'Sunday Theater drama') is no title; 'Co-starring are A as a fisherman and B as C'",
		text: "Rika Aono to star in TBS Sunday drama 'Kaze no Michi' this fall\n\nActress Rika Aono will star in TBS's Sunday Theater drama \"Kaze no Michi,\" set to premiere in October.\n\nAono plays Mizuki Tano, a former swimmer.\n\nCo-starring are Kenta Sakagami as a local fisherman and Ryo Yoshino as the team's captain, Shota.",
		want: []string{"cast|Rika Aono|Kaze no Michi|Mizuki Tano|", "cast|Kenta Sakagami|Kaze no Michi||", "cast|Ryo Yoshino|Kaze no Michi|Shota|"},
	},
	{
		name: "a casting roundup: 'X is joining the second season of Amazon's “T”', 'Y is joining season two of “T2”', 'Z will voice the villain in the next film, “T3.”': each the sentence's show",
		text: "Casting roundup: three new roles\n\nMara Quist has been cast in the drama \"Cold Harbour.\"\n\nNcuti Gaw is joining the second season of Amazon's \"Good Signs\" as an angel. Tom Vale is joining season two of \"Night Ferry.\"\n\nOlive Coleman will voice the villain in the next film, \"The Great Dig.\"",
		want: []string{"cast|Mara Quist|Cold Harbour||", "cast|Ncuti Gaw|Good Signs||", "cast|Tom Vale|Night Ferry||", "cast|Olive Coleman|The Great Dig||"},
	},
	{
		name: "'X stars as C, a chef who moves in with his ex-girlfriend (Y)': the bracketed actor is cast",
		text: "Flatmates ordered\n\nSky has ordered the comedy Flatmates.\n\nHimal Patil stars as Dev, a struggling chef who moves in with his ex-girlfriend (Amy Lou Ward).",
		want: []string{"cast|Himal Patil|Flatmates|Dev|", "cast|Amy Lou Ward|Flatmates||"},
	},
	{
		name: "becoming known: 'X became famous in the sitcom T1', 'Y is best remembered for the sitcom T2', 'Z found fame on T3' (not 'became famous in 2010')",
		text: "Three stars of the nineties\n\nMara Quist became famous in the sitcom Tin Roof. Tom Vale is best remembered for the sitcom Cold Hands. Ada Penn found fame on Night Desk. Lena Shaw became famous in 2010.",
		want: []string{"cast|Mara Quist|Tin Roof||", "cast|Tom Vale|Cold Hands||", "cast|Ada Penn|Night Desk||"},
	},
	{
		name: "'Ace Tollywood actress X', 'Noted filmmaker Y': an industry's and a describing word are no title",
		text: "Rudra Veera adds two\n\nThe Telugu film Rudra Veera has added two names to its cast.\n\nAce Tollywood actress Kiara Menon has been roped in for a crucial character. Noted filmmaker Tom Vale will direct.",
		want: []string{"cast|Kiara Menon|Rudra Veera||", "crew|Tom Vale|Rudra Veera||director"},
	},
	{
		name: "a network's line-up: 'T (Drama): logline' heads each entry; 'An FBI agent (X) teams up with a rookie (Y)'; 'From Z.' is crew",
		text: "NBC unveils fall schedule\n\nNBC has unveiled its fall lineup.\n\nStone Bay (Drama): A small-town doctor returns home. Stars Julia Stile and Mike Ealing.\n\nThe Hive Mind (Comedy): A group of beekeepers try to save their farm. Stars Kenan Tomson.\n\nCrossfire Line (Drama): An FBI agent (Raul Espar) teams up with a rookie (Lyric Rose) to hunt a bomber. From Dirk Wolfe.",
		want: []string{
			"cast|Julia Stile|Stone Bay||", "cast|Mike Ealing|Stone Bay||", "cast|Kenan Tomson|The Hive Mind||",
			"cast|Raul Espar|Crossfire Line||", "cast|Lyric Rose|Crossfire Line||", "crew|Dirk Wolfe|Crossfire Line||",
		},
	},
	{
		name: "a soap exit: 'X is leaving T after nine years of playing landlord C'; a variety show: 'Y, who has hosted the show since its debut'",
		text: "Harbour Lane star Dan Dyson confirms exit\n\nDan Dyson has confirmed he is leaving the soap Harbour Lane after nine years of playing pub landlord Mick Carver.\n\nYoo Jae-min, who has hosted the show since its 2010 debut, said goodbye.",
		want: []string{"cast|Dan Dyson|Harbour Lane|Mick Carver|", "cast|Yoo Jae-min|Harbour Lane||"},
	},
	{
		name: "a title with 'and' inside opens the sentence: 'Home and Shore has cast former Harbour Lane actor X as C' makes it the show, over a network before 'soap' later",
		text: "Home and Shore newcomer revealed as the bay's new doctor\n\nHome and Shore has cast former Harbour Lane actor Tom Olive as Dr Ethan Marsh, who arrives next month.\n\nOlive said he was thrilled to join the Seven soap. Series producer Lucy Adair said the character would shake things up.",
		want: []string{"cast|Tom Olive|Home and Shore|Dr Ethan Marsh|", "cast|Tom Olive|Harbour Lane||", "crew|Lucy Adair|Home and Shore||producer"},
	},
	{
		name: "'with A, who plays C1, and B, who plays C2'; 'the cast includes A, who plays C1, and B': the aside closes at its comma",
		text: "Bay Street adds a doctor\n\nThe soap Bay Street has a new doctor.\n\nHe will share scenes with Ada Nico, who plays Leah Pat, and Emma Sy, who plays Mary Chambers. The cast includes Ray Meagher, who plays Alf, and Lynne Mac.",
		want: []string{"cast|Ada Nico|Bay Street|Leah Pat|", "cast|Emma Sy|Bay Street|Mary Chambers|", "cast|Ray Meagher|Bay Street|Alf|", "cast|Lynne Mac|Bay Street||"},
	},
	{
		name: "an interview headed 'Interview: X on T': 'You play C' is X's; 'You worked with director Y before, on T2'",
		text: "Interview: Sienna Parks on 'The Lamp Keeper' and finding her voice\n\nSienna Parks has spent a decade in supporting roles. We spoke to her about the show.\n\nYou play Mara, a lighthouse keeper with a secret. What drew you to her?\n\nYou worked with director Lina Choi before, on \"Paper Moons.\" What was it like?",
		want: []string{"cast|Sienna Parks|The Lamp Keeper|Mara|", "crew|Lina Choi|Paper Moons||director", "cast|Sienna Parks|Paper Moons||"},
	},
	{
		name: "a roundup's 'T (A, B, C) dropped last week': the bracket holds T's cast, not the shows of a person named T; 'X (T1, T2)' stays an actor and her shows",
		text: "Drama roundup\n\nThe River Road (Yin Tao, Lorenz Wang, Zhang Ruo) dropped last week. Mara Quist (Cold Harbour, Tin Roof) joins the cast of The River Road.",
		want: []string{"cast|Yin Tao|The River Road||", "cast|Lorenz Wang|The River Road||", "cast|Zhang Ruo|The River Road||", "cast|Mara Quist|The River Road||", "cast|Mara Quist|Cold Harbour||", "cast|Mara Quist|Tin Roof||"},
	},
	{
		name: "'Youku's T with A, B, and C.': the title a network's possessive introduces, then its cast after 'with'; not 'X worked with A and B'",
		text: "Drama roundup\n\nThe best bet right now is Youku's The Last Shot with Johnny Hu, Wang Zi, and Xie Kay. Mara Quist worked with Johnny Hu and Wang Zi.",
		want: []string{"cast|Johnny Hu|The Last Shot||", "cast|Wang Zi|The Last Shot||", "cast|Xie Kay|The Last Shot||"},
	},
	{
		name: "an obituary: 'He played roles in early series of T1, and appeared in recent dramas including T2 and T3'; 'X played small parts in T4 and T5'",
		text: "Actor Tom Smyth dies at 70\n\nBritish actor Tom Smyth has died at the age of 70, his agent has said.\n\nHe played roles in early series of Time Lord, and appeared in recent dramas including Downton Hall and Silent Witnesses. Smyth played small parts in Ward Nine and The Beat.",
		want: []string{"cast|Tom Smyth|Time Lord||", "cast|Tom Smyth|Downton Hall||", "cast|Tom Smyth|Silent Witnesses||", "cast|Tom Smyth|Ward Nine||", "cast|Tom Smyth|The Beat||"},
	},
	{
		name: "a month as a surname: 'It stars Anna August, Erik August and Rolf Lass.; not 'in August 2024'",
		text: "Blackwater Creek trailer\n\nThe crime drama Blackwater Creek premieres in August 2024.\n\nIt stars Anna August, Erik August and Rolf Lass.",
		want: []string{"cast|Anna August|Blackwater Creek||", "cast|Erik August|Blackwater Creek||", "cast|Rolf Lass|Blackwater Creek||"},
	},
	{
		name: "an obituary's 'The stage and screen star, who appeared in blockbusters including T1 and T2, was best known for T3' is the person the article credits elsewhere",
		text: "Actor Tom Smyth dies at 70\n\nBritish actor Tom Smyth has died at the age of 70, his agent has said.\n\nThe stage and screen star, who appeared in blockbusters including Quantum Leap and Alice Lost, was perhaps best known for his role in The Jewel Box.\n\nHe played roles in early series of Time Lord.",
		want: []string{"cast|Tom Smyth|Quantum Leap||", "cast|Tom Smyth|Alice Lost||", "cast|Tom Smyth|The Jewel Box||", "cast|Tom Smyth|Time Lord||"},
	},
	{
		name: "an obituary's 'His first TV role came in the 1971 TV movie T's Life of J' (a possessive inside the title); 'His first stage role came in T2' gives nothing",
		text: "Actor Tom Smyth dies at 70\n\nBritish actor Tom Smyth has died at the age of 70, his agent has said.\n\nHe appeared in the drama Time Lord.\n\nWith a long career behind him, his first TV role came in the 1971 TV movie Boswell's Life of Jonson. His first stage role came in Hamlet.",
		want: []string{"cast|Tom Smyth|Time Lord||", "cast|Tom Smyth|Boswell's Life of Jonson||"},
	},
	{
		name: "a trade headline 'A, B Join Apple TV+ Thriller 'T'': a network of two words and a genre noun before the quoted title, not a title 'Apple TV+ Thriller'",
		text: "Mara Quist, Tom Hale Join Apple TV+ Thriller 'The Glass Yard'\n\nMara Quist and Tom Hale have been cast in the series. Quist will play Vera.",
		want: []string{"cast|Tom Hale|The Glass Yard||", "cast|Mara Quist|The Glass Yard|Vera|"},
	},
	{
		name: "a soap story's 'X is known for her role as A in the crime drama T1, and for playing B in Channel 4 comedy T2': the second 'for' clause has the first one's subject; a network of a word and a number before the genre noun",
		text: "Harbour Row spoilers\n\nHarbour Row has confirmed that Mara Quist is back.\n\nMara Quist is known for her role as Lyla Penn in the crime drama The Fenwick Papers, and for playing Jo in Channel 4 comedy Flatmates.",
		want: []string{"cast|Mara Quist|The Fenwick Papers|Lyla Penn|", "cast|Mara Quist|Flatmates|Jo|"},
	},
	{
		name: "an obituary's 'He later starred opposite Y in the period drama T, playing C': the participle's subject is the verb's, not Y, and its show T; 'On the big screen he appeared in T2 (1985)' reads the pronoun past an opening phrase of place",
		text: "Actor Tom Smyth dies at 80\n\nTom Smyth, the actor best remembered for the sitcom The Tea Urn, has died at the age of 80.\n\nHe later starred opposite Jean Carrow in the period drama Dunmore Hall, playing the ageing butler Mr Pettigrew.\n\nOn the big screen he appeared in The Long Way Home (1985).",
		want: []string{"cast|Tom Smyth|The Tea Urn||", "cast|Tom Smyth|Dunmore Hall|Mr Pettigrew|", "cast|Jean Carrow|Dunmore Hall||", "cast|Tom Smyth|The Long Way Home||"},
	},
	{
		name: "a review's asides: 'X, so good in last year's T2, carries the film', 'Y, a long way from his comic turn in T3, is chilling as C'",
		text: "The Salt Trail review: a slow-burn western\n\nMara Quist stars in The Salt Trail.\n\nQuist, so good in last year's The Quiet Hours, carries the film. Tom Hale, a long way from his comic turn in Office Days, is chilling as the bandit Crane.",
		want: []string{"cast|Mara Quist|The Salt Trail||", "cast|Mara Quist|The Quiet Hours||", "cast|Tom Hale|The Salt Trail|Crane|", "cast|Tom Hale|Office Days||"},
	},
	{
		name: "an obituary's 'He starred in T1, playing C, and had guest roles in T2 and T3': the second verb's subject past the participle's aside",
		text: "Actor Tom Smyth dies at 80\n\nTom Smyth, the actor best known for the sitcom The Tea Urn, has died at the age of 80.\n\nHe later starred in Dunmore Hall, playing the butler Mr Pettigrew, and had guest roles in Ward Nine and The Beat.",
		want: []string{"cast|Tom Smyth|The Tea Urn||", "cast|Tom Smyth|Dunmore Hall|Mr Pettigrew|", "cast|Tom Smyth|Ward Nine||", "cast|Tom Smyth|The Beat||"},
	},
	{
		name: "an interview's 'X's third feature, T, premieres', 'X, whose debut T2 won the prize', 'Y, who many people will know from the series T3'",
		text: "Festival news\n\nTom Hale's third feature, The Pear Keeper, premieres next week. Tom Hale, whose debut Dust Lanes won the jury prize, directed it.\n\nIts lead is Kian Daro, who many people will know from the series Cold Nights.",
		want: []string{"crew|Tom Hale|The Pear Keeper||", "crew|Tom Hale|Dust Lanes||", "cast|Kian Daro|Cold Nights||"},
	},
	{
		name: "a trade story's 'X, who earned an Emmy nomination for his turn as C1 in Saints and Sinners, will play C2': the subject past an award's name; a role's show of two words joined by 'and'",
		text: "Golden Mile casting\n\nPeacock has ordered the drama Golden Mile.\n\nTom Hale, who earned an Emmy nomination for his turn as Father Doyle in Saints and Sinners, will play Cal Baxter.",
		want: []string{"cast|Tom Hale|Saints and Sinners|Father Doyle|", "cast|Tom Hale|Golden Mile|Cal Baxter|"},
	},
	{
		name: "a soap exit story's headline 'T star X quits after 12 years as C': T, named again below, is the article's show",
		text: "Harbour Row star Mara Quist quits after 12 years as Stacey Holt\n\nMara Quist has quit Harbour Row.\n\nStacey's storylines have included a marriage to mechanic Ryan (Tom Hale) and a feud with her mother Irene, played by Jean Carrow.",
		want: []string{"cast|Mara Quist|Harbour Row||", "cast|Tom Hale|Harbour Row|Ryan|", "cast|Jean Carrow|Harbour Row|Irene|"},
	},
	{
		name: "a soap exit: 'X has quit T after 12 years playing C', 'Y is leaving the ITV soap after a decade as C2'; not 'C3 is shot leaving T' nor 'Z, the executive producer, is departing the show'",
		text: "Harbour Row exits\n\nThe ITV soap Harbour Row is losing two of its stars.\n\nMara Quist has quit Harbour Row after 12 years playing Stacey Holt. Tom Hale is leaving the ITV soap after a decade as Kev Watts.\n\nIn the finale, Lila is shot leaving Harbour Row. Jon Bale, the executive producer, is departing the show.",
		want: []string{"cast|Mara Quist|Harbour Row|Stacey Holt|", "cast|Tom Hale|Harbour Row|Kev Watts|", "crew|Jon Bale|Harbour Row||producer"},
	},
	{
		name: "a TV tonight entry's 'X is back as the craggy detective in the second series', then 'C (Surname)': X is cast, and the bracket's surname is X playing C",
		text: "What to watch tonight\n\nRebus Again\nITV1, 9pm\nTom Hale is back as the craggy detective in the second series of the Edinburgh-set thriller. Tonight, Rebus (Hale) tracks a killer, helped by DS Clarke (Mara Quist).\n\nSalt Flats\nChannel 4, 10pm\nJean Carrow plays a farmer in this comedy.",
		want: []string{"cast|Tom Hale|Rebus Again|Rebus|", "cast|Mara Quist|Rebus Again|DS Clarke|", "cast|Jean Carrow|Salt Flats||"},
	},
	{
		name: "an Australian commission: 'created by Aboriginal writer X', 'First Nations actor Y as C': a people before a job or a performer noun is no title",
		text: "Stan orders Red Plains\n\nStan has commissioned Red Plains, a six-part crime drama.\n\nThe series was created by Aboriginal writer Tamsin Cole. Joining the cast is First Nations actor Gary Wain as Uncle Jack.",
		want: []string{"crew|Tamsin Cole|Red Plains||creator", "crew|Tamsin Cole|Red Plains||writer", "cast|Gary Wain|Red Plains|Uncle Jack|"},
	},
	{
		name: "a Korean film story's 'X won best new actress for her debut film \"T\"': the work noun after 'debut' is passed",
		text: "The Last Boat cast\n\nActors Mara Quist and Tom Hale have been cast in the thriller film \"The Last Boat.\"\n\nMara Quist won best new actress for her debut film \"Blue Lamp.\"",
		want: []string{"cast|Mara Quist|The Last Boat||", "cast|Tom Hale|The Last Boat||", "cast|Mara Quist|Blue Lamp||"},
	},
	{
		name: "'X is joined by A, newcomer B and the incomparable C for T, an eight-part crime drama': the title after the last name's 'for', not 'C for T'; praise before a later item's name",
		text: "Autumn schedule\n\nThe broadcaster launched its autumn schedule.\n\nTom Hale is joined by Mara Quist, newcomer Jean Carrow and the incomparable Jon Bale for Red Moss, an eight-part crime drama.",
		want: []string{"cast|Tom Hale|Red Moss||", "cast|Mara Quist|Red Moss||", "cast|Jean Carrow|Red Moss||", "cast|Jon Bale|Red Moss||"},
	},
	{
		name: "'The new drama Love’s Ambition <許我耀眼>, starring A and B,': after a genre noun, a word's possessive and a capitalized word are one title, not a title 'Love'",
		text: "The new drama Dream’s Harvest <夢的收获>, starring Zhao Lin and Wen Chau, recently premiered.\n\nIt topped the charts.",
		want: []string{"cast|Zhao Lin|Dream’s Harvest||", "cast|Wen Chau|Dream’s Harvest||"},
	},
	{
		name: "an obituary's 'appearing in shows such as T1, T2 and long-running medical series T3': the list after 'shows such as' holds titles, no people cast in T3; the obituary's person is cast in each",
		text: "Actor Tom Smyth dies at 80\n\nTom Smyth, the actor best known for the sitcom The Tea Urn, has died at the age of 80.\n\nHe built up a career which spanned five decades, appearing in shows such as Ward Nine, Foyle’s Lane and long-running medical series The Beat.",
		want: []string{"cast|Tom Smyth|The Tea Urn||", "cast|Tom Smyth|Ward Nine||", "cast|Tom Smyth|Foyle’s Lane||", "cast|Tom Smyth|The Beat||"},
	},
	{
		name: "a blog's 'the new afternoon drama called “T“. It stars A and B.': an opening mark set after the title closes it",
		text: "Screening notes\n\nLast week I saw GMA Network’s new afternoon drama called “The Step Sisters“. It stars Mara Quist and Tom Hale.",
		want: []string{"cast|Mara Quist|The Step Sisters||", "cast|Tom Hale|The Step Sisters||"},
	},
	{
		name: "an obituary: 'Born in P, X began' makes P no person; 'director Y cast her as C in T' casts the lead, not Y; 'her daughter, Z, who played her younger self in the 2009 biopic “T2”.' is cast in T2 alone, not in the show the paragraph before named",
		text: "Nora Vale, star of 'Casa Lumen', dies at 80\n\nNora Vale, the actress who played the scheming Ines in the telenovela \"Casa Lumen\", has died. She was 80.\n\nBorn in Talvera, Vale made her screen debut in \"Amor Lento\" (1971). Her breakout role came in 1984, when director Tomas Pell cast her as the villainous Ines in \"Casa Lumen\".\n\nShe later starred in the comedy \"Vecinos Altos\" (2015).\n\nVale is survived by her daughter, the actress Lia Vale, who played her younger self in the 2009 biopic \"Tide of Years\".",
		want: []string{
			"cast|Nora Vale|Casa Lumen|Ines|", "cast|Nora Vale|Amor Lento||", "crew|Tomas Pell|Casa Lumen||director",
			"cast|Nora Vale|Vecinos Altos||", "cast|Lia Vale|Tide of Years||",
		},
	},
	{
		name: "X played her mother in the film T: a part described with a possessive is played in T, not in the article's show",
		text: "Harbor Lights returns\n\nHarbor Lights is returning for a second series.\n\nMira Stone played her mother in the 2009 biopic \"Quiet Tide\".",
		want: []string{"cast|Mira Stone|Quiet Tide||"},
	},
	{
		name: "a film review: 'X, best known as the hapless C in BBC sitcom “T”, is a revelation as C2' gives both parts; 'veteran character actor Y turns up as a police inspector' casts Y with no character",
		text: "'The Salt Road' review: a chilly period thriller\n\nThe Salt Road is a handsome, frosty thing.\n\nTom Garr, best known as the hapless Derek in BBC sitcom \"Desk Job\", is a revelation as the smooth-talking Alvaro. Veteran character actor Dev Pell turns up as a police inspector who asks the right questions too late.",
		want: []string{"cast|Tom Garr|Desk Job|Derek|", "cast|Tom Garr|The Salt Road|Alvaro|", "cast|Dev Pell|The Salt Road||"},
	},
	{
		name: "an obituary's headline 'T1 and T2 star X dies aged 82' casts X in both; 'he played C in three series of T'; 'a small role in the film T (1996) alongside Y'; 'X had parts in T1, T2 and T3'",
		text: "Harbour Lane and Night Shift star Peter Vale dies aged 82\n\nPeter Vale, who played cabbie Stan Rook in Harbour Lane, has died at the age of 82.\n\nIn the 1990s Vale played Sergeant Alf Mead in three series of Night Shift, and he had a small role in the film Iron Town (1996) alongside Pete Rowe. Vale also had parts in Dark Water, The Sweepers and Juliet Cole.",
		want: []string{
			"cast|Peter Vale|Harbour Lane|Stan Rook|", "cast|Peter Vale|Night Shift|Sergeant Alf Mead|", "cast|Peter Vale|Iron Town||", "cast|Pete Rowe|Iron Town||",
			"cast|Peter Vale|Dark Water||", "cast|Peter Vale|The Sweepers||", "cast|Peter Vale|Juliet Cole||",
		},
	},
	{
		name: "an offer is no credit: 'X has reportedly been offered a leading role in the coming drama T'",
		text: "Casting news\n\nThe agency confirmed the news on Monday.\n\nMin Ha-joon has reportedly been offered a leading role in the coming drama Paper Moon.",
		want: nil,
	},
	{
		name: "Indian film news: a star's epithet ('Mass Maharaja X', 'Megastar Y', 'Rebel Star Z') is no part of the name; 'X's much-awaited film with director W' casts X, W directs",
		text: "Mass Maharaja Ravi Kiran's next titled 'Simha Garjana'\n\nMass Maharaja Ravi Kiran's much-awaited film with director Gopi Malan has been titled 'Simha Garjana'. The film also stars Rebel Star Pravas and Anu Shetty, while Megastar Chiranjeevan makes a cameo.",
		want: []string{"crew|Gopi Malan|Simha Garjana||director", "cast|Ravi Kiran|Simha Garjana||", "cast|Pravas|Simha Garjana||", "cast|Anu Shetty|Simha Garjana||", "cast|Chiranjeevan|Simha Garjana||"},
	},
	{
		name: "'The two last worked together in the hit series “T2.”' names earlier work: the sentences after it still speak of the article's show",
		text: "Stars unite in 'Sa Dulo ng Ilog'\n\nThe network is set to air its newest primetime teleserye, \"Sa Dulo ng Ilog,\" starring Kim Reyo and Paulo Santo, this July.\n\nReyo plays Mara, a young nurse, while Santo portrays Enzo, a fisherman. The two last worked together in the hit series \"Bituin sa Gabi.\"\n\nJoining them are veteran actors Ricky Dava and Eula Valde.\n\nThe series is directed by Dondon Santi.",
		want: []string{
			"cast|Kim Reyo|Sa Dulo ng Ilog|Mara|", "cast|Paulo Santo|Sa Dulo ng Ilog|Enzo|", "cast|Ricky Dava|Sa Dulo ng Ilog||", "cast|Eula Valde|Sa Dulo ng Ilog||",
			"crew|Dondon Santi|Sa Dulo ng Ilog||director",
		},
	},
	{
		name: "an interview: 'In T, the new eight-part thriller from writer W, she plays C' reads T without the preposition that opens the sentence",
		text: "Interview: Nadia Rahm on playing a spy in 'Quiet Protocol'\n\nNadia Rahm has spent most of her career in period dramas. In Quiet Protocol, the new eight-part thriller from writer Owen Price, she plays officer Claire Dunn.\n\nYou share most of your scenes with Tom Ash, who plays your handler.",
		want: []string{"cast|Nadia Rahm|Quiet Protocol|Claire Dunn|", "crew|Owen Price|Quiet Protocol||writer", "cast|Tom Ash|Quiet Protocol||"},
	},
	{
		name: "'The pair previously starred together in the 2021 hit T2', 'They previously starred together in T3': the two the sentence before named are each in the earlier work",
		text: "Lantern Vows cast confirmed\n\nThe network confirmed the drama on Monday.\n\nZhao Lin and Wang Hao will star in Lantern Vows. The pair previously starred together in the 2021 hit Love Like the River.\n\nChen Yu and Wu Xuan will also star in Lantern Vows. They previously starred together in Jade Bridge.",
		want: []string{
			"cast|Zhao Lin|Lantern Vows||", "cast|Wang Hao|Lantern Vows||", "cast|Zhao Lin|Love Like the River||", "cast|Wang Hao|Love Like the River||",
			"cast|Chen Yu|Lantern Vows||", "cast|Wu Xuan|Lantern Vows||", "cast|Chen Yu|Jade Bridge||", "cast|Wu Xuan|Jade Bridge||",
		},
	},
	{
		name: "an awards list: 'Grand Prize (Daesang): X, “T”' names no person 'Grand Prize' with the bracket as a show",
		text: "Star Arts Awards 2026: full list of winners\n\nThe awards were held on May 19 in Seoul.\n\nGrand Prize (Daesang): Kim Tae-ra, \"Starborn\"\n\nBest Supporting Actor: Choi Dae-ho for \"Tangerine Days\"",
		want: []string{"crew|Kim Tae-ra|Starborn||", "cast|Choi Dae-ho|Tangerine Days||"},
	},
	{
		name: "a dub's voice cast: 'X lends his voice to the wily fox C', 'Child actor Y dubs for C2, the orphaned gosling' (a character of the article's film; 'Child' is no title)",
		text: "Hindi dub of 'The Tin Heron' gets star voices\n\nThe studio has announced the Hindi voice cast for The Tin Heron, which releases on October 18.\n\nActress Kira Sen will voice Roz, the robot stranded on an island, while Pankaj Tiwari lends his voice to the wily fox Fink. Child actor Aryan Shahi dubs for Brightbill, the orphaned gosling.",
		want: []string{"cast|Kira Sen|The Tin Heron|Roz|", "cast|Pankaj Tiwari|The Tin Heron|Fink|", "cast|Aryan Shahi|The Tin Heron|Brightbill|"},
	},
	{
		name: "'C, previously played by X, returns', 'The role of C2, originally played by Y, has been recast': an adverb before 'played by' keeps the character",
		text: "Harbor Nights season 3\n\nHarbor Nights is back for a third season.\n\nDetective Hale, previously played by Ray Dunn, returns. The role of Nora, originally played by Ada Moss, has been recast.",
		want: []string{"cast|Ray Dunn|Harbor Nights|Detective Hale|", "cast|Ada Moss|Harbor Nights|Nora|"},
	},
	{
		name: "'The role of C went to newcomer X', 'The role of C2 has gone to Y': each plays the character in the sentence's show; 'went to waste' names nobody",
		text: "Harbor Nights returns\n\nHarbor Nights is returning for a second series.\n\nThe role of Nora went to newcomer Ada Moss. The role of Detective Hale has gone to Ben Tull. The role of Ivy went to waste.",
		want: []string{"cast|Ada Moss|Harbor Nights|Nora|", "cast|Ben Tull|Harbor Nights|Detective Hale|"},
	},
	{
		name: "'X, fresh off his Emmy win for “T2,” will co-star', 'Y, coming off the success of “T3,” joins the cast': the aside on a last work ends at its quoted title, and the verb after it casts the person in the sentence's show",
		text: "Harbor Lights returns\n\nHarbor Lights is returning for a second series.\n\nBen Tull, fresh off his Emmy win for \"Night Shift,\" will co-star. Ada Moss, coming off the success of \"Quiet Acre,\" joins the cast.",
		want: []string{"cast|Ben Tull|Harbor Lights||", "cast|Ada Moss|Harbor Lights||"},
	},
	{
		name: "'Her latest film, T2, Directed by X, opens Friday': a participle after a comma in capitals still credits the title before it",
		text: "Harbor Lights returns\n\nHarbor Lights is returning for a second series.\n\nHer latest film, Night Shift, Directed by Gail Garza, opens Friday.",
		want: []string{"crew|Gail Garza|Night Shift||director"},
	},
}
