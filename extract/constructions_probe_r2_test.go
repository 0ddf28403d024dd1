package extract

// probeFilmConstructions are TestConstructions' cases from made-up film news
// written in the common phrasings of the genre before any article was read:
// a film announced with its director and stars, first looks and trailers,
// premieres and festival line-ups, box office, reviews, Indian film news,
// animated films with their voice casts and dubs, the film named in the
// headline and then "the film", "the movie", "the project".
var probeFilmConstructions = []construction{
	{
		name: "film probe: X to direct T, starring A and B; A and B will star in the film",
		text: "Marisol Qadri to direct 'Harrow Fields', starring Ondine Vasko and Tevin Marlowe\n\nMarisol Qadri will direct the drama 'Harrow Fields' for Lumen Pictures. Ondine Vasko and Tevin Marlowe will star in the film, which shoots in Ireland this spring.",
		want: []string{"crew|Marisol Qadri|Harrow Fields||director", "cast|Ondine Vasko|Harrow Fields||", "cast|Tevin Marlowe|Harrow Fields||"},
	},
	{
		name: "film probe: X has signed on to star in T, a horror film from director Y; Z wrote the script",
		text: "Brannock Hale boards horror film 'Night of the Copper Moon'\n\nBrannock Hale has signed on to star in 'Night of the Copper Moon', a horror film from director Yusra Delacroix. Pellam Voss wrote the script.",
		want: []string{"cast|Brannock Hale|Night of the Copper Moon||", "crew|Yusra Delacroix|Night of the Copper Moon||director", "crew|Pellam Voss|Night of the Copper Moon||writer"},
	},
	{
		name: "film probe: the first trailer for T, the new film from director X; A plays C opposite B",
		text: "First trailer for 'Saltmarsh' shows Ilka Brennan as a lighthouse keeper\n\nThe first trailer for Saltmarsh, the new film from director Audra Finchley, has dropped. Ilka Brennan plays Maren Cole, a keeper haunted by the sea, opposite Desmond Achterberg.",
		want: []string{"crew|Audra Finchley|Saltmarsh||director", "cast|Ilka Brennan|Saltmarsh|Maren Cole|", "cast|Desmond Achterberg|Saltmarsh||"},
	},
	{
		name: "film probe: T, directed by X and starring A and B, will open the festival",
		text: "'Winter Ledger' to open Lakeshore Film Festival\n\nWinter Ledger, directed by Anouk Delvaux and starring Petra Lindgard and Jules Okonkwe, will open the festival on 4 September.",
		want: []string{"crew|Anouk Delvaux|Winter Ledger||director", "cast|Petra Lindgard|Winter Ledger||", "cast|Jules Okonkwe|Winter Ledger||"},
	},
	{
		name: "film probe: wire copy: T, the horror film starring A, scared up $28 million",
		text: "LOS ANGELES (AP) — \"Harbinger Falls,\" the horror film starring Mireille Danvaux, scared up $28 million in its opening weekend, according to studio estimates Sunday. The film was directed by Oskar Lindahl-Berg.",
		want: []string{"cast|Mireille Danvaux|Harbinger Falls||", "crew|Oskar Lindahl-Berg|Harbinger Falls||director"},
	},
	{
		name: "film probe: review: director X's T is ...; A is magnetic as the outlaw C",
		text: "Film review: Gallowglass\n\nDirector Wynn Tarrant's Gallowglass is a grim, muddy epic. Hollis Brandeth is magnetic as the outlaw Fergal Dunne.",
		want: []string{"crew|Wynn Tarrant|Gallowglass||director", "cast|Hollis Brandeth|Gallowglass|Fergal Dunne|"},
	},
	{
		name: "film probe: Indian: A and B-starrer T collected Rs 12 crore; directed by X, the film",
		text: "'Pyaar Ki Patangbazi' box office collection day 1\n\nRaghav Sethiya and Ishita Bhandarkar-starrer 'Pyaar Ki Patangbazi' collected Rs 12 crore on its opening day. Directed by Anand Kapoorwala, the film is a romantic comedy.",
		want: []string{"cast|Raghav Sethiya|Pyaar Ki Patangbazi||", "cast|Ishita Bhandarkar|Pyaar Ki Patangbazi||", "crew|Anand Kapoorwala|Pyaar Ki Patangbazi||director"},
	},
	{
		name: "film probe: Indian: directed by X, the film has A as the heroine",
		text: "'Agni Putrudu' gets a release date\n\nPower Star Kiran Vellanki's 'Agni Putrudu' will hit screens on Sankranti, with Vellanki in the title role. Directed by Sai Venkatraju, the action drama has Shruthi Palnati as the heroine.",
		want: []string{"cast|Kiran Vellanki|Agni Putrudu|Agni Putrudu|", "crew|Sai Venkatraju|Agni Putrudu||director", "cast|Shruthi Palnati|Agni Putrudu||"},
	},
	{
		name: "film probe: Indian: A and B to star in filmmaker X's next, titled T: X is its director",
		text: "Aarav Khannaji and Tara Deshmane to star in Rohit Menonath's next\n\nAarav Khannaji and Tara Deshmane will star in filmmaker Rohit Menonath's next, titled 'Safar-e-Junoon'. The film goes on floors in Manali next month.",
		want: []string{"cast|Aarav Khannaji|Safar-e-Junoon||", "cast|Tara Deshmane|Safar-e-Junoon||", "crew|Rohit Menonath|Safar-e-Junoon||director"},
	},
	{
		name: "film probe: anime film: A voices C, and B voices D; X directs the film, with Y writing the script",
		text: "'Starfall Requiem' anime film reveals main cast\n\nThe anime film Starfall Requiem has revealed its main cast. Haruka Minazawe voices Lune, and Souta Kirishiba voices Captain Dez. Kaito Ishibane directs the film at Studio Rengetsu, with Mayu Takanazu writing the script.",
		want: []string{"cast|Haruka Minazawe|Starfall Requiem|Lune|", "cast|Souta Kirishiba|Starfall Requiem|Captain Dez|", "crew|Kaito Ishibane|Starfall Requiem||director", "crew|Mayu Takanazu|Starfall Requiem||writer"},
	},
	{
		name: "film probe: English dub: A voices C, with B as D; the dub is directed by X",
		text: "'Starfall Requiem' English dub cast announced\n\nThe English dub of the anime film Starfall Requiem has found its cast. Brennan Coyleby voices Lune, with Tasha Everlind as Captain Dez.",
		want: []string{"cast|Brennan Coyleby|Starfall Requiem|Lune|", "cast|Tasha Everlind|Starfall Requiem|Captain Dez|"},
	},
	{
		name: "film probe: animated film: A and B join the voice cast; A will voice C, while B lends his voice to D",
		text: "Kelsey Ambrosi, Doran Pikett join voice cast of 'The Moss Giants'\n\nKelsey Ambrosi and Doran Pikett have joined the voice cast of the animated film The Moss Giants. Ambrosi will voice Thistle, a young giant, while Pikett lends his voice to the villainous Baron Rookwell. The movie is directed by Ulla Brandvik.",
		want: []string{"cast|Kelsey Ambrosi|The Moss Giants|Thistle|", "cast|Doran Pikett|The Moss Giants|Baron Rookwell|", "crew|Ulla Brandvik|The Moss Giants||director"},
	},
	{
		name: "film probe: T has added A, B and C to its cast; the movie stars D; X directs from a script by Y",
		text: "'Copperhead Run' adds three to cast\n\nThe action movie 'Copperhead Run' has added Liv Ambersen, Marco Delgrande and Quinn Satterwhite to its cast. The movie stars Rhys Callowby as a retired getaway driver. Ebba Lindqvast directs from a script by Taro Whitcombe.",
		want: []string{"cast|Liv Ambersen|Copperhead Run||", "cast|Marco Delgrande|Copperhead Run||", "cast|Quinn Satterwhite|Copperhead Run||", "cast|Rhys Callowby|Copperhead Run||", "crew|Ebba Lindqvast|Copperhead Run||director", "crew|Taro Whitcombe|Copperhead Run||writer"},
	},
	{
		name: "film probe: Nollywood: director X has released the trailer for his new movie, T, starring A and B; the film, produced by Y",
		text: "Nollywood: Funmilayo Adebanjoko, Chidi Okwuosaa star in 'Omo Ologo'\n\nDirector Tunde Akinbello has released the trailer for his new movie, 'Omo Ologo', starring Funmilayo Adebanjoko and Chidi Okwuosaa. The film, produced by Ngozi Ebereike, will hit cinemas on December 15.",
		want: []string{"crew|Tunde Akinbello|Omo Ologo||director", "cast|Funmilayo Adebanjoko|Omo Ologo||", "cast|Chidi Okwuosaa|Omo Ologo||", "crew|Ngozi Ebereike|Omo Ologo||producer"},
	},
	{
		name: "film probe: Filipino: A and B reunite in T; the romance film, directed by X; A plays C",
		text: "Andrea Villarazo and Paolo Macaraega reunite in 'Sa Dulo ng Ulan'\n\nAndrea Villarazo and Paolo Macaraega reunite on the big screen in 'Sa Dulo ng Ulan'. The romance film, directed by Jerome Santillano, opens in cinemas nationwide on February 12. Villarazo plays Clarita, a nurse bound for Dubai.",
		want: []string{"cast|Andrea Villarazo|Sa Dulo ng Ulan|Clarita|", "cast|Paolo Macaraega|Sa Dulo ng Ulan||", "crew|Jerome Santillano|Sa Dulo ng Ulan||director"},
	},
	{
		name: "film probe: Korean: A and B cast in film T (working title), directed by X; A will play C",
		text: "Seo Ha-neulbi, Bae Ji-hoonam cast in film 'The Ninth Winter'\n\nActors Seo Ha-neulbi and Bae Ji-hoonam have been cast in the film 'The Ninth Winter' (working title), directed by Yoon Seok-jaeho. Seo will play Min-ahra, a detective chasing a serial arsonist.",
		want: []string{"cast|Seo Ha-neulbi|The Ninth Winter|Min-ahra|", "cast|Bae Ji-hoonam|The Ninth Winter||", "crew|Yoon Seok-jaeho|The Ninth Winter||director"},
	},
	{
		name: "film probe: Australian: A will lead the cast of T, a thriller directed by X; the film also stars B and C",
		text: "Aussie star Bree Kinsellar lands lead in Outback thriller 'Red Gums'\n\nBree Kinsellar will lead the cast of Red Gums, an Outback thriller directed by Callan Mossop. The film also stars Jarrah Whitforde and Tamsin Roylee.",
		want: []string{"cast|Bree Kinsellar|Red Gums||", "crew|Callan Mossop|Red Gums||director", "cast|Jarrah Whitforde|Red Gums||", "cast|Tamsin Roylee|Red Gums||"},
	},
	{
		name: "film probe: a sequel: A is back as C in T 2, with X returning to direct",
		text: "Dax Moreland returns for 'Iron Sable 2'\n\nDax Moreland is back as Captain Sable in Iron Sable 2, with Hanne Kjeldsby returning to direct.",
		want: []string{"cast|Dax Moreland|Iron Sable 2|Captain Sable|", "crew|Hanne Kjeldsby|Iron Sable 2||director"},
	},
	{
		name: "film probe: A will star opposite B in T, which X will direct",
		text: "Cormac Fenwright boards 'The Long Orbit'\n\nCormac Fenwright will star opposite Adaeze Nwankwor in The Long Orbit, which Sigrun Halvarsen will direct from her own script.",
		want: []string{"cast|Cormac Fenwright|The Long Orbit||", "cast|Adaeze Nwankwor|The Long Orbit||", "crew|Sigrun Halvarsen|The Long Orbit||director"},
	},
	{
		name: "film probe: T marks actor X's directorial debut; the film stars A and B",
		text: "'Quiet Harbourage' marks Celia Mottram's directorial debut\n\nQuiet Harbourage marks actor Celia Mottram's directorial debut. The film stars Bastien Lefort and Ines Carvalhao.",
		want: []string{"crew|Celia Mottram|Quiet Harbourage||director", "cast|Bastien Lefort|Quiet Harbourage||", "cast|Ines Carvalhao|Quiet Harbourage||"},
	},
	{
		name: "film probe: the film stars A as C, B as his wife, D, and E as F",
		text: "'The Ninth Colonel' wraps filming\n\nFilming has wrapped on The Ninth Colonel. The film stars Amos Reidel as Colonel Hartwell, Juno Valeska as his wife, Clorinda, and Piet Vosmaer as Sergeant Lusk.",
		want: []string{"cast|Amos Reidel|The Ninth Colonel|Colonel Hartwell|", "cast|Juno Valeska|The Ninth Colonel|Clorinda|", "cast|Piet Vosmaer|The Ninth Colonel|Sergeant Lusk|"},
	},
	{
		name: "film probe: adapted from X's bestselling novel, T stars A",
		text: "'The Salt Daughters' sets release date\n\nAdapted from Marguerite Oyelarin's bestselling novel, The Salt Daughters stars Temi Ogundeyo and Hattie Marchbank.",
		want: []string{"crew|Marguerite Oyelarin|The Salt Daughters||original author", "cast|Temi Ogundeyo|The Salt Daughters||", "cast|Hattie Marchbank|The Salt Daughters||"},
	},
	{
		name: "film probe: trade: a studio acquired rights to T, directed by X and starring A, B and C",
		text: "Meridian Films buys 'Burnt Sienna'\n\nMeridian Films has acquired North American rights to 'Burnt Sienna,' directed by Lisandro Petrov and starring Greer Ashcombe, Omari Pembleton and Frida Nyquistel.",
		want: []string{"crew|Lisandro Petrov|Burnt Sienna||director", "cast|Greer Ashcombe|Burnt Sienna||", "cast|Omari Pembleton|Burnt Sienna||", "cast|Frida Nyquistel|Burnt Sienna||"},
	},
	{
		name: "film probe: review: A's turn as the ruthless C is the film's highlight",
		text: "'Velvet Tyrants' review\n\nVelvet Tyrants, from writer-director Oona Brackley, is a lavish costume drama. Nadia Raskova's turn as the ruthless Countess Veyra is the film's highlight.",
		want: []string{"crew|Oona Brackley|Velvet Tyrants||director", "crew|Oona Brackley|Velvet Tyrants||writer", "cast|Nadia Raskova|Velvet Tyrants|Countess Veyra|"},
	},
	{
		name: "film probe: shooting wraps on T; director X has wrapped the film starring A and B",
		text: "Shooting wraps on 'Kingfisher Road'\n\nDirector Maeve Dunleavy has wrapped filming on Kingfisher Road, starring Oisin Brannagh and Clodagh Fennelly.",
		want: []string{"crew|Maeve Dunleavy|Kingfisher Road||director", "cast|Oisin Brannagh|Kingfisher Road||", "cast|Clodagh Fennelly|Kingfisher Road||"},
	},
	{
		name: "film probe: a dubbed version: A lends his voice to C in the Hindi version of T",
		text: "Hindi dub of 'Tarsa of the Tall Grass' gets its voice\n\nActor Sameer Dhanwal lends his voice to Tarsa in the Hindi version of the animated film 'Tarsa of the Tall Grass'.",
		want: []string{"cast|Sameer Dhanwal|Tarsa of the Tall Grass|Tarsa|"},
	},
	{
		name: "film probe: X, who plays C in T, said; A, who directed the film",
		text: "Inside 'The Paper Saint'\n\nBeatrix Oakhurst, who plays Sister Agnes in The Paper Saint, said the role changed her. Tobiah Greaves, who directed the film, agreed.",
		want: []string{"cast|Beatrix Oakhurst|The Paper Saint|Sister Agnes|", "crew|Tobiah Greaves|The Paper Saint||director"},
	},
	{
		name: "film probe: Malayalam: T, directed by X, stars A in the lead, with B and C in supporting roles",
		text: "'Kaattu Vilakku' trailer out\n\nThe trailer of 'Kaattu Vilakku', directed by Jithin Puthenveed, is out. The film stars Anoop Thekkedath in the lead, with Revathi Kuzhimattam and Biju Vadakkan in supporting roles.",
		want: []string{"crew|Jithin Puthenveed|Kaattu Vilakku||director", "cast|Anoop Thekkedath|Kaattu Vilakku||", "cast|Revathi Kuzhimattam|Kaattu Vilakku||", "cast|Biju Vadakkan|Kaattu Vilakku||"},
	},
	{
		name: "film probe: an animated feature from X: T features the voices of A, B and C",
		text: "'The Lighthouse Mice' sets summer release\n\nThe animated feature 'The Lighthouse Mice' features the voices of Hollis Wendt, Priya Ramkumar-Lowe and Declan Furey. Greta Solvang directs.",
		want: []string{"cast|Hollis Wendt|The Lighthouse Mice||", "cast|Priya Ramkumar-Lowe|The Lighthouse Mice||", "cast|Declan Furey|The Lighthouse Mice||", "crew|Greta Solvang|The Lighthouse Mice||director"},
	},
	{
		name: "film probe: anime: the voice cast includes A as C and B as D",
		text: "'Crimson Lotus Academy' movie adds cast\n\nThe Crimson Lotus Academy movie has added two cast members. The voice cast now includes Ayane Kurosaki-Dal as Hinata and Riku Ogasaward as Professor Tenma.",
		want: []string{"cast|Ayane Kurosaki-Dal|Crimson Lotus Academy|Hinata|", "cast|Riku Ogasaward|Crimson Lotus Academy|Professor Tenma|"},
	},
	{
		name: "film probe: the film is produced by X and Y; A and B play C and D respectively",
		text: "Cameras roll on 'Sandpiper Bay'\n\nCameras are rolling on Sandpiper Bay, produced by Wilhelmina Frost and Arlo Penhallow. Cressida Moyle and Maud Tully play sisters Roswitha and Delia respectively.",
		want: []string{"crew|Wilhelmina Frost|Sandpiper Bay||producer", "crew|Arlo Penhallow|Sandpiper Bay||producer", "cast|Cressida Moyle|Sandpiper Bay|Roswitha|", "cast|Maud Tully|Sandpiper Bay|Delia|"},
	},
	{
		name: "film probe: a line-up with X's 'T1', starring A, and 'T2' from director Y",
		text: "Lakeshore Film Festival unveils competition line-up\n\nThe line-up includes Tomasz Wierzbin's 'Ember Street', starring Kalia Oduyemi, and 'Paper Kingdoms' from director Iris Mandevane.",
		want: []string{"crew|Tomasz Wierzbin|Ember Street||", "cast|Kalia Oduyemi|Ember Street||", "crew|Iris Mandevane|Paper Kingdoms||director"},
	},
	{
		name: "film probe: box office: T, starring A, topped the box office; the film, directed by X; T2, starring B",
		text: "'Thunderhead' tops weekend box office\n\n'Thunderhead', starring Callum Drayke, topped the weekend box office with $42 million. The film, directed by Naomi Adeyemo, held off 'Quiet Wolves', starring Elsa Marwicke.",
		want: []string{"cast|Callum Drayke|Thunderhead||", "crew|Naomi Adeyemo|Thunderhead||director", "cast|Elsa Marwicke|Quiet Wolves||"},
	},
	{
		name: "film probe: Indian: Superstar X's next, T, helmed by Y; X plays a police officer in the film",
		text: "Superstar Vikramaditya Raoji's next, 'Simhasanam', helmed by Prabhakar Iyengaran\n\nThe first look of Superstar Vikramaditya Raoji's next, titled 'Simhasanam', was unveiled on Friday. The action entertainer is helmed by Prabhakar Iyengaran, and Raoji plays a police officer in the film.",
		want: []string{"cast|Vikramaditya Raoji|Simhasanam||", "crew|Prabhakar Iyengaran|Simhasanam||director"},
	},
	{
		name: "film variant: directed by A, and B plays C; produced by D, and E stars as F: the name after ', and' opens a clause of its own",
		text: "'Quillon Bay' begins shooting\n\nThe thriller Quillon Bay is directed by Hesper Malvine, and Torsten Eberlin plays a harbour pilot. It is produced by Wenna Cardry, and Ilse Prudholm stars as Captain Orrin.",
		want: []string{"crew|Hesper Malvine|Quillon Bay||director", "cast|Torsten Eberlin|Quillon Bay||", "crew|Wenna Cardry|Quillon Bay||producer", "cast|Ilse Prudholm|Quillon Bay|Captain Orrin|"},
	},
	{
		name: "film variant: T3, from writer-director Y, opens the festival after T4, starring Z",
		text: "Lakeshore Film Festival line-up\n\nThe festival opens with 'Marrow Lane', from writer-director Caspian Reyburn, and closes with 'The Hollow Tide', starring Odile Fensham.",
		want: []string{"crew|Caspian Reyburn|Marrow Lane||director", "crew|Caspian Reyburn|Marrow Lane||writer", "cast|Odile Fensham|The Hollow Tide||"},
	},
	{
		name: "film variant: a name the name lists lack, before 'set to star in', is a person, no candidate for the article's show",
		text: "Ysolde Marrick set to star in Teodor Braskin's next film\n\nYsolde Marrick will star in 'The Copper Bellwether', the new film from director Teodor Braskin.",
		want: []string{"cast|Ysolde Marrick|The Copper Bellwether||", "crew|Teodor Braskin|The Copper Bellwether||director"},
	},
	{
		name: "film probe: A to star in T, the next film from X; X will write and direct the project",
		text: "Jorah Pinkwell to star in Ossian Valder's next film\n\nJorah Pinkwell is set to star in 'Blackwater Hymn', the next film from Ossian Valder. Valder will write and direct the project, which begins shooting in March.",
		want: []string{"cast|Jorah Pinkwell|Blackwater Hymn||", "crew|Ossian Valder|Blackwater Hymn||director", "crew|Ossian Valder|Blackwater Hymn||writer"},
	},
	{
		name: "film probe: review: in X's T, A plays a widowed farmer",
		text: "The Winter Tenants review – a quiet, aching drama\n\nIn Fenna Olsgaard's The Winter Tenants, Idris Callowe plays a widowed farmer who takes in two strangers. Marit Sundqvel is excellent as his daughter, Ylva.",
		want: []string{"crew|Fenna Olsgaard|The Winter Tenants||", "cast|Idris Callowe|The Winter Tenants||", "cast|Marit Sundqvel|The Winter Tenants|Ylva|"},
	},
	{
		name: "film variant: in X's T, A plays ...: the title before the comma is no subject",
		text: "Review: Copperfield Hollow\n\nIn Anselma Brucker's Copperfield Hollow, Davor Kettering plays a disgraced surgeon.",
		want: []string{"crew|Anselma Brucker|Copperfield Hollow||", "cast|Davor Kettering|Copperfield Hollow||"},
	},
	{
		name: "film probe: first look at A as C in T; the movie, directed by X, opens",
		text: "First look: Rosco Pemberly as Admiral Thane in 'The Last Armada'\n\nHere is the first look at Rosco Pemberly as Admiral Thane in The Last Armada. The movie, directed by Linnea Horvath, opens in November.",
		want: []string{"cast|Rosco Pemberly|The Last Armada|Admiral Thane|", "crew|Linnea Horvath|The Last Armada||director"},
	},
	{
		name: "film variant: a sneak peek at A as C in T; a look at B as D",
		text: "The Last Armada: a sneak peek\n\nNetflix offers a sneak peek at Rosco Pemberly as Admiral Thane in The Last Armada. Fans also got a look at Gisela Ormsby as Captain Vell.",
		want: []string{"cast|Rosco Pemberly|The Last Armada|Admiral Thane|", "cast|Gisela Ormsby|The Last Armada|Captain Vell|"},
	},
	{
		name: "film probe: a studio sets T with X directing and A and B starring",
		text: "Palisade Pictures sets 'Gravel Kings'\n\nPalisade Pictures has set 'Gravel Kings', a racing drama, with Anselm Krieger directing and Rosa Villalta and Devika Kohlrani starring.",
		want: []string{"crew|Anselm Krieger|Gravel Kings||director", "cast|Rosa Villalta|Gravel Kings||", "cast|Devika Kohlrani|Gravel Kings||"},
	},
	{
		name: "film variant: with X producing and A and B starring; with C directing and D leading",
		text: "'Cobalt Runway' greenlit\n\nHarbinger Films has greenlit 'Cobalt Runway', with Pascale Ruddick producing and Tomas Elvridge and Anouk Sarrow starring. The thriller 'Ninefold', with Bertil Ancram directing and Sunna Velde leading, follows in May.",
		want: []string{"crew|Pascale Ruddick|Cobalt Runway||producer", "cast|Tomas Elvridge|Cobalt Runway||", "cast|Anouk Sarrow|Cobalt Runway||", "crew|Bertil Ancram|Ninefold||director", "cast|Sunna Velde|Ninefold||"},
	},
	{
		name: "film probe: A has been cast as C in the fantasy film T; B will play her husband, D",
		text: "Nerys Fallowmere cast as Lady Morwen in 'The Thornwood Crown'\n\nNerys Fallowmere has been cast as Lady Morwen in the fantasy film 'The Thornwood Crown'. Emrys Caddick will play her husband, Lord Aldric.",
		want: []string{"cast|Nerys Fallowmere|The Thornwood Crown|Lady Morwen|", "cast|Emrys Caddick|The Thornwood Crown|Lord Aldric|"},
	},
	{
		name: "film probe: premiere: leading man A and co-star B at the premiere of T; the film's director, X, and producer Y",
		text: "Stars turn out for 'The Amber Line' premiere\n\nLeading man Thaddeus Greyling and co-star Lucia Benedetto walked the red carpet at the London premiere of The Amber Line on Tuesday. The film's director, Mina Castellano, was joined by producer Abe Hollowell.",
		want: []string{"cast|Thaddeus Greyling|The Amber Line||", "cast|Lucia Benedetto|The Amber Line||", "crew|Mina Castellano|The Amber Line||director", "crew|Abe Hollowell|The Amber Line||producer"},
	},
	{
		name: "film probe: fan site: A confirmed for T! A will play C, the film's villain",
		text: "Confirmed: Jaxon Trevelyan joins 'Nova Legion'!\n\nIt's official! Jaxon Trevelyan has joined the cast of Nova Legion. Trevelyan will play Vex Morrow, the film's villain, opposite lead Sunniva Arkwright.",
		want: []string{"cast|Jaxon Trevelyan|Nova Legion|Vex Morrow|", "cast|Sunniva Arkwright|Nova Legion||"},
	},
	{
		name: "film variant: alongside leading man X; her co-star Y",
		text: "'Lantern Season' wraps\n\nFilming has wrapped on Lantern Season. Ottilie Brannagan stars alongside leading man Corvin Ashdale. She praised her co-star Pippa Roanhill.",
		want: []string{"cast|Ottilie Brannagan|Lantern Season||", "cast|Corvin Ashdale|Lantern Season||", "cast|Pippa Roanhill|Lantern Season||"},
	},
	{
		name: "film probe: a festival's competition titles with their directors in brackets",
		text: "Lakeshore Film Festival reveals competition\n\nCompeting for the top prize are 'The Drowned Choir' (Helka Raunio), 'Bitter Almonds' (Yusuf Demirtash) and 'North of Nowhere' (Colm Garrity).",
		want: []string{"crew|Helka Raunio|The Drowned Choir||", "crew|Yusuf Demirtash|Bitter Almonds||", "crew|Colm Garrity|North of Nowhere||"},
	},
	{
		name: "film variant: a line-up's quoted titles with their makers and countries in brackets",
		text: "Harbourside festival line-up\n\nIn competition: “The Salt Choir” (Helka Raunivaara, Finland), “Bitter Quince” (Yusuf Demirkale, Turkey) and “North of Gallow” (Colm Garritty, Ireland).",
		want: []string{"crew|Helka Raunivaara|The Salt Choir||", "crew|Yusuf Demirkale|Bitter Quince||", "crew|Colm Garritty|North of Gallow||"},
	},
	{
		name: "film probe: review: A delivers a fine turn as C in X's T; A is matched by B as her brother",
		text: "Review: 'The Lantern Keeper'\n\nOrla Fennimore delivers a fine turn as Edith Carrow in Bastian Roewe's 'The Lantern Keeper'. Fennimore is matched by Kwame Ansoh as her estranged brother.",
		want: []string{"cast|Orla Fennimore|The Lantern Keeper|Edith Carrow|", "crew|Bastian Roewe|The Lantern Keeper||", "cast|Kwame Ansoh|The Lantern Keeper||"},
	},
	{
		name: "film variant: B shines as her father; C is good value as his long-suffering wife: a part named by kin, no character",
		text: "'Orchard Wars' review\n\nOrchard Wars is a warm family comedy. Bruno Ketteridge shines as her father, and Maple Oxley is good value as his long-suffering wife.",
		want: []string{"cast|Bruno Ketteridge|Orchard Wars||", "cast|Maple Oxley|Orchard Wars||"},
	},
}

