package extract

// castListEndConstructions are TestConstructions' cases for the words that
// open or close a cast list in casual news copy (listends.go): "among
// others" after the last name, "with A and B as cast" after a director,
// "big names like A and B", "Also part of the cast were A and B", and a
// roundup's entry "Another fascinating show is “T”".
var castListEndConstructions = []construction{
	{
		name: "A, B and C among others (no comma, or no conjunction): the list ends before among others",
		text: "Netflix orders drama Marrowfield\n\nNetflix has ordered Marrowfield, a new drama series from Lagos. The series stars Tobenna Ezeoke, Kelechi Alabi and Udoka Nwafe among others. The cast of Marrowfield also features Bolaji Fadeyo, Ifeoma Lasode, Chidera Okwu among others.",
		want: []string{"cast|Tobenna Ezeoke|Marrowfield||", "cast|Kelechi Alabi|Marrowfield||", "cast|Udoka Nwafe|Marrowfield||", "cast|Bolaji Fadeyo|Marrowfield||", "cast|Ifeoma Lasode|Marrowfield||", "cast|Chidera Okwu|Marrowfield||"},
	},
	{
		name: "the film was directed by X with A, B and C among others as cast: A, B, C are cast, not co-directors; directed by X with Y alone stays co-direction",
		text: "Marrowfield hits cinemas\n\nMarrowfield is a new Nollywood thriller. She said the film was directed by Zarah Quillane with Tobenna Ezeoke, Kelechi Alabi and Udoka Nwafe among others as cast.",
		want: []string{"crew|Zarah Quillane|Marrowfield||director", "cast|Tobenna Ezeoke|Marrowfield||", "cast|Kelechi Alabi|Marrowfield||", "cast|Udoka Nwafe|Marrowfield||"},
	},
	{
		name: "written by X with A, B and C (no comma after the first partner's name ends the partners): all share the job",
		text: "Marrowfield hits cinemas\n\nMarrowfield is a new Nollywood thriller. The script was written by Zarah Quillane with Tobenna Ezeoke, Kelechi Alabi and Udoka Nwafe.",
		want: []string{"crew|Zarah Quillane|Marrowfield||writer", "crew|Tobenna Ezeoke|Marrowfield||writer", "crew|Kelechi Alabi|Marrowfield||writer", "crew|Udoka Nwafe|Marrowfield||writer"},
	},
	{
		name: "the cast features big names like A, B; some of the most brilliant performers, such as C and D; not directors like E, nor a season's lineup of stars such as F, nor films starring actors like G",
		text: "Marrowfield premieres on Showmax\n\nMarrowfield is a new drama series from Lagos. The cast features Nollywood’s big guns like Tobenna Ezeoke and Kelechi Alabi. It also features some of the most brilliant performers, such as Udoka Nwafe and Bolaji Fadeyo, who won an award.\n\nShe has worked with directors like Ifeoma Lasode. The fall lineup boasts popular stars, such as Chidera Okwu. The festival screens films starring actors like Emeka Dorsal.",
		want: []string{"cast|Tobenna Ezeoke|Marrowfield||", "cast|Kelechi Alabi|Marrowfield||", "cast|Udoka Nwafe|Marrowfield||", "cast|Bolaji Fadeyo|Marrowfield||"},
	},
	{
		name: "Also part of the cast were A and B; the newest actor to join the cast is C; Other stars featured in the movie are D, E, with singer F on a special appearance; not stars appearing at the premiere",
		text: "Marrowfield wraps filming\n\nMarrowfield is a new drama series from Lagos. Also part of the cast were Tobenna Ezeoke and Kelechi Alabi. According to the studio, the newest young actor to join the cast is Udoka Nwafe. Other stars featured in the movie are Bolaji Fadeyo, Ifeoma Lasode, with singer Chidera Okwu on a special appearance.\n\nStars appearing at the premiere were Emeka Dorsal and Nneka Fobi.",
		want: []string{"cast|Tobenna Ezeoke|Marrowfield||", "cast|Kelechi Alabi|Marrowfield||", "cast|Udoka Nwafe|Marrowfield||", "cast|Bolaji Fadeyo|Marrowfield||", "cast|Ifeoma Lasode|Marrowfield||", "cast|Chidera Okwu|Marrowfield||"},
	},
	{
		name: "a roundup's entry: Another fascinating show is “T”, One of the best new series is “T2”: the paragraph's cast belongs to it",
		text: "Showmax offers the best of local content\n\nOne of the standout shows in the collection is the children’s series, “The Pells and the Polls.” This show follows two feuding families.\n\nAnother fascinating show is “Whirlwinders”, which will air in 2023. The show follows a young driver. The cast features Tobenna Ezeoke, Kelechi Alabi, and Udoka Nwafe.\n\nOne of the best new series is “Red Dunesbury.” It follows a nurse. The series stars Bolaji Fadeyo and Ifeoma Lasode.",
		want: []string{"cast|Tobenna Ezeoke|Whirlwinders||", "cast|Kelechi Alabi|Whirlwinders||", "cast|Udoka Nwafe|Whirlwinders||", "cast|Bolaji Fadeyo|Red Dunesbury||", "cast|Ifeoma Lasode|Red Dunesbury||"},
	},
}

