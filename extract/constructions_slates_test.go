package extract

// slateConstructions are TestConstructions' cases for constructions found
// wanting in made-up articles in the styles of network line-ups, festival
// programmes, award lists, roundups, reviews, interviews and obituaries.
var slateConstructions = []construction{
	{
		name: "a fronted slate sentence: Leading the list is “T,” which reunites the love team of A and B (the comma inside the quotes, lower-case words in the title)",
		text: "Network bares its teleserye slate\n\nThe network presented its slate of new dramas on Tuesday.\n\nLeading the list is \"Tala ng Buhay,\" which reunites the love team of Rico Manalang and Dina Flores.\n\nAlso on the slate is the action series \"Kalye Uno,\" topbilled by Jun Castro as a rookie cop.",
		want: []string{"cast|Rico Manalang|Tala ng Buhay||", "cast|Dina Flores|Tala ng Buhay||", "cast|Jun Castro|Kalye Uno||"},
	},
	{
		name: "a nominations list: a category heading over one nominee a line (A, “T”; A and B, “T”; A, “T” (Episode: “E”)): the category says cast or crew and the job",
		text: "Prism Awards: the nominations\n\nThe nominations were announced on Tuesday.\n\nBest Drama Series\n\"Cold Quarry\"\n\"Lantern Row\"\n\nBest Actress in a Drama Series\nMira Tallis, \"Cold Quarry\"\nJo Hanley, \"Lantern Row\"\n\nBest Directing for a Drama Series\nPaul Ostrow, \"Cold Quarry\" (Episode: \"Flood\")\n\nBest Writing for a Comedy Series\nAmi Roth and Leo Brandt, \"Desk Duty\"\nNell Carver, \"Lantern Row\"",
		want: []string{"cast|Mira Tallis|Cold Quarry||", "cast|Jo Hanley|Lantern Row||", "crew|Paul Ostrow|Cold Quarry||director", "crew|Ami Roth|Desk Duty||writer", "crew|Leo Brandt|Desk Duty||writer", "crew|Nell Carver|Lantern Row||writer"},
	},
	{
		name: "a festival programme's line with the title in quotes: “T” (Country), dir. X",
		text: "Festival unveils its competition\n\nThe festival unveiled its competition on Monday.\n\nInternational Competition\n\"The Pale Shore\" (Denmark-Sweden), dir. Karin Voss\n\"Blue Kilns\" (Portugal), dir. Rui Matos",
		want: []string{"crew|Karin Voss|The Pale Shore||director", "crew|Rui Matos|Blue Kilns||director"},
	},
	{
		name: "an interview's headline, “Quote”: X on T: T is the article's show, not the quotation",
		text: "\"I wanted the rain to be a character\": Ada Obi on Dry Orchard\n\nWriter-director Ada Obi's second feature, Dry Orchard, follows a young farmer (Nneka Ude) during a drought.\n\nAnd the rest of the cast?\n\nObi: Tayo Ebo, who plays her father, Emeka, is a legend.",
		want: []string{"crew|Ada Obi|Dry Orchard||director", "crew|Ada Obi|Dry Orchard||writer", "cast|Nneka Ude|Dry Orchard||", "cast|Tayo Ebo|Dry Orchard|Emeka|"},
	},
	{
		name: "a roundup's entry line whose title holds a possessive: T's (Network, Day) governs the prose under it; a person's possessive stays out",
		text: "What to watch this week\n\nHere are the best new shows this week.\n\nThe Iron Bell (Netflix, Wednesday)\nRosa Mena stars as a judge in this thriller.\n\nLast Orders at Mabel's (Hulu, Friday)\nDora Kent and Lev Amsel play siblings who inherit a pub in this comedy.",
		want: []string{"cast|Rosa Mena|The Iron Bell||", "cast|Dora Kent|Last Orders at Mabel's||", "cast|Lev Amsel|Last Orders at Mabel's||"},
	},
	{
		name: "an obituary's surname alone opens a sentence, one ending in -ing too (Kessing starred in T); after an opening phrase of several commas, the subject of two verbs (Born in A, B, on DATE, X studied ... and made his screen debut in T)",
		text: "Walter Kessing dies at 90\n\nWalter Kessing, a character actor, has died.\n\nKessing starred in The Copper Road.\n\nBorn in Tulsa, Oklahoma, on June 3, 1936, Kessing studied at the Lyric Playhouse and made his screen debut in The Salt Flats.",
		want: []string{"cast|Walter Kessing|The Copper Road||", "cast|Walter Kessing|The Salt Flats||"},
	},
	{
		name: "a festival jury's paragraph after the programme: the jurors are in no entry's show; “She will be joined by director X (“T”)” goes on about the jury and the bracket is X's work off screen",
		text: "Festival unveils its competition\n\nThe festival unveiled its competition on Monday.\n\nInternational Competition\n\"The Pale Shore\" (Denmark), dir. Karin Voss\n\nThe competition jury will be presided over by French actress Lise Aubert, who starred in last year's winner, \"Open Doors.\" She will be joined by Chilean director Pablo Reyes (\"Dry Wells\") and British producer Tess Morrow.",
		want: []string{"crew|Karin Voss|The Pale Shore||director", "crew|Pablo Reyes|Dry Wells||", "cast|Lise Aubert|Open Doors||"},
	},
	{
		name: "an Indian film launch's guests: Producer X sounded the clapboard for the muhurat shot, while director Y switched on the camera (no credit); music by A, bankrolled by B",
		text: "Ravi Teja Kumar's next, 'Neela Megham', launched\n\nThe film 'Neela Megham' was launched with a pooja ceremony in Hyderabad today. It is directed by Surya Pallavan.\n\nProducer Gopi Naidu sounded the clapboard for the muhurat shot, while senior director Chandra Mouli switched on the camera.\n\nBankrolled by Hari Varma, 'Neela Megham' has music by Devi Sagar.",
		want: []string{"crew|Surya Pallavan|Neela Megham||director", "crew|Hari Varma|Neela Megham||producer", "crew|Devi Sagar|Neela Megham||"},
	},
	{
		name: "a network line-up's paragraphs after the first show: X, meanwhile, returns to primetime via “T,” opposite Y, under the direction of Z; the network will air “U,” a remake. It stars W",
		text: "Network bares its teleserye slate\n\nLeading the list is \"Tala ng Buhay,\" which reunites the love team of Rico Manalang and Dina Flores.\n\nActor Nilo Baltazar, meanwhile, returns to primetime via \"Agos ng Ilog,\" opposite Mira Sarmiento, under the direction of Tito Reyes.\n\nFor the afternoon block, the network will air \"Mga Lihim ni Lola,\" a remake of the 1998 hit. It stars Lorna Cabrera in the title role.",
		want: []string{"cast|Rico Manalang|Tala ng Buhay||", "cast|Dina Flores|Tala ng Buhay||", "cast|Nilo Baltazar|Agos ng Ilog||", "cast|Mira Sarmiento|Agos ng Ilog||", "crew|Tito Reyes|Agos ng Ilog||director", "cast|Lorna Cabrera|Mga Lihim ni Lola|Mga Lihim ni Lola|"},
	},
	{
		name: "a cast list of pairs that ends in a name with no character: include A as C1, B as C2, and veteran actress D; includes A as C and veteran actor D",
		text: "Silk Ferry cast confirmed\n\nThe streamer has announced the cast of its drama Silk Ferry.\n\nSupporting cast members include Tang Wei-lin as Su Ning, Gao Rui as the crown prince Li Chen, and veteran actress Liu Meiling.\n\nThe guest cast includes Lu Xiaoyu as Hua Rong and veteran actor Qiao Dong.",
		want: []string{"cast|Tang Wei-lin|Silk Ferry|Su Ning|", "cast|Gao Rui|Silk Ferry|Li Chen|", "cast|Liu Meiling|Silk Ferry||", "cast|Lu Xiaoyu|Silk Ferry|Hua Rong|", "cast|Qiao Dong|Silk Ferry||"},
	},
	{
		name: "a telenovela story's Spanish honorific before a name: C, will be played by primera actriz X; Primer actor Y joins the cast",
		text: "Network confirms cast of 'Luna de Sal'\n\nMariana Ortiz will star in 'Luna de Sal'.\n\nThe villain of the story, Rebeca Alcázar, will be played by primera actriz Elvira Sandoval. Primer actor Julio Casas joins the cast.",
		want: []string{"cast|Mariana Ortiz|Luna de Sal||", "cast|Elvira Sandoval|Luna de Sal|Rebeca Alcázar|", "cast|Julio Casas|Luna de Sal||"},
	},
	{
		name: "an obituary's role on a Western: played the crusty sheriff C on the 1970s CBS Western T (a decade, a network, and the genre in capitals before the title)",
		text: "Walter Kessing dies at 90\n\nHe was 90.\n\nWalter Kessing, the gravel-voiced actor who played the crusty sheriff Eli Crane on the 1970s CBS Western Red Mesa, has died.",
		want: []string{"cast|Walter Kessing|Red Mesa|Eli Crane|"},
	},
	{
		name: "an obituary's sentence that opens with the show: On T, which ran from 1971 to 1977, X played the foil to Y's drifter C; In U, X played D",
		text: "Walter Kessing, star of 'Night Harbor', dies at 90\n\nWalter Kessing, who starred in Night Harbor, has died.\n\nOn Red Mesa, which ran from 1971 to 1977, Kessing played the foil to Roy Castile's drifter Jed Colt.\n\nIn The Copper Road, Kessing played Amos Tate.",
		want: []string{"cast|Walter Kessing|Night Harbor||", "cast|Walter Kessing|Red Mesa||", "cast|Roy Castile|Red Mesa|Jed Colt|", "cast|Walter Kessing|The Copper Road|Amos Tate|"},
	},
	{
		name: "a director's earlier film after a word of success: X, who earlier helmed the hit 'T'",
		text: "Neela Megham launched\n\nThe film 'Neela Megham' is directed by Surya Pallavan, who earlier helmed the hit 'Rangula Kala'.",
		want: []string{"crew|Surya Pallavan|Neela Megham||director", "crew|Surya Pallavan|Rangula Kala||director"},
	},
	{
		name: "a festival's closing film in apposition: closes with “T,” the debut feature of Greek director X (not the film it opens with)",
		text: "Festival lineup\n\nThe festival opens with \"Snowfield,\" starring Lena Marsh.\n\nIt closes with \"The Night Ferry,\" the debut feature of Greek director Eleni Papas.",
		want: []string{"cast|Lena Marsh|Snowfield||", "crew|Eleni Papas|The Night Ferry||director"},
	},
	{
		name: "a manga adaptation's cast: X, known for the drama “T,” will be joined by Y as C (T, after a genre noun in an aside, is X's earlier work; the film stays the show of what follows)",
		text: "Live-action Moon Blade film sets cast\n\nThe live-action film adaptation of Ken Aoki's manga \"Moon Blade\" has revealed its cast, with Daiki Mura starring as Jin.\n\nMura, known for the drama \"Red Pier,\" will be joined by Emi Saito as Rin.\n\nTaro Ueda plays Goro.",
		want: []string{"crew|Ken Aoki|Moon Blade||original author", "cast|Daiki Mura|Moon Blade|Jin|", "cast|Daiki Mura|Red Pier||", "cast|Emi Saito|Moon Blade|Rin|", "cast|Taro Ueda|Moon Blade|Goro|"},
	},
	{
		name: "a couple's news: She will next be seen in “T,” opposite Y (T is the show of the sentence, not the film they met on)",
		text: "Actors Ana Bell and Rob Kade are engaged\n\nActors Ana Bell and Rob Kade are engaged.\n\nThe pair met on the set of the thriller \"Glass Pond,\" in which Bell played a detective.\n\nBell will next be seen in \"The Still Coast,\" opposite Dan Ferro.",
		want: []string{"cast|Ana Bell|Glass Pond||", "cast|Ana Bell|The Still Coast||", "cast|Dan Ferro|The Still Coast||"},
	},
	{
		name: "a reality competition's celebrity line-up: trades of sport and television before names (Olympic sprinter A, radio presenter B; footballer C, TV chef D and boxer E)",
		text: "Skate Stars reveals its line-up\n\nThe network has revealed the celebrities who will compete in the new series of \"Skate Stars.\"\n\nSoap star Lia Penn leads the line-up, alongside Olympic sprinter Femi Adu and radio presenter Cora Lowe.\n\nThe line-up also includes footballer Ned Ross, TV chef Bo Hart and boxer Kit Drew.",
		want: []string{"cast|Lia Penn|Skate Stars||", "cast|Femi Adu|Skate Stars||", "cast|Cora Lowe|Skate Stars||", "cast|Ned Ross|Skate Stars||", "cast|Bo Hart|Skate Stars||", "cast|Kit Drew|Skate Stars||"},
	},
	{
		name: "a reality competition's line-up: The rest of the line-up is made up of A, B and C; Also taking part are D and E; Competing are F and G (not \"taking part in the launch are\")",
		text: "Skate Stars reveals its line-up\n\nThe network has revealed the celebrities who will compete in the new series of \"Skate Stars.\"\n\nThe rest of the line-up is made up of Ned Ross, Bo Hart and Kit Drew.\n\nAlso taking part are Tam Ola and Rue Benn.\n\nCompeting are Sol Grey and Ida Marr.\n\nAlso taking part in the launch were Dev Kaur and Max Pell.",
		want: []string{"cast|Ned Ross|Skate Stars||", "cast|Bo Hart|Skate Stars||", "cast|Kit Drew|Skate Stars||", "cast|Tam Ola|Skate Stars||", "cast|Rue Benn|Skate Stars||", "cast|Sol Grey|Skate Stars||", "cast|Ida Marr|Skate Stars||"},
	},
	{
		name: "a streaming series' makers after their duties: Directing duties are shared by A and B; Writing duties will be handled by C (not hosting duties)",
		text: "Netflix sets cast for Casa Verde\n\nNetflix has revealed the cast of \"Casa Verde,\" a thriller series from Mexico.\n\nDirecting duties are shared by Luis Arroyo and Nora Vidal. Writing duties will be handled by Ana Cruz.",
		want: []string{"crew|Luis Arroyo|Casa Verde||director", "crew|Nora Vidal|Casa Verde||director", "crew|Ana Cruz|Casa Verde||writer"},
	},
	{
		name: "a web series' maker on screen: Creator and star X announced; the show, from writer and star Y, (crew with the job, and cast; not \"Other Show creator and star Z\")",
		text: "Room 9 returns for a second season\n\n\"Room 9,\" the YouTube comedy web series, is coming back.\n\nCreator and star Jay Tobin announced the news on Friday.\n\nThe show, from writer and star Lu Park, returns in May.\n\nOther Show creator and star Ava Dunne praised it.",
		want: []string{"crew|Jay Tobin|Room 9||creator", "cast|Jay Tobin|Room 9||", "crew|Lu Park|Room 9||writer", "cast|Lu Park|Room 9||"},
	},
	{
		name: "a guest at the end of a sentence: YouTuber X will make a guest appearance.; Y will make a cameo. (the sentence's show; not \"made a cameo at the premiere party\")",
		text: "Room 9 returns for a second season\n\n\"Room 9,\" the YouTube comedy web series, is coming back.\n\nYouTuber Bree Holt will make a guest appearance. Tom Vale will make a cameo.\n\nAmy Rusk made a cameo at the premiere party.",
		want: []string{"cast|Bree Holt|Room 9||", "cast|Tom Vale|Room 9||"},
	},
	{
		name: "a premiere report's red carpet: wore a custom gown by Lagos designer X (no credit: clothes, and a city is no title); Lagos actor Y plays the groom, C (no show Lagos)",
		text: "Stars at the premiere of Ada Wed\n\nStars came to the premiere of \"Ada Wed,\" the new comedy directed by Kola Ade.\n\nThe lead actress wore a custom gown by Lagos designer Tiwa Ola.\n\nLagos actor Femi Ayo plays the groom, Dayo.",
		want: []string{"crew|Kola Ade|Ada Wed||director", "cast|Femi Ayo|Ada Wed|Dayo|"},
	},
	{
		name: "a department before a crew trade opening the sentence: Costume designer X dressed the cast; Sound designer Y (no show Costume or Sound)",
		text: "Stars at the premiere of Ada Wed\n\nStars came to the premiere of \"Ada Wed,\" the new comedy.\n\nCostume designer Tiwa Ola dressed the cast. Sound designer Ben Eko mixed the film.",
		want: []string{"crew|Tiwa Ola|Ada Wed||", "crew|Ben Eko|Ada Wed||"},
	},
	{
		name: "a podcast adapted for TV: X will executive produce alongside Y of Z Audio, which produced the original podcast (an audio company is no show)",
		text: "Hit podcast The Quarry heads to TV\n\nThe podcast \"The Quarry\" is being adapted as a limited series.\n\nRae Lund will executive produce alongside Mia Kott of Stillwater Audio, which produced the original podcast.",
		want: []string{"crew|Rae Lund|The Quarry||producer", "crew|Mia Kott|The Quarry||producer"},
	},
}