// probeFilmOpen are film-news phrasings still missed: made-up articles
// whose facts the extractor does not yet give. TestConstructions does not
// run them; each moves to probeFilmConstructions when it passes.
var probeFilmOpen = []construction{
	{
		name: "film probe 8: A (C1) and B (C2) lead the voice cast of the anime film T",
		text: "'Starlit Vow' anime film cast\n\nHina Kurobane (Akari) and Sota Mizugami (Ren) lead the voice cast of the anime film Starlit Vow.",
		want: []string{"cast|Hina Kurobane|Starlit Vow|Akari|", "cast|Sota Mizugami|Starlit Vow|Ren|"},
	},
}

// probeFilmMore are a second set of made-up film-news articles, written
// after the first set passed, in other common phrasings.
var probeFilmMore = []construction{
	{
		name: "film probe 2: X has been tapped to helm T; A and B are attached to star",
		text: "Wren Halloway tapped to helm 'The Glass Cartographer'\n\nWren Halloway has been tapped to helm The Glass Cartographer, a fantasy adventure. Ambrose Quill and Delphine Okoro-Hart are attached to star.",
		want: []string{"crew|Wren Halloway|The Glass Cartographer||director", "cast|Ambrose Quill|The Glass Cartographer||", "cast|Delphine Okoro-Hart|The Glass Cartographer||"},
	},
	{
		name: "film probe 2: T, which stars A and B, hits theaters Friday",
		text: "'Paper Falcons' hits theaters Friday\n\nPaper Falcons, which stars Lorcan Bestwick and Imani Tallis, hits theaters Friday.",
		want: []string{"cast|Lorcan Bestwick|Paper Falcons||", "cast|Imani Tallis|Paper Falcons||"},
	},
	{
		name: "film probe 2: A and B headline T, the latest from director X",
		text: "Ismay Corrigan and Theo Vantreight headline 'Dune Harbour'\n\nIsmay Corrigan and Theo Vantreight headline Dune Harbour, the latest from director Rosalind Achebe-Fry.",
		want: []string{"cast|Ismay Corrigan|Dune Harbour||", "cast|Theo Vantreight|Dune Harbour||", "crew|Rosalind Achebe-Fry|Dune Harbour||director"},
	},
	{
		name: "film probe 2: directed by X from a screenplay by Y, T follows ...",
		text: "'Winter Mill' first look\n\nDirected by Anneliese Fortmann from a screenplay by Jory Pendarves, Winter Mill follows a miller's daughter. Lotte Ravensworth stars.",
		want: []string{"crew|Anneliese Fortmann|Winter Mill||director", "crew|Jory Pendarves|Winter Mill||writer", "cast|Lotte Ravensworth|Winter Mill||"},
	},
	{
		name: "film probe 2: T reunites A with director X",
		text: "'Hollow Crowns' reunites Caspar Venn with director Ines Aldaba\n\nThe period drama Hollow Crowns reunites Caspar Venn with director Ines Aldaba.",
		want: []string{"cast|Caspar Venn|Hollow Crowns||", "crew|Ines Aldaba|Hollow Crowns||director"},
	},
	{
		name: "film probe 2: the film also features A, B and C in supporting roles",
		text: "'Tidewater' cast rounded out\n\nTidewater stars Oona Delacey. The film also features Marek Szulc, Pia Ekwueme and Rhodri Tanat in supporting roles.",
		want: []string{"cast|Oona Delacey|Tidewater||", "cast|Marek Szulc|Tidewater||", "cast|Pia Ekwueme|Tidewater||", "cast|Rhodri Tanat|Tidewater||"},
	},
	{
		name: "film probe 2: Indian: A will be seen romancing B in T",
		text: "'Dil Ki Doriyaan' first look out\n\nKunal Adhikarya will be seen romancing Sanaya Bhagwat in 'Dil Ki Doriyaan'. The film is directed by Mohit Raizaada.",
		want: []string{"cast|Kunal Adhikarya|Dil Ki Doriyaan||", "cast|Sanaya Bhagwat|Dil Ki Doriyaan||", "crew|Mohit Raizaada|Dil Ki Doriyaan||director"},
	},
	{
		name: "film probe 2: A lends her voice to C in the animated feature T",
		text: "'The Kettle Fox' voice cast\n\nMirabel Ostrander lends her voice to Pip in the animated feature The Kettle Fox.",
		want: []string{"cast|Mirabel Ostrander|The Kettle Fox|Pip|"},
	},
	{
		name: "film probe 2: A reprises her role as C in T 2",
		text: "'Night Lancer 2' adds returning star\n\nSaskia Vellmar reprises her role as Captain Ilse Brandt in Night Lancer 2.",
		want: []string{"cast|Saskia Vellmar|Night Lancer 2|Captain Ilse Brandt|"},
	},
	{
		name: "film probe 2: T is written and directed by X",
		text: "'Lowland Saints' trailer\n\nThe trailer for Lowland Saints is out. The film is written and directed by Declan Moorcroft and stars Aoife Brenning.",
		want: []string{"crew|Declan Moorcroft|Lowland Saints||director", "crew|Declan Moorcroft|Lowland Saints||writer", "cast|Aoife Brenning|Lowland Saints||"},
	},
	{
		name: "film probe 2: Nollywood: the movie features Nollywood stars A, B and C",
		text: "'Ile Alayo' premieres in Lagos\n\n'Ile Alayo' premiered in Lagos on Sunday. The movie features Nollywood stars Bimpe Adeyokunnu, Tobi Ashiru-Cole and Kelechi Nwaforo.",
		want: []string{"cast|Bimpe Adeyokunnu|Ile Alayo||", "cast|Tobi Ashiru-Cole|Ile Alayo||", "cast|Kelechi Nwaforo|Ile Alayo||"},
	},
	{
		name: "film probe 2: T helmer X; T's director Y",
		text: "'Copper Saints' sets sequel\n\nCopper Saints helmer Faro Lindqvell will return for the sequel, the studio said.",
		want: []string{"crew|Faro Lindqvell|Copper Saints||director"},
	},
	{
		name: "film variant 2: A romances B in T; C will romance D in T2",
		text: "Two romances for Diwali\n\nKunal Adhikarya romances Sanaya Bhagwat in 'Dil Ki Doriyaan'. Veer Malhotrani will romance Ishani Kapadiya in 'Saawan Ke Sapne'.",
		want: []string{"cast|Kunal Adhikarya|Dil Ki Doriyaan||", "cast|Sanaya Bhagwat|Dil Ki Doriyaan||", "cast|Veer Malhotrani|Saawan Ke Sapne||", "cast|Ishani Kapadiya|Saawan Ke Sapne||"},
	},
}