// titleWithListConstructions are TestConstructions' cases for a title, its
// maker or a described aside, then its cast after "with"
// (titlewithlist.go).
var titleWithListConstructions = []construction{
	{
		name: "The opening title will be T by X with A and B; T2, a psychological horror story, with C and D is due; T3 by Y, a Company production with E and F: the cast of each",
		text: "Lakeshore festival goes online\n\nThe festival will take place online this year. The opening title will be Quillfeather by Zoe Wittaker with Noemi Merlando and Emma Bercotte, which screened at Sundance. Wrighton’s new film Last Night In Sorrowby, a psychological horror story, with Thomasin McKenna and Matt Smithers is due for release in September. Campo di Fiorella by Gianni Amatore, a Kavac and Rai Cinema production with Alessandro Borgetti and Federica Rossetti, set in a field hospital, focuses on two doctors.",
		want: []string{"cast|Noemi Merlando|Quillfeather||", "cast|Emma Bercotte|Quillfeather||", "crew|Zoe Wittaker|Quillfeather||", "cast|Thomasin McKenna|Last Night In Sorrowby||", "cast|Matt Smithers|Last Night In Sorrowby||", "crew|Wrighton|Last Night In Sorrowby||", "cast|Alessandro Borgetti|Campo di Fiorella||", "cast|Federica Rossetti|Campo di Fiorella||", "crew|Gianni Amatore|Campo di Fiorella||"},
	},
	{
		name: "not a person's aside before with (X, a director from Lyon, with Y), nor produced by X with Y",
		text: "Lakeshore festival goes online\n\nThe festival will take place online this year. Zoe Wittaker, a director from Lyon, with Noemi Merlando, will host the gala.",
		want: nil,
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, titleWithListConstructions...)
}

