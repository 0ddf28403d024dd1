package extract

// precisionConstructions are TestConstructions' cases for what unseen news
// most often gave wrong facts on: a character read as an actor, a name or a
// place read as a show, a credit put on the wrong show.
var precisionConstructions = []construction{
	{
		name: "classic characters like A B (C D), E F (G H), and I J (K L): the list names characters, the brackets their actors",
		text: "Harbor Lane is a long-running soap.\n\nThe younger cast rarely lasts long, although classic characters like Marla Quence (Judith Sorrow), Benny Tarrow (Gloria Mink), and Olaf Tarrow (Raymond Veck) are timeless.",
		want: []string{"cast|Judith Sorrow|Harbor Lane|Marla Quence|", "cast|Gloria Mink|Harbor Lane|Benny Tarrow|", "cast|Raymond Veck|Harbor Lane|Olaf Tarrow|"},
	},
	{
		name: "much-loved stars and characters including C D (A B); characters such as C D (A B); the characters C D (A B) and E F (G H)",
		text: "Harbor Lane is a long-running soap.\n\nThe special will feature much-loved stars and characters including Cleon Grate (Richard Marrow).\n\nFans will see characters such as Dora Vell (Anita Crole) again.\n\nIt brings back the characters Mick Fenner (Paul Ostry) and Tess Fenner (Helen Quarry).",
		want: []string{"cast|Richard Marrow|Harbor Lane|Cleon Grate|", "cast|Anita Crole|Harbor Lane|Dora Vell|", "cast|Paul Ostry|Harbor Lane|Mick Fenner|", "cast|Helen Quarry|Harbor Lane|Tess Fenner|"},
	},
	{
		name: "a region's show: South Africa's soaraway series T, New Zealand's long-running drama T, United States' T (no maker)",
		text: "Marsh Bay gets new faces\n\nSouth Africa’s soaraway series Marsh Bay has got new faces on its cast. Tandi Volo stars in Marsh Bay.\n\nNew Zealand's long-running drama Kelp Road is back. The United States' new show Rell Point is out.",
		want: []string{"cast|Tandi Volo|Marsh Bay||"},
	},
	{
		name: "A's C1 and B's C2 are the sisters of D's new character: actors' characters in the article's show, no makers' titles; without a word of roles, no credit",
		text: "Marsh Bay is a long-running soap.\n\nRumor has it that Stepha Vorello’s Joan Crane and Tristan Goll’s Levi Crane are the sisters of Hailey Pint’s new character.\n\nMarta Quill’s Eden Crane and Tobin Ash’s Nell Crane are sisters.",
		want: []string{"cast|Stepha Vorello|Marsh Bay|Joan Crane|", "cast|Tristan Goll|Marsh Bay|Levi Crane|"},
	},
	{
		name: "Actress-politician X started filming for Y's comedy T; Actor-filmmaker Z also stars: the hyphened performer noun is no part of the name",
		text: "Coral Pepper starts filming\n\nActress-politician Hema Varli started filming for Ramon Sippa's comedy Coral Pepper on Sunday. Actor-filmmaker Mika Sorn also stars in Coral Pepper.",
		want: []string{"cast|Hema Varli|Coral Pepper||", "cast|Mika Sorn|Coral Pepper||", "crew|Ramon Sippa|Coral Pepper||"},
	},
	{
		name: "X “Nick” Y from T1 and T2 where T1 and T2 is the article's show: no credit in T1 alone",
		text: "Marsh and Bay is a long-running soap.\n\nThe actor added Dana “Dee” Quell from Marsh and Bay to his resume.",
		want: []string{"cast|Dana “Dee” Quell|Marsh and Bay||"},
	},
	{
		name: "the XYZ drama charge, the new XYZ series, XYZ's new season: capitals only ever before a genre noun name a network, no show",
		text: "Kelp Road is a new crime drama.\n\nThere are few laughs in QRT’s new season line-up. Cleo Marr reprising her role as a detective will lead the QRT drama charge. Tom Reddy stars in the new QRT series.",
		want: []string{"cast|Cleo Marr|Kelp Road||", "cast|Tom Reddy|Kelp Road||"},
	},
	{
		name: "the original 1948 Broadway production of “T,” starring X: a stage work, no show, in an obituary",
		text: "Jon Vellich, soap writer, dies at 90\n\nHe studied acting in New York and appeared in the ensemble in the original 1948 Broadway production of \"Captain Reeds,\" starring Henry Fold. Vellich later starred in the series Kelp Road.",
		want: []string{"cast|Jon Vellich|Kelp Road||"},
	},
	{
		name: "their real-life children Cassy and Mavy X as C1 and C2: the given name before \"and\" takes the surname in a cast credit where the sentence speaks of kin",
		text: "Kelp Road is a new drama.\n\nThe series features Carmina Vell as Roselle, Zoren Vell as Cris, and their real-life children Cassy and Mavy Vell as Belle and Tyrone.",
		want: []string{"cast|Carmina Vell|Kelp Road|Roselle|", "cast|Zoren Vell|Kelp Road|Cris|", "cast|Cassy Vell|Kelp Road|Belle|", "cast|Mavy Vell|Kelp Road|Tyrone|"},
	},
	{
		name: "crime drama T starring X in the title role of DCI C; X plays the title role of C in the series: C is the character of the sentence's show, no show",
		text: "BBC commissions new dramas\n\nReturning for a two-part special is crime drama Marlowe starring the award winning Idra Selba in the title role of DCI John Marlowe.",
		want: []string{"cast|Idra Selba|Marlowe|DCI John Marlowe|"},
	},
	{
		name: "X plays the title role of C in the series (C no show the article knows)",
		text: "Kelp Road is a new drama.\n\nDana Quell plays the title role of Nora Kelp in the series.",
		want: []string{"cast|Dana Quell|Kelp Road|Nora Kelp|"},
	},
	{
		name: "X plays a film director, Y appears as an illustrious songwriter and producer, Z stars as a struggling screenwriter, W is cast as a record producer: the character's trade, a part with no name, no crew; \"returns as writer and executive producer\" is crew",
		text: "Gantry Lane is a new period drama.\n\nGantry Lane stars Ilse Dovel and Oskar Venn. Dovel plays a young singer while Venn appears as an illustrious songwriter and producer. Dario Quell plays a film director who loses his way. Saren Pell stars as a struggling screenwriter in the series. Kestra Vale is cast as a record producer. Mila Orsk plays the director of a hospital. Rudo Brill returns as writer and executive producer.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Oskar Venn|Gantry Lane||", "cast|Dario Quell|Gantry Lane||", "cast|Saren Pell|Gantry Lane||", "cast|Kestra Vale|Gantry Lane||", "cast|Mila Orsk|Gantry Lane||", "crew|Rudo Brill|Gantry Lane||writer", "crew|Rudo Brill|Gantry Lane||producer"},
	},
	{
		name: "X won the Silver Reel Award for Best Actress for her role in T; nominated for the Harbor Award for Best Supporting Actress: the category and the prize are no shows; \"for Best Director for T\" still credits T",
		text: "Gantry Lane wins big\n\nIlse Dovel won the Silver Reel Award for Best Actress for her role in Gantry Lane. The series also won the Golden Lantern Prize. Oskar Venn picked up the Orchid Prize for Best Director for Kelp Road. Mila Orsk was nominated for the Harbor Award for Best Supporting Actress. Dario Quell won the Reel Award for Best Drama Series.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "crew|Oskar Venn|Kelp Road||director"},
	},
	{
		name: "“...,” added X, executive vice president at NBC; “...,” X added.; “...,” adds Y; “...,” added NBC's Z: the quote's speaker, no cast; \"The network also added W to the cast\" and \"A and B were added.\" still cast",
		text: "Gantry Lane renewed\n\nNBC has renewed Gantry Lane. The drama stars Ilse Dovel and Oskar Venn. \"It is a special show,\" added Verla Lusk, executive vice president of programming at NBC. \"We love it,\" Teodor Brenner added. \"The fans are loyal,\" adds Hanna Koll, the network's head of drama. “We are proud,” added NBC's Pilar Vosk. The network also added Kirsa Bellow to the cast. Mila Orsk and Dario Quell were added.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Oskar Venn|Gantry Lane||", "cast|Kirsa Bellow|Gantry Lane||", "cast|Mila Orsk|Gantry Lane||", "cast|Dario Quell|Gantry Lane||"},
	},
	{
		name: "Reality star X joins T; Tennis star Y will appear; Pop star Z guest stars; NBA star W joins: a field of fame opening the sentence, no title; the show's credit stays",
		text: "Gantry Lane adds guests\n\nGantry Lane stars Ilse Dovel.\n\nReality star Kirsa Bellow joins Gantry Lane. Tennis star Hanna Koll will appear. Pop star Niall Brado guest stars. NBA star Saren Pell joins. Kelp Road star Oskar Venn joins.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Kirsa Bellow|Gantry Lane||", "cast|Hanna Koll|Gantry Lane||", "cast|Niall Brado|Gantry Lane||", "cast|Saren Pell|Gantry Lane||", "cast|Oskar Venn|Gantry Lane||", "cast|Oskar Venn|Kelp Road||"},
	},
	{
		name: "X turned down the lead role in T; Y was considered for the role of C in T; Z declined the role of C; W lost out on the role of C: a part not taken, no credit; \"V plays the role of C in T\" stays",
		text: "Gantry Lane casting secrets\n\nGantry Lane stars Ilse Dovel. Pavel Orn turned down the lead role in Gantry Lane. Mila Orsk was considered for the role of Quenna in Gantry Lane. Hanna Koll declined the role of Vesper. Kirsa Bellow lost out on the role of Tavia. Oskar Venn plays the role of Torvik in Gantry Lane.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||", "cast|Oskar Venn|Gantry Lane|Torvik|"},
	},
	{
		name: "X (Star Idol's Natsuri Kasuga) as C: two capitalized words after a bracket's possessive that no title holds are the title's character, not part of the title; (Blue Fang's Soma) too",
		text: "Copper Lane cast additions\n\nCopper Lane adds voice actors. Mariko Tenjin (Star Idol's Natsuri Kasuga) as Ranmi Obara. Yuzan Kamiyo (Blue Fang's Soma) as Kei Taru.",
		want: []string{"cast|Mariko Tenjin|Copper Lane|Ranmi Obara|", "cast|Mariko Tenjin|Star Idol|Natsuri Kasuga|", "cast|Yuzan Kamiyo|Copper Lane|Kei Taru|", "cast|Yuzan Kamiyo|Blue Fang|Soma|"},
	},
	{
		name: "Reporting by X in Los Angeles; Additional reporting by Y; Editing by Z; Writing by W: a wire story's byline, no title, no crew; the story's cast credit stays",
		text: "Gantry Lane renewed\n\nGantry Lane has been renewed. The drama stars Ilse Dovel.\n\nReporting by Hanna Koll in Los Angeles; Additional reporting by Pavel Orn; Editing by Kirsa Bellow and Niall Brado.\n\nWriting by Mila Orsk; editing by Oskar Venn.",
		want: []string{"cast|Ilse Dovel|Gantry Lane||"},
	},
}