// probeFilmThird are a third set of made-up film-news articles.
var probeFilmThird = []construction{
	{
		name: "film probe 3: Filipino: the movie topbills A and B",
		text: "'Sa Piling ng Alon' opens in cinemas\n\nThe movie topbills Janella Buenaflor and Rico Manalastas. It is directed by Tonet Dimaculangan.",
		want: []string{"cast|Janella Buenaflor|Sa Piling ng Alon||", "cast|Rico Manalastas|Sa Piling ng Alon||", "crew|Tonet Dimaculangan|Sa Piling ng Alon||director"},
	},
	{
		name: "film probe 3: Indian: A essays the role of C in T",
		text: "'Rann Bhoomi' first look\n\nArjun Thakkarwal essays the role of Major Vikrant Sehgal in 'Rann Bhoomi'.",
		want: []string{"cast|Arjun Thakkarwal|Rann Bhoomi|Major Vikrant Sehgal|"},
	},
	{
		name: "film probe 3: Indian: A has wrapped shooting for T",
		text: "Aditi Ranawat wraps 'Kesar Mahal'\n\nActress Aditi Ranawat has wrapped shooting for 'Kesar Mahal', directed by Sunil Vadhera.",
		want: []string{"cast|Aditi Ranawat|Kesar Mahal||", "crew|Sunil Vadhera|Kesar Mahal||director"},
	},
	{
		name: "film probe 3: A plays the title role in T",
		text: "'Lady Marrowby' casts its lead\n\nCeleste Arkwood plays the title role in Lady Marrowby, a period comedy from writer Iain Pellow.",
		want: []string{"cast|Celeste Arkwood|Lady Marrowby|Lady Marrowby|", "crew|Iain Pellow|Lady Marrowby||writer"},
	},
	{
		name: "film probe 3: T's cast is led by A and B",
		text: "'The Ferryman's Debt' begins production\n\nThe Ferryman's Debt has begun production in Cork. The film's cast is led by Niamh Corriskey and Lorcan Tuite.",
		want: []string{"cast|Niamh Corriskey|The Ferryman's Debt||", "cast|Lorcan Tuite|The Ferryman's Debt||"},
	},
	{
		name: "film probe 3: Korean: A will make a special appearance in the film T",
		text: "Jang Min-seolla to cameo in film 'Blue Ferry'\n\nActress Jang Min-seolla will make a special appearance in the film 'Blue Ferry', directed by Oh Dae-sungmin.",
		want: []string{"cast|Jang Min-seolla|Blue Ferry||", "crew|Oh Dae-sungmin|Blue Ferry||director"},
	},
	{
		name: "film probe 3: A and B were cast in the lead roles of T, which X is directing",
		text: "'Salt and Cinder' finds its leads\n\nPerdita Vane and Osian Garrow were cast in the lead roles of Salt and Cinder, which Hallam Brierley is directing.",
		want: []string{"cast|Perdita Vane|Salt and Cinder||", "cast|Osian Garrow|Salt and Cinder||", "crew|Hallam Brierley|Salt and Cinder||director"},
	},
	{
		name: "film probe 3: filmmaker X's T, which premiered at a festival, stars A",
		text: "'Quiet Embers' gets a release date\n\nFilmmaker Sade Olumide-Grant's Quiet Embers, which premiered at the Lakeshore festival, stars Kofi Mensah-Dorn.",
		want: []string{"crew|Sade Olumide-Grant|Quiet Embers||director", "cast|Kofi Mensah-Dorn|Quiet Embers||"},
	},
	{
		name: "film variant 3: the teleserye top-bills A, B and C",
		text: "'Bituin sa Dilim' trailer\n\nThe teleserye top-bills Carmela Dizonada, Paulo Sarmenta and Gelai Ocampona.",
		want: []string{"cast|Carmela Dizonada|Bituin sa Dilim||", "cast|Paulo Sarmenta|Bituin sa Dilim||", "cast|Gelai Ocampona|Bituin sa Dilim||"},
	},
}