// rankedEntryConstructions are TestConstructions' cases for a ranked
// roundup's entries (entries.go): "1. T" over a rating line and a synopsis
// that opens "This drama".
var rankedEntryConstructions = []construction{
	{
		name: "a ranked entry 1. T over Plot: 10/10 and This drama ... C (Actor): T is the show of its synopsis, also when it is the only entry",
		text: "Ranking: The Best K-Dramas of the Year – Plots, Cast and More!\n\n1. Landing On Cloudbanks\n\nPlot: 10/10\n\nThis drama is one of the most romantic love stories of all time. It tells the story of Yoon Sera (Son Ye-jun) a successful heiress, and Ri Jeong-hwan (Hyun Bonn) a military captain.",
		want: []string{"cast|Son Ye-jun|Landing On Cloudbanks|Yoon Sera|", "cast|Hyun Bonn|Landing On Cloudbanks|Ri Jeong-hwan|"},
	},
	{
		name: "ranked entries over rating lines: each entry's synopsis credits its own title",
		text: "Ranking: The Best K-Dramas of the Year\n\n1. Landing On Cloudbanks\n\nPlot: 10/10\n\nCast Chemistry: 9/10\n\nThe drama follows Yoon Sera (Son Ye-jun), an heiress.\n\n2. Itaewon Glasshouse\n\nPlot: 9/10\n\nThe drama follows Park Sae-ryong (Park Seo-jun), an ex-convict who opens a bar.",
		want: []string{"cast|Son Ye-jun|Landing On Cloudbanks|Yoon Sera|", "cast|Park Seo-jun|Itaewon Glasshouse|Park Sae-ryong|"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, rankedEntryConstructions...)
}

// describedSubjectConstructions are TestConstructions' cases for a
// paragraph that opens by describing its title (inquoted.go, titles.go):
// the cast after it is that title's, not the previous paragraph's.
var describedSubjectConstructions = []construction{
	{
		name: "The highly-anticipated ‘T’ is the sequel to U; Maker’s T2 is the story of ...; T3 is a tale of ...: each paragraph's cast is its own title's",
		text: "Netflix unveils Nigerian originals\n\nNetflix has released a list of new original series and films from Nigeria.\n\nAdeyemo’s ‘Citadelle’ follows a young student. The film stars Jimoh Lewisson and Gabriel Afolabo.\n\nThe highly-anticipated ‘Queen of Rivers II’ is the sequel to Adetola’s 2018 crime thriller. The film begins with a return to Lagos. It features returning stars Solape Sobo and Tonia Tonez.\n\nAbudallah’s Olotunde is the story of a young journalist. Directed by Kenneth Gyangu, its cast includes Sharon Ojah and Omonike Obila.\n\nBleak Harwick is a tale of two sisters. It stars Adaeze Mbekwe.",
		want: []string{"crew|Adeyemo|Citadelle||", "cast|Jimoh Lewisson|Citadelle||", "cast|Gabriel Afolabo|Citadelle||", "cast|Solape Sobo|Queen of Rivers II||", "cast|Tonia Tonez|Queen of Rivers II||", "crew|Abudallah|Olotunde||", "crew|Kenneth Gyangu|Olotunde||director", "cast|Sharon Ojah|Olotunde||", "cast|Omonike Obila|Olotunde||", "cast|Adaeze Mbekwe|Bleak Harwick||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, describedSubjectConstructions...)
}

// rosterLeadConstructions are TestConstructions' cases for a roster led in
// by a sentence that ends in a colon (linerule.go, entries.go).
var rosterLeadConstructions = []construction{
	{
		name: "This is a list of the voice actors: then one name a line with its best-known part in brackets and a semicolon: each is cast in the article's show, and in the bracket's",
		text: "Studio Trio announces The Outer Bureau\n\nStudio Trio has announced a new original anime, The Outer Bureau. This is a list of the most famous voice actors in the industry:\n\nHiroki Shimazu (Dabiru from Hero Towerline);\n\nKoki Uchimoto (Shigaro from Hero Towerline);\n\nThe anime premieres in April.",
		want: []string{"cast|Hiroki Shimazu|The Outer Bureau||", "cast|Hiroki Shimazu|Hero Towerline|Dabiru|", "cast|Koki Uchimoto|The Outer Bureau||", "cast|Koki Uchimoto|Hero Towerline|Shigaro|"},
	},
	{
		name: "not a roster of actors who died: names under it are no cast of the article's show",
		text: "Studio Trio announces The Outer Bureau\n\nStudio Trio has announced a new original anime, The Outer Bureau. Here are the actors who died this year:\n\nHiroki Shimazu;\n\nKoki Uchimoto;\n\nThe anime premieres in April.",
		want: nil,
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, rosterLeadConstructions...)
}

// headlinedConstructions are TestConstructions' cases for a roundup's
// sentence in which a person heads a quoted title, or the roundup moves
// on to one (inquoted.go, headlinedTitle).
var headlinedConstructions = []construction{
	{
		name: "X headlines “T,” a ... series; The series features A, B; The adrenaline continues with “T2,” which ...; The series also stars C, D: each series' cast in a roundup with no show of its own",
		text: "GMA Network, the country's leading media company, ushers in the year with a dynamic collection of programs. Featuring the finest talent, the lineup showcases world-class entertainment.\n\nGMA Prime: Full Throttle Action\n\nKicking off the new year is GMA Prime's slate of action-packed stories.\n\nPrimetime King Tomaso Brevikan headlines \"The Silver Needlework,\" a pulse-pounding action series about a tailor. The series features a powerhouse cast led by Paolo Contreraz, Maxine Collera, Joanna Berrio.\n\nThe adrenaline continues with \"Never Look Backward,\" which marks the first pairing of two young stars. The series also stars Raheem Bhattia and Angela de Lionne.",
		want: []string{"cast|Tomaso Brevikan|The Silver Needlework||", "cast|Paolo Contreraz|The Silver Needlework||", "cast|Maxine Collera|The Silver Needlework||", "cast|Joanna Berrio|The Silver Needlework||", "cast|Raheem Bhattia|Never Look Backward||", "cast|Angela de Lionne|Never Look Backward||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, headlinedConstructions...)
}

// suchWorksConstructions are TestConstructions' cases for a career's works
// after "such [TV] series as" (filmography.go, suchWorksAs).
var suchWorksConstructions = []construction{
	{
		name: "X started out in theatre before landing roles in such TV series as T1, T2 and T3; not fans of such shows as T4",
		text: "Actress Jilleen Gaskell dies aged 83\n\nBritish actress Jilleen Gaskell has died at the age of 83. Born in London in 1937, Gaskell started out in theatre before landing roles in such TV series as Q Wagons, Dixby of Dock Lane and Chambers. Fans of such shows as Night Wagons will miss her.",
		want: []string{"cast|Jilleen Gaskell|Q Wagons||", "cast|Jilleen Gaskell|Dixby of Dock Lane||", "cast|Jilleen Gaskell|Chambers||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, suchWorksConstructions...)
}

// adaptationBracketConstructions are TestConstructions' cases for a
// bracket's part that names an adaptation before its title
// (bracketleads.go).
var adaptationBracketConstructions = []construction{
	{
		name: `"A (T1, the upcoming adaptation of T2)", "B (the film adaptation of T3)": a credit in each title`,
		text: "Netflix orders drama Marrowvale\n\nNetflix has ordered Marrowvale, a new drama series. She will star alongside Katelin Deverson (Bookwormy, the upcoming adaptation of Dear Evanston) and Kyle Allander (Gold Rushdale). The cast includes Anika Lessard (the film adaptation of Quiet Harborough).",
		want: []string{"cast|Katelin Deverson|Marrowvale||", "cast|Katelin Deverson|Bookwormy||", "cast|Katelin Deverson|Dear Evanston||", "cast|Kyle Allander|Marrowvale||", "cast|Kyle Allander|Gold Rushdale||", "cast|Anika Lessard|Marrowvale||", "cast|Anika Lessard|Quiet Harborough||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, adaptationBracketConstructions...)
}
