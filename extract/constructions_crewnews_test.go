package extract

// crewNewsConstructions are TestConstructions' cases for crew credits and
// shows read from trade, festival and review copy, and for names that are
// no credit there.
var crewNewsConstructions = []construction{
	{
		name: "NET has renewed its drama T for a third season: the show is T, not the network that renews it",
		text: "Renewal news\n\nBrightwave has renewed its drama Harbor Lamps for a third season. The series, created by Dana Welt, stars Marc Ell as a ferry captain.",
		want: []string{"crew|Dana Welt|Harbor Lamps||creator", "cast|Marc Ell|Harbor Lamps||"},
	},
	{
		name: "filmmaker X (T), screenwriter Y (T2): a job noun before the name makes the bracket's titles crew credits, as director's does",
		text: "Festival jury named\n\nThe Velden festival opens in May. The jury will be headed by filmmaker Rhea Castan (The Long Field), with screenwriter Omar Belt (Night Ferry).",
		want: []string{"crew|Rhea Castan|The Long Field||", "crew|Omar Belt|Night Ferry||"},
	},
	{
		name: "a festival's name in the headline is no show: \"Marlow Film Festival Unveils Lineup\" gives the festival's films no maker in it",
		text: "Marlow Film Festival Unveils Competition Lineup\n\nThe Marlow Film Festival has announced its lineup, led by the new film from director Ana Velde. Rui Sol's The Salt Road, starring Kit Varga, is also in competition.",
		want: []string{"crew|Rui Sol|The Salt Road||", "cast|Kit Varga|The Salt Road||"},
	},
	{
		name: "X's T, produced by Y: the participle's maker works on the possessor's title, not the sentence's show",
		text: "Festival lineup\n\nThe drama Salt Road opens the festival. Also screening is Maria Dufan's Black Shore, produced by Ana Roche.",
		want: []string{"crew|Maria Dufan|Black Shore||", "crew|Ana Roche|Black Shore||producer"},
	},
	{
		name: "after the shoot for his thriller T, he starts work on his next film with X: the sentences after speak of the untitled film, not T",
		text: "Ravi Das flies to Oslo\n\nThe actor, after getting done with the shoot for his action thriller Kaalam, has flown to Oslo to start work on his next film with director Mohan Rao. Composer Anil Dev has been roped in for the film. Actress Meera Vas plays the second lead.",
		want: []string{},
	},
	{
		name: "has tapped X to direct, roped in A and B to compose music: people hired for work off screen are crew, not cast",
		text: "Kaalam news\n\nThe thriller Kaalam starts shooting in June. Velvet Films has tapped Anil Devan to direct the film. The makers have also roped in Ravi Senan and Mohan Iyer to compose music for the film.",
		want: []string{"crew|Anil Devan|Kaalam||director", "crew|Ravi Senan|Kaalam||", "crew|Mohan Iyer|Kaalam||"},
	},
	{
		name: "the adaptation of Y's novel is being written by X: X writes the adaptation; \"an adaptation of the manga written by Z\" names the manga's author",
		text: "Harbor news\n\nThe drama Blue Harbor is coming to Netflix. The adaptation of Mara Quill's novel is being written by Omar Belton. The anime is an adaptation of the manga written by Rei Sato.",
		want: []string{"crew|Omar Belton|Blue Harbor||writer", "crew|Mara Quill|Blue Harbor||original author", "crew|Rei Sato|Blue Harbor||original author"},
	},
	{
		name: "a heading with a title of several words joined by \"and\", a dash and the title in its own script names the article's show",
		text: "Salt and Stone – 塩と石 [Live Action Coverage]\n\nThe live action is now filming. Director Taro Furu is at the helm.",
		want: []string{"crew|Taro Furu|Salt and Stone||director"},
	},
	{
		name: "two people share a surname: the surname alone is the one named last before it",
		text: "Harbor news\n\nThe drama Blue Harbor is coming to Netflix. Zane Kellor will direct the film. Dora Kellor will produce it. Kellor said the script was ready. Later, Zane Kellor spoke to the press. Kellor will also write the pilot.",
		want: []string{"crew|Zane Kellor|Blue Harbor||director", "crew|Dora Kellor|Blue Harbor||producer", "crew|Zane Kellor|Blue Harbor||writer"},
	},
	{
		name: "Greyfield's Anna Leck after Greyfield Pictures: a company's short name before a person is no show",
		text: "Drama commission\n\nThe BBC has commissioned the drama Tidewater. It is produced by Greyfield Pictures, with Morag Fenn executive producing alongside Greyfield's Anna Leck.",
		want: []string{"crew|Morag Fenn|Tidewater||producer", "crew|Anna Leck|Tidewater||producer"},
	},
	{
		name: "X later produced the hit series T: produced with an object credits the subject; \"it is produced and owned by NET\" credits no one",
		text: "Walter Grayn dies at 88\n\nWalter Grayn has died at 88. Grayn later produced the hit series Harbor Nights, which ran for six seasons. The drama Red Pines is also notable as it is produced and owned by Streamco.",
		want: []string{"crew|Walter Grayn|Harbor Nights||producer"},
	},
	{
		name: "X, the director of the western T1 and the comedy T2, has died: both titles, each with \"The\" kept; a name after \"and\" with a relative clause is a person",
		text: "Walter Grayn dies at 88\n\nWalter Grayn, the director of the western The Long Ride and the comedy Second Helpings, has died. Tom Lind, screenwriter on Saltwater and Hal Borr, who penned Red Pines, also spoke.",
		want: []string{"crew|Walter Grayn|The Long Ride||director", "crew|Walter Grayn|Second Helpings||director", "crew|Tom Lind|Saltwater||writer", "crew|Hal Borr|Red Pines||writer"},
	},
	{
		name: "former \"T\" correspondent and writer X: the title before both nouns is X's as writer, not the sentence's show",
		text: "Pilot casting\n\nTBS has set the cast for its comedy pilot \"The Circle.\" Former \"Late Desk\" correspondent and writer Wade Cenn will play a journalist.",
		want: []string{"crew|Wade Cenn|Late Desk||writer", "cast|Wade Cenn|Late Desk||", "cast|Wade Cenn|The Circle||"},
	},
	{
		name: "Author A and T director B: the occupation and name before \"and\" are no title of B's",
		text: "I, Sober series\n\nThe series I, Sober is in production. Author Javier Gines and Salt director Elena Trava have collaborated on the six-part series.",
		want: []string{"crew|Elena Trava|Salt||director"},
	},
	{
		name: "a name's last word that the article repeats alone (\"Thalapathy Rajan\", then \"Rajan\") is a person, no guessed show",
		text: "Thalapathy Rajan will be doing his maiden Telugu movie, to be directed by Vamsi Palli. The makers are roping in Rani Mehta to romance Rajan in the film. Palli readied a subject with the stardom of Rajan in mind, and Rajan will undergo a makeover.",
		want: []string{},
	},
	{
		name: "X's last directorial venture T; directed by Y who won an award for his last directorial venture T2: each directs the title, and the star of T2 is its cast",
		text: "Telugu news\n\nRajan will be doing his maiden Telugu movie. It will be directed by Vamsi Pallik who won a National Award for his last directorial venture Maharaja that starred Mohan Babu. Maria Palli's last directorial venture Ocean Road was a hit.",
		want: []string{"crew|Vamsi Pallik|Maharaja||director", "cast|Mohan Babu|Maharaja||", "crew|Maria Palli|Ocean Road||director"},
	},
	{
		name: "director X who produced the action series \"T\": X produces T, not the sentence's show; \"produced a documentary\" names no show",
		text: "Harbor news\n\nThe drama Blue Harbor is coming to Netflix. The series will be helmed by director Choi Sun-ah who produced the action series \"Tong: Days,\" which was adapted from a comic. Park Min-ah produced a documentary last year.",
		want: []string{"crew|Choi Sun-ah|Blue Harbor||director", "crew|Choi Sun-ah|Tong: Days||producer"},
	},
	{
		name: "written by X, who scripted the K-movie thriller T: X writes T too; \"scripted a short\" names no show",
		text: "Harbor news\n\nThe drama Blue Harbor is coming to Netflix. The series is written by Lee Su-ah, who scripted the K-movie thriller The Silent Deal in which Cho appeared. Kim Ha-ri scripted a short last year.",
		want: []string{"crew|Lee Su-ah|Blue Harbor||writer", "crew|Lee Su-ah|The Silent Deal||writer"},
	},
	{
		name: "Director Coulvin will search the world: a rank in capitals before one name no full name ends with is a character's, no crew",
		text: "Agents renewed\n\nThe drama Agents of Night returns for a third season. In the aftermath of the battle, Director Coulvin will search the world for more powered people.",
		want: []string{},
	},
	{
		name: "produced by Playworks: one word that is no name is a company; \"produced by Shirin\" (a given name) stays",
		text: "Stan drama\n\nStan has commissioned the drama The Halls. The series, produced by Playworks, is created by Shelley Birn. The film Red Pines is produced by Shirin.",
		want: []string{"crew|Shelley Birn|The Halls||creator", "crew|Shirin|Red Pines||producer"},
	},
	{
		name: "the screenplay award went to A and B for \"T\": both winners write T",
		text: "Velden Awards\n\nThe drama Salt Road won the top prize. The screenplay award went to Pia Lunde and Aurel Dufay for \"Black Shore.\"",
		want: []string{"crew|Pia Lunde|Black Shore||writer", "crew|Aurel Dufay|Black Shore||writer"},
	},
	{
		name: "The score, by X, is mostly strings: a maker's part, then the maker in an aside; \"The film, by Y,\" names no part",
		text: "Glass Orchard review\n\nGlass Orchard is a chilly thriller. The score, by Lena Holtz, is mostly strings. The screenplay, by Omar Belton, is sharp. The film, by Ana Velde, is long.",
		want: []string{"crew|Lena Holtz|Glass Orchard||", "crew|Omar Belton|Glass Orchard||writer"},
	},
	{
		name: "X, who previously made the documentary T: X made T, with no job; \"made the drama T a hit\" credits no one",
		text: "Glass Orchard review\n\nGlass Orchard is a chilly thriller. Mina Osai, who previously made the documentary Salt Flats, builds tension from silence. Ana Velden's turn made the drama Red Pines a hit.",
		want: []string{"crew|Mina Osai|Salt Flats||"},
	},
	{
		name: "Controversial film-maker X's time at Cannes: \"film-maker\" is a job word, and a capitalized adjective opening the sentence is no title",
		text: "Melancholy review\n\nMelancholy is a gloomy film. Controversial film-maker Lars von Traum's time at Cannes will be remembered for the wrong reasons.",
		want: []string{"crew|Lars von Traum|Melancholy||director"},
	},
	{
		name: "the Carver brothers' comedy T: each sibling the article names (\"Joel and Evan Carver\") made T",
		text: "Box office\n\nThe Carver brothers' comedy Burn the Letters led all films. It was the career best for both Joel and Evan Carver.",
		want: []string{"crew|Joel Carver|Burn the Letters||", "crew|Evan Carver|Burn the Letters||"},
	},
	{
		name: "X, made heads turn as C in Y's T.: a one-word title after a maker's possessive that ends the clause; \"on Y's Instagram\" is no title",
		text: "Master news\n\nThe film Master is directed by Lokesh Kanagan. Actor Arjun Dev, made heads turn as the ruthless Anbu in Lokesh Kanagan's Kaithi. Fans followed it on Lokesh Kanagan's Instagram.",
		want: []string{"crew|Lokesh Kanagan|Master||director", "crew|Lokesh Kanagan|Kaithi||"},
	},
	{
		name: "X, the creator of cult UK series T: a country's name before the kind is read past",
		text: "Eden news\n\nThe drama Eden is coming to Stan. Also involved is Balloon Entertainment, headed by Bryan Elsmore, the creator of cult UK series Skinny.",
		want: []string{"crew|Bryan Elsmore|Skinny||creator"},
	},
	{
		name: "director X who gave Y starrer T: X made T; \"gave a speech\" credits no one",
		text: "Tamil news\n\nThe film Thalaivan stars Vijay Anto. The director Babu Yogesh, who gave Jayam Ravi starrer Dasan, returns after 13 years. He gave a speech at the launch.",
		want: []string{"cast|Vijay Anto|Thalaivan||", "crew|Babu Yogesh|Thalaivan||director", "crew|Babu Yogesh|Dasan||", "cast|Jayam Ravi|Dasan||"},
	},
	{
		name: "X's new drama is called T: T is the sentence's show, X's work",
		text: "ITV news\n\nPeter Morrow has written the drama Harbor. Peter Morrow's new drama is called The Panel.",
		want: []string{"crew|Peter Morrow|Harbor||writer", "crew|Peter Morrow|The Panel||"},
	},
	{
		name: "X will direct a drama based on T, a novel by Y: the untitled drama goes by its source's title, not the show named before",
		text: "Film roundup\n\nThe film Red Pines is being adapted. Spike Lane has signed on to direct a war drama based on Miracle at Anna, a novel by James McBryde, who will also write the screenplay.",
		want: []string{"crew|Spike Lane|Miracle at Anna||director", "crew|James McBryde|Miracle at Anna||writer", "crew|James McBryde|Miracle at Anna||original author"},
	},
	{
		name: "X will direct T for NET, in a sentence with no show of its own: X directs T",
		text: "Film roundup\n\nRussel Crowley has a new company. Russel Crowley is slated to direct Surf Kings for Universal.",
		want: []string{"crew|Russel Crowley|Surf Kings||director"},
	},
	{
		name: "X will write and direct T: both jobs in T, not the writer's in the sentence's show",
		text: "Harbor news\n\nThe drama Blue Harbor is coming to Netflix. Ana Velden will write and direct Red Pines for Netflix.",
		want: []string{"crew|Ana Velden|Red Pines||writer", "crew|Ana Velden|Red Pines||director"},
	},
	{
		name: "led by the new film from Korean director X, T: the title after the maker's comma is the sentence's show, X directs it",
		text: "Festival lineup\n\nThe festival opens in May. The lineup is led by the new film from Korean director Min Ha-rin, Winter Orchid.",
		want: []string{"crew|Min Ha-rin|Winter Orchid||director"},
	},
	{
		name: "BBC drama director X, who commissioned the series: an office at the network, no director's credit",
		text: "BBC orders drama\n\nThe BBC has commissioned the crime drama The Tidewell from writer Morag Fenn. BBC drama director Lindsay Marsh, who commissioned the series, said the writing is extraordinary.",
		want: []string{"crew|Morag Fenn|The Tidewell||writer"},
	},
	{
		name: "A and B Confirmed for New Drama T: a title-case headline's verb is no part of the name before it",
		text: "Jane Holtz and Mara Quinn Confirmed for New Drama \"Moonlit Bay\"\n\nActors Jane Holtz and Mara Quinn have been confirmed to star in the upcoming drama \"Moonlit Bay.\"",
		want: []string{"cast|Jane Holtz|Moonlit Bay||", "cast|Mara Quinn|Moonlit Bay||"},
	},
	{
		name: "Taiwanese director X was named best director for T: the award's work, not the show of the paragraph before",
		text: "Cannes winners\n\nThe Lobby, directed by Greek director Yorgo Lanthis, received the Jury Prize.\n\nTaiwanese director Hsiao-hsien Hu was named best director for The Assassin.",
		want: []string{"crew|Yorgo Lanthis|The Lobby||director", "crew|Hsiao-hsien Hu|The Assassin||director"},
	},
}