// probeFilmFourth are a fourth set of made-up film-news articles.
var probeFilmFourth = []construction{
	{
		name: "film probe 4: T, helmed by X and bankrolled by Y",
		text: "'Jwala Mukhi' launched\n\n'Jwala Mukhi', helmed by Vamsi Pothuraju and bankrolled by Dil Raghavendra, was launched with a pooja on Monday.",
		want: []string{"crew|Vamsi Pothuraju|Jwala Mukhi||director", "crew|Dil Raghavendra|Jwala Mukhi||producer"},
	},
	{
		name: "film probe 4: A, B and C round out the cast of T",
		text: "'Hartwell Green' completes casting\n\nSable Hemmings, Jonah Orrick and Tova Ellery round out the cast of Hartwell Green.",
		want: []string{"cast|Sable Hemmings|Hartwell Green||", "cast|Jonah Orrick|Hartwell Green||", "cast|Tova Ellery|Hartwell Green||"},
	},
	{
		name: "film probe 4: A is set to play the villain in T",
		text: "'Steel Lantern' finds its villain\n\nMagnus Thornbury is set to play the villain in Steel Lantern.",
		want: []string{"cast|Magnus Thornbury|Steel Lantern||"},
	},
	{
		name: "film probe 4: T marks the Hindi debut of Telugu star A",
		text: "'Aakhri Mod' first look\n\n'Aakhri Mod' marks the Hindi debut of Telugu star Naveen Polisetti-Rao.",
		want: []string{"cast|Naveen Polisetti-Rao|Aakhri Mod||"},
	},
	{
		name: "film probe 4: the sequel sees A return as C",
		text: "'Granite Hearts 2' announced\n\nGranite Hearts 2 sees Odette Renwick return as Inspector Hale.",
		want: []string{"cast|Odette Renwick|Granite Hearts 2|Inspector Hale|"},
	},
	{
		name: "film probe 4: A bagged the lead role in T",
		text: "Ritika Sabharwal bags lead in 'Noor-e-Chashm'\n\nRitika Sabharwal has bagged the lead role in 'Noor-e-Chashm'.",
		want: []string{"cast|Ritika Sabharwal|Noor-e-Chashm||"},
	},
}

// probeFilmFifth are a fifth set of made-up film-news articles: anime
// films, dubs and their staff.
var probeFilmFifth = []construction{
	{
		name: "film probe 5: the Hindi dub features the voice of A as C",
		text: "'Sky Whale Odyssey' Hindi dub\n\nThe Hindi dub of the anime film Sky Whale Odyssey features the voice of Raghav Juyalkar as Captain Sorai.",
		want: []string{"cast|Raghav Juyalkar|Sky Whale Odyssey|Captain Sorai|"},
	},
	{
		name: "film probe 5: A (C1), B (C2) and C (C3) return for the film",
		text: "'Moonlit Academy' movie announced\n\nThe Moonlit Academy movie has been announced. Returning for the film are Yuki Hanamatsu (Rei), Daigo Senbara (Kaimaru) and Mio Ashikaga-Lund (Sorayo).",
		want: []string{"cast|Yuki Hanamatsu|Moonlit Academy|Rei|", "cast|Daigo Senbara|Moonlit Academy|Kaimaru|", "cast|Mio Ashikaga-Lund|Moonlit Academy|Sorayo|"},
	},
	{
		name: "film probe 5: X directs the film, with Y writing the screenplay",
		text: "'Lantern Fox' anime film reveals staff\n\nThe anime film Lantern Fox has revealed its staff. Kenta Morizumi directs the film, with Airi Tsukigase writing the screenplay.",
		want: []string{"crew|Kenta Morizumi|Lantern Fox||director", "crew|Airi Tsukigase|Lantern Fox||writer"},
	},
	{
		name: "film probe 5: studio's T, directed by X, grossed ...",
		text: "'Paper Lanternfish' box office\n\nStudio Hoshikage's Paper Lanternfish, directed by Shun Akiyoshi-Mori, grossed 1 billion yen in its first week.",
		want: []string{"crew|Shun Akiyoshi-Mori|Paper Lanternfish||director"},
	},
}

// probeFilmSixth are made-up film news under title-case trade headlines.
var probeFilmSixth = []construction{
	{
		name: "film variant 6: Director X has tapped A for his next film T: the subject with a job noun is no title",
		text: "'Marrow Bells' casting\n\nDirector Ossian Valder has tapped Jorah Pinkwell for his next film Marrow Bells.",
		want: []string{"cast|Jorah Pinkwell|Marrow Bells||", "crew|Ossian Valder|Marrow Bells||director"},
	},
	{
		name: "film probe 6: a title-case trade headline, X Sets A For 'T'; X has set A to lead his thriller T: X makes T, A stars in it",
		text: "Ossian Valder Sets Jorah Pinkwell For 'Blackwater Hymn'\n\nOssian Valder has set Jorah Pinkwell to lead his thriller Blackwater Hymn.",
		want: []string{"cast|Jorah Pinkwell|Blackwater Hymn||", "crew|Ossian Valder|Blackwater Hymn||"},
	},
	{
		name: "film probe 6: 'T': A Joins X Thriller: the quoted title before the colon, not the words after the verb",
		text: "'Blackwater Hymn': Jorah Pinkwell Joins Ossian Valder Thriller\n\nJorah Pinkwell has joined the cast of the film, which Ossian Valder will direct.",
		want: []string{"cast|Jorah Pinkwell|Blackwater Hymn||", "crew|Ossian Valder|Blackwater Hymn||director"},
	},
	{
		name: "film probe 6: A Boards X's 'T' At a studio: the title after the maker's possessive",
		text: "Jorah Pinkwell Boards Ossian Valder's 'Blackwater Hymn' At Lionsgate\n\nJorah Pinkwell is set to star in the film, which Valder is directing.",
		want: []string{"cast|Jorah Pinkwell|Blackwater Hymn||", "crew|Ossian Valder|Blackwater Hymn||director"},
	},
	{
		name: "film probe 6: A To Star In X's 'T'",
		text: "Jorah Pinkwell To Star In Ossian Valder's 'Blackwater Hymn'\n\nJorah Pinkwell will star in the thriller, which Valder is directing.",
		want: []string{"cast|Jorah Pinkwell|Blackwater Hymn||", "crew|Ossian Valder|Blackwater Hymn||director"},
	},
}

// probeFilmSeventh are made-up reviews and box-office items in British and
// Australian styles.
var probeFilmSeventh = []construction{
	{
		name: "film probe 7: T, the Aussie thriller starring A, has taken $2m",
		text: "Box office: 'Kestrel Down' soars\n\nKestrel Down, the Aussie thriller starring Brodie Talliston, has taken $2m at the local box office.",
		want: []string{"cast|Brodie Talliston|Kestrel Down||"},
	},
	{
		name: "film probe 7: critics have praised A's performance as C in T",
		text: "'The Hollow Year' reviews\n\nCritics have praised Maisie Trelawny's performance as Agnes Pell in The Hollow Year.",
		want: []string{"cast|Maisie Trelawny|The Hollow Year|Agnes Pell|"},
	},
	{
		name: "film probe 7: T (dir. X) stars A as C",
		text: "This week's releases\n\nCinder Road (dir. Pauline Asquith-Ward) stars Tobin Merrifield as Sergeant Cole.",
		want: []string{"crew|Pauline Asquith-Ward|Cinder Road||director", "cast|Tobin Merrifield|Cinder Road|Sergeant Cole|"},
	},
	{
		name: "film probe 7: X's directorial debut T stars A",
		text: "'Amber Ferry' review\n\nHester Quennell's directorial debut Amber Ferry stars Rufus Dallimore as a ferryman.",
		want: []string{"crew|Hester Quennell|Amber Ferry||director", "cast|Rufus Dallimore|Amber Ferry||"},
	},
}

// probeFilmEighth are an eighth set of made-up film-news articles.
var probeFilmEighth = []construction{
	{
		name: "film probe 8: T will see A play C",
		text: "'Gallant Hour' casting\n\nGallant Hour will see Perrin Ashcombe play Captain Drury.",
		want: []string{"cast|Perrin Ashcombe|Gallant Hour|Captain Drury|"},
	},
	{
		name: "film probe 8: A has been roped in to play C in T",
		text: "'Veer Gatha' casting\n\nActor Sahil Mehrotrani has been roped in to play Colonel Rathore in 'Veer Gatha'.",
		want: []string{"cast|Sahil Mehrotrani|Veer Gatha|Colonel Rathore|"},
	},
	{
		name: "film probe 8: joining A in T are B as C and D as E",
		text: "'Saltwick' adds two\n\nJoining Imelda Fawcett in Saltwick are Ronan Keelby as Father Moss and Tilde Bergqvast as Gretchenne.",
		want: []string{"cast|Imelda Fawcett|Saltwick||", "cast|Ronan Keelby|Saltwick|Father Moss|", "cast|Tilde Bergqvast|Saltwick|Gretchenne|"},
	},
}
